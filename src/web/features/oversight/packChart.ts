// The chart of one question of the supervisor pack: its first figure (the headline count), per row of the latest
// period when the question has a breakdown (household types), else per period. Suppressed cells become "< 10"
// in the chart too; a cell without a value is left out (the table shows "–").
import type * as PlotNS from '@observablehq/plot';
import { drawSuppressedBarChart } from '../../components/suppressedBarChart.ts';
import { formatPeriod } from '../indicators/figures.ts';
import type { PackColumn, PackTable } from './api.ts';
import { oversightTexts as tx } from './texts.ts';

export type PackBar = { label: string; value: number | null; suppressed: boolean };

export type PackChart = { column: PackColumn; scope: string; bars: PackBar[] };

export function packChart(table: PackTable): PackChart | null {
  const column = table.columns[0];
  if (!column || table.rows.length === 0) return null;
  const last = table.rows.at(-1)!.period;
  const ofLast = table.rows.filter((r) => r.period === last);
  const byRow = ofLast.length > 1;
  const rows = byRow ? ofLast : table.rows;
  const bars = rows.flatMap((r) => {
    const cell = r.cells[column.key];
    if (!cell || (!cell.suppressed && cell.value === null)) return [];
    return [
      {
        label: byRow ? r.label : formatPeriod(r.period),
        value: cell.suppressed ? null : cell.value,
        suppressed: cell.suppressed,
      },
    ];
  });
  if (bars.length === 0) return null;
  return { column, scope: byRow ? formatPeriod(last) : tx.perPeriod, bars };
}

export function drawPackChart(Plot: typeof PlotNS, width: number, chart: PackChart) {
  return drawSuppressedBarChart(Plot, width, chart.bars, {
    xLabel: chart.column.kind === 'aandeel' ? tx.axisShare : tx.axisCount,
    suppressedText: tx.suppressed,
    truncateLabels: true,
  });
}
