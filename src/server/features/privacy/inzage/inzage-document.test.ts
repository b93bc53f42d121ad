import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dossier } from './inzage.schemas.ts';
import { formatMoment, inzageDocument, NOTHING_RECORDED } from './inzage-document.ts';

/** A dossier of someone Regie knows by name only: every other section is empty. */
function bareDossier(): Dossier {
  return {
    compiledAt: '2026-11-23T09:00:00.000Z',
    compiledOn: '2026-11-23',
    municipalities: [{ code: 'GM9901', name: 'Regiedam' }],
    person: {
      bsn: '999990019',
      voornamen: 'Ayşe',
      voorvoegsel: null,
      geslachtsnaam: 'Yılmaz',
      name: 'Ayşe Yılmaz',
      geboortedatum: '1988-04-12',
      geslacht: 'V',
      overlijdensdatum: null,
    },
    households: [],
    signals: [],
    signalCases: [],
    cases: [],
    plans: [],
    zrm: [],
    provisions: [],
    deadlines: [],
    consents: [],
    accessGrants: [],
    accessLog: [],
    processing: [],
  };
}

test('a moment reads in Dutch time, winter and summer', () => {
  assert.equal(formatMoment('2026-11-23T09:00:00.000Z'), '23-11-2026 10:00');
  assert.equal(formatMoment('2026-07-01T09:05:00.000Z'), '1-7-2026 11:05');
});

test('every empty section says in one sentence that nothing is recorded, none is left out', () => {
  const doc = inzageDocument(bareDossier());
  assert.equal(doc.title, 'Inzage in uw gegevens');
  assert.equal(doc.intro[0], 'Dit overzicht is gemaakt op 23-11-2026 voor Ayşe Yılmaz.');
  const [person, ...rest] = doc.sections;
  assert.deepEqual(person!.items[0]!.lines, [
    'Burgerservicenummer (BSN): 999990019',
    'Geboortedatum: 12-4-1988',
    'Geslacht: vrouw',
  ]);
  assert.equal(rest.length, 12, 'all twelve other sections are there');
  for (const section of rest) {
    assert.deepEqual(section.items, [], section.heading);
    assert.equal(section.empty, NOTHING_RECORDED);
  }
});

test('the access log names who looked, their organisation and when; a partner system by its organisation', () => {
  const d = bareDossier();
  d.accessLog = [
    {
      at: '2026-11-20T13:30:00.000Z',
      who: { name: 'Rana Regisseur', organisation: 'Gemeente Regiedam' },
      actorType: 'user',
      action: 'case.read',
      description: 'Heeft de casus bekeken',
    },
    {
      at: '2026-11-21T08:00:00.000Z',
      who: { name: 'Systeem van een partner', organisation: 'Woonstichting De Sleutel' },
      actorType: 'api_key',
      action: 'signal.file',
      description: 'Heeft een signaal gemeld',
    },
  ];
  const log = inzageDocument(d).sections.find(
    (s) => s.heading === 'Wie heeft uw gegevens bekeken of gewijzigd',
  );
  assert.deepEqual(log?.items, [
    { title: '20-11-2026 14:30: Rana Regisseur, Gemeente Regiedam', lines: ['Heeft de casus bekeken'] },
    {
      title: '21-11-2026 09:00: Systeem van een partner, Woonstichting De Sleutel',
      lines: ['Heeft een signaal gemeld'],
    },
  ]);
});
