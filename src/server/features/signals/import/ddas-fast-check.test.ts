import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkVroegsignaal, checkWithZod } from './ddas-schema.ts';

// checkVroegsignaal takes a hand-written fast path for signals that certainly pass and falls back to zod otherwise.
// Both must give the same verdict and the same normalised row for every input: this walks many variants of a good
// signal (each field missing, of another type, at and past its limits, unknown fields) through both.

const withBsn = {
  ID: 'S-1',
  signaalpartner: { type: 'Energie' },
  signaaldatum: '2026-10-01',
  ontstaansdatum: '2026-08-01',
  bedrag: 120,
  crisissignaal: false,
  warmeOverdracht: true,
  status: 'Nog niet opgepakt',
  client: { burgerservicenummer: '999993653' },
};
const withAddress = {
  ID: '  S-2  ',
  signaalpartner: { type: 'Huur' },
  client: {
    postcode: '1234 ab',
    huisnummer: '12a',
    huisnummertoevoeging: ' 2 ',
    geboortedatum: '1980-02-29',
    geslachtsaanduiding: 'Vrouw',
  },
};

const odd: unknown[] = [
  undefined,
  null,
  0,
  1.5,
  -1,
  2 ** 60,
  '',
  ' ',
  'x',
  '2026-02-30',
  '2026-02-28',
  true,
  [],
  {},
  'Energie',
  'Man',
  '999993653',
  '999999991',
  '1234AB',
  '0',
  '12 b',
  '123456',
  'x'.repeat(10),
  'x'.repeat(11),
  ` ${'x'.repeat(100)} `,
  'x'.repeat(101),
];

function variants(base: Record<string, unknown>): unknown[] {
  const out: unknown[] = [base, { ...base, extra: 1 }, null, [], 'signal', { ...base, __proto__: null }];
  for (const key of [...Object.keys(base), 'status', 'bedrag']) {
    for (const value of odd) out.push({ ...base, [key]: value });
  }
  const client = base.client as Record<string, unknown>;
  for (const key of [
    ...Object.keys(client),
    'burgerservicenummer',
    'postcode',
    'huisnummer',
    'huisnummertoevoeging',
    'geboortedatum',
    'geslachtsaanduiding',
    'onbekend',
  ]) {
    for (const value of odd) out.push({ ...base, client: { ...client, [key]: value } });
  }
  for (const value of odd) out.push({ ...base, signaalpartner: { type: value } });
  out.push({ ...base, signaalpartner: { type: 'Water', naam: 'x' } });
  return out;
}

describe('checkVroegsignaal fast path', () => {
  it('agrees with the zod schema on every variant of a good signal', () => {
    const all = [...variants(withBsn), ...variants(withAddress)];
    let passed = 0;
    for (const [i, value] of all.entries()) {
      const expected = checkWithZod(value, i + 1);
      assert.deepEqual(checkVroegsignaal(value, i + 1), expected, `variant ${i}: ${JSON.stringify(value)}`);
      if (expected.ok) passed++;
    }
    // Both kinds occur: the comparison is not vacuous.
    assert.ok(passed > 20 && passed < all.length - 100, `${passed} of ${all.length} pass`);
  });

  it('normalises like the schema: trimmed ID, postcode in capitals, huisletter split off', () => {
    const result = checkVroegsignaal(withAddress, 7);
    assert.ok(result.ok);
    assert.equal(result.signal.externalId, 'S-2');
    assert.equal(result.signal.postcode, '1234AB');
    assert.equal(result.signal.huisnummer, 12);
    assert.equal(result.signal.huisletter, 'A');
    assert.equal(result.signal.huisnummertoevoeging, '2');
  });
});
