// The printable plan for the household (/casussen/$caseId/plan/afdrukken): a plain B1 document with the goals,
// who does what and when, the help from provisions, the resident's agreement and who the regisseur is. The print
// button uses the browser's print dialog; print.css hides the app around the document. The same plan as PDF comes
// from the server (plan.pdf) for sending or archiving.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { ZRM_DOMAINS } from '../../../../shared/zrm.ts';
import { type CaseDetail, caseQuery } from '../../../api/cases.ts';
import { type PlanView, type Provision, planPdfUrl, planQuery, provisionsQuery } from '../../../api/plans.ts';
import {
  Button,
  ButtonGroup,
  ErrorMessage,
  ExternalLink,
  Heading,
  Loading,
  OrderedList,
  OrderedListItem,
  Paragraph,
  RouterLink,
  Section,
  UnorderedList,
  UnorderedListItem,
} from '../../../components/index.ts';
import { formatCalendarDate, formatMoment } from '../../../i18n/format.ts';
import { relationLabel } from '../../../i18n/index.ts';
import { RoleGate } from '../../shell/RoleGate.tsx';
import { usePageTitle } from '../../shell/usePageTitle.ts';
import { lawLabel } from '../labels.ts';
import {
  actionStatusLabels,
  agreementHowLabels,
  labelOf,
  printTexts as m,
  provisionStatusLabels,
} from './texts.ts';
import './print.css';

const route = getRouteApi('/_app/casussen/$caseId/plan/afdrukken');
const domainLabels: Record<string, string> = Object.fromEntries(ZRM_DOMAINS.map((d) => [d.code, d.label]));

// Behind the same gate as the case page: without case work the page says "Geen toegang" and asks the API nothing.
export function PlanPrintPage() {
  return (
    <RoleGate page="case">
      <PlanPrintContent />
    </RoleGate>
  );
}

function PlanPrintContent() {
  const { caseId } = route.useParams();
  usePageTitle(m.pageTitle);
  const caseDetail = useQuery(caseQuery(caseId));
  const plan = useQuery(planQuery(caseId));
  const provisions = useQuery(provisionsQuery(caseId));
  const failed = [caseDetail, plan, provisions].find((q) => q.isError);

  return (
    <article className="regie-plan-print">
      <div className="regie-print-hide regie-stack">
        <Paragraph>
          <RouterLink to="/casussen/$caseId" params={{ caseId }}>
            {m.back}
          </RouterLink>
        </Paragraph>
        <ButtonGroup>
          <Button variant="primary" onClick={() => window.print()}>
            {m.print}
          </Button>
          <ExternalLink href={planPdfUrl(caseId)} download>
            {m.pdf}
          </ExternalLink>
        </ButtonGroup>
      </div>
      <Heading level={1}>{m.pageTitle}</Heading>
      {failed?.error ? (
        <ErrorMessage error={failed.error} onRetry={() => void failed.refetch()} />
      ) : caseDetail.data && plan.data && provisions.data ? (
        <PlanDocument caseDetail={caseDetail.data} plan={plan.data} provisions={provisions.data} />
      ) : (
        <Loading label={m.loading} />
      )}
    </article>
  );
}

interface DocumentProps {
  caseDetail: CaseDetail;
  plan: PlanView;
  provisions: Provision[];
}

