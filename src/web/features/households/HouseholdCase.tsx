// The household's open case on the household page: phase, team and regisseur (for every viewer, so they know whom
// to call), and for the case team the plan summary and the deadlines. The server decides what is sent.
import type { HouseholdOverview } from '../../api/board.ts';
import {
  Alert,
  DataList,
  DataTable,
  EmptyState,
  Paragraph,
  RouterLink,
  Section,
} from '../../components/index.ts';
import { formatCalendarDate, formatMoment } from '../../i18n/format.ts';
import { deadlineStatusLabels, overviewTexts as o } from './overviewLabels.ts';

type Overview = HouseholdOverview;

export function HouseholdCase({ overview }: { overview: Overview }) {
  const c = overview.case;
  return (
    <Section title={o.caseTitle}>
      {!c ? (
        <EmptyState>{o.noCase}</EmptyState>
      ) : (
        <>
          <DataList
            entries={[
              {
                key: 'regisseur',
                label: o.regisseur,
                value: c.regisseur
                  ? c.regisseur.displayName
                  : c.pendingRegisseur
                    ? o.offered(c.pendingRegisseur.displayName)
                    : o.noRegisseur,
              },
              { key: 'team', label: o.team, value: c.team.name },
              { key: 'phase', label: o.phase, value: c.phaseLabel },
              { key: 'opened', label: o.openedOn, value: formatCalendarDate(c.openedOn) },
            ]}
          />
          {c.access ? (
            <Paragraph>
              <RouterLink to="/casussen/$caseId" params={{ caseId: c.id }}>
                {o.openCase}
              </RouterLink>
            </Paragraph>
          ) : (
            <Alert type="info">
              <Paragraph>{o.restricted}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </Section>
  );
}

export function HouseholdPlan({ plan }: { plan: NonNullable<Overview['plan']> }) {
  const agreement = plan.agreement;
  const agreed = agreement
    ? agreement.planVersion === plan.version
      ? o.agreed(agreement.planVersion, formatCalendarDate(agreement.agreedOn), agreement.how)
      : o.agreedOlder(agreement.planVersion, formatCalendarDate(agreement.agreedOn))
    : o.notAgreed;
  return (
    <Section title={o.planTitle}>
      {plan.version === 0 ? (
        <EmptyState>{o.noPlan}</EmptyState>
      ) : (
        <DataList
          entries={[
            { key: 'version', label: o.planVersion, value: String(plan.version) },
            { key: 'saved', label: o.savedAt, value: formatMoment(plan.savedAt) },
            ...(plan.savedBy ? [{ key: 'by', label: o.savedBy, value: plan.savedBy.displayName }] : []),
            { key: 'agreed', label: o.agreement, value: agreed },
            { key: 'goals', label: o.goals, value: String(plan.goals) },
            { key: 'actions', label: o.openActions, value: String(plan.openActions) },
            { key: 'transition', label: o.transitionGoals, value: String(plan.transitionGoals) },
          ]}
        />
      )}
      <Paragraph>
        <RouterLink to="/casussen/$caseId" params={{ caseId: plan.caseId }} search={{ tab: 'plan' }}>
          {o.openPlan}
        </RouterLink>
      </Paragraph>
    </Section>
  );
}

export function HouseholdDeadlines({ deadlines }: { deadlines: Overview['deadlines'] }) {
  return (
    <Section title={o.deadlinesTitle}>
      {deadlines.length === 0 ? (
        <EmptyState>{o.noDeadlines}</EmptyState>
      ) : (
        <DataTable<Overview['deadlines'][number]>
          caption={o.deadlinesCaption}
          captionHidden
          stacked
          rows={deadlines}
          rowKey={(d) => d.id}
          columns={[
            { key: 'kind', header: o.deadlineKind, rowHeader: true, render: (d) => d.label },
            { key: 'due', header: o.dueOn, render: (d) => formatCalendarDate(d.dueOn) },
            { key: 'status', header: o.status, render: (d) => deadlineStatusLabels[d.status] },
            { key: 'met', header: o.metOn, render: (d) => formatCalendarDate(d.metOn) },
          ]}
        />
      )}
    </Section>
  );
}
