// One law: a chart of budget, committed and forecast, and the same figures (with households, realised and the
// provisions without a tariff) in a table. A suppressed amount gets "< 10" instead of a bar.
import type * as PlotNS from '@observablehq/plot';
import { useCallback } from 'react';
import { Chart, DataTable, Section } from '../../components/index.ts';
import { drawSuppressedBarChart } from '../../components/suppressedBarChart.ts';
import type { CostCell, CostLawFigures } from './api.ts';
import { amountText, budgetText, countText } from './figures.ts';
import { costTexts as tx } from './texts.ts';

type Line = { key: string; label: string; text: string };

export function LawFigures({
  law,
  municipality,
  year,
}: {
  law: CostLawFigures;
  municipality: string;
  year: number;
}) {
  const c = law.total.cells;
  const render = useCallback(
    (Plot: typeof PlotNS, width: number) => {
      const bar = (label: string, cell: CostCell | undefined) => ({
        label,
        value: cell && !cell.suppressed && cell.value !== null ? cell.value / 100 : null,
        suppressed: !cell || cell.suppressed,
      });
      return drawSuppressedBarChart(
        Plot,
        width,
        [
          ...(law.budgetCents === null
            ? []
            : [{ label: tx.lawRows.budget, value: law.budgetCents / 100, suppressed: false }]),
          bar(tx.lawRows.committed, c.committed),
          bar(tx.lawRows.forecast, c.forecast),
        ],
        { xLabel: tx.chartAxis, suppressedText: tx.suppressed },
      );
    },
    [law.budgetCents, c.committed, c.forecast],
  );
  const lines: Line[] = [
    { key: 'budget', label: tx.lawRows.budget, text: budgetText(law.budgetCents) },
    { key: 'committed', label: tx.lawRows.committed, text: amountText(c.committed) },
    { key: 'realised', label: tx.lawRows.realised, text: amountText(c.realised) },
    { key: 'forecast', label: tx.lawRows.forecast, text: amountText(c.forecast) },
    { key: 'households', label: tx.lawRows.households, text: countText(c.households) },
    { key: 'zonderTarief', label: tx.lawRows.zonderTarief, text: countText(c.zonderTarief) },
  ];
  return (
    <Section title={law.label} level={3}>
      <Chart title={tx.chartTitle(law.label)} description={tx.chartDescription} render={render} />
      <DataTable<Line>
        caption={tx.lawCaption(law.label, municipality, year)}
        rows={lines}
        rowKey={(line) => line.key}
        columns={[
          { key: 'label', header: tx.figure, rowHeader: true, render: (line) => line.label },
          { key: 'value', header: tx.value, numeric: true, render: (line) => line.text },
        ]}
      />
    </Section>
  );
}
