// One signal on the worklist: what was seen, where it came from, what the sender gave, the household it was matched
// to and why, and the case with its bundled signals and contact attempts; the team picks it up and works it here.
// Personal data: the server audits this read, so the page does not refetch it behind the user's back.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type Contactpoging, type SignaalDetail, signalQuery, type Zaak } from '../../api/signals.ts';
import {
  DataList,
  type DataListEntry,
  DataTable,
  EmptyState,
  ErrorMessage,
  Heading,
  Loading,
  Paragraph,
  RouterLink,
  Section,
} from '../../components/index.ts';
import { formatCalendarDate, formatEuro } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { todayInAmsterdam } from '../rules/householdForm.ts';
import { canUse } from '../shell/access.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { CaseActions } from './CaseActions.tsx';
import {
  caseKindLabel,
  isOverdue,
  kindLabel,
  matchReasonText,
  matchStatusLabel,
  sourceLabel,
} from './labels.ts';
import { addressText, receivedDay, Tag } from './WorklistTable.tsx';
import './signals.css';

const route = getRouteApi('/_app/signalen/$signalId');
const d = t.signals.detail;

export function SignalPage() {
  return (
    <RoleGate page="signal">
      <SignalContent />
    </RoleGate>
  );
}

function yesNo(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return d.unknown;
  return value ? d.yes : d.no;
}

