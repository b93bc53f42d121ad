import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ageOn } from '../../lib/dates.ts';
import { calculateBijstandsnorm } from './bijstandsnorm.ts';
import {
  ageInYears,
  type BijstandHousehold,
  buildInput,
  householdOutcome,
  type RegisterMember,
  type RegisterRelation,
} from './impact.household.ts';
import { policyVariants, withCostSharerAge } from './impact.variants.ts';
import { defaultRuleParameters } from './rule-parameters.ts';

const PEILDATUM = '2026-11-23';
const member = (
  personId: string,
  relation: RegisterRelation,
  geboortedatum: string | null,
): RegisterMember => ({
  personId,
  relation,
  geboortedatum,
});
const home = (claimantId: string | null, members: RegisterMember[]): BijstandHousehold => ({
  householdId: 'h1',
  municipalityCode: 'GM9901',
  claimantId,
  members,
});
const flags = { commercieleHuur: false, studiefinanciering: false, bbl: false, mantelzorg: false };

test('claimant is the hoofd: partner, children under 18, and everyone else as housemates', () => {
  const built = buildInput(
    home('p1', [
      member('p1', 'hoofd', '1975-03-01'),
      member('p2', 'partner', '1977-04-02'),
      member('p3', 'kind', '2010-01-01'), // 16
      member('p4', 'kind', '2008-11-24'), // 17 until tomorrow
      member('p5', 'kind', '1999-01-01'), // 27: an adult child is a housemate
      member('p6', 'overig', '1960-01-01'),
    ]),
    PEILDATUM,
  );
  assert.ok(built.ok);
  assert.deepEqual(built.input, {
    peildatum: PEILDATUM,
    aanvrager: { geboortedatum: '1975-03-01' },
    partner: { geboortedatum: '1977-04-02' },
    kinderenOnder18: 2,
    medebewoners: [
      { geboortedatum: '1999-01-01', relatie: 'kind', ...flags },
      { geboortedatum: '1960-01-01', relatie: 'geen-familie', ...flags },
    ],
  });
  assert.deepEqual(built.housemateAges, [27, 66]);
});

test('claimant is the partner: the hoofd is the partner; no person on the provision: the hoofd claims', () => {
  const members = [
    member('p1', 'hoofd', '1975-03-01'),
    member('p2', 'partner', '1977-04-02'),
    member('p3', 'kind', '2012-05-05'),
  ];
  const asPartner = buildInput(home('p2', members), PEILDATUM);
  assert.ok(asPartner.ok);
  assert.deepEqual(asPartner.input.aanvrager, { geboortedatum: '1977-04-02' });
  assert.deepEqual(asPartner.input.partner, { geboortedatum: '1975-03-01' });
  assert.equal(asPartner.input.kinderenOnder18, 1);
  const noPerson = buildInput(home(null, members), PEILDATUM);
  assert.ok(noPerson.ok);
  assert.deepEqual(noPerson.input.aanvrager, { geboortedatum: '1975-03-01' });
});

test('an adult child who claims has no partner, and minors are housemates, not dependants', () => {
  const built = buildInput(
    home('p3', [
      member('p1', 'hoofd', '1960-03-01'),
      member('p2', 'partner', '1962-04-02'),
      member('p3', 'kind', '1995-06-06'),
      member('p4', 'kind', '2012-06-06'),
    ]),
    PEILDATUM,
  );
  assert.ok(built.ok);
  assert.equal(built.input.partner, undefined);
  assert.equal(built.input.kinderenOnder18, 0);
  assert.deepEqual(
    built.input.medebewoners.map((m) => [m.geboortedatum, m.relatie]),
    [
      ['1960-03-01', 'geen-familie'],
      ['1962-04-02', 'geen-familie'],
      ['2012-06-06', 'kind'],
    ],
  );
});

test('not computable: claimant not living there, or an unknown birth date', () => {
  assert.deepEqual(buildInput(home('gone', [member('p1', 'hoofd', '1975-03-01')]), PEILDATUM), {
    ok: false,
    reason: 'aanvrager-niet-in-huishouden',
  });
  assert.deepEqual(
    buildInput(home('p1', [member('p1', 'hoofd', '1975-03-01'), member('p2', 'overig', null)]), PEILDATUM),
    { ok: false, reason: 'geboortedatum-onbekend' },
  );
  const params = defaultRuleParameters();
  const young = householdOutcome(
    home('p1', [member('p1', 'hoofd', '2009-01-01')]),
    PEILDATUM,
    params,
    27,
    [],
  );
  assert.deepEqual(young, { computed: false, reason: 'regels' }, 'a claimant of 17 has no norm');
});

