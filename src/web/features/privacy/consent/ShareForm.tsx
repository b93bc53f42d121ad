// Share one law's data of the case: which law, with whom (a law, or the whole case team), on which ground (an
// article, or an active consent of someone in the household). Only the regisseur and the team leader see it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  Paragraph,
  RadioGroup,
  SelectField,
  TextField,
} from '../../../components/index.ts';
import { lawLabel } from '../../cases/labels.ts';
import { consentKeys, createShare, type MemberConsents } from './api.ts';
import {
  emptyShare,
  fieldId,
  type ShareValues,
  shareableLaws,
  shareInput,
  validateShare,
} from './consentForms.ts';
import { consentTexts, shareBasisLabels } from './texts.ts';
import { useFormErrors } from './useFormErrors.ts';

const m = consentTexts.shareForm;
const PREFIX = 'delen';
const FIELDS = ['law', 'sharedWithLaw', 'basis', 'legalBasis', 'consentId'] as const;
const lawOptions = shareableLaws.map((law) => ({ value: law, label: lawLabel(law) }));
const basisOptions = Object.entries(shareBasisLabels).map(([value, label]) => ({ value, label }));

export interface ShareFormProps {
  caseId: string;
  members: MemberConsents[];
  onDone: () => void;
}

export function ShareForm({ caseId, members, onDone }: ShareFormProps) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ShareValues>(emptyShare);
  const { errors, items, attempt, show, showError } = useFormErrors(FIELDS, PREFIX);
  const id = (field: string) => fieldId(PREFIX, field);
  const set = <K extends keyof ShareValues>(key: K, value: ShareValues[K]) =>
    setValues((old) => ({ ...old, [key]: value }));

  const consentOptions = members.flatMap((member) =>
    member.consents
      .filter((c) => c.active)
      .map((c) => ({ value: c.id, label: m.consentOption(member.name, c.purposeName, c.recipient.name) })),
  );

  const save = useMutation({
    mutationFn: () => createShare(caseId, shareInput(values)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: consentKeys.shares(caseId) });
      setValues(emptyShare());
      show({});
      onDone();
    },
    onError: showError,
  });

  const submit = () => {
    const found = validateShare(values, PREFIX);
    show(found);
    if (Object.keys(found).length === 0 && !save.isPending) save.mutate();
  };

  return (
    <>
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <Form onSubmit={submit} label={m.title}>
        <SelectField
          id={id('law')}
          label={m.law}
          value={values.law}
          options={lawOptions}
          emptyOption={m.chooseLaw}
          onChange={(law) => set('law', law)}
          error={errors[id('law')]}
          required
        />
        <SelectField
          id={id('sharedWithLaw')}
          label={m.sharedWith}
          description={m.sharedWithHint}
          value={values.sharedWithLaw}
          options={lawOptions.filter((o) => o.value !== values.law)}
          emptyOption={m.everyone}
          onChange={(law) => set('sharedWithLaw', law)}
          error={errors[id('sharedWithLaw')]}
        />
        <RadioGroup
          id={id('basis')}
          legend={m.basis}
          value={values.basis}
          options={basisOptions}
          onChange={(basis) => set('basis', basis)}
          error={errors[id('basis')]}
        />
        {values.basis === 'wettelijke_grondslag' && (
          <TextField
            id={id('legalBasis')}
            label={m.legalBasis}
            description={m.legalBasisHint}
            value={values.legalBasis}
            onChange={(legalBasis) => set('legalBasis', legalBasis)}
            error={errors[id('legalBasis')]}
            required
          />
        )}
        {values.basis === 'toestemming' &&
          (consentOptions.length === 0 ? (
            <Paragraph id={id('consentId')} tabIndex={-1}>
              {m.noConsents}
            </Paragraph>
          ) : (
            <SelectField
              id={id('consentId')}
              label={m.consent}
              description={m.consentHint}
              value={values.consentId}
              options={consentOptions}
              emptyOption={m.chooseConsent}
              onChange={(consentId) => set('consentId', consentId)}
              error={errors[id('consentId')]}
              required
            />
          ))}
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {save.isPending ? m.submitting : m.submit}
          </Button>
        </ButtonGroup>
      </Form>
    </>
  );
}
