import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addYearsMonths, nextDay, previousDay } from '../../../lib/dates.ts';
import { expiredBefore, ruleText } from './cutoff.ts';

test('the start whose retention date is today is kept; the day before is expired', () => {
  assert.equal(expiredBefore('2026-11-23', 24), '2024-11-23');
  assert.equal(expiredBefore('2026-11-23', 240), '2006-11-23');
});

test('month ends: every start before the cutoff is expired and the cutoff itself is kept', () => {
  for (const today of ['2028-03-01', '2028-02-29', '2027-03-01', '2026-03-31', '2026-12-31', '2026-01-01']) {
    for (const months of [1, 6, 12, 18, 24, 240]) {
      const cutoff = expiredBefore(today, months);
      assert.ok(addYearsMonths(cutoff, 0, months) >= today, `${today} ${months}: cutoff kept`);
      assert.ok(
        addYearsMonths(previousDay(cutoff), 0, months) < today,
        `${today} ${months}: day before gone`,
      );
      assert.ok(addYearsMonths(nextDay(cutoff), 0, months) >= today);
    }
  }
});

test('the rule in words', () => {
  assert.equal(ruleText(18, 'na het afsluiten'), '18 maanden na het afsluiten');
  assert.equal(ruleText(1, 'na ontvangst'), '1 maand na ontvangst');
});
