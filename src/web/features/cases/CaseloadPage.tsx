// "Caseload": for one of the user's teams, per regisseur the open cases (in total and per phase, as a chart and a
// table), overdue deadlines and handovers waiting, and below that the team's open cases with links.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { type Caseload, type CaseloadCase, type CaseloadRegisseur, caseloadQuery } from '../../api/cases.ts';
import { myTeamsQuery } from '../../api/me.ts';
import {
  Chart,
  DataTable,
  EmptyState,
  Heading,
  Paragraph,
  QueryState,
  RouterLink,
  Section,
  SelectField,
} from '../../components/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { calendarDay } from './caseForms.ts';
import { drawCaseloadChart, OPEN_PHASES } from './caseloadChart.ts';
import { caseTexts, phaseLabel } from './labels.ts';
import './cases.css';

const route = getRouteApi('/_app/caseload');
const c = caseTexts.caseload;

export function CaseloadPage() {
  return (
    <RoleGate page="caseload">
      <CaseloadContent />
    </RoleGate>
  );
}

function CaseloadContent() {
  usePageTitle(c.title);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const teams = useQuery(myTeamsQuery);
  const caseload = useQuery(caseloadQuery(search.team));
  return (
    <div className="regie-case-page regie-stack">
      <Heading level={1}>{c.title}</Heading>
      <Paragraph lead>{c.intro}</Paragraph>
      <QueryState query={teams}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{c.noTeams}</EmptyState>
          ) : (
            <>
              {data.items.length > 1 && (
                <SelectField
                  id="caseload-team"
                  label={c.team}
                  value={search.team ?? caseload.data?.team.id ?? ''}
                  options={data.items.map((team) => ({ value: team.id, label: team.name }))}
                  onChange={(value) => void navigate({ search: { team: value } })}
                />
              )}
              <QueryState query={caseload}>{(load) => <CaseloadView load={load} />}</QueryState>
            </>
          )
        }
      </QueryState>
    </div>
  );
}

function CaseloadView({ load }: { load: Caseload }) {
  return (
    <>
      <Section title={c.perRegisseurTitle}>
        {load.regisseurs.length === 0 ? (
          <EmptyState>{c.noRegisseurs}</EmptyState>
        ) : (
          <RegisseurFigures rows={load.regisseurs} />
        )}
      </Section>
      <Section title={c.casesTitle}>
        {load.cases.length === 0 ? <EmptyState>{c.noCases}</EmptyState> : <TeamCases cases={load.cases} />}
      </Section>
    </>
  );
}

function RegisseurFigures({ rows }: { rows: CaseloadRegisseur[] }) {
  const render = useCallback(
    (Plot: Parameters<typeof drawCaseloadChart>[0], width: number) => drawCaseloadChart(Plot, width, rows),
    [rows],
  );
  return (
    <>
      <Chart title={c.chartTitle} description={c.chartDescription} render={render} />
      <DataTable<CaseloadRegisseur>
        caption={c.perRegisseurCaption}
        captionHidden
        stacked
        rows={rows}
        rowKey={(row) => row.regisseur.userId}
        columns={[
          { key: 'name', header: c.regisseur, rowHeader: true, render: (row) => row.regisseur.displayName },
          { key: 'open', header: c.openCases, numeric: true, render: (row) => formatNumber(row.openCases) },
          ...OPEN_PHASES.map((phase) => ({
            key: phase,
            header: phaseLabel(phase),
            numeric: true,
            render: (row: CaseloadRegisseur) => formatNumber(row.byPhase[phase] ?? 0),
          })),
          {
            key: 'overdue',
            header: c.overdue,
            numeric: true,
            render: (row) => formatNumber(row.overdueDeadlines),
          },
          {
            key: 'handovers',
            header: c.handovers,
            numeric: true,
            render: (row) => formatNumber(row.handoversWaiting),
          },
        ]}
      />
    </>
  );
}

function Tag({ children }: { children: string }) {
  return <strong className="regie-case-tag">{children}</strong>;
}

function TeamCases({ cases }: { cases: CaseloadCase[] }) {
  return (
    <DataTable<CaseloadCase>
      caption={c.casesCaption}
      captionHidden
      stacked
      rows={cases}
      rowKey={(row) => row.id}
      columns={[
        {
          key: 'address',
          header: caseTexts.list.address,
          rowHeader: true,
          render: (row) => (
            <RouterLink to="/casussen/$caseId" params={{ caseId: row.id }}>
              {row.addressLine}
            </RouterLink>
          ),
        },
        { key: 'phase', header: caseTexts.list.phase, render: (row) => phaseLabel(row.phase) },
        {
          key: 'regisseur',
          header: c.regisseur,
          render: (row) => row.regisseur?.displayName ?? c.withoutRegisseur,
        },
        { key: 'opened', header: caseTexts.list.openedOn, render: (row) => calendarDay(row.openedOn) },
        {
          key: 'attention',
          header: caseTexts.caseload.attention,
          render: (row) => (
            <>
              {row.overdueDeadlines > 0 && <Tag>{c.overdueTag(row.overdueDeadlines)}</Tag>}
              {row.pendingHandover && <Tag>{c.handoverWaiting}</Tag>}
            </>
          ),
        },
      ]}
    />
  );
}
