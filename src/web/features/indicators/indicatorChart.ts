// A measure as horizontal bars (one per period, or one per breakdown value), drawn like every aggregate chart:
// a suppressed cell gets the text "< 10" instead of a bar. A cell without a value (nothing to divide by) is left
// out of the chart; the table next to it shows "–" for it.
import type * as PlotNS from '@observablehq/plot';
import { drawSuppressedBarChart } from '../../components/suppressedBarChart.ts';
import type { Measure } from './api.ts';
import type { MeasureRow } from './figures.ts';
import { indicatorTexts as tx } from './texts.ts';

export function drawMeasureChart(
  Plot: typeof PlotNS,
  width: number,
  rows: MeasureRow[],
  kind: Measure['kind'],
) {
  const bars = rows
    .filter((row) => row.cell && (row.cell.suppressed || row.cell.value !== null))
    .map((row) => ({
      label: row.label,
      value: row.cell?.suppressed ? null : (row.cell?.value ?? null),
      suppressed: Boolean(row.cell?.suppressed),
    }));
  return drawSuppressedBarChart(Plot, width, bars, {
    xLabel: tx.kindAxis[kind],
    suppressedText: tx.suppressed,
    truncateLabels: true,
  });
}
