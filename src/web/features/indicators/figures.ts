// Pure helpers of the indicator page: periods, the version in force, and the rows of each measure's table.
// A difference is only computed between two published cells, so it can never reveal a suppressed one.
import { todayInAmsterdam } from '../rules/householdForm.ts';
import type { Cell, IndicatorEntry, Measure, ShownSeries } from './api.ts';
import { indicatorTexts as tx } from './texts.ts';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** This month in Europe/Amsterdam as YYYY-MM. */
export function thisMonth(now: Date = new Date()): string {
  return todayInAmsterdam(now).slice(0, 7);
}

/** The month `count` months before `month` (YYYY-MM). */
export function monthsBefore(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The default period: the last 12 months up to and including this month. */
export function defaultRange(now: Date = new Date()): { from: string; to: string } {
  const to = thisMonth(now);
  return { from: monthsBefore(to, 11), to };
}

/**
 * The version of an indicator in force on a day (YYYY-MM-DD): the newest that started on or before it, else the
 * oldest one (as the server chooses).
 */
export function currentVersion(entry: IndicatorEntry, today: string) {
  const started = entry.versions.filter((v) => v.validFrom <= today);
  if (started.length === 0) return entry.versions.reduce((a, b) => (b.validFrom < a.validFrom ? b : a));
  return started.reduce((a, b) => (b.validFrom > a.validFrom ? b : a));
}

const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-01" → "januari 2026"; "2026-H1" → "Eerste halfjaar 2026". */
export function formatPeriod(period: string): string {
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half) return tx.halfYear(half[2] as string, half[1] as string);
  const month = MONTH.exec(period);
  if (month) return monthName.format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  return period;
}

const plain = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const signed = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });

/** A cell as text: "< 10" when suppressed, "–" when there is no value, else the number in Dutch notation. */
export function formatCell(cell: Cell | undefined, kind: Measure['kind']): string {
  if (cell?.suppressed) return tx.suppressed;
  if (!cell || cell.value === null) return tx.noValue;
  return kind === 'aandeel' ? `${plain.format(cell.value)}%` : plain.format(cell.value);
}

/** Current minus previous, only when both are published numbers; else null (the table shows nothing). */
export function difference(previous: Cell | undefined, current: Cell | undefined): number | null {
  if (!previous || !current || previous.suppressed || current.suppressed) return null;
  if (previous.value === null || current.value === null) return null;
  // Round away floating-point noise (values have at most two decimals).
  return Math.round((current.value - previous.value) * 100) / 100;
}

export function formatDifference(diff: number | null, kind: Measure['kind']): string {
  if (diff === null) return '';
  return kind === 'aandeel' ? `${signed.format(diff)} ${tx.percentagePoints}` : signed.format(diff);
}

export interface MeasureRow {
  key: string;
  label: string;
  cell: Cell | undefined;
  previous: Cell | undefined;
  diff: number | null;
}

/** One row per period for the municipality as a whole, each compared with the period before it. */
export function rowsOverTime(series: ShownSeries, measure: string): MeasureRow[] {
  return series.series.map((period, i) => {
    const cell = period.rows[0]?.cells[measure];
    const previous = i > 0 ? series.series[i - 1]?.rows[0]?.cells[measure] : undefined;
    return {
      key: period.period,
      label: formatPeriod(period.period),
      cell,
      previous,
      diff: difference(previous, cell),
    };
  });
}

/** One row per breakdown value (the municipality first) in the last period, compared with the period before. */
export function rowsByBreakdown(series: ShownSeries, measure: string): MeasureRow[] {
  const last = series.series.at(-1);
  const before = series.series.length > 1 ? series.series.at(-2) : undefined;
  if (!last) return [];
  return last.rows.map((row) => {
    const code = row.breakdown?.code ?? null;
    const match = before?.rows.find((r) => (r.breakdown?.code ?? null) === code);
    const cell = row.cells[measure];
    const previous = match?.cells[measure];
    return {
      key: code ?? '',
      label: row.breakdown?.label ?? tx.whole(series.municipality.name),
      cell,
      previous,
      diff: difference(previous, cell),
    };
  });
}

/** True when no period has a single published or suppressed cell: nothing to show. */
export function hasNoData(series: ShownSeries): boolean {
  return series.series.every((period) => period.rows.length === 0);
}
