// One action on a deadline (stilzetten, weer laten lopen, verlengen, gehaald): the fields it needs, a check in
// Dutch, a confirm step that says what will happen, then the save. Server messages land next to their field.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  type Deadline,
  endSuspension,
  extendDeadline,
  markDeadlineMet,
  suspendDeadline,
} from '../../../api/deadlines.ts';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  NumberField,
  Paragraph,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../components/index.ts';
import { ConfirmStep } from './ConfirmStep.tsx';
import {
  type ActionField,
  type ActionKind,
  type ActionValues,
  actionFields,
  confirmText,
  emptyActionValues,
  toExtension,
  validateAction,
} from './deadlineForms.ts';
import { texts, unitOptions } from './deadlineTexts.ts';
import { useFormErrors } from './useFormErrors.ts';

const ALL_FIELDS: readonly ActionField[] = ['from', 'to', 'reason', 'amount', 'unit', 'on'];

function save(
  caseId: string,
  deadline: Deadline,
  action: ActionKind,
  values: ActionValues,
): Promise<Deadline> {
  switch (action) {
    case 'suspend':
      return suspendDeadline(caseId, deadline.id, { from: values.from, reason: values.reason.trim() });
    case 'resume':
      return endSuspension(caseId, deadline.id, { to: values.to });
    case 'extend':
      return extendDeadline(caseId, deadline.id, toExtension(values));
    case 'met':
      return markDeadlineMet(caseId, deadline.id, { on: values.on });
  }
}

export interface DeadlineActionFormProps {
  caseId: string;
  deadline: Deadline;
  action: ActionKind;
  today: string;
  onSaved: () => void;
  onCancel: () => void;
}

export function DeadlineActionForm({
  caseId,
  deadline,
  action,
  today,
  onSaved,
  onCancel,
}: DeadlineActionFormProps) {
  const idOf = (field: ActionField) => `termijn-${deadline.id}-${field}`;
  const [values, setValues] = useState<ActionValues>(() => emptyActionValues(today));
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const { errors, summary, attempt, show, fromError } = useFormErrors(ALL_FIELDS, idOf);
  const fields = actionFields[action];
  const firstId = idOf(fields[0] as ActionField);

  // The form opens (or comes back from the confirm step) with focus on its first field.
  useEffect(() => {
    if (step === 'form') document.getElementById(firstId)?.focus();
  }, [step, firstId]);

  const mutation = useMutation({
    mutationFn: () => save(caseId, deadline, action, values),
    onSuccess: onSaved,
    onError: (error) => {
      setStep('form');
      fromError(error);
    },
  });

  const set = (field: ActionField, value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  const check = () => {
    const found = validateAction(action, values, deadline, today);
    show(found);
    if (Object.keys(found).length === 0) setStep('confirm');
  };

  if (step === 'confirm') {
    return (
      <ConfirmStep
        text={confirmText(action, values)}
        busy={mutation.isPending}
        onConfirm={() => mutation.mutate()}
        onBack={() => setStep('form')}
        headingLevel={4}
      />
    );
  }

  return (
    <Form
      onSubmit={check}
      label={`${texts.actions[action]}: ${deadline.label}`}
      className="regie-deadline-form"
    >
      <ErrorSummary items={summary} focusKey={attempt} headingLevel={3} />
      <Paragraph>{texts.actionHelp[action]}</Paragraph>
      {fields.includes('from') && (
        <TextField
          id={idOf('from')}
          type="date"
          label={texts.form.from}
          value={values.from}
          onChange={(v) => set('from', v)}
          error={errors.from}
          required
        />
      )}
      {fields.includes('to') && (
        <TextField
          id={idOf('to')}
          type="date"
          label={texts.form.to}
          value={values.to}
          onChange={(v) => set('to', v)}
          error={errors.to}
          required
        />
      )}
      {fields.includes('amount') && (
        <div className="regie-form-row">
          <NumberField
            id={idOf('amount')}
            label={texts.form.amount}
            value={values.amount}
            onChange={(v) => set('amount', v)}
            error={errors.amount}
            required
          />
          <SelectField
            id={idOf('unit')}
            label={texts.form.unit}
            value={values.unit}
            onChange={(v) => set('unit', v)}
            options={unitOptions}
            emptyOption={texts.form.chooseUnit}
            error={errors.unit}
            required
          />
        </div>
      )}
      {fields.includes('on') && (
        <TextField
          id={idOf('on')}
          type="date"
          label={texts.form.on}
          value={values.on}
          onChange={(v) => set('on', v)}
          error={errors.on}
          required
        />
      )}
      {fields.includes('reason') && (
        <TextAreaField
          id={idOf('reason')}
          label={texts.form.reason}
          value={values.reason}
          onChange={(v) => set('reason', v)}
          error={errors.reason}
          rows={3}
          required
        />
      )}
      <ButtonGroup>
        <Button type="submit" variant="primary">
          {texts.form.check}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {texts.form.cancel}
        </Button>
      </ButtonGroup>
    </Form>
  );
}
