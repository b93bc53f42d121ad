import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { emptyRawFigures, type RawFigures } from './impact.figures.ts';
import { publishImpactReport } from './impact.service.ts';
import { protectAdditive, publishNested, safeDifference, THRESHOLD } from './impact.suppression.ts';
import { policyVariants } from './impact.variants.ts';
import { defaultRuleParameters } from './rule-parameters.ts';

test('the threshold is 10 households, as in the population report', () => {
  assert.equal(THRESHOLD, 10);
});

test('primary suppression: every part under 10 is hidden, zero included', () => {
  assert.deepEqual(protectAdditive(null, [50, 3]), [null, null], 'a suppressed total hides its breakdown');
  assert.deepEqual(protectAdditive(100, [40, 30, 30]), [40, 30, 30]);
  assert.deepEqual(
    protectAdditive(100, [40, 30, 15, 9, 6]),
    [40, 30, 15, null, null],
    'two cells of 15 together',
  );
});

test('secondary suppression: a single small part would follow from the total, so the next smallest goes too', () => {
  assert.deepEqual(protectAdditive(60, [30, 27, 3]), [30, null, null]);
  assert.deepEqual(
    protectAdditive(60, [30, 30, 0]),
    [null, 30, null],
    'a zero is protected like any small cell',
  );
  // Suppressed cells that add up to under 10 are widened until they hold at least 10.
  assert.deepEqual(protectAdditive(40, [20, 12, 4, 4]), [20, null, null, null]);
});

test('a part that totals a breakdown is suppressed only as a last resort', () => {
  assert.deepEqual(protectAdditive(60, [12, 45, 3], [0]), [12, null, null]);
  assert.deepEqual(protectAdditive(30, [12, 18, 0], [0, 1]), [null, 18, null], 'the smallest when all are');
  assert.deepEqual(protectAdditive(16, [12, 4], [0]), [null, null], 'no other choice');
});

test('nested counts: a difference of 1 to 9 households would reveal a small group', () => {
  assert.equal(safeDifference(20, 20), true);
  assert.equal(safeDifference(20, 11), false);
  assert.equal(safeDifference(20, 10), true);
  assert.equal(publishNested(24, [16]), null);
  assert.equal(publishNested(26, [16, 103]), 26);
  assert.equal(publishNested(9, []), null);
});

test('property: no published additive group lets anyone recover a suppressed part', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(60), { minLength: 1, maxLength: 9 }), fc.boolean(), (parts, protectFirst) => {
      const sum = parts.reduce((a, b) => a + b, 0);
      const total = sum >= THRESHOLD ? sum : null;
      const published = protectAdditive(total, parts, protectFirst ? [0] : []);
      const hidden = parts.filter((_, i) => published[i] === null);
      for (const [i, value] of published.entries()) {
        if (value !== null) {
          assert.equal(value, parts[i]);
          assert.ok(value >= THRESHOLD);
        }
      }
      if (total === null) assert.ok(published.every((v) => v === null));
      else if (hidden.length > 0) {
        assert.ok(
          hidden.reduce((a, b) => a + b, 0) >= THRESHOLD,
          'the hidden parts hold at least 10 together',
        );
      }
    }),
  );
});

function raw(overrides: Partial<RawFigures>): RawFigures {
  return { ...emptyRawFigures(2), ...overrides };
}

function report(figures: RawFigures) {
  const params = defaultRuleParameters();
  return publishImpactReport(
    { peildatum: '2026-11-23', params, variants: policyVariants(params), raw: figures },
    [{ code: 'GM9901', naam: 'Regiedam' }],
  );
}

test('a small municipality: every count and amount is hidden', () => {
  const r = report(
    raw({
      households: 8,
      affected: 3,
      notAffected: 5,
      reductionCent: 120_000,
      reductionClasses: [0, 0, 0, 0, 1, 2, 0, 0, 0],
      aClasses: [3, 0, 0, 0],
      variants: [
        { affected: 4, changed: 2, costCent: -40_000, reductionCent: 160_000 },
        { affected: 0, changed: 3, costCent: 120_000, reductionCent: 0 },
      ],
    }),
  );
  assert.deepEqual(r.huishoudensMetBijstand, { aantal: null, suppressed: true });
  assert.deepEqual(r.getroffen, { aantal: null, suppressed: true });
  assert.deepEqual(r.verlaging, { perMaandCent: null, perJaarCent: null, suppressed: true });
  assert.equal(r.gemiddeldeVerlagingPerMaandCent, null);
  assert.ok(r.verdeling.every((c) => c.aantal === null && c.suppressed));
  assert.ok(r.naarKostendelers.every((c) => c.aantal === null && c.suppressed));
  for (const v of r.varianten) {
    assert.equal(v.getroffen.aantal, null);
    assert.equal(v.huishoudensMetAndereNorm.aantal, null);
    assert.equal(v.kosten.perMaandCent, null);
    assert.equal(v.verlaging.perMaandCent, null);
  }
});

