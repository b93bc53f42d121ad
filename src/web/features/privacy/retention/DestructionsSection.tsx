// The destruction records: one row per run (newest first) with the count per category, a bar chart of the totals
// of the page above the table (the table carries the same numbers), and paging.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Chart,
  type Column,
  DataTable,
  EmptyState,
  Pagination,
  Paragraph,
  QueryState,
  Section,
} from '../../../components/index.ts';
import { formatMoment, formatNumber } from '../../../i18n/format.ts';
import { type DestructionRun, destructionsQuery } from './api.ts';
import { retentionTexts } from './texts.ts';

const m = retentionTexts.destructions;

export function DestructionsSection() {
  const [page, setPage] = useState(1);
  const query = useQuery({ ...destructionsQuery(page), placeholderData: (previous) => previous });
  return (
    <Section title={m.title}>
      <Paragraph>{m.intro}</Paragraph>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{m.empty}</EmptyState>
          ) : (
            <>
              <RunsChart runs={data.items} />
              <RunsTable runs={data.items} busy={query.isPlaceholderData} />
              <Pagination
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onPageChange={setPage}
              />
            </>
          )
        }
      </QueryState>
    </Section>
  );
}

function RunsTable({ runs, busy }: { runs: DestructionRun[]; busy: boolean }) {
  // Every run records the same categories; the first run's order is the register's order.
  const categories = runs[0]?.categories ?? [];
  const columns: Column<DestructionRun>[] = [
    { key: 'when', header: m.when, rowHeader: true, render: (r) => formatMoment(r.ranAt) },
    { key: 'total', header: m.total, numeric: true, render: (r) => formatNumber(r.total) },
    ...categories.map(
      (c): Column<DestructionRun> => ({
        key: c.category,
        header: c.label,
        numeric: true,
        render: (r) => {
          const own = r.categories.find((x) => x.category === c.category);
          return own ? <span title={own.rule}>{formatNumber(own.count)}</span> : '–';
        },
      }),
    ),
  ];
  return (
    <DataTable
      caption={m.caption}
      columns={columns}
      rows={runs}
      rowKey={(r) => r.runId}
      busy={busy}
      stacked
    />
  );
}

function RunsChart({ runs }: { runs: DestructionRun[] }) {
  const data = [...runs].reverse().map((r) => ({ when: formatMoment(r.ranAt), total: r.total }));
  return (
    <Chart
      title={m.chartTitle}
      description={m.chartDescription(runs.length)}
      render={(Plot, width) =>
        Plot.plot({
          width,
          height: 200,
          marginLeft: 48,
          marginBottom: 48,
          x: { label: null, tickRotate: -30, domain: data.map((d) => d.when) },
          y: { label: 'Aantal', grid: true },
          marks: [
            Plot.barY(data, { x: 'when', y: 'total', fill: 'var(--regie-chart-color, #01689b)' }),
            Plot.ruleY([0]),
          ],
        })
      }
    />
  );
}
