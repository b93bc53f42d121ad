import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ddasClient,
  ddasDateTime,
  ddasGeslacht,
  ddasToevoeging,
  type SignalExportRow,
  toDdasVroegsignaal,
  toDdasVroegsignaalzaak,
} from './ddas-export.map.ts';

const row = (over: Partial<SignalExportRow> = {}): SignalExportRow => ({
  id: '0b7e5b0c-0000-4000-8000-000000000001',
  externalId: null,
  status: 'Nog niet opgepakt',
  partnerType: null,
  amountEuros: null,
  arrearsSince: null,
  signalDate: '2026-10-01',
  crisis: false,
  warmeOverdracht: false,
  bsn: null,
  birthDate: null,
  gender: null,
  postcode: '9811AA',
  huisnummer: 1,
  huisletter: null,
  huisnummertoevoeging: null,
  ...over,
});

describe('DDAS export mapping', () => {
  test('client: a BSN wins and stands alone; without one postcode + huisnummer, else nothing', () => {
    assert.deepEqual(ddasClient(row({ bsn: '999990019', birthDate: '1970-01-01', gender: 'V' })), {
      burgerservicenummer: '999990019',
    });
    assert.deepEqual(ddasClient(row({ postcode: ' 9811 ab ', huisnummer: 7, gender: 'O' })), {
      postcode: '9811AB',
      huisnummer: '7',
      geslachtsaanduiding: 'Onbekend',
    });
    assert.equal(ddasClient(row({ huisnummer: null })), null);
    assert.equal(ddasClient(row({ postcode: null, bsn: ' ' })), null);
    assert.equal(toDdasVroegsignaal(row({ postcode: null })), null);
  });

  test('huisnummertoevoeging: letter against the number, toevoeging after a hyphen', () => {
    assert.equal(ddasToevoeging('A', '2'), 'A-2');
    assert.equal(ddasToevoeging('a', null), 'a');
    assert.equal(ddasToevoeging(null, 'bis'), 'bis');
    assert.equal(ddasToevoeging(' ', ''), undefined);
  });

  test('geslacht: BRP codes and DDAS words; anything else is left out', () => {
    assert.equal(ddasGeslacht('M'), 'Man');
    assert.equal(ddasGeslacht('v'), 'Vrouw');
    assert.equal(ddasGeslacht('Leeg'), 'Leeg');
    assert.equal(ddasGeslacht('X'), undefined);
    assert.equal(ddasGeslacht(null), undefined);
  });

  test('ID is the partner id, else the signal id; unknown enumeration values are left out, not written', () => {
    const signal = toDdasVroegsignaal(
      row({ externalId: '', status: 'Iets anders', partnerType: 'Gemeente' }),
    );
    assert.deepEqual(signal, {
      ID: '0b7e5b0c-0000-4000-8000-000000000001',
      signaalpartner: {},
      signaaldatum: '2026-10-01',
      crisissignaal: false,
      warmeOverdracht: false,
      client: { postcode: '9811AA', huisnummer: '1' },
    });
    assert.equal(toDdasVroegsignaal(row({ externalId: 'P-1' }))!.ID, 'P-1');
    assert.equal(toDdasVroegsignaal(row({ amountEuros: 0 }))!.bedrag, 0, 'zero is a value, not absent');
  });

  test('zaak: resultaat only when closed; references unique; contact attempts without unknown members', () => {
    const period = { from: '2026-10-01', to: '2026-10-31' };
    const open = toDdasVroegsignaalzaak(
      { id: 'c', openedOn: '2026-10-02', pickedUpOn: null, closedOn: null, result: 'Inwoner is overleden' },
      period,
      ['A', 'B', 'A'],
      [{ soort: 'Fax', bereikt: false, datum: '2026-10-03', dagdeel: 'Nacht' }],
    );
    assert.deepEqual(open, {
      matchingsdatum: '2026-10-02',
      startdatumMatchingperiode: '2026-10-01',
      einddatumMatchingperiode: '2026-10-31',
      vroegsignalen: [{ ID: 'A' }, { ID: 'B' }],
      contactpogingen: [{ bereikt: false, datum: '2026-10-03' }],
    });
  });

  test('aanleverdatumEnTijd: YYYY-MM-DDTHH:MM:SSZ', () => {
    assert.equal(ddasDateTime(new Date('2026-11-23T09:00:00.123Z')), '2026-11-23T09:00:00Z');
  });
});
