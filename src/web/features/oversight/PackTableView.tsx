// One question of the supervisor pack as a table: per period and row (the municipality first, then the household
// types) every published figure. Suppressed cells read "< 10"; nothing is computed from them here.
import { useCallback, useMemo } from 'react';
import { Chart, type Column, DataTable, Paragraph, Section } from '../../components/index.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { formatPeriod } from '../indicators/figures.ts';
import type { PackColumn, PackRow, PackTable } from './api.ts';
import { drawPackChart, type PackChart, packChart } from './packChart.ts';
import { oversightTexts as tx } from './texts.ts';

const plain = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export function packCellText(row: PackRow, column: PackColumn): string {
  const cell = row.cells[column.key];
  if (cell?.suppressed) return tx.suppressed;
  if (!cell || cell.value === null) return tx.noValue;
  return column.kind === 'aandeel' ? `${plain.format(cell.value)}%` : plain.format(cell.value);
}

export function PackTableView({
  table,
  number,
  municipality,
}: {
  table: PackTable;
  number: number;
  municipality: string;
}) {
  const columns: Column<PackRow>[] = [
    {
      key: 'period',
      header: tx.period,
      rowHeader: true,
      render: (r) =>
        `${formatPeriod(r.period)} (${tx.peildatum.toLowerCase()} ${formatCalendarDate(r.peildatum)})`,
    },
    { key: 'label', header: table.rowLabel, render: (r) => r.label },
    ...table.columns.map((c) => ({
      key: c.key,
      header: c.label,
      numeric: true,
      render: (r: PackRow) => packCellText(r, c),
    })),
  ];
  return (
    <Section title={`${tx.question(number)}: ${table.question}`}>
      <Paragraph small>
        {tx.indicator}: {table.indicator}
      </Paragraph>
      {table.rows.length === 0 ? (
        <Paragraph>{tx.noRows}</Paragraph>
      ) : (
        <>
          <PackChartView table={table} />
          <DataTable
            caption={tx.caption(table.question, municipality)}
            captionHidden
            columns={columns}
            rows={table.rows}
            rowKey={(r) => `${r.period}:${r.label}`}
          />
        </>
      )}
    </Section>
  );
}

function PackChartView({ table }: { table: PackTable }) {
  const chart = useMemo(() => packChart(table), [table]);
  if (!chart) return null;
  return <DrawnPackChart chart={chart} />;
}

function DrawnPackChart({ chart }: { chart: PackChart }) {
  const render = useCallback(
    (Plot: Parameters<typeof drawPackChart>[0], width: number) => drawPackChart(Plot, width, chart),
    [chart],
  );
  return (
    <Chart
      title={tx.chartTitle(chart.column.label, chart.scope)}
      description={tx.chartDescription}
      render={render}
    />
  );
}
