// The Termijnen tab of a case: the legal terms with status in words, due date, rule and how the date was
// reached; actions to suspend, resume, extend or mark met (each with a confirm step); and a form for a new term.
// A closed case shows its terms read-only.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { caseQuery } from '../../../api/cases.ts';
import { deadlineKeys, deadlinesQuery } from '../../../api/deadlines.ts';
import { Alert, EmptyState, Paragraph, QueryState } from '../../../components/index.ts';
import { todayInAmsterdam } from '../../rules/householdForm.ts';
import { DeadlineCard } from './DeadlineCard.tsx';
import { texts } from './deadlineTexts.ts';
import { NewDeadlineForm } from './NewDeadlineForm.tsx';
import './deadlines.css';

export function DeadlinesTab({ caseId }: { caseId: string }) {
  const queryClient = useQueryClient();
  // The case page has loaded the case already: this reads it from the cache for its state and municipality.
  const detail = useQuery(caseQuery(caseId));
  const query = useQuery(deadlinesQuery(caseId));
  const [saved, setSaved] = useState(0);
  const statusRef = useRef<HTMLDivElement>(null);
  const closed = Boolean(detail.data?.closedOn);
  const today = todayInAmsterdam();

  const onSaved = () => {
    void queryClient.invalidateQueries({ queryKey: deadlineKeys.list(caseId) });
    // The caseload and the signals board count overdue terms.
    void queryClient.invalidateQueries({ queryKey: ['cases', 'caseload'] });
    void queryClient.invalidateQueries({ queryKey: ['board'] });
    setSaved((n) => n + 1);
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  return (
    <div className="regie-deadlines regie-stack">
      <Paragraph>{texts.intro}</Paragraph>
      {closed && (
        <Alert type="info" live="off">
          <Paragraph>{texts.closed}</Paragraph>
        </Alert>
      )}
      <div ref={statusRef} tabIndex={-1} role="status" className="regie-deadlines__status">
        {saved > 0 && (
          <Alert type="ok" live="off" key={saved}>
            <Paragraph>{texts.form.saved}</Paragraph>
          </Alert>
        )}
      </div>
      <QueryState query={query} loadingLabel={texts.loading}>
        {(deadlines) =>
          deadlines.length === 0 ? (
            <EmptyState>{texts.empty}</EmptyState>
          ) : (
            <ul className="regie-deadlines__list" aria-label={texts.listLabel}>
              {deadlines.map((deadline) => (
                <li key={deadline.id}>
                  <DeadlineCard
                    caseId={caseId}
                    deadline={deadline}
                    caseClosed={closed}
                    today={today}
                    onSaved={onSaved}
                  />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      {!closed && detail.data && (
        <NewDeadlineForm
          caseId={caseId}
          municipalityCode={detail.data.municipalityCode}
          today={today}
          onSaved={onSaved}
        />
      )}
    </div>
  );
}