test('a larger municipality: totals, classes and variant costs are shown; small cells and their giveaways are not', () => {
  const r = report(
    raw({
      households: 400,
      affected: 60,
      notAffected: 337,
      notComputed: 3,
      reductionCent: 60 * 40_000,
      reductionClasses: [0, 0, 2, 12, 30, 10, 4, 2, 0],
      aClasses: [40, 14, 6, 0],
      variants: [
        // lower age: 75 affected (15 more), 30 households change, costs € 3,000 less a month
        { affected: 75, changed: 30, costCent: -300_000, reductionCent: 60 * 40_000 + 300_000 },
        // no kostendelersnorm: the 60 affected all change
        { affected: 0, changed: 60, costCent: 60 * 40_000, reductionCent: 0 },
      ],
    }),
  );
  assert.deepEqual(r.huishoudensMetBijstand, { aantal: 400, suppressed: false });
  assert.deepEqual(r.getroffen, { aantal: 60, suppressed: false });
  // not computed (3) is small, so not affected (337) goes too: otherwise 400 − 60 − 337 = 3.
  assert.deepEqual(r.nietGetroffen, { aantal: null, suppressed: true });
  assert.deepEqual(r.nietBerekend, { aantal: null, suppressed: true });
  assert.deepEqual(r.verlaging, { perMaandCent: 2_400_000, perJaarCent: 28_800_000, suppressed: false });
  assert.equal(r.gemiddeldeVerlagingPerMaandCent, 40_000);
  // The small classes hold 2 + 4 + 2 = 8 households: the class of 10 is hidden too, so 60 − 12 − 30 = 18 hidden.
  assert.deepEqual(
    r.verdeling.map((c) => c.aantal),
    [null, null, null, 12, 30, null, null, null, null],
  );
  assert.deepEqual(
    r.naarKostendelers.map((c) => c.aantal),
    [40, null, null, null],
  );
  const [lower, none] = r.varianten;
  assert.deepEqual(lower?.getroffen, { aantal: 75, suppressed: false });
  assert.deepEqual(lower?.huishoudensMetAndereNorm, { aantal: 30, suppressed: false });
  assert.deepEqual(lower?.kosten, { perMaandCent: -300_000, perJaarCent: -3_600_000, suppressed: false });
  assert.equal(lower?.toelichting, 'Bespaart € 3.000,00 per maand (€ 36.000,00 per jaar).');
  assert.deepEqual(none?.getroffen, { aantal: null, suppressed: true });
  assert.deepEqual(none?.huishoudensMetAndereNorm, { aantal: 60, suppressed: false });
  assert.equal(none?.toelichting, 'Kost € 24.000,00 per maand meer (€ 288.000,00 per jaar).');
});

test('a variant count that differs from the affected count by 1 to 9 is hidden, with its money', () => {
  const r = report(
    raw({
      households: 100,
      affected: 16,
      notAffected: 84,
      reductionCent: 16 * 40_000,
      reductionClasses: [0, 0, 0, 0, 11, 2, 2, 1, 0],
      aClasses: [11, 3, 2, 0],
      variants: [
        { affected: 24, changed: 11, costCent: -277_131, reductionCent: 16 * 40_000 + 277_131 },
        { affected: 0, changed: 16, costCent: 16 * 40_000, reductionCent: 0 },
      ],
    }),
  );
  const [lower] = r.varianten;
  assert.deepEqual(lower?.getroffen, { aantal: null, suppressed: true }, '24 − 16 = 8 newly affected');
  assert.deepEqual(lower?.huishoudensMetAndereNorm, { aantal: 11, suppressed: false });
  assert.deepEqual(lower?.verlaging, { perMaandCent: null, perJaarCent: null, suppressed: true });
  assert.ok(
    r.verdeling.every((c) => c.aantal === null),
    '11 + 5 hidden: the 5 alone would follow from 16 − 11',
  );
});
