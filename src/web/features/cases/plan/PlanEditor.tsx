// The plan form: the situation (network, strengths, worries, earlier help) and the goals with their actions.
// Saving makes a new version on top of the version the form was loaded from; when someone else saved in between
// the server answers 409 and the user is asked to load the plan again (nothing is overwritten silently).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  type PlanContent,
  type PlanGoal,
  type PlanView,
  planKeys,
  planQuery,
  savePlan,
} from '../../../api/plans.ts';
import { ApiError, errorMessage } from '../../../api/problem.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  EmptyState,
  ErrorSummary,
  Form,
  Heading,
  Paragraph,
  Section,
  type SummaryItem,
  TextAreaField,
} from '../../../components/index.ts';
import { GoalFields } from './GoalFields.tsx';
import {
  contentForSave,
  fieldErrorsFromServer,
  newGoal,
  normaliseContent,
  planFieldId,
  SITUATION_MAX,
  validatePlan,
} from './planForm.ts';
import { planTexts as m } from './texts.ts';

const situationFields = ['network', 'strengths', 'worries', 'earlierHelp'] as const;

export interface PlanEditorProps {
  caseId: string;
  plan: PlanView;
  /** Tells the tab whether the form has changes that are not saved (the agreement is for a saved version). */
  onDirtyChange: (dirty: boolean) => void;
  /** Called with the new version; the tab shows the message (this form is remounted for the new version). */
  onSaved: (version: number) => void;
}

/** The summary lists problems in the order of the form, each linked to its field. */
function summaryOf(errors: Record<string, string>): SummaryItem[] {
  const order = Array.from(document.querySelectorAll('[id^="plan-"]')).map((el) => el.id);
  return Object.entries(errors)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([fieldId, message]) => ({ fieldId, message }));
}

export function PlanEditor({ caseId, plan, onDirtyChange, onSaved }: PlanEditorProps) {
  const queryClient = useQueryClient();
  const initial = useMemo(() => normaliseContent(plan.content), [plan.content]);
  const [content, setContent] = useState<PlanContent>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState(false);
  const focusNext = useRef<string | null>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  const dirty = JSON.stringify(content) !== JSON.stringify(initial);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // After adding a goal or action, put the keyboard in its first field.
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const save = useMutation({
    mutationFn: (next: PlanContent) => savePlan(caseId, plan.version, next),
    onSuccess: (view) => {
      onSaved(view.version);
      queryClient.setQueryData(planQuery(caseId).queryKey, view);
      void queryClient.invalidateQueries({ queryKey: [...planKeys.all(caseId), 'versions'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        setConflict(true);
        return;
      }
      const fieldErrors = error instanceof ApiError ? fieldErrorsFromServer(error.fieldErrors) : {};
      setErrors(fieldErrors);
      const found = summaryOf(fieldErrors);
      setItems(found.length > 0 ? found : [{ message: errorMessage(error) }]);
      setAttempt((n) => n + 1);
    },
  });

  const submit = () => {
    const found = validatePlan(content);
    setErrors(found);
    setItems(summaryOf(found));
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0 || save.isPending) return;
    save.mutate(contentForSave(content));
  };

  const setGoal = (index: number, goal: PlanGoal) =>
    setContent((old) => ({ ...old, goals: old.goals.map((g, i) => (i === index ? goal : g)) }));

  const addGoal = () => {
    focusNext.current = planFieldId(`goals.${content.goals.length}.domain`);
    setContent((old) => ({ ...old, goals: [...old.goals, newGoal()] }));
  };

  const reload = () => {
    setConflict(false);
    void queryClient.invalidateQueries({ queryKey: planKeys.all(caseId) });
  };

  return (
    <Section title={m.editorTitle} level={3}>
      {conflict && (
        <Alert type="error" live="off" tabIndex={-1} ref={conflictRef}>
          <Paragraph>{m.conflict}</Paragraph>
          <ButtonGroup>
            <Button variant="primary" onClick={reload}>
              {m.reload}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <Form onSubmit={submit} label={m.editorTitle}>
        <Heading level={4}>{m.situationTitle}</Heading>
        {situationFields.map((field) => {
          const id = planFieldId(`situation.${field}`);
          return (
            <TextAreaField
              key={field}
              id={id}
              label={m.situation[field]}
              value={content.situation[field]}
              rows={3}
              onChange={(value) =>
                setContent((old) => ({ ...old, situation: { ...old.situation, [field]: value } }))
              }
              description={`Maximaal ${SITUATION_MAX} tekens.`}
              error={errors[id]}
            />
          );
        })}
        <Heading level={4}>{m.goalsTitle}</Heading>
        <Paragraph>{m.goalsIntro}</Paragraph>
        {content.goals.length === 0 && <EmptyState>{m.noGoals}</EmptyState>}
        {content.goals.map((goal, index) => (
          <GoalFields
            key={goal.id}
            goal={goal}
            index={index}
            members={plan.members}
            errors={errors}
            onChange={(next) => setGoal(index, next)}
            onRemove={() => setContent((old) => ({ ...old, goals: old.goals.filter((_, i) => i !== index) }))}
            onFocusRequest={(fieldId) => {
              focusNext.current = fieldId;
            }}
          />
        ))}
        <ButtonGroup>
          <Button variant="secondary" onClick={addGoal}>
            {m.goal.add}
          </Button>
        </ButtonGroup>
        {dirty && <Paragraph small>{m.unsaved}</Paragraph>}
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={save.isPending} disabled={conflict}>
            {save.isPending ? m.saving : m.save}
          </Button>
        </ButtonGroup>
      </Form>
    </Section>
  );
}
