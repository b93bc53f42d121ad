// Where last month's signals would have gone with the rule: the totals, a chart and a table with the same numbers
// (per team now, with the rule, and the difference). Counts only, no personal data.
import { useCallback, useMemo } from 'react';
import type { RoutingPreviewResult } from '../../api/signal-admin.ts';
import { Alert, Chart, DataTable, EmptyState, Heading, Paragraph } from '../../components/index.ts';
import { formatCalendarDate, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { formatDifference, type PreviewRow, previewRows } from './routingPreview.ts';
import { drawRoutingPreviewChart } from './routingPreviewChart.ts';

const m = t.signalAdmin.routing.preview;

function PreviewChart({ rows }: { rows: PreviewRow[] }) {
  const render = useCallback(
    (Plot: Parameters<typeof drawRoutingPreviewChart>[0], width: number) =>
      drawRoutingPreviewChart(Plot, width, rows),
    [rows],
  );
  return <Chart title={m.chartTitle} description={m.chartAlt} render={render} />;
}

export interface RoutingPreviewProps {
  result: RoutingPreviewResult;
  /** The form changed after this preview was made. */
  stale: boolean;
}

export function RoutingPreview({ result, stale }: RoutingPreviewProps) {
  // Stable rows: the chart redraws only for a new preview, not on every keystroke in the form.
  const rows = useMemo(() => previewRows(result), [result]);
  return (
    <section className="regie-stack regie-routing-preview" aria-labelledby="routering-proef">
      <Heading level={3} id="routering-proef" tabIndex={-1}>
        {m.title}
      </Heading>
      <Paragraph>
        {m.period(formatCalendarDate(result.periode.van), formatCalendarDate(result.periode.tot))}
      </Paragraph>
      {stale && (
        <Alert type="warning" live="off">
          <Paragraph>{m.stale}</Paragraph>
        </Alert>
      )}
      <dl className="regie-figures">
        <div className="regie-figure" data-figure="totaal">
          <dt>{m.totaal}</dt>
          <dd className="regie-figure__value">{formatNumber(result.totaal)}</dd>
        </div>
        <div className="regie-figure" data-figure="gewijzigd">
          <dt>{m.gewijzigd}</dt>
          <dd className="regie-figure__value">{formatNumber(result.gewijzigd)}</dd>
        </div>
      </dl>
      {result.totaal === 0 || rows.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : (
        <>
          <PreviewChart rows={rows} />
          <DataTable<PreviewRow>
            caption={m.caption}
            rows={rows}
            rowKey={(row) => row.key}
            columns={[
              { key: 'team', header: m.team, rowHeader: true, render: (row) => row.team },
              { key: 'nu', header: m.now, numeric: true, render: (row) => formatNumber(row.nu) },
              { key: 'met', header: m.withRule, numeric: true, render: (row) => formatNumber(row.met) },
              {
                key: 'verschil',
                header: m.difference,
                numeric: true,
                render: (row) => formatDifference(row.verschil),
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
