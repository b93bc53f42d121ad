import type { Ctx } from '../../context.ts';
import { csvDocument } from '../../lib/csv.ts';
import { THRESHOLD } from '../indicators/indicators.suppression.ts';
import type { CostQuery } from './costs.schemas.ts';
import { costOverview } from './costs.service.ts';

type Cell = { value: number | null; suppressed: boolean } | undefined;

/** Euros with a decimal comma for a Dutch spreadsheet; "< 10" for a suppressed cell (its count is under 10). */
function euros(cell: Cell): string {
  if (!cell || cell.suppressed) return `< ${THRESHOLD}`;
  return cell.value === null ? '' : (cell.value / 100).toFixed(2).replace('.', ',');
}

function count(cell: Cell): string {
  if (!cell || cell.suppressed) return `< ${THRESHOLD}`;
  return cell.value === null ? '' : String(cell.value);
}

const budget = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2).replace('.', ','));

/**
 * The cost overview as CSV: exactly the published (suppressed) figures of the JSON answer, one row per law total
 * and per law × breakdown value, so an export can never show more than the page.
 */
export async function costCsv(ctx: Ctx, query: CostQuery) {
  const o = await costOverview(ctx, query);
  const header = [
    'Jaar',
    'Wet',
    o.breakdownLabel === 'Wet' ? 'Gebied' : o.breakdownLabel,
    'Huishoudens',
    'Vastgelegd (euro)',
    `Gerealiseerd t/m ${o.basis.realisedTo} (euro)`,
    'Prognose (euro)',
    'Budget (euro)',
    'Voorzieningen zonder tarief',
  ];
  const line = (lawLabel: string, area: string, cells: Record<string, Cell>, budgetCents: number | null) => [
    o.year,
    lawLabel,
    area,
    count(cells.households),
    euros(cells.committed),
    euros(cells.realised),
    euros(cells.forecast),
    budget(budgetCents),
    count(cells.zonderTarief),
  ];
  const rows = [
    line('Alle wetten', o.municipality.name, o.total.cells, o.total.budgetCents),
    ...o.laws.flatMap((l) => [
      line(l.label, o.municipality.name, l.total.cells, l.budgetCents),
      ...l.rows.map((r) => line(l.label, r.breakdown?.label ?? '', r.cells, null)),
    ]),
  ];
  return {
    body: csvDocument(header, rows),
    fileName: `kosten-${o.municipality.code}-${o.year}-${o.breakdown}.csv`,
  };
}