function PlanDocument({ caseDetail, plan, provisions }: DocumentProps) {
  const names = new Map(plan.members.map((member) => [member.personId, member.name]));
  const goalText = new Map(plan.content.goals.map((goal) => [goal.id, goal.text]));
  const { situation, goals } = plan.content;
  const situationParts = [
    ['Wie helpen er al', situation.network],
    ['Wat gaat goed', situation.strengths],
    ['Waar maakt u zich zorgen over', situation.worries],
    ['Welke hulp was er eerder', situation.earlierHelp],
  ].filter(([, text]) => text?.trim());

  return (
    <div className="regie-stack">
      <Paragraph lead>{m.intro}</Paragraph>
      {plan.version === 0 ? (
        <Paragraph>{m.noPlan}</Paragraph>
      ) : (
        <Paragraph small>{m.versionLine(plan.version, formatMoment(plan.savedAt))}</Paragraph>
      )}

      <Section title={m.householdTitle}>
        <Paragraph>
          <strong>{m.address}:</strong> {caseDetail.addressLine}
        </Paragraph>
        <Paragraph>
          <strong>{m.members}:</strong>
        </Paragraph>
        <UnorderedList>
          {plan.members.map((member) => (
            <UnorderedListItem key={member.personId}>
              {member.name} ({relationLabel(member.relation).toLowerCase()})
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Section>

      <Section title={m.regisseurTitle}>
        <Paragraph>
          {caseDetail.regisseur
            ? m.regisseurText(caseDetail.regisseur.displayName, caseDetail.team.name)
            : m.noRegisseur(caseDetail.team.name)}
        </Paragraph>
      </Section>

      {situationParts.length > 0 && (
        <Section title={m.situationTitle}>
          {situationParts.map(([label, text]) => (
            <Paragraph key={label}>
              <strong>{label}:</strong> {text}
            </Paragraph>
          ))}
        </Section>
      )}

      <Section title={m.goalsTitle}>
        {goals.length === 0 && <Paragraph>{m.noGoals}</Paragraph>}
        <OrderedList>
          {goals.map((goal) => (
            <OrderedListItem key={goal.id}>
              <div className="regie-plan-print__goal">
                <Paragraph>
                  <strong>{goal.text}</strong>
                </Paragraph>
                <Paragraph small>
                  {[
                    domainLabels[goal.domain] ?? 'Overig',
                    goal.personId ? m.goalFor(names.get(goal.personId) ?? '') : null,
                  ]
                    .filter(Boolean)
                    .join('. ')}
                </Paragraph>
                {goal.transition18 && <Paragraph small>{m.transition18}</Paragraph>}
                <Paragraph>{m.whoDoesWhat}</Paragraph>
                {goal.actions.length === 0 ? (
                  <Paragraph>{m.noActions}</Paragraph>
                ) : (
                  <UnorderedList>
                    {goal.actions.map((action) => (
                      <UnorderedListItem key={action.id}>
                        {m.actionLine(
                          action.owner.name,
                          action.description,
                          action.dueOn ? formatCalendarDate(action.dueOn) : null,
                          labelOf(actionStatusLabels, action.status).toLowerCase(),
                        )}
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                )}
              </div>
            </OrderedListItem>
          ))}
        </OrderedList>
      </Section>

      <Section title={m.provisionsTitle}>
        {provisions.length === 0 ? (
          <Paragraph>{m.noProvisions}</Paragraph>
        ) : (
          <UnorderedList>
            {provisions.map((provision) => {
              const serves = provision.goalIds.map((id) => goalText.get(id)).filter(Boolean);
              return (
                <UnorderedListItem key={provision.id}>
                  {m.provisionLine(
                    provision.product,
                    provision.law === 'overig' && provision.reference
                      ? provision.reference
                      : lawLabel(provision.law),
                    provision.extent,
                    provision.endDate
                      ? `van ${formatCalendarDate(provision.startDate)} tot en met ${formatCalendarDate(provision.endDate)}`
                      : `vanaf ${formatCalendarDate(provision.startDate)}`,
                    labelOf(provisionStatusLabels, provision.status),
                  )}
                  {serves.length > 0 && ` Dit helpt bij: ${serves.map((text) => `"${text}"`).join(', ')}.`}
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        )}
      </Section>

      <Section title={m.agreementTitle}>
        <Paragraph>
          {plan.agreement && plan.agreement.planVersion === plan.version
            ? m.agreementText(
                formatCalendarDate(plan.agreement.agreedOn),
                labelOf(agreementHowLabels, plan.agreement.how).toLowerCase(),
              )
            : m.agreementNone}
        </Paragraph>
      </Section>
    </div>
  );
}
