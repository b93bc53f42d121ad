import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addYearsMonths } from '../../lib/dates.ts';
import { calculateBijstandsnorm } from './bijstandsnorm.ts';
import { type BijstandsnormInvoer, type Medebewoner, RELATIES } from './rules.schemas.ts';

// Test data generation only: UTC arithmetic on whole days, never used by the code under test.
function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const peildatum = fc.integer({ min: 0, max: 729 }).map((d) => plusDays('2025-01-01', d));

/** A birth date that makes the person between minAge and maxAge (inclusive, roughly) on the peildatum. */
const birthDateFor = (date: string, minAge: number, maxAge: number) =>
  fc
    .integer({ min: 0, max: (maxAge - minAge + 1) * 365 - 2 })
    .map((d) => plusDays(addYearsMonths(date, -maxAge - 1), d + 1));

const housemateOn = (date: string): fc.Arbitrary<Medebewoner> =>
  fc.record({
    geboortedatum: birthDateFor(date, 0, 95),
    relatie: fc.constantFrom(...RELATIES),
    commercieleHuur: fc.boolean(),
    studiefinanciering: fc.boolean(),
    bbl: fc.boolean(),
    mantelzorg: fc.boolean(),
  });

const householdArb: fc.Arbitrary<BijstandsnormInvoer> = peildatum.chain((date) =>
  fc.record({
    peildatum: fc.constant(date),
    aanvrager: fc.record(
      { geboortedatum: birthDateFor(date, 18, 90), mantelzorgElders: fc.boolean() },
      { requiredKeys: ['geboortedatum'] },
    ),
    partner: fc.option(fc.record({ geboortedatum: birthDateFor(date, 18, 90) }), { nil: undefined }),
    kinderenOnder18: fc.integer({ min: 0, max: 4 }),
    medebewoners: fc.array(housemateOn(date), { maxLength: 5 }),
  }),
);

test('adding a non-exempt adult cost-sharer never raises the norm and raises A by one', () => {
  fc.assert(
    fc.property(householdArb, (input) => {
      const sharer: Medebewoner = {
        geboortedatum: addYearsMonths(input.peildatum, -40),
        relatie: 'geen-familie',
        commercieleHuur: false,
        studiefinanciering: false,
        bbl: false,
        mantelzorg: false,
      };
      const before = calculateBijstandsnorm(input);
      const after = calculateBijstandsnorm({ ...input, medebewoners: [...input.medebewoners, sharer] });
      // The one exception the law text creates (see the next test): a young spouse married to someone at AOW age.
      fc.pre(
        !(after.categorie === 'gehuwden-18-20-en-21-plus' && after.normB?.artikel.startsWith('art. 22 ')),
      );
      assert.ok(after.totaalCent <= before.totaalCent, `${after.totaalCent} > ${before.totaalCent}`);
      assert.equal(after.kostendelers, before.kostendelers + 1);
      assert.equal(after.kostendelendeMedebewoners, before.kostendelendeMedebewoners + 1);
    }),
    { numRuns: 400 },
  );
});

test('law as worded: for a spouse of 18-20 married to someone at AOW age, a first cost-sharer raises the norm', () => {
  const input: BijstandsnormInvoer = {
    peildatum: '2025-01-05',
    aanvrager: { geboortedatum: '1934-01-06' },
    partner: { geboortedatum: '2004-01-06' },
    kinderenOnder18: 0,
    medebewoners: [],
  };
  const sharer: Medebewoner = {
    geboortedatum: '1980-01-01',
    relatie: 'geen-familie',
    commercieleHuur: false,
    studiefinanciering: false,
    bbl: false,
    mantelzorg: false,
  };
  const before = calculateBijstandsnorm(input);
  const after = calculateBijstandsnorm({ ...input, medebewoners: [sharer] });
  assert.equal(before.totaalCent, 129321); // art. 20 lid 1 c
  assert.equal(after.totaalCent, 135891); // art. 22a lid 3 b: 332,17 + 50% × 2.053,48 (B = art. 22 b)
  assert.ok(after.uitleg.some((s) => s.onderwerp === 'Let op: bijzondere uitkomst'));
});

test('the result is deterministic and does not depend on the order of the housemates', () => {
  fc.assert(
    fc.property(householdArb, (input) => {
      const first = calculateBijstandsnorm(input);
      const second = calculateBijstandsnorm(structuredClone(input));
      assert.deepEqual(second, first);
      const reversed = calculateBijstandsnorm({ ...input, medebewoners: [...input.medebewoners].reverse() });
      assert.equal(reversed.totaalCent, first.totaalCent);
      assert.equal(reversed.kostendelers, first.kostendelers);
    }),
    { numRuns: 300 },
  );
});

test('students and BBL pupils never change the norm', () => {
  fc.assert(
    fc.property(householdArb, fc.boolean(), (input, viaBbl) => {
      const student: Medebewoner = {
        geboortedatum: addYearsMonths(input.peildatum, -30),
        relatie: 'kind',
        commercieleHuur: false,
        studiefinanciering: !viaBbl,
        bbl: viaBbl,
        mantelzorg: false,
      };
      const before = calculateBijstandsnorm(input);
      const after = calculateBijstandsnorm({ ...input, medebewoners: [...input.medebewoners, student] });
      assert.equal(after.totaalCent, before.totaalCent);
    }),
    { numRuns: 200 },
  );
});

test('the total is the exact sum of the parts rounded once, and stays within the legal bounds', () => {
  fc.assert(
    fc.property(householdArb, (input) => {
      const r = calculateBijstandsnorm(input);
      const exact = r.delen.reduce((sum, part) => sum + Number(part.exactCent), 0);
      assert.ok(Math.abs(exact - Number(r.exactCent)) < 0.001);
      assert.equal(r.totaalCent, Math.round(Number(r.exactCent)));
      assert.ok(r.totaalCent > 0);
      // Never above the highest norm for the household type without cost-sharers (art. 22 b for couples).
      assert.ok(r.totaalCent <= (input.partner ? 217610 : 158734));
      assert.equal(r.kostendelersnormToegepast, r.percentage !== null);
      assert.equal(r.uitleg[r.uitleg.length - 1]?.onderwerp, 'Niet meegenomen');
    }),
    { numRuns: 300 },
  );
});
