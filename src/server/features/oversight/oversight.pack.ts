import { findIndicator } from '../indicators/indicators.catalogue.ts';
import type { publishedSeries } from '../indicators/indicators.service.ts';

/** One published indicator answer, as publishedSeries gives it (already suppressed). */
type Series = Awaited<ReturnType<typeof publishedSeries>>;
type SeriesPeriod = Series['series'][number];

export type PackCell = { value: number | null; suppressed: boolean };

/** One row of a pack table: a period (or the last month of a half-year) and one area or household type. */
export type PackRow = {
  halfYear: string;
  period: string;
  peildatum: string;
  version: number;
  label: string;
  cells: Record<string, PackCell>;
};

/** One question of the supervisor, answered by one indicator. */
export type PackTable = {
  key: string;
  question: string;
  indicator: string;
  rowLabel: string;
  columns: { key: string; label: string; kind: 'aantal' | 'aandeel' | 'per1000' | 'mediaan' | 'maximum' }[];
  rows: PackRow[];
};

/** The definition (with version) each figure of the pack was computed with. */
export type PackDefinition = {
  code: string;
  version: number;
  validFrom: string;
  title: string;
  explanation: string;
  counted: string;
  numerator: string | null;
  denominator: string | null;
  unit: string;
  source: string;
};

/** The half-year a period (2026-03 or 2026-H1) belongs to. */
export function halfYearOf(period: string): string {
  if (period.includes('-H')) return period;
  return `${period.slice(0, 4)}-H${Number(period.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/**
 * Only the last period of each half-year: for a stock counted per month (open cases, caseload), the month whose
 * peildatum is the half-year's (its last day, or today while it runs).
 */
export function lastOfEachHalfYear(periods: SeriesPeriod[]): SeriesPeriod[] {
  const last = new Map<string, SeriesPeriod>();
  for (const p of periods) last.set(halfYearOf(p.period), p);
  return [...last.values()];
}

/**
 * A series as a pack table: every period given, every row (the municipality first, then the breakdown values),
 * every measure as a column. The cells are the published cells, unchanged: the pack never shows more than the
 * indicator page.
 */
export function packTable(
  key: string,
  question: string,
  series: Series,
  periods: SeriesPeriod[],
  rowLabel: string,
): PackTable {
  return {
    key,
    question,
    indicator: series.code,
    rowLabel,
    columns: series.measures.map((m) => ({ key: m.key, label: m.label, kind: m.kind })),
    rows: periods.flatMap((p) =>
      p.rows.map((r) => ({
        halfYear: halfYearOf(p.period),
        period: p.period,
        peildatum: p.peildatum,
        version: p.version,
        label: r.breakdown?.label ?? series.municipality.name,
        cells: Object.fromEntries(
          series.measures.map((m) => [m.key, r.cells[m.key] ?? { value: null, suppressed: false }]),
        ),
      })),
    ),
  };
}

/** The definitions of the versions the tables used, per indicator in table order. */
export function definitionsOf(tables: PackTable[]): PackDefinition[] {
  const seen = new Set<string>();
  const out: PackDefinition[] = [];
  for (const table of tables) {
    const indicator = findIndicator(table.indicator);
    // A year without started periods still says which definition would apply: the newest.
    const used = table.rows.map((r) => r.version);
    const versions =
      used.length > 0 ? used : [Math.max(...(indicator?.versions.map((v) => v.version) ?? []))];
    for (const version of new Set(versions)) {
      const v = indicator?.versions.find((x) => x.version === version);
      const id = `${table.indicator}@${version}`;
      if (!v || seen.has(id)) continue;
      seen.add(id);
      out.push({
        code: table.indicator,
        version: v.version,
        validFrom: v.validFrom,
        title: v.title,
        explanation: v.explanation,
        counted: v.counted,
        numerator: v.numerator,
        denominator: v.denominator,
        unit: v.unit,
        source: v.source,
      });
    }
  }
  return out;
}