function SignalContent() {
  const { signalId } = route.useParams();
  const query = useQuery(signalQuery(signalId));
  usePageTitle(query.data ? d.title(query.data.categorieLabel) : d.fallbackTitle);
  const back = (
    <Paragraph>
      <RouterLink to="/signalen">{d.back}</RouterLink>
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
  const signal = query.data;
  return (
    <div className="regie-signal-page regie-stack">
      {back}
      <Heading level={1}>{d.title(signal.categorieLabel)}</Heading>
      <Paragraph>{d.intro}</Paragraph>
      <SignalFacts signal={signal} />
      <Origin signal={signal} />
      <Sent signal={signal} />
      <Match signal={signal} />
      <Section title={d.caseTitle}>
        {signal.zaak ? (
          <CaseFacts zaak={signal.zaak} signalId={signal.id} />
        ) : (
          <EmptyState>{d.noCase}</EmptyState>
        )}
        <CaseActions signal={signal} />
      </Section>
    </div>
  );
}

function SignalFacts({ signal }: { signal: SignaalDetail }) {
  const overdue = isOverdue(signal.deadline, signal.status, todayInAmsterdam());
  const entries: DataListEntry[] = [
    { key: 'category', label: d.category, value: signal.categorieLabel },
    { key: 'kind', label: d.kind, value: kindLabel(signal.soort) },
    { key: 'urgency', label: d.urgency, value: t.signals.urgencies[signal.urgentie] ?? signal.urgentie },
    { key: 'crisis', label: d.crisis, value: signal.crisis ? <Tag>{d.crisisYes}</Tag> : d.no },
    { key: 'received', label: d.received, value: receivedDay(signal.ontvangenOp) },
    {
      key: 'deadline',
      label: d.deadline,
      value: signal.deadline ? (
        <>
          {formatCalendarDate(signal.deadline)} {overdue && <Tag>{t.signals.worklist.overdue}</Tag>}
        </>
      ) : (
        t.signals.worklist.noDeadline
      ),
    },
    { key: 'status', label: d.status, value: signal.status },
  ];
  if (signal.bedrag !== null && signal.bedrag !== undefined)
    entries.push({ key: 'amount', label: d.amount, value: formatEuro(signal.bedrag * 100) });
  if (signal.ontstaansdatum)
    entries.push({ key: 'since', label: d.since, value: formatCalendarDate(signal.ontstaansdatum) });
  entries.push(
    { key: 'description', label: d.description, value: signal.omschrijving || t.common.none },
    { key: 'knows', label: d.residentKnows, value: yesNo(signal.bewonerGeinformeerd) },
    { key: 'agrees', label: d.residentAgrees, value: yesNo(signal.bewonerStemtIn) },
  );
  return (
    <Section title={d.signalTitle}>
      <DataList entries={entries} />
    </Section>
  );
}

function Origin({ signal }: { signal: SignaalDetail }) {
  return (
    <Section title={d.originTitle}>
      <DataList
        entries={[
          { key: 'source', label: d.source, value: sourceLabel(signal.bron) },
          { key: 'partner', label: d.partnerType, value: signal.partnerType ?? t.common.unknown },
          { key: 'date', label: d.signalDate, value: formatCalendarDate(signal.signaaldatum) },
          { key: 'team', label: d.team, value: signal.teamNaam ?? t.common.unknown },
        ]}
      />
    </Section>
  );
}

/** What the sender gave about the resident, as sent (matching may have found someone else). */
function Sent({ signal }: { signal: SignaalDetail }) {
  const persoon = signal.persoon ?? {};
  const adres = signal.adres;
  return (
    <Section title={d.sentTitle}>
      <DataList
        entries={[
          { key: 'bsn', label: d.bsn, value: persoon.bsn || t.common.unknown },
          { key: 'name', label: d.name, value: persoon.naam || t.common.unknown },
          {
            key: 'birth',
            label: d.birthDate,
            value: persoon.geboortedatum ? formatCalendarDate(persoon.geboortedatum) : t.common.unknown,
          },
          {
            key: 'address',
            label: d.address,
            value: adres?.postcode
              ? addressText({
                  postcode: adres.postcode,
                  huisnummer: adres.huisnummer ?? 0,
                  huisletter: adres.huisletter,
                  toevoeging: adres.toevoeging,
                })
              : t.common.unknown,
          },
        ]}
      />
    </Section>
  );
}

function Match({ signal }: { signal: SignaalDetail }) {
  const { user } = useSession();
  const reason = matchReasonText(signal.match);
  const household = signal.huishouden;
  const entries: DataListEntry[] = [
    { key: 'status', label: d.matchStatus, value: matchStatusLabel(signal.matchStatus) },
  ];
  if (reason) entries.push({ key: 'reason', label: d.matchReason, value: reason });
  if (household) {
    entries.push({
      key: 'household',
      label: d.household,
      value: canUse(user.roles, 'households') ? (
        <RouterLink to="/huishoudens/$householdId" params={{ householdId: household.id }}>
          {addressText(household.adres) || d.viewHousehold}
        </RouterLink>
      ) : (
        addressText(household.adres)
      ),
    });
  }
  return (
    <Section title={d.matchTitle}>
      {household || reason ? <DataList entries={entries} /> : <EmptyState>{t.signals.match.none}</EmptyState>}
    </Section>
  );
}

function CaseFacts({ zaak, signalId }: { zaak: Zaak; signalId: string }) {
  return (
    <>
      <DataList
        entries={[
          { key: 'kind', label: d.caseKind, value: caseKindLabel(zaak.soort) },
          { key: 'opened', label: d.opened, value: formatCalendarDate(zaak.geopendOp) },
          {
            key: 'picked',
            label: d.pickedUp,
            value: zaak.opgepaktOp ? formatCalendarDate(zaak.opgepaktOp) : d.notYet,
          },
          {
            key: 'closed',
            label: d.closed,
            value: zaak.geslotenOp ? formatCalendarDate(zaak.geslotenOp) : d.notYet,
          },
          ...(zaak.resultaat ? [{ key: 'result', label: d.result, value: zaak.resultaat }] : []),
        ]}
      />
      <Section title={d.bundledTitle} level={3}>
        <DataTable<Zaak['signalen'][number]>
          caption={d.bundledCaption}
          captionHidden
          stacked
          rows={zaak.signalen}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'signal',
              header: t.signals.worklist.kind,
              rowHeader: true,
              render: (row) =>
                row.id === signalId ? (
                  `${row.categorieLabel} ${d.thisSignal}`
                ) : (
                  <RouterLink to="/signalen/$signalId" params={{ signalId: row.id }}>
                    {row.categorieLabel}
                  </RouterLink>
                ),
            },
            {
              key: 'received',
              header: t.signals.worklist.received,
              render: (row) => receivedDay(row.ontvangenOp),
            },
            { key: 'status', header: t.signals.worklist.status, render: (row) => row.status },
          ]}
        />
      </Section>
      <Section title={d.attemptsTitle} level={3}>
        {zaak.contactpogingen.length === 0 ? (
          <EmptyState>{d.noAttempts}</EmptyState>
        ) : (
          <DataTable<Contactpoging>
            caption={d.attemptsCaption}
            captionHidden
            stacked
            rows={zaak.contactpogingen}
            rowKey={(row) => row.id}
            columns={[
              {
                key: 'date',
                header: d.attemptDate,
                rowHeader: true,
                render: (row) => formatCalendarDate(row.datum),
              },
              { key: 'daypart', header: d.attemptDaypart, render: (row) => row.dagdeel ?? '' },
              { key: 'kind', header: d.attemptKind, render: (row) => row.soort },
              { key: 'reached', header: d.attemptReached, render: (row) => (row.bereikt ? d.yes : d.no) },
            ]}
          />
        )}
      </Section>
    </>
  );
}
