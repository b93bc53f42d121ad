// The counts per kind as a bar chart and a table with the same numbers; each row links to that kind's items.
import type * as PlotNS from '@observablehq/plot';
import { useCallback } from 'react';
import { type BoardKind, boardKinds } from '../../api/board.ts';
import { Chart, DataTable, RouterLink, Section } from '../../components/index.ts';
import { drawSuppressedBarChart } from '../../components/suppressedBarChart.ts';
import { formatNumber } from '../../i18n/format.ts';
import { boardKindLabels, boardTexts } from './labels.ts';

export function BoardSummary({ counts, team }: { counts: Record<BoardKind, number>; team?: string }) {
  const total = boardKinds.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
  const render = useCallback(
    (Plot: typeof PlotNS, width: number) =>
      drawSuppressedBarChart(
        Plot,
        width,
        boardKinds.map((kind) => ({
          label: boardKindLabels[kind],
          value: counts[kind] ?? 0,
          suppressed: false,
        })),
        { xLabel: boardTexts.count, suppressedText: '', truncateLabels: true },
      ),
    [counts],
  );
  return (
    <Section title={boardTexts.summary}>
      <Chart title={boardTexts.chartTitle} description={boardTexts.chartDescription(total)} render={render} />
      <DataTable<BoardKind>
        caption={boardTexts.summaryCaption}
        rows={[...boardKinds]}
        rowKey={(kind) => kind}
        columns={[
          { key: 'kind', header: boardTexts.kind, rowHeader: true, render: (kind) => boardKindLabels[kind] },
          {
            key: 'count',
            header: boardTexts.count,
            numeric: true,
            render: (kind) => formatNumber(counts[kind] ?? 0),
          },
          {
            key: 'show',
            header: boardTexts.show,
            render: (kind) =>
              (counts[kind] ?? 0) > 0 ? (
                <RouterLink
                  to="/signalenbord"
                  search={{ team, kind }}
                  aria-label={boardTexts.showKind(boardKindLabels[kind])}
                >
                  {boardTexts.show}
                </RouterLink>
              ) : null,
          },
        ]}
      />
    </Section>
  );
}
