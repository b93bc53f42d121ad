// Record a consent for one household member: purpose (from the processing register), recipient organisation,
// the date and how it was given, and a note. The date defaults to today and may not lie in the future.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../components/index.ts';
import { consentKeys, purposesQuery, recipientsQuery, recordConsent } from './api.ts';
import { type ConsentValues, consentInput, emptyConsent, fieldId, validateConsent } from './consentForms.ts';
import { consentMethodOptions, consentTexts } from './texts.ts';
import { useFormErrors } from './useFormErrors.ts';

const m = consentTexts.consentForm;
const FIELDS = ['purpose', 'recipientOrganisationId', 'givenOn', 'givenHow', 'note'] as const;

export interface ConsentFormProps {
  caseId: string;
  municipalityCode: string;
  person: { personId: string; name: string };
  today: string;
  /** Unique per form on the page. */
  prefix: string;
  onDone: () => void;
  onCancel: () => void;
}

export function ConsentForm({
  caseId,
  municipalityCode,
  person,
  today,
  prefix,
  onDone,
  onCancel,
}: ConsentFormProps) {
  const queryClient = useQueryClient();
  const purposes = useQuery(purposesQuery());
  const recipients = useQuery(recipientsQuery(municipalityCode));
  const [values, setValues] = useState<ConsentValues>(() => emptyConsent(today));
  const { errors, items, attempt, show, showError } = useFormErrors(FIELDS, prefix);
  const id = (field: string) => fieldId(prefix, field);
  const set = <K extends keyof ConsentValues>(key: K, value: ConsentValues[K]) =>
    setValues((old) => ({ ...old, [key]: value }));

  // Opening the form puts the keyboard in its first field.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the form opens
  useEffect(() => {
    document.getElementById(id('purpose'))?.focus();
  }, []);

  const save = useMutation({
    mutationFn: () => recordConsent(person.personId, consentInput(values)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: consentKeys.consents(caseId) });
      onDone();
    },
    onError: showError,
  });

  const submit = () => {
    const found = validateConsent(values, today, prefix);
    show(found);
    if (Object.keys(found).length === 0 && !save.isPending) save.mutate();
  };

  return (
    <>
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <Form onSubmit={submit} label={m.legend(person.name)}>
        <SelectField
          id={id('purpose')}
          label={m.purpose}
          description={m.purposeHint}
          value={values.purpose}
          options={(purposes.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
          emptyOption={purposes.isPending ? consentTexts.loading : m.choosePurpose}
          onChange={(purpose) => set('purpose', purpose)}
          error={errors[id('purpose')] ?? (purposes.isError ? consentTexts.listFailed : undefined)}
          required
        />
        <SelectField
          id={id('recipientOrganisationId')}
          label={m.recipient}
          description={m.recipientHint}
          value={values.recipientOrganisationId}
          options={(recipients.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
          emptyOption={recipients.isPending ? consentTexts.loading : m.chooseRecipient}
          onChange={(value) => set('recipientOrganisationId', value)}
          error={
            errors[id('recipientOrganisationId')] ??
            (recipients.isError ? consentTexts.listFailed : undefined)
          }
          required
        />
        <TextField
          id={id('givenOn')}
          type="date"
          label={m.givenOn}
          value={values.givenOn}
          onChange={(givenOn) => set('givenOn', givenOn)}
          error={errors[id('givenOn')]}
          required
        />
        <RadioGroup
          id={id('givenHow')}
          legend={m.givenHow}
          value={values.givenHow}
          options={consentMethodOptions}
          onChange={(givenHow) => set('givenHow', givenHow)}
          error={errors[id('givenHow')]}
        />
        <TextAreaField
          id={id('note')}
          label={m.note}
          description={m.noteHint}
          value={values.note}
          rows={2}
          onChange={(note) => set('note', note)}
          error={errors[id('note')]}
        />
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {save.isPending ? m.submitting : m.submit}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {m.cancel}
          </Button>
        </ButtonGroup>
      </Form>
    </>
  );
}
