// One deadline: its name, status in words (colour only supports it), the due date with weekday, the rule and
// how the date was reached, suspensions and extension, and the buttons for what can still be done.
import { useRef, useState } from 'react';
import type { Deadline } from '../../../api/deadlines.ts';
import { Button, ButtonGroup, DataList, type DataListEntry, Heading } from '../../../components/index.ts';
import { DeadlineActionForm } from './DeadlineActionForm.tsx';
import { type ActionKind, availableActions } from './deadlineForms.ts';
import { dayText, statusText, texts } from './deadlineTexts.ts';

export interface DeadlineCardProps {
  caseId: string;
  deadline: Deadline;
  caseClosed: boolean;
  today: string;
  onSaved: () => void;
}

function entries(d: Deadline): DataListEntry[] {
  const f = texts.fields;
  const list: DataListEntry[] = [
    { key: 'due', label: f.dueOn, value: <strong>{dayText(d.dueOn)}</strong> },
    { key: 'start', label: f.startedOn, value: dayText(d.startedOn) },
    { key: 'rule', label: f.rule, value: texts.termOf(d.basis.amount, d.basis.unit, d.basis.rule) },
  ];
  if (d.suspensions.length > 0) {
    list.push({
      key: 'suspensions',
      label: f.suspensions,
      value: (
        <ul className="regie-deadline__lines">
          {d.suspensions.map((s) => (
            <li key={s.from}>{texts.suspensionLine(s.from, s.to, s.reason)}</li>
          ))}
        </ul>
      ),
    });
  }
  if (d.extension) {
    list.push({
      key: 'extension',
      label: f.extension,
      value: texts.extensionLine(d.extension.amount, d.extension.unit, d.extension.reason),
    });
  }
  if (d.metOn) list.push({ key: 'met', label: f.metOn, value: dayText(d.metOn) });
  list.push({ key: 'explanation', label: f.explanation, value: d.basis.explanation });
  return list;
}

export function DeadlineCard({ caseId, deadline, caseClosed, today, onSaved }: DeadlineCardProps) {
  const [action, setAction] = useState<ActionKind | null>(null);
  const buttons = useRef<Partial<Record<ActionKind, HTMLButtonElement | null>>>({});
  const headingId = `termijn-${deadline.id}-titel`;
  const actions = availableActions(deadline, caseClosed);

  const close = (focusOn: ActionKind | null) => {
    setAction(null);
    if (focusOn) requestAnimationFrame(() => buttons.current[focusOn]?.focus());
  };

  return (
    <article className={`regie-deadline regie-deadline--${deadline.status}`} aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {deadline.label}
      </Heading>
      <p className="regie-deadline__status">
        {texts.fields.status}: <span className="regie-deadline__badge">{statusText(deadline)}</span>
      </p>
      <DataList entries={entries(deadline)} />
      {actions.length > 0 && (
        <ButtonGroup className="regie-deadline__actions">
          {actions.map((a) => (
            <Button
              key={a}
              ref={(el) => {
                buttons.current[a] = el;
              }}
              variant={a === 'met' ? 'primary' : 'secondary'}
              aria-expanded={action === a}
              aria-controls={action === a ? `termijn-${deadline.id}-actie` : undefined}
              onClick={() => setAction(action === a ? null : a)}
            >
              {texts.actions[a]}
            </Button>
          ))}
        </ButtonGroup>
      )}
      {action && (
        <div id={`termijn-${deadline.id}-actie`} className="regie-deadline__panel">
          <DeadlineActionForm
            key={action}
            caseId={caseId}
            deadline={deadline}
            action={action}
            today={today}
            onSaved={() => {
              setAction(null);
              onSaved();
            }}
            onCancel={() => close(action)}
          />
        </div>
      )}
    </article>
  );
}
