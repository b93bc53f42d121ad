import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addYearsMonths,
  ageOn,
  formatDutchDate,
  hasReachedAge,
  isIsoDate,
  nextDay,
  previousDay,
} from './dates.ts';

test('isIsoDate accepts real calendar days only', () => {
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2025-02-29'), false);
  assert.equal(isIsoDate('2025-04-31'), false);
  assert.equal(isIsoDate('2025-13-01'), false);
  assert.equal(isIsoDate('2025-1-01'), false);
  assert.equal(isIsoDate('01-01-2025'), false);
});

test('nextDay and previousDay cross month and year ends', () => {
  assert.equal(nextDay('2025-06-30'), '2025-07-01');
  assert.equal(nextDay('2025-12-31'), '2026-01-01');
  assert.equal(nextDay('2024-02-28'), '2024-02-29');
  assert.equal(previousDay('2026-01-01'), '2025-12-31');
  assert.equal(previousDay('2025-03-01'), '2025-02-28');
});

test('addYearsMonths moves a missing day to the first of the next month', () => {
  assert.equal(addYearsMonths('1959-03-10', 67), '2026-03-10');
  assert.equal(addYearsMonths('1961-01-01', 67, 3), '2028-04-01');
  assert.equal(addYearsMonths('2000-02-29', 27), '2027-03-01');
  assert.equal(addYearsMonths('2000-02-29', 24), '2024-02-29');
  assert.equal(addYearsMonths('1955-05-31', 66, 4), '2021-10-01');
  assert.equal(addYearsMonths('1956-11-30', 66, 10), '2023-09-30');
});

test('ageOn counts the birthday itself', () => {
  assert.equal(ageOn('1999-01-16', '2026-01-15'), 26);
  assert.equal(ageOn('1999-01-16', '2026-01-16'), 27);
  assert.equal(ageOn('2000-02-29', '2027-02-28'), 26);
  assert.equal(ageOn('2000-02-29', '2027-03-01'), 27);
  assert.equal(ageOn('2000-02-29', '2028-02-29'), 28);
  assert.equal(hasReachedAge('2005-01-15', '2026-01-15', 21), true);
  assert.equal(hasReachedAge('2005-01-15', '2026-01-14', 21), false);
});

test('formatDutchDate writes day-month-year', () => {
  assert.equal(formatDutchDate('2026-07-01'), '1-7-2026');
});
