import assert from 'node:assert/strict';
import { test } from 'node:test';
import { volledigeDatum } from './brp-dates.ts';
import { generateBrpPersonen } from './brp-fixtures.ts';
import { addressKey, toBrpRecord } from './brp-record.ts';

const context = { municipality: 'GM9901', knownMunicipalities: new Set(['GM9901', 'GM9902']) };
const [p] = generateBrpPersonen({ households: 1, seed: 2 });
const base = p!;

function take(
  change: (q: Record<string, unknown>) => void,
  ctx: Parameters<typeof toBrpRecord>[2] = context,
) {
  const q = structuredClone(base) as unknown as Record<string, unknown>;
  change(q);
  return toBrpRecord(q, 4, ctx);
}

test('a complete person becomes a compact record; the postcode is normalised', () => {
  const r = take((q) => {
    (q.verblijfplaats as { verblijfadres: { postcode: string } }).verblijfadres.postcode = '9811 ab';
    q.partners = [
      { burgerservicenummer: '999990019' },
      {
        burgerservicenummer: '999990020',
        ontbindingHuwelijkPartnerschap: { datum: volledigeDatum('2020-01-01') },
      },
    ];
  });
  assert.ok(r.ok);
  assert.equal(r.record.bsn, base.burgerservicenummer);
  assert.equal(r.record.municipalityCode, 'GM9901');
  assert.equal(r.record.geboortedatum, base.geboorte.datum.datum);
  assert.deepEqual(r.record.partners, ['999990019'], 'a dissolved partnership does not count');
  assert.ok(r.record.place.kind === 'adres');
  assert.equal(r.record.place.address.postcode, '9811AB');
  assert.equal(r.record.place.since, base.verblijfplaats.datumVan.datum);
  assert.deepEqual(r.warnings, []);
});

test('partly known dates: the start of an address is the first day it can mean; a birth date becomes unknown', () => {
  const r = take((q) => {
    (q.verblijfplaats as Record<string, unknown>).datumVan = {
      type: 'JaarMaandDatum',
      jaar: 2024,
      maand: 3,
      langFormaat: 'maart 2024',
    };
    q.geboorte = { datum: { type: 'JaarDatum', jaar: 1970, langFormaat: '1970' } };
  });
  assert.ok(r.ok && r.record.place.kind === 'adres');
  assert.equal(r.record.place.since, '2024-03-01');
  assert.equal(r.record.geboortedatum, null);
  const noGeboorte = take((q) => {
    delete q.geboorte;
  });
  assert.ok(noGeboorte.ok);
  assert.equal(noGeboorte.record.geboortedatum, undefined, 'not delivered: the register keeps what it has');
});

test('warnings: no datum aanvang adreshouding, a location without an address', () => {
  const noDate = take((q) => {
    delete (q.verblijfplaats as Record<string, unknown>).datumVan;
  });
  assert.ok(noDate.ok);
  assert.deepEqual(
    noDate.warnings.map((w) => [w.index, w.veld]),
    [[4, 'verblijfplaats.datumVan']],
  );
  const locatie = take((q) => {
    q.verblijfplaats = { type: 'Locatie', datumVan: volledigeDatum('2025-01-01') };
  });
  assert.ok(locatie.ok);
  assert.deepEqual(locatie.record.place, { kind: 'elders', reason: 'locatie', since: '2025-01-01' });
  assert.match(locatie.warnings[0]!.melding, /locatie zonder adres/);
});

test('registered in another municipality than --municipality: the person has left this register', () => {
  const r = take((q) => {
    q.gemeenteVanInschrijving = { code: '9902', omschrijving: 'Samenwerk' };
    q.datumInschrijvingInGemeente = volledigeDatum('2026-04-01');
  });
  assert.ok(r.ok);
  assert.deepEqual(r.record.place, { kind: 'elders', reason: 'andere-gemeente', since: '2026-04-01' });
  assert.equal(r.record.municipalityCode, 'GM9901');
});

test('errors name the field in Dutch and never contain the value', () => {
  const cases: [(q: Record<string, unknown>) => void, string, RegExp][] = [
    [(q) => delete q.burgerservicenummer, 'burgerservicenummer', /ontbreekt/],
    [(q) => (q.geslacht = { code: 'X' }), 'geslacht.code', /toegestaan: M, V, O/],
    [
      (q) => (q.overlijden = { datum: { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' } }),
      'overlijden.datum',
      /overlijdensdatum is onbekend/,
    ],
    [
      (q) => ((q.verblijfplaats as { verblijfadres: Record<string, unknown> }).verblijfadres.huisnummer = 0),
      'verblijfplaats.verblijfadres.huisnummer',
      /Minimaal 1/,
    ],
    [
      (q) => ((q.naam as Record<string, unknown>).voorvoegsel = 'van der de la'),
      'naam.voorvoegsel',
      /Te lang: maximaal 10 tekens/,
    ],
    [(q) => (q.partners = 'geen'), 'partners', /verwacht: een lijst/],
  ];
  for (const [change, veld, melding] of cases) {
    const r = take(change);
    assert.ok(!r.ok, veld);
    assert.equal(r.errors[0]!.veld, veld);
    assert.equal(r.errors[0]!.index, 4);
    assert.match(r.errors[0]!.melding, melding);
  }
  const withoutMunicipality = take((q) => delete q.gemeenteVanInschrijving, {
    knownMunicipalities: context.knownMunicipalities,
  });
  assert.ok(!withoutMunicipality.ok);
  assert.match(withoutMunicipality.errors[0]!.melding, /Geef de gemeente op met --municipality/);
});

test('an address is identified by postcode, huisnummer, huisletter and toevoeging, regardless of case and spaces', () => {
  const a = { postcode: '9811 ab', huisnummer: 3, huisletter: 'a', huisnummertoevoeging: ' 2 ' };
  assert.equal(
    addressKey(a),
    addressKey({ postcode: '9811AB', huisnummer: 3, huisletter: 'A', huisnummertoevoeging: '2' }),
  );
  assert.notEqual(addressKey(a), addressKey({ ...a, huisletter: null }));
});
