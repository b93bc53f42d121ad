// One measure of an indicator: a chart and, always, the same numbers in a table with the change since the
// previous period.
import { useCallback } from 'react';
import { Chart, DataTable, Section } from '../../components/index.ts';
import type { Measure } from './api.ts';
import { formatCell, formatDifference, type MeasureRow } from './figures.ts';
import { drawMeasureChart } from './indicatorChart.ts';
import { indicatorTexts as tx } from './texts.ts';

export interface MeasureFiguresProps {
  measure: Measure;
  rows: MeasureRow[];
  chartTitle: string;
  chartDescription: string;
  caption: string;
  /** Header of the first column: "Periode", or the breakdown ("Wijk"). */
  labelHeader: string;
  /** With a breakdown the table also shows the previous period's value next to the last one. */
  valueHeader: string;
  previousHeader?: string;
}

export function MeasureFigures({
  measure,
  rows,
  chartTitle,
  chartDescription,
  caption,
  labelHeader,
  valueHeader,
  previousHeader,
}: MeasureFiguresProps) {
  const render = useCallback(
    (Plot: Parameters<typeof drawMeasureChart>[0], width: number) =>
      drawMeasureChart(Plot, width, rows, measure.kind),
    [rows, measure.kind],
  );
  return (
    <Section title={measure.label} level={3}>
      <Chart title={chartTitle} description={chartDescription} render={render} />
      <DataTable<MeasureRow>
        caption={caption}
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { key: 'label', header: labelHeader, rowHeader: true, render: (row) => row.label },
          ...(previousHeader
            ? [
                {
                  key: 'previous',
                  header: previousHeader,
                  numeric: true,
                  render: (row: MeasureRow) =>
                    row.previous ? formatCell(row.previous, measure.kind) : tx.noValue,
                },
              ]
            : []),
          {
            key: 'value',
            header: valueHeader,
            numeric: true,
            render: (row) => formatCell(row.cell, measure.kind),
          },
          {
            key: 'difference',
            header: tx.difference,
            numeric: true,
            render: (row) => formatDifference(row.diff, measure.kind),
          },
        ]}
      />
    </Section>
  );
}
