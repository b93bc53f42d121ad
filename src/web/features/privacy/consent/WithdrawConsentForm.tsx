// The confirm step of withdrawing a consent: says what happens (sharing on it stops at once, no way back), asks the
// date and how it was withdrawn, and only then withdraws. "Nee" closes it and returns focus to the button.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  RadioGroup,
  TextField,
} from '../../../components/index.ts';
import { type Consent, consentKeys, withdrawConsent } from './api.ts';
import { fieldId, validateWithdrawal, type WithdrawalValues, withdrawalInput } from './consentForms.ts';
import { consentMethodOptions, consentTexts } from './texts.ts';
import { useFormErrors } from './useFormErrors.ts';

const m = consentTexts.withdrawForm;
const FIELDS = ['withdrawnOn', 'withdrawnHow'] as const;

export interface WithdrawConsentFormProps {
  caseId: string;
  consent: Consent;
  today: string;
  prefix: string;
  onDone: () => void;
  onCancel: () => void;
}

export function WithdrawConsentForm({
  caseId,
  consent,
  today,
  prefix,
  onDone,
  onCancel,
}: WithdrawConsentFormProps) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<WithdrawalValues>({ withdrawnOn: today, withdrawnHow: '' });
  const { errors, items, attempt, show, showError } = useFormErrors(FIELDS, prefix);
  const id = (field: string) => fieldId(prefix, field);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the confirm step opens
  useEffect(() => {
    document.getElementById(id('withdrawnOn'))?.focus();
  }, []);

  const withdraw = useMutation({
    mutationFn: () => withdrawConsent(consent.id, withdrawalInput(values)),
    onSuccess: () => {
      // A withdrawal also stops shares that rest on it: both lists change.
      void queryClient.invalidateQueries({ queryKey: consentKeys.consents(caseId) });
      void queryClient.invalidateQueries({ queryKey: consentKeys.shares(caseId) });
      onDone();
    },
    onError: showError,
  });

  const submit = () => {
    const found = validateWithdrawal(values, consent.givenOn, today, prefix);
    show(found);
    if (Object.keys(found).length === 0 && !withdraw.isPending) withdraw.mutate();
  };

  const legend = m.legend(consent.purposeName, consent.recipient.name);
  return (
    <div className="regie-consent-confirm">
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <Form onSubmit={submit} label={legend}>
        <p className="utrecht-paragraph">
          <strong>{legend}</strong>
        </p>
        <Alert type="warning" live="off">
          {m.warning}
        </Alert>
        <TextField
          id={id('withdrawnOn')}
          type="date"
          label={m.withdrawnOn}
          value={values.withdrawnOn}
          onChange={(withdrawnOn) => setValues((old) => ({ ...old, withdrawnOn }))}
          error={errors[id('withdrawnOn')]}
          required
        />
        <RadioGroup
          id={id('withdrawnHow')}
          legend={m.withdrawnHow}
          value={values.withdrawnHow}
          options={consentMethodOptions}
          onChange={(withdrawnHow) => setValues((old) => ({ ...old, withdrawnHow }))}
          error={errors[id('withdrawnHow')]}
        />
        <ButtonGroup>
          <Button type="submit" variant="secondary" danger busy={withdraw.isPending}>
            {withdraw.isPending ? m.confirming : m.confirm}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {m.cancel}
          </Button>
        </ButtonGroup>
      </Form>
    </div>
  );
}
