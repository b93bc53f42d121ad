import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidBsn } from '../../../shared/bsn.ts';
import { type Area, generateHouseholds } from './population.ts';

const areas: Area[] = [
  {
    municipalityCode: 'GM9801',
    woonplaats: 'A',
    wijkCode: 'WK980101',
    buurtCode: 'BU98010101',
    postcodeBase: 1000,
  },
  {
    municipalityCode: 'GM9802',
    woonplaats: 'B',
    wijkCode: 'WK980201',
    buurtCode: 'BU98020101',
    postcodeBase: 2000,
  },
];

test('the same seed gives the same population; another seed another one', () => {
  const a = [...generateHouseholds(7, 300, areas)];
  const b = [...generateHouseholds(7, 300, areas)];
  const c = [...generateHouseholds(8, 300, areas)];
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
});

test('synthetic residents: valid test BSNs, unique per municipality, adults head every household', () => {
  const seen = new Map<string, Set<string>>();
  let persons = 0;
  for (const h of generateHouseholds(42, 5000, areas)) {
    assert.equal(h.household.address_id, h.address.id);
    assert.match(h.address.postcode, /^\d{4}[A-Z]{2}$/);
    const head = h.persons[0]!;
    assert.ok(Number(head.geboortedatum.slice(0, 4)) <= 2026 - 18, 'the head of a household is an adult');
    for (const p of h.persons) {
      persons++;
      assert.ok(p.bsn.startsWith('999') && isValidBsn(p.bsn), p.bsn);
      const set = seen.get(p.municipality_code) ?? new Set();
      assert.ok(!set.has(p.bsn), 'BSN unique within a municipality');
      set.add(p.bsn);
      seen.set(p.municipality_code, set);
    }
    assert.equal(h.members.length, h.persons.length);
  }
  assert.ok(
    persons / 5000 > 1.8 && persons / 5000 < 2.8,
    `about 2.2 residents per household, got ${persons / 5000}`,
  );
});
