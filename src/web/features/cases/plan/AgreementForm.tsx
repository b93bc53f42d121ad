// The resident's agreement to the plan: shows the agreement there is, and records a new one (date, how, note)
// for the latest saved version. An agreement is always about one saved version, never about unsaved edits.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type AgreementHow, type PlanView, planQuery, recordAgreement } from '../../../api/plans.ts';
import { ApiError, errorMessage } from '../../../api/problem.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  Paragraph,
  RadioGroup,
  Section,
  type SummaryItem,
  TextAreaField,
  TextField,
} from '../../../components/index.ts';
import { formatCalendarDate } from '../../../i18n/format.ts';
import { agreementHowLabels, labelOf, planTexts } from './texts.ts';

const m = planTexts;
const FIELD = { agreedOn: 'plan-agreement-agreedOn', how: 'plan-agreement-how', note: 'plan-agreement-note' };
const howOptions = Object.entries(agreementHowLabels).map(([value, label]) => ({ value, label }));

export interface AgreementFormProps {
  caseId: string;
  plan: PlanView;
  /** The plan form has unsaved changes. */
  dirty: boolean;
  /** Today in the user's calendar, the default date. */
  today: string;
}

export function AgreementForm({ caseId, plan, dirty, today }: AgreementFormProps) {
  const queryClient = useQueryClient();
  const [agreedOn, setAgreedOn] = useState(today);
  const [how, setHow] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);

  const record = useMutation({
    mutationFn: () =>
      recordAgreement(caseId, {
        version: plan.version,
        agreedOn,
        how: how as AgreementHow,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: (view) => {
      setDone(true);
      setErrors({});
      setItems([]);
      queryClient.setQueryData(planQuery(caseId).queryKey, view);
    },
    onError: (error) => {
      const found: Record<string, string> = {};
      const list: SummaryItem[] = [];
      if (error instanceof ApiError) {
        for (const problem of error.fieldErrors) {
          const key = problem.path.replace(/^body\./, '') as keyof typeof FIELD;
          if (FIELD[key]) {
            found[FIELD[key]] ??= problem.message;
            list.push({ fieldId: FIELD[key], message: problem.message });
          } else list.push({ message: problem.message });
        }
      }
      if (list.length === 0) list.push({ message: errorMessage(error) });
      setErrors(found);
      setItems(list);
      setAttempt((n) => n + 1);
    },
  });

  const submit = () => {
    setDone(false);
    const found: Record<string, string> = {};
    if (!agreedOn) found[FIELD.agreedOn] = m.agreement.dateRequired;
    if (!how) found[FIELD.how] = m.agreement.howRequired;
    setErrors(found);
    setItems(Object.entries(found).map(([fieldId, message]) => ({ fieldId, message })));
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0 && !record.isPending) record.mutate();
  };

  const agreement = plan.agreement;
  return (
    <Section title={m.agreementTitle} level={3}>
      {agreement ? (
        <Paragraph>
          {m.agreementGiven(
            agreement.planVersion,
            formatCalendarDate(agreement.agreedOn),
            labelOf(agreementHowLabels, agreement.how).toLowerCase(),
          )}
          {agreement.note ? ` ${agreement.note}` : ''}
        </Paragraph>
      ) : (
        <Paragraph>{m.agreementNone}</Paragraph>
      )}
      {agreement && agreement.planVersion < plan.version && (
        <Alert type="warning" live="off">
          {m.agreementOld(plan.version)}
        </Alert>
      )}
      {done && (
        <Alert type="ok" live="status">
          {m.agreement.done}
        </Alert>
      )}
      {plan.version === 0 ? (
        <Paragraph>{m.agreementNeedsPlan}</Paragraph>
      ) : agreement?.planVersion === plan.version ? null : (
        <>
          <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
          <Form onSubmit={submit} label={m.agreementForm(plan.version)}>
            <Paragraph>
              <strong>{m.agreementForm(plan.version)}</strong>
            </Paragraph>
            {dirty && (
              <Alert type="warning" live="off">
                {m.agreement.unsavedFirst}
              </Alert>
            )}
            <TextField
              id={FIELD.agreedOn}
              type="date"
              label={m.agreement.agreedOn}
              value={agreedOn}
              onChange={setAgreedOn}
              error={errors[FIELD.agreedOn]}
              required
            />
            <RadioGroup
              id={FIELD.how}
              legend={m.agreement.how}
              value={how}
              options={howOptions}
              onChange={setHow}
              error={errors[FIELD.how]}
            />
            <TextAreaField
              id={FIELD.note}
              label={m.agreement.note}
              value={note}
              rows={2}
              onChange={setNote}
              error={errors[FIELD.note]}
            />
            <ButtonGroup>
              <Button type="submit" variant="primary" busy={record.isPending} disabled={dirty}>
                {record.isPending ? m.agreement.submitting : m.agreement.submit}
              </Button>
            </ButtonGroup>
          </Form>
        </>
      )}
    </Section>
  );
}
