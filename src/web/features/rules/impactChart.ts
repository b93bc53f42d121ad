// Affected households per class of monthly reduction, in class order; suppressed classes get a text instead of a bar.
import type * as PlotNS from '@observablehq/plot';
import type { ImpactVerdelingsklasse } from '../../api/rules.ts';
import { drawSuppressedBarChart } from '../../components/suppressedBarChart.ts';
import { t } from '../../i18n/index.ts';

export function drawImpactChart(Plot: typeof PlotNS, width: number, classes: ImpactVerdelingsklasse[]) {
  const rows = classes.map((c) => ({ label: c.label, value: c.aantal, suppressed: c.suppressed }));
  return drawSuppressedBarChart(Plot, width, rows, {
    xLabel: t.rules.impact.households,
    suppressedText: t.rules.impact.suppressedCount,
    truncateLabels: true,
  });
}
