import type { Ctx } from '../../context.ts';
import { csvDocument, csvNumber } from '../../lib/csv.ts';
import { breakdownLabels } from './indicators.catalogue.ts';
import { type RegionQuery, regionSeries } from './indicators.region.ts';
import { indicatorSeries, type SeriesQuery } from './indicators.service.ts';
import { THRESHOLD } from './indicators.suppression.ts';

type Cell = { value: number | null; suppressed: boolean };

/** A cell as the page shows it: "< 10" when suppressed, empty when there is nothing to show, a Dutch decimal comma. */
function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.suppressed) return `< ${THRESHOLD}`;
  return csvNumber(cell.value);
}

type PublishedSeries = {
  code: string;
  measures: { key: string; label: string }[];
  series: {
    period: string;
    from: string;
    to: string;
    peildatum: string;
    version: number;
    rows: { breakdown: { label: string } | null; cells: Record<string, Cell> }[];
  }[];
};

/**
 * A published series as CSV for the council and for spreadsheets: exactly the (suppressed) figures of the JSON
 * answer, one row per period and row, so an export can never show more than the page.
 */
function seriesCsv(series: PublishedSeries, area: { name: string }, rowHeader: string): string {
  const header = [
    'Periode',
    'Van',
    'Tot en met',
    'Peildatum',
    'Versie',
    rowHeader,
    ...series.measures.map((m) => m.label),
  ];
  const rows = series.series.flatMap((p) =>
    p.rows.map((row) => [
      p.period,
      p.from,
      p.to,
      p.peildatum,
      p.version,
      row.breakdown?.label ?? area.name,
      ...series.measures.map((m) => cellText(row.cells[m.key])),
    ]),
  );
  return csvDocument(header, rows);
}

/** One indicator of a municipality as CSV (with its breakdown when asked). */
export async function indicatorCsv(ctx: Ctx, code: string, query: SeriesQuery) {
  const series = await indicatorSeries(ctx, code, query);
  return {
    body: seriesCsv(
      series,
      series.municipality,
      series.breakdown ? breakdownLabels[series.breakdown] : 'Gebied',
    ),
    fileName: `indicator-${series.code}-${series.municipality.code}-${query.from}-${query.to}.csv`,
  };
}

/** One indicator of a region as CSV: the region, then each municipality. */
export async function regionCsv(ctx: Ctx, code: string, query: RegionQuery) {
  const series = await regionSeries(ctx, code, query);
  return {
    body: seriesCsv(series, series.region, 'Gebied'),
    fileName: `indicator-${series.code}-${series.region.code}-${query.from}-${query.to}.csv`,
  };
}
