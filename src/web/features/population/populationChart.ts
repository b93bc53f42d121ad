// Households per wijk as horizontal bars; suppressed wijken (fewer than 10) get a text instead of a bar.
import type * as PlotNS from '@observablehq/plot';
import type { WijkFigures } from '../../api/types.ts';
import { drawSuppressedBarChart } from '../../components/suppressedBarChart.ts';
import { t } from '../../i18n/index.ts';

export function drawPopulationChart(Plot: typeof PlotNS, width: number, items: WijkFigures[]) {
  const rows = items.map((item) => ({
    label: item.wijkName,
    value: item.households,
    suppressed: item.suppressed,
  }));
  return drawSuppressedBarChart(Plot, width, rows, {
    xLabel: t.population.households,
    suppressedText: t.population.suppressed,
  });
}
