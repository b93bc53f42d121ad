import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inferArea, type PlanInput, planBatch } from './brp-import.plan.ts';
import type { AddressRow, MembershipRow, PersonRow } from './brp-import.repo.ts';
import { addressKey, type BrpRecord } from './brp-record.ts';

const address: AddressRow = {
  id: 'a1',
  straat: 'Lindelaan',
  huisnummer: 1,
  huisletter: null,
  huisnummertoevoeging: null,
  postcode: '9810AA',
  woonplaats: 'Regiedam',
  wijkCode: 'WK990101',
  buurtCode: 'BU99010101',
  adresseerbaarObjectId: null,
};
const person: PersonRow = {
  id: 'p1',
  bsn: '999990019',
  voornamen: 'Anna',
  voorvoegsel: null,
  geslachtsnaam: 'Jansen',
  geboortedatum: '1980-01-01',
  geslacht: 'V',
  overlijdensdatum: null,
};
const membership: MembershipRow = {
  id: 'm1',
  householdId: 'h1',
  personId: 'p1',
  bsn: '999990019',
  geboortedatum: '1980-01-01',
  relation: 'hoofd',
  fromDate: '2026-05-01',
  addressKey: addressKey(address),
};

function record(change: Partial<BrpRecord> = {}): BrpRecord {
  return {
    index: 0,
    municipalityCode: 'GM9901',
    bsn: '999990019',
    voornamen: 'Anna',
    voorvoegsel: null,
    geslachtsnaam: 'Jansen',
    geboortedatum: '1980-01-01',
    geslacht: 'V',
    overlijdensdatum: null,
    place: { kind: 'adres', address: { ...address, adresseerbaarObjectId: null }, since: '2026-05-01' },
    partners: [],
    kinderen: [],
    ouders: [],
    ...change,
  };
}

function plan(records: BrpRecord[], state: Partial<PlanInput> = {}) {
  let n = 0;
  return planBatch({
    municipalityCode: 'GM9901',
    today: '2026-11-23',
    records,
    fileByBsn: new Map(records.map((r) => [r.bsn, r])),
    persons: [person],
    addresses: [address],
    households: [{ id: 'h1', addressId: 'a1', startedOn: '2026-05-01' }],
    memberships: [membership],
    newId: () => `new-${++n}`,
    ...state,
  });
}

test('nothing changes when the record says what the register has', () => {
  const p = plan([record()]);
  assert.equal(p.unchanged, 1);
  assert.deepEqual(
    [p.insertPersons, p.updatePersons, p.endMembers, p.insertMembers, p.updateRelations],
    [[], [], [], [], []],
  );
});

test('an end date before the start of the membership is set to its start', () => {
  const moved = record({
    place: {
      kind: 'adres',
      address: { ...address, huisnummer: 2, adresseerbaarObjectId: null },
      since: '2026-03-01',
    },
  });
  const p = plan([moved]);
  assert.deepEqual(p.endMembers, [{ id: 'm1', toDate: '2026-05-01', householdId: 'h1' }]);
  assert.equal(p.insertMembers[0]!.fromDate, '2026-03-01');
  assert.equal(p.insertAddresses[0]!.wijkCode, 'WK990101', 'same postcode, one wijk: taken over');
});

test('what the BRP does not deliver is kept; no verblijfplaats leaves the membership alone', () => {
  const p = plan([
    record({
      geslacht: undefined,
      geboortedatum: undefined,
      voornamen: 'Anne',
      place: { kind: 'niet-geleverd' },
    }),
  ]);
  assert.deepEqual(p.updatePersons, [{ ...person, voornamen: 'Anne' }]);
  assert.deepEqual(p.endMembers, []);
});

test('a death of someone not yet in the register: the person is recorded, without a household', () => {
  const p = plan([record({ bsn: '999990020', overlijdensdatum: '2026-01-01' })], {
    persons: [],
    memberships: [],
  });
  assert.equal(p.insertPersons.length, 1);
  assert.equal(p.insertPersons[0]!.overlijdensdatum, '2026-01-01');
  assert.equal(p.counts.overlijdensVerwerkt, 1);
  assert.deepEqual([p.insertMembers, p.insertHouseholds], [[], []]);
});

test('another municipality: an unknown person is skipped, a known one leaves', () => {
  const elsewhere = { kind: 'elders' as const, reason: 'andere-gemeente' as const, since: '2026-08-01' };
  const unknown = plan([record({ bsn: '999990020', place: elsewhere })], { persons: [], memberships: [] });
  assert.equal(unknown.notInRegister, 1);
  assert.deepEqual(unknown.insertPersons, []);
  const known = plan([record({ place: elsewhere })]);
  assert.deepEqual(known.endMembers, [{ id: 'm1', toDate: '2026-07-31', householdId: 'h1' }]);
});

test('wijk and buurt are only taken over when all addresses with the postcode agree', () => {
  const other = { ...address, id: 'a2', wijkCode: 'WK990102', buurtCode: 'BU99010201' };
  assert.deepEqual(inferArea('9810AA', [address]), { wijkCode: 'WK990101', buurtCode: 'BU99010101' });
  assert.deepEqual(inferArea('9810AA', [address, other]), { wijkCode: null, buurtCode: null });
  assert.deepEqual(inferArea('9899ZZ', [address]), { wijkCode: null, buurtCode: null });
});