test('a single claimant with one cost-sharer of 30 and one housemate of 24, under each variant', () => {
  const params = defaultRuleParameters();
  const variants = policyVariants(params);
  const outcome = householdOutcome(
    home('p1', [
      member('p1', 'hoofd', '1980-05-01'),
      member('p2', 'overig', '1996-01-01'),
      member('p3', 'overig', '2002-01-01'),
    ]),
    PEILDATUM,
    params,
    27,
    variants,
  );
  assert.ok(outcome.computed);
  // 2026-07-01 table: 21.a = € 1.419,46; B = 21.b = € 2.027,79. A = 2: 50% of B; A = 3 (age 21): 43,33% of B.
  assert.equal(outcome.reductionCent, 141946 - 101390);
  assert.equal(outcome.a, 2);
  assert.equal(outcome.applied, true);
  assert.deepEqual(outcome.variants, [
    { deltaCent: 87871 - 101390, applied: true },
    { deltaCent: 141946 - 101390, applied: false },
  ]);
});

const relation = fc.constantFrom<RegisterRelation>('partner', 'kind', 'overig');
const birth = fc
  .date({ min: new Date('1935-01-01T00:00:00Z'), max: new Date('2026-11-23T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

test('property: the shortcuts give what the full calculation gives, and refuse what it refuses', () => {
  const params = defaultRuleParameters();
  const variants = policyVariants(params, 24);
  fc.assert(
    fc.property(
      fc.date({
        min: new Date('1940-01-01T00:00:00Z'),
        max: new Date('2010-01-01T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.array(fc.record({ relation, birth }), { maxLength: 5 }),
      (claimantBirth, others) => {
        const household = home('c', [
          member('c', 'hoofd', claimantBirth.toISOString().slice(0, 10)),
          ...others.map((o, i) => member(`m${i}`, o.relation, o.birth)),
        ]);
        const outcome = householdOutcome(household, PEILDATUM, params, 27, variants);
        const built = buildInput(household, PEILDATUM);
        assert.ok(built.ok);
        let full: ReturnType<typeof calculateBijstandsnorm>;
        try {
          full = calculateBijstandsnorm(built.input, params);
        } catch {
          assert.deepEqual(outcome, { computed: false, reason: 'regels' });
          return;
        }
        assert.ok(outcome.computed);
        const without = calculateBijstandsnorm({ ...built.input, medebewoners: [] }, params).totaalCent;
        assert.equal(outcome.applied, full.kostendelersnormToegepast);
        assert.equal(outcome.reductionCent, without - full.totaalCent);
        if (outcome.applied) assert.equal(outcome.a, full.kostendelers);
        for (const [i, variant] of variants.entries()) {
          const other: { totaalCent: number; kostendelersnormToegepast: boolean } =
            variant.kind === 'no-cost-sharing'
              ? { totaalCent: without, kostendelersnormToegepast: false }
              : calculateBijstandsnorm(built.input, withCostSharerAge(params, variant.age));
          assert.deepEqual(
            outcome.variants[i],
            { applied: other.kostendelersnormToegepast, deltaCent: other.totaalCent - full.totaalCent },
            variant.id,
          );
        }
      },
    ),
    { numRuns: 400 },
  );
});

test('property: the quick age equals ageOn, 29 February included', () => {
  const day = fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  fc.assert(
    fc.property(day, day, (a, b) => {
      const [birth, on] = a <= b ? [a, b] : [b, a];
      assert.equal(ageInYears(birth, on), ageOn(birth, on));
    }),
    { numRuns: 2000 },
  );
  for (const [birth, on, age] of [
    ['2000-02-29', '2027-02-28', 26],
    ['2000-02-29', '2027-03-01', 27],
    ['2000-02-29', '2028-02-29', 28],
    ['1999-11-23', '2026-11-23', 27],
    ['1999-11-24', '2026-11-23', 26],
  ] as const) {
    assert.equal(ageInYears(birth, on), age);
    assert.equal(ageOn(birth, on), age);
  }
});
