// Record a DDAS contactpoging: how the team tried to reach the resident (soort), whether it worked (bereikt), the
// date and optionally the part of the day.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { CONTACTSOORTEN, DAGDELEN } from '../../../shared/ddas.ts';
import { ApiError, errorMessage } from '../../api/problem.ts';
import { type ContactpogingInvoer, recordContactAttempt } from '../../api/signals.ts';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  RadioGroup,
  SelectField,
  type SummaryItem,
  TextField,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { todayInAmsterdam } from '../rules/householdForm.ts';
import {
  ATTEMPT_IDS,
  type AttemptErrors,
  type AttemptField,
  type AttemptValues,
  toAttemptInput,
  validateAttempt,
} from './contactAttempt.ts';

const a = t.signals.attempt;

export function ContactAttemptForm({ zaakId, onSaved }: { zaakId: string; onSaved: () => void }) {
  const empty: AttemptValues = { soort: '', bereikt: '', datum: todayInAmsterdam(), dagdeel: '' };
  const [values, setValues] = useState<AttemptValues>(empty);
  const [errors, setErrors] = useState<AttemptErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  const save = useMutation({
    mutationFn: (input: ContactpogingInvoer) => recordContactAttempt(zaakId, input),
    onSuccess: () => {
      setValues(empty);
      onSaved();
    },
    onError: (error) => {
      const fields: AttemptErrors = {};
      const rest: string[] = [];
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        for (const problem of error.fieldErrors) {
          const field = problem.path.replace(/^body\./, '') as AttemptField;
          if (field in ATTEMPT_IDS) fields[field] = problem.message;
          else rest.push(problem.message);
        }
      } else rest.push(errorMessage(error));
      setErrors(fields);
      setGeneral(rest);
      setAttempt((n) => n + 1);
    },
  });

  const submit = () => {
    if (save.isPending) return;
    const found = validateAttempt(values, todayInAmsterdam());
    setErrors(found);
    setGeneral([]);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0) save.mutate(toAttemptInput(values));
  };

  const set = <K extends keyof AttemptValues>(field: K, value: AttemptValues[K]) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  const summary: SummaryItem[] = [
    ...(Object.keys(ATTEMPT_IDS) as AttemptField[]).flatMap((field) =>
      errors[field] ? [{ message: errors[field] as string, fieldId: ATTEMPT_IDS[field] }] : [],
    ),
    ...general.map((message) => ({ message })),
  ];

  return (
    <Form onSubmit={submit} label={a.title}>
      <ErrorSummary items={summary} focusKey={attempt} headingLevel={3} />
      <SelectField
        id={ATTEMPT_IDS.soort}
        label={a.kind}
        value={values.soort}
        onChange={(value) => set('soort', value)}
        options={CONTACTSOORTEN.map((soort) => ({ value: soort, label: soort }))}
        emptyOption={a.chooseKind}
        error={errors.soort}
        required
      />
      <RadioGroup
        id={ATTEMPT_IDS.bereikt}
        legend={a.reached}
        value={values.bereikt}
        onChange={(value) => set('bereikt', value === 'ja' ? 'ja' : 'nee')}
        options={[
          { value: 'ja', label: t.signals.detail.yes },
          { value: 'nee', label: t.signals.detail.no },
        ]}
        error={errors.bereikt}
      />
      <div className="regie-form-row">
        <TextField
          id={ATTEMPT_IDS.datum}
          type="date"
          label={a.date}
          value={values.datum}
          onChange={(value) => set('datum', value)}
          error={errors.datum}
          required
        />
        <SelectField
          id={ATTEMPT_IDS.dagdeel}
          label={a.daypart}
          value={values.dagdeel}
          onChange={(value) => set('dagdeel', value)}
          options={DAGDELEN.map((dagdeel) => ({ value: dagdeel, label: dagdeel }))}
          emptyOption={a.noDaypart}
          error={errors.dagdeel}
        />
      </div>
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {save.isPending ? a.submitting : a.submit}
        </Button>
      </ButtonGroup>
    </Form>
  );
}
