// Start a legal term on the case: kind, start date and, for the Wgs first conversation, whether the situation is
// threatening. Under the kind the term that will apply is shown (the municipality's setting, the law by default).
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type CaseSettings,
  caseSettingsQuery,
  createDeadline,
  type DeadlineKind,
  deadlineKinds,
} from '../../../api/deadlines.ts';
import {
  Button,
  ButtonGroup,
  CheckboxField,
  ErrorSummary,
  Form,
  Heading,
  SelectField,
  TextField,
} from '../../../components/index.ts';
import { ConfirmStep } from './ConfirmStep.tsx';
import {
  confirmNewText,
  type NewField,
  type NewValues,
  toNewDeadline,
  validateNew,
} from './deadlineForms.ts';
import { amountText, kindLabels, kindStarts, texts } from './deadlineTexts.ts';
import { useFormErrors } from './useFormErrors.ts';

const FIELDS: readonly NewField[] = ['kind', 'startedOn', 'threatening'];
const idOf = (field: NewField) => `nieuwe-termijn-${field}`;

/** "Termijn: 4 weken (Wgs art. 4 lid 1). Start: ..." for the chosen kind, when the settings are known. */
function kindDescription(kind: DeadlineKind | '', threatening: boolean, settings: CaseSettings | undefined) {
  if (kind === '') return undefined;
  const termKey = kind === 'wgs_eerste_gesprek' && threatening ? 'wgs_eerste_gesprek_dreigend' : kind;
  const term = settings?.terms[termKey];
  const termText = term ? `Termijn: ${amountText(term.amount, term.unit)} (${term.rule}). ` : '';
  return `${termText}${kindStarts[kind]}`;
}

export function NewDeadlineForm({
  caseId,
  municipalityCode,
  today,
  onSaved,
}: {
  caseId: string;
  municipalityCode: string | undefined;
  today: string;
  onSaved: () => void;
}) {
  const empty: NewValues = { kind: '', startedOn: today, threatening: false };
  const [values, setValues] = useState<NewValues>(empty);
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const { errors, summary, attempt, show, fromError } = useFormErrors(FIELDS, idOf);
  // The settings only add the term to the description; without them the form still works.
  const settings = useQuery({
    ...caseSettingsQuery(municipalityCode ?? ''),
    enabled: Boolean(municipalityCode),
  });

  const mutation = useMutation({
    mutationFn: () => createDeadline(caseId, toNewDeadline(values)),
    onSuccess: () => {
      setValues(empty);
      setStep('form');
      onSaved();
    },
    onError: (error) => {
      setStep('form');
      fromError(error);
    },
  });

  const check = () => {
    const found = validateNew(values, today);
    show(found);
    if (Object.keys(found).length === 0) setStep('confirm');
  };

  return (
    <section className="regie-deadline-new" aria-labelledby="nieuwe-termijn-titel">
      <Heading level={3} id="nieuwe-termijn-titel">
        {texts.form.newTitle}
      </Heading>
      {step === 'confirm' ? (
        <ConfirmStep
          text={confirmNewText(values)}
          busy={mutation.isPending}
          onConfirm={() => mutation.mutate()}
          onBack={() => {
            setStep('form');
            requestAnimationFrame(() => document.getElementById(idOf('kind'))?.focus());
          }}
          headingLevel={4}
        />
      ) : (
        <Form onSubmit={check} label={texts.form.newTitle}>
          <ErrorSummary items={summary} focusKey={attempt} headingLevel={3} />
          <SelectField
            id={idOf('kind')}
            label={texts.form.kind}
            value={values.kind}
            onChange={(v) =>
              setValues((p) => ({
                ...p,
                kind: deadlineKinds.includes(v as DeadlineKind) ? (v as DeadlineKind) : '',
              }))
            }
            options={deadlineKinds.map((k) => ({ value: k, label: kindLabels[k] }))}
            emptyOption={texts.form.chooseKind}
            description={kindDescription(values.kind, values.threatening, settings.data)}
            error={errors.kind}
            required
          />
          {values.kind === 'wgs_eerste_gesprek' && (
            <CheckboxField
              id={idOf('threatening')}
              label={texts.form.threatening}
              description={texts.form.threateningHelp}
              checked={values.threatening}
              onChange={(checked) => setValues((p) => ({ ...p, threatening: checked }))}
              error={errors.threatening}
            />
          )}
          <TextField
            id={idOf('startedOn')}
            type="date"
            label={texts.form.startedOn}
            value={values.startedOn}
            onChange={(v) => setValues((p) => ({ ...p, startedOn: v }))}
            error={errors.startedOn}
            required
          />
          <ButtonGroup>
            <Button type="submit" variant="primary">
              {texts.form.newButton}
            </Button>
          </ButtonGroup>
        </Form>
      )}
    </section>
  );
}
