// All figures in one table: per law its total, then (with a breakdown) a row per wijk, team or provider.
import { DataTable } from '../../components/index.ts';
import type { CostOverview, CostRow } from './api.ts';
import { amountText, budgetText, countText } from './figures.ts';
import { costTexts as tx } from './texts.ts';

type Line = {
  key: string;
  law: string;
  label: string;
  row: CostRow;
  budget: number | null;
  isTotal: boolean;
};

export function BreakdownTable({ overview }: { overview: CostOverview }) {
  const withBreakdown = overview.breakdown !== 'wet';
  const lines: Line[] = [
    {
      key: 'all',
      law: tx.allLaws,
      label: overview.municipality.name,
      row: overview.total,
      budget: overview.total.budgetCents,
      isTotal: true,
    },
    ...overview.laws.flatMap((law) => [
      {
        key: law.law,
        law: law.label,
        label: overview.municipality.name,
        row: law.total,
        budget: law.budgetCents,
        isTotal: true,
      },
      ...law.rows.map((row) => ({
        key: `${law.law}:${row.breakdown?.code ?? ''}`,
        law: law.label,
        label: row.breakdown?.label ?? '',
        row,
        budget: null,
        isTotal: false,
      })),
    ]),
  ];
  const c = tx.columns;
  return (
    <DataTable<Line>
      caption={
        withBreakdown
          ? tx.breakdownCaption(overview.breakdownLabel, overview.municipality.name, overview.year)
          : tx.lawCaptionAll(overview.municipality.name, overview.year)
      }
      rows={lines}
      rowKey={(line) => line.key}
      stacked
      columns={[
        {
          key: 'label',
          header: withBreakdown ? `${c.law} / ${overview.breakdownLabel}` : c.law,
          rowHeader: true,
          render: (line) =>
            withBreakdown ? (line.isTotal ? `${line.law}: ${line.label}` : line.label) : line.law,
        },
        {
          key: 'households',
          header: c.households,
          numeric: true,
          render: (l) => countText(l.row.cells.households),
        },
        {
          key: 'committed',
          header: c.committed,
          numeric: true,
          render: (l) => amountText(l.row.cells.committed),
        },
        {
          key: 'realised',
          header: c.realised,
          numeric: true,
          render: (l) => amountText(l.row.cells.realised),
        },
        {
          key: 'forecast',
          header: c.forecast,
          numeric: true,
          render: (l) => amountText(l.row.cells.forecast),
        },
        {
          key: 'budget',
          header: c.budget,
          numeric: true,
          render: (l) => (l.isTotal ? budgetText(l.budget) : tx.noValue),
        },
        {
          key: 'zonderTarief',
          header: c.zonderTarief,
          numeric: true,
          render: (l) => countText(l.row.cells.zonderTarief),
        },
      ]}
    />
  );
}
