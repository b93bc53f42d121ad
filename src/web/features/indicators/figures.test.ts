import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IndicatorEntry, IndicatorSeries } from './api.ts';
import {
  currentVersion,
  defaultRange,
  difference,
  formatCell,
  formatDifference,
  formatPeriod,
  monthsBefore,
  rowsByBreakdown,
  rowsOverTime,
} from './figures.ts';

const shown = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };
const none = { value: null, suppressed: false };

test('the default period is the last 12 months up to this month (Amsterdam), across a year end', () => {
  assert.deepEqual(defaultRange(new Date('2026-03-15T12:00:00Z')), { from: '2025-04', to: '2026-03' });
  // 31 December 23:30 UTC is already January in Amsterdam.
  assert.deepEqual(defaultRange(new Date('2025-12-31T23:30:00Z')), { from: '2025-02', to: '2026-01' });
  assert.equal(monthsBefore('2026-01', 1), '2025-12');
  assert.equal(monthsBefore('2026-12', 11), '2026-01');
});

test('periods read as Dutch words', () => {
  assert.equal(formatPeriod('2026-01'), 'januari 2026');
  assert.equal(formatPeriod('2026-H2'), 'Tweede halfjaar 2026');
});

test('cells: "< 10" when suppressed, "–" without a value, Dutch numbers otherwise', () => {
  assert.equal(formatCell(hidden, 'aantal'), '< 10');
  assert.equal(formatCell(none, 'aandeel'), '–');
  assert.equal(formatCell(undefined, 'aantal'), '–');
  assert.equal(formatCell(shown(1234), 'aantal'), '1.234');
  assert.equal(formatCell(shown(45.5), 'aandeel'), '45,5%');
  assert.equal(formatCell(shown(4.25), 'per1000'), '4,25');
});

test('a difference needs two published values, so it never reveals a suppressed cell', () => {
  assert.equal(difference(shown(12), shown(20)), 8);
  assert.equal(difference(hidden, shown(20)), null);
  assert.equal(difference(shown(20), hidden), null);
  assert.equal(difference(none, shown(20)), null);
  assert.equal(difference(undefined, shown(20)), null);
  assert.equal(difference(shown(0.1), shown(0.3)), 0.2);
  assert.equal(formatDifference(-3, 'aantal'), '-3');
  assert.equal(formatDifference(2.5, 'aandeel'), '+2,5 procentpunt');
  assert.equal(formatDifference(0, 'aantal'), '0');
  assert.equal(formatDifference(null, 'aantal'), '');
});

test('the version in force is the newest that started on or before today', () => {
  const entry = {
    code: 'x',
    versions: [
      { version: 1, validFrom: '2025-01-01', title: 'Een' },
      { version: 2, validFrom: '2026-07-01', title: 'Twee' },
    ],
  } as unknown as IndicatorEntry;
  assert.equal(currentVersion(entry, '2026-06-30').version, 1);
  assert.equal(currentVersion(entry, '2026-07-01').version, 2);
  assert.equal(currentVersion(entry, '2024-01-01').version, 1);
});

const series = {
  municipality: { code: 'GM9901', name: 'Regiedam' },
  series: [
    {
      period: '2026-01',
      rows: [
        { breakdown: null, cells: { n: shown(30) } },
        { breakdown: { code: 'noord', label: 'Noord' }, cells: { n: shown(20) } },
        { breakdown: { code: 'zuid', label: 'Zuid' }, cells: { n: hidden } },
      ],
    },
    {
      period: '2026-02',
      rows: [
        { breakdown: null, cells: { n: shown(35) } },
        { breakdown: { code: 'noord', label: 'Noord' }, cells: { n: shown(24) } },
        { breakdown: { code: 'zuid', label: 'Zuid' }, cells: { n: shown(11) } },
      ],
    },
  ],
} as unknown as IndicatorSeries;

test('over time: one row per period for the municipality, compared with the period before', () => {
  const rows = rowsOverTime(series, 'n');
  assert.deepEqual(
    rows.map((r) => [r.label, r.cell?.value, r.diff]),
    [
      ['januari 2026', 30, null],
      ['februari 2026', 35, 5],
    ],
  );
});

test('by breakdown: the last period per value, the municipality first; no difference with a hidden cell', () => {
  const rows = rowsByBreakdown(series, 'n');
  assert.deepEqual(
    rows.map((r) => [r.label, r.cell?.value, r.previous?.suppressed, r.diff]),
    [
      ['Heel Regiedam', 35, false, 5],
      ['Noord', 24, false, 4],
      ['Zuid', 11, true, null],
    ],
  );
});
