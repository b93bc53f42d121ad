import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { costOver, daysBetween, forecast, forecastBasis, monthlyRate } from './costs.formulas.ts';

describe('cost formulas', () => {
  test('days are inclusive at both ends', () => {
    assert.equal(daysBetween('2026-01-01', '2026-12-31'), 365);
    assert.equal(daysBetween('2026-03-01', '2026-03-01'), 1);
    assert.equal(daysBetween('2026-03-02', '2026-03-01'), 0);
  });

  test('per week, per maand and totaal over a year, and a provision crossing the year boundary', () => {
    const week = { per: 'week' as const, rate: 7000, start: '2025-12-01', end: null };
    assert.equal(costOver(week, '2026-01-01', '2026-12-31'), 365_000); // only its days in 2026
    const maand = { per: 'maand' as const, rate: 36_500, start: '2026-07-01', end: '2026-07-31' };
    assert.equal(costOver(maand, '2026-01-01', '2026-12-31'), (36_500 * 31 * 12) / 365);
    const once = { per: 'totaal' as const, rate: 150_000, start: '2026-09-15', end: null };
    assert.equal(costOver(once, '2026-01-01', '2026-12-31'), 150_000);
    assert.equal(costOver(once, '2027-01-01', '2027-12-31'), 0, 'once, in the year of its start date');
    assert.equal(costOver(once, '2026-01-01', '2026-09-14'), 0, 'not yet realised before its start');
  });

  test('monthly rate: a week rate is 365 / 7 / 12 weeks per month; totaal is a one-off', () => {
    assert.deepEqual(monthlyRate({ per: 'week', rate: 8400 }), { recurring: 36_500, once: 0 });
    assert.deepEqual(monthlyRate({ per: 'maand', rate: 500 }), { recurring: 500, once: 0 });
    assert.deepEqual(monthlyRate({ per: 'totaal', rate: 900 }), { recurring: 0, once: 900 });
  });

  test('the forecast basis: window of the 3 full months before this month, remaining full months', () => {
    assert.deepEqual(forecastBasis(2026, '2026-11-23'), {
      yearStart: '2026-01-01',
      yearEnd: '2026-12-31',
      realisedTo: '2026-11-23',
      windowFrom: '2026-08-01',
      windowTo: '2026-10-31',
      remainingMonths: 1,
      recurringFactor: 1 / 3,
      onceFactor: 1 / 3,
    });
    // In February the window reaches into last year; 10 months remain.
    const feb = forecastBasis(2026, '2026-02-10');
    assert.equal(feb.windowFrom, '2025-11-01');
    assert.equal(feb.windowTo, '2026-01-31');
    assert.equal(feb.remainingMonths, 10);
    assert.equal(feb.recurringFactor, 55 / 3);
    // A past year: everything is realised, no inflow.
    const past = forecastBasis(2025, '2026-11-23');
    assert.equal(past.realisedTo, '2025-12-31');
    assert.equal(past.remainingMonths, 0);
    assert.equal(forecastBasis(2027, '2026-11-23').remainingMonths, 0);
  });

  test('forecast = committed + the window average per month arriving in each remaining month, to year end', () => {
    // March: window Dec–Feb, 9 remaining months (Apr–Dec). Starters added 3 × 1000 per month in total and one
    // one-off of 600: per month 1000 recurring and 200 once. The April cohort runs 9 months, … December 1:
    // 1000 × (9 + 8 + … + 1) = 45,000; one-offs 200 × 9 = 1,800.
    const basis = forecastBasis(2026, '2026-03-15');
    const starters = [
      { per: 'maand' as const, rate: 2000 },
      { per: 'maand' as const, rate: 1000 },
      { per: 'totaal' as const, rate: 600 },
    ];
    assert.equal(Math.round(forecast(10_000, starters, basis)), 10_000 + 45_000 + 1_800);
    // December: no month remains, so the forecast is what is committed.
    assert.equal(forecast(10_000, starters, forecastBasis(2026, '2026-12-05')), 10_000);
  });
});
