import type { Ctx } from '../../context.ts';
import { csvDocument, csvNumber } from '../../lib/csv.ts';
import { breakdownLabels } from './indicators.catalogue.ts';
import { indicatorSeries, type SeriesQuery } from './indicators.service.ts';
import { THRESHOLD } from './indicators.suppression.ts';

type Cell = { value: number | null; suppressed: boolean };

/** A cell as the page shows it: "< 10" when suppressed, empty when there is nothing to show, a Dutch decimal comma. */
function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.suppressed) return `< ${THRESHOLD}`;
  return csvNumber(cell.value);
}

/**
 * One indicator's series as CSV for the council and for spreadsheets: exactly the published (suppressed) figures
 * of the JSON answer, one row per period and breakdown value, so an export can never show more than the page.
 */
export async function indicatorCsv(ctx: Ctx, code: string, query: SeriesQuery) {
  const series = await indicatorSeries(ctx, code, query);
  const header = [
    'Periode',
    'Van',
    'Tot en met',
    'Peildatum',
    'Versie',
    series.breakdown ? breakdownLabels[series.breakdown] : 'Gebied',
    ...series.measures.map((m) => m.label),
  ];
  const rows = series.series.flatMap((p) =>
    p.rows.map((row) => [
      p.period,
      p.from,
      p.to,
      p.peildatum,
      p.version,
      row.breakdown?.label ?? series.municipality.name,
      ...series.measures.map((m) => cellText(row.cells[m.key])),
    ]),
  );
  return {
    body: csvDocument(header, rows),
    fileName: `indicator-${series.code}-${series.municipality.code}-${query.from}-${query.to}.csv`,
  };
}
