// One household case: the header (address, phase as steps, team, regisseur) and its parts as tabs in the URL
// (?tab=plan). The Overzicht tab is the case itself; the other tabs come from the plan and deadline features.
// Personal data: the server audits this read, so the page does not refetch it behind the user's back.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type CaseDetail, caseQuery } from '../../api/cases.ts';
import {
  Alert,
  DataList,
  type DataListEntry,
  ErrorMessage,
  Heading,
  Loading,
  Paragraph,
  RouterLink,
} from '../../components/index.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { SharingTab } from '../privacy/consent/SharingTab.tsx';
import { canUse } from '../shell/access.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { CaseTabs } from './CaseTabs.tsx';
import { calendarDay } from './caseForms.ts';
import { DeadlinesTab } from './deadlines/DeadlinesTab.tsx';
import { caseTexts } from './labels.ts';
import { OverviewTab } from './OverviewTab.tsx';
import { PhaseSteps } from './PhaseSteps.tsx';
import { PlanTab } from './plan/PlanTab.tsx';
import { ProvisionsTab } from './plan/ProvisionsTab.tsx';
import { VersionsTab } from './plan/VersionsTab.tsx';
import { ZrmTab } from './plan/ZrmTab.tsx';
import type { CaseTab } from './search.ts';
import './cases.css';

const route = getRouteApi('/_app/casussen/$caseId');
const d = caseTexts.detail;

export function CasePage() {
  return (
    <RoleGate page="case">
      <CaseContent />
    </RoleGate>
  );
}

function CaseContent() {
  const { caseId } = route.useParams();
  const { tab = 'overzicht' } = route.useSearch();
  const query = useQuery(caseQuery(caseId));
  const title = query.data ? d.title(query.data.addressLine) : d.fallbackTitle;
  usePageTitle(tab === 'overzicht' ? title : `${caseTexts.tabs[tab]} - ${title}`);
  const back = (
    <Paragraph>
      <RouterLink to="/casussen">{d.back}</RouterLink>
    </Paragraph>
  );
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        {back}
        <Heading level={1}>{d.fallbackTitle}</Heading>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const detail = query.data;
  return (
    <div className="regie-case-page regie-stack">
      {back}
      <Heading level={1}>{title}</Heading>
      {detail.closedOn && (
        <Alert type="info" live="off">
          <Paragraph>{d.closedNotice}</Paragraph>
        </Alert>
      )}
      <CaseHeader detail={detail} />
      <PhaseSteps phase={detail.phase} lifecycleVersion={detail.lifecycleVersion} />
      <CaseTabs caseId={detail.id} current={tab} />
      <section className="regie-case-tab" aria-labelledby="casus-tab-titel">
        <Heading level={2} id="casus-tab-titel">
          {caseTexts.tabs[tab]}
        </Heading>
        <TabContent tab={tab} detail={detail} />
      </section>
    </div>
  );
}

function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { user } = useSession();
  const entries: DataListEntry[] = [
    {
      key: 'household',
      label: d.household,
      value: canUse(user.roles, 'households') ? (
        <RouterLink to="/huishoudens/$householdId" params={{ householdId: detail.householdId }}>
          {detail.addressLine}
        </RouterLink>
      ) : (
        detail.addressLine
      ),
    },
    { key: 'team', label: d.team, value: detail.team.name },
    {
      key: 'regisseur',
      label: d.regisseur,
      value: detail.regisseur?.displayName ?? caseTexts.common.noRegisseur,
    },
    { key: 'opened', label: d.openedOn, value: calendarDay(detail.openedOn) },
  ];
  if (detail.lastEvaluatedOn)
    entries.push({ key: 'evaluated', label: d.lastEvaluatedOn, value: calendarDay(detail.lastEvaluatedOn) });
  if (detail.closedOn)
    entries.push({ key: 'closed', label: d.closedOn, value: calendarDay(detail.closedOn) });
  return <DataList entries={entries} />;
}

function TabContent({ tab, detail }: { tab: CaseTab; detail: CaseDetail }) {
  switch (tab) {
    case 'plan':
      return <PlanTab caseId={detail.id} />;
    case 'zrm':
      return <ZrmTab caseId={detail.id} />;
    case 'voorzieningen':
      return <ProvisionsTab caseId={detail.id} />;
    case 'termijnen':
      return <DeadlinesTab caseId={detail.id} />;
    case 'versies':
      return <VersionsTab caseId={detail.id} />;
    case 'delen':
      return <SharingTab detail={detail} />;
    default:
      return <OverviewTab detail={detail} />;
  }
}
