// The plan tab of a case: the household members, the plan form (situation, goals, actions), the resident's
// agreement for the latest version, and the ways to print or download the plan.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { type PlanView, planPdfUrl, planQuery } from '../../../api/plans.ts';
import {
  Alert,
  ButtonGroup,
  ExternalLink,
  Paragraph,
  QueryState,
  RouterLink,
  Section,
} from '../../../components/index.ts';
import { formatMoment } from '../../../i18n/format.ts';
import { todayInAmsterdam } from '../../rules/householdForm.ts';
import { AgreementForm } from './AgreementForm.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { PlanMembers } from './PlanMembers.tsx';
import { planTexts as m } from './texts.ts';
import './plan.css';

function PlanVersionLine({ plan }: { plan: PlanView }) {
  if (plan.version === 0) return <Paragraph>{m.versionNone}</Paragraph>;
  return (
    <Paragraph>
      {m.versionInfo(plan.version, formatMoment(plan.savedAt), plan.savedBy?.displayName ?? null)}
    </Paragraph>
  );
}

export function PlanTab({ caseId }: { caseId: string }) {
  const query = useQuery(planQuery(caseId));
  const [dirty, setDirty] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const onDirtyChange = useCallback((value: boolean) => {
    setDirty(value);
    if (value) setSavedVersion(null);
  }, []);

  return (
    <QueryState query={query} loadingLabel={m.loading}>
      {(plan) => (
        <div className="regie-stack regie-plan">
          <PlanVersionLine plan={plan} />
          {savedVersion !== null && savedVersion === plan.version && (
            <Alert type="ok" live="status">
              {m.saved(savedVersion)}
            </Alert>
          )}
          <PlanMembers members={plan.members} />
          <PlanEditor
            key={plan.version}
            caseId={caseId}
            plan={plan}
            onDirtyChange={onDirtyChange}
            onSaved={setSavedVersion}
          />
          <AgreementForm
            key={`agreement-${plan.version}`}
            caseId={caseId}
            plan={plan}
            dirty={dirty}
            today={todayInAmsterdam()}
          />
          <Section title={m.printTitle} level={3}>
            {plan.version === 0 ? (
              <Paragraph>{m.printNeedsPlan}</Paragraph>
            ) : (
              <ButtonGroup className="regie-plan-links">
                <RouterLink to="/casussen/$caseId/plan/afdrukken" params={{ caseId }}>
                  {m.printLink}
                </RouterLink>
                <ExternalLink href={planPdfUrl(caseId)} download>
                  {m.pdfLink}
                </ExternalLink>
              </ButtonGroup>
            )}
          </Section>
        </div>
      )}
    </QueryState>
  );
}
