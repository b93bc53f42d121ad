// The ZRM tab of a case: per adult of the household a form for a new assessment, the earlier assessments as a
// table (domains down, dates across) and the trend per domain as a chart with the same numbers.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { type ZrmAssessment, type ZrmView, zrmQuery } from '../../../api/plans.ts';
import {
  Chart,
  type Column,
  DataTable,
  EmptyState,
  Heading,
  Paragraph,
  QueryState,
  Section,
} from '../../../components/index.ts';
import { formatCalendarDate } from '../../../i18n/format.ts';
import { zrmTexts as m } from './texts.ts';
import { ZrmForm } from './ZrmForm.tsx';
import { assessmentsOf, type HistoryRow, historyRows, trendPoints } from './zrm.ts';
import { drawZrmTrendChart } from './zrmTrendChart.ts';
import './plan.css';

function ZrmTrend({
  name,
  view,
  assessments,
}: {
  name: string;
  view: ZrmView;
  assessments: ZrmAssessment[];
}) {
  const points = useMemo(() => trendPoints(view.domains, assessments), [view.domains, assessments]);
  const labels = useMemo(() => view.domains.map((d) => d.label), [view.domains]);
  const render = useCallback(
    (Plot: Parameters<typeof drawZrmTrendChart>[0], width: number) =>
      drawZrmTrendChart(Plot, width, points, labels),
    [points, labels],
  );
  return <Chart title={m.trendChartTitle(name)} description={m.trendDescription} render={render} />;
}

function ZrmHistory({
  name,
  view,
  assessments,
}: {
  name: string;
  view: ZrmView;
  assessments: ZrmAssessment[];
}) {
  const rows = useMemo(() => historyRows(view.domains, assessments), [view.domains, assessments]);
  const columns: Column<HistoryRow>[] = [
    { key: 'domain', header: m.domain, rowHeader: true, render: (row) => row.label },
    ...assessments.map((a) => ({
      key: a.id,
      header: formatCalendarDate(a.assessedOn),
      numeric: true,
      render: (row: HistoryRow) => row.scores[a.id] ?? '-',
    })),
  ];
  return (
    <DataTable caption={m.historyCaption(name)} rows={rows} rowKey={(row) => row.code} columns={columns} />
  );
}

function AdultZrm({
  caseId,
  view,
  personId,
  name,
}: {
  caseId: string;
  view: ZrmView;
  personId: string;
  name: string;
}) {
  const assessments = useMemo(() => assessmentsOf(view.assessments, personId), [view.assessments, personId]);
  return (
    <Section title={m.personTitle(name)} level={3}>
      <Heading level={4}>{m.formTitle}</Heading>
      <ZrmForm caseId={caseId} personId={personId} name={name} view={view} />
      <Heading level={4}>{m.historyTitle}</Heading>
      {assessments.length === 0 ? (
        <EmptyState>{m.noHistory}</EmptyState>
      ) : (
        <ZrmHistory name={name} view={view} assessments={assessments} />
      )}
      <Heading level={4}>{m.trendTitle}</Heading>
      {assessments.length < 2 ? (
        <Paragraph>{m.trendNeedsTwo}</Paragraph>
      ) : (
        <ZrmTrend name={name} view={view} assessments={assessments} />
      )}
    </Section>
  );
}

export function ZrmTab({ caseId }: { caseId: string }) {
  const query = useQuery(zrmQuery(caseId));
  return (
    <QueryState query={query} loadingLabel={m.loading}>
      {(view) => (
        <div className="regie-stack">
          <Paragraph>{m.intro}</Paragraph>
          {view.adults.length === 0 ? (
            <EmptyState>{m.noAdults}</EmptyState>
          ) : (
            view.adults.map((adult) => (
              <AdultZrm
                key={adult.personId}
                caseId={caseId}
                view={view}
                personId={adult.personId}
                name={adult.name}
              />
            ))
          )}
        </div>
      )}
    </QueryState>
  );
}
