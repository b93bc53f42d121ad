// One household, "what is going on here": address and persons, regisseur and team, open signals, plan,
// provisions, deadlines and a timeline. The server sends only what the viewer may see and audits the read.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { householdOverviewQuery } from '../../api/board.ts';
import type { HouseholdMember } from '../../api/types.ts';
import {
  Alert,
  DataList,
  DataTable,
  EmptyState,
  ErrorMessage,
  Heading,
  Loading,
  Paragraph,
  RouterLink,
  Section,
} from '../../components/index.ts';
import { formatCalendarDate, formatStreetLine } from '../../i18n/format.ts';
import { relationLabel, t } from '../../i18n/index.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { canRecordDecision } from '../shell/access.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { HouseholdCase, HouseholdDeadlines, HouseholdPlan } from './HouseholdCase.tsx';
import { HouseholdDecisions } from './HouseholdDecisions.tsx';
import { HouseholdProvisions } from './HouseholdProvisions.tsx';
import { HouseholdSignals } from './HouseholdSignals.tsx';
import { HouseholdTimeline } from './HouseholdTimeline.tsx';
import './household.css';

const route = getRouteApi('/_app/huishoudens/$householdId');

function fullName(member: HouseholdMember): string {
  return [member.voornamen, member.voorvoegsel, member.geslachtsnaam].filter(Boolean).join(' ');
}

export function HouseholdPage() {
  return (
    <RoleGate page="households">
      <HouseholdContent />
    </RoleGate>
  );
}

function HouseholdContent() {
  const { householdId } = route.useParams();
  const { melding } = route.useSearch();
  const { user } = useSession();
  const query = useQuery(householdOverviewQuery(householdId));
  const title = query.data
    ? t.households.detailTitle(formatStreetLine(query.data.address))
    : t.households.title;
  usePageTitle(title);

  const back = (
    <Paragraph>
      <RouterLink to="/huishoudens">{t.households.back}</RouterLink>
    </Paragraph>
  );
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        <Heading level={1}>{t.households.title}</Heading>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        {back}
      </>
    );
  }
  const household = query.data;
  const { address } = household;
  return (
    <>
      {back}
      <Heading level={1}>{title}</Heading>
      {melding === 'besluit-vastgelegd' && <RecordedMessage />}
      <Paragraph>{t.households.detailIntro}</Paragraph>
      <DataList
        entries={[
          { key: 'street', label: t.households.address, value: formatStreetLine(address) },
          { key: 'postcode', label: t.households.postcode, value: address.postcode },
          { key: 'woonplaats', label: t.households.woonplaats, value: address.woonplaats },
          { key: 'wijk', label: t.households.wijk, value: address.wijkCode ?? t.common.unknown },
          { key: 'buurt', label: t.households.buurt, value: address.buurtCode ?? t.common.unknown },
          { key: 'municipality', label: t.households.municipality, value: household.municipalityCode },
          { key: 'started', label: t.households.startedOn, value: formatCalendarDate(household.startedOn) },
        ]}
      />
      <Section title={t.households.persons}>
        {household.members.length === 0 ? (
          <EmptyState>{t.households.noPersons}</EmptyState>
        ) : (
          <DataTable<HouseholdMember>
            caption={t.households.personsCaption}
            captionHidden
            rows={household.members}
            rowKey={(member) => member.id}
            columns={[
              {
                key: 'name',
                header: t.households.name,
                rowHeader: true,
                render: fullName,
              },
              {
                key: 'relation',
                header: t.households.relation,
                render: (member) => relationLabel(member.relation),
              },
              { key: 'bsn', header: t.households.bsn, render: (member) => member.bsn },
              {
                key: 'birth',
                header: t.households.birthDate,
                render: (member) => formatCalendarDate(member.geboortedatum),
              },
              {
                key: 'since',
                header: t.households.since,
                render: (member) => formatCalendarDate(member.since),
              },
            ]}
          />
        )}
      </Section>
      <HouseholdCase overview={household} />
      <HouseholdSignals signals={household.signals} />
      {household.plan && <HouseholdPlan plan={household.plan} />}
      {household.case?.access && <HouseholdDeadlines deadlines={household.deadlines} />}
      <HouseholdProvisions provisions={household.provisions} members={household.members} />
      <HouseholdTimeline events={household.timeline} />
      <HouseholdDecisions
        householdId={household.id}
        members={household.members}
        canRecord={canRecordDecision(user.roles)}
      />
    </>
  );
}

/** Said once after a decision was recorded on the calculator page; takes focus so it is read out. */
function RecordedMessage() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Alert type="ok" tabIndex={-1} ref={ref}>
      <Paragraph>{t.decisions.recorded}</Paragraph>
    </Alert>
  );
}
