// The calculator: the household form, Dutch errors (checked here first, then by the server, each shown at its
// field and in a summary at the top), the result with its explanation, and the what-if below it.
// Opened for a household in Regie, it starts from that household's members and (for a regisseur) offers to record
// the outcome as a bijstandsbesluit.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../api/problem.ts';
import {
  type BijstandsnormInvoer,
  type BijstandsnormResultaat,
  calculateBijstandsnorm,
} from '../../api/rules.ts';
import type { HouseholdDetail } from '../../api/types.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  Heading,
  Paragraph,
  Section,
  SelectField,
} from '../../components/index.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { relationLabel, t } from '../../i18n/index.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { HouseholdFields } from './HouseholdFields.tsx';
import {
  emptyForm,
  errorsFromServer,
  type FormErrors,
  type HouseholdForm,
  hasErrors,
  householdFieldId,
  householdFieldOrder,
  NO_ERRORS,
  summaryItems,
  todayInAmsterdam,
  toInput,
  validateHousehold,
} from './householdForm.ts';
import { defaultClaimant, formFromHousehold, memberName, possibleClaimants } from './householdPrefill.ts';
import { NormResult } from './NormResult.tsx';
import { WhatIf } from './WhatIf.tsx';

interface Calculated {
  input: BijstandsnormInvoer;
  result: BijstandsnormResultaat;
  /** Changes with every calculation, so the what-if starts afresh. */
  run: number;
}

export const CLAIMANT_FIELD_ID = 'bijstand-huishouden-aanvrager';

export interface NormCalculatorProps {
  /** Start from this household's members (the user checks and completes the data). */
  household?: HouseholdDetail;
  /** Offer to record the outcome as a bijstandsbesluit for the household (regisseur). */
  canRecord?: boolean;
}

export function NormCalculator({ household, canRecord = false }: NormCalculatorProps) {
  const [claimantId, setClaimantId] = useState(
    () => (household && defaultClaimant(household.members, todayInAmsterdam())?.id) ?? '',
  );
  const [form, setForm] = useState<HouseholdForm>(() =>
    household && claimantId
      ? formFromHousehold(household.members, claimantId, todayInAmsterdam())
      : emptyForm(todayInAmsterdam()),
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  // Errors the server gave about the household data when recording a decision: shown at the fields.
  const [decisionErrors, setDecisionErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [calculated, setCalculated] = useState<Calculated | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const calculate = useMutation({
    mutationFn: (request: { input: BijstandsnormInvoer; form: HouseholdForm }) =>
      calculateBijstandsnorm(request.input),
    onSuccess: (result, request) => {
      setErrors(NO_ERRORS);
      setDecisionErrors({});
      setCalculated((previous) => ({ input: request.input, result, run: (previous?.run ?? 0) + 1 }));
    },
    onError: (error, request) => {
      setCalculated(null);
      if (error instanceof ApiError && error.status === 400 && error.fieldErrors.length > 0) {
        setErrors(errorsFromServer(error.fieldErrors, (path) => householdFieldId(path, request.form)));
      } else {
        setErrors({ fields: {}, general: [errorMessage(error)] });
      }
      setAttempt((n) => n + 1);
    },
  });

  // After each calculation, focus moves to the result so it is read out and the user can go on from there.
  useEffect(() => {
    if (calculated) resultHeading.current?.focus();
  }, [calculated]);

  const chooseClaimant = (id: string) => {
    setClaimantId(id);
    if (household && id) setForm(formFromHousehold(household.members, id, form.peildatum));
  };

  const submit = () => {
    if (calculate.isPending) return;
    const found = validateHousehold(form);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (hasErrors(found)) return;
    calculate.mutate({ input: toInput(form), form });
  };

  // The result belongs to the data of the last calculation; say so when the form has changed since.
  const stale =
    calculated !== null &&
    JSON.stringify(hasErrors(validateHousehold(form)) ? null : toInput(form)) !==
      JSON.stringify(calculated.input);

  return (
    <>
      <ErrorSummary items={summaryItems(errors, householdFieldOrder(form))} focusKey={attempt} />
      <Form onSubmit={submit} label={t.rules.formLabel} className="regie-rules-form">
        {household && <ClaimantChoice household={household} value={claimantId} onChange={chooseClaimant} />}
        <HouseholdFields form={form} onChange={setForm} errors={{ ...decisionErrors, ...errors.fields }} />
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={calculate.isPending}>
            {calculate.isPending ? t.rules.submitting : t.rules.submit}
          </Button>
        </ButtonGroup>
      </Form>
      {calculated && (
        <>
          <section aria-labelledby="bijstand-uitkomst" className="regie-section regie-rules-result">
            <Heading level={2} id="bijstand-uitkomst" ref={resultHeading} tabIndex={-1}>
              {t.rules.result.title}
            </Heading>
            {stale && (
              <Alert type="warning" live="off">
                <Paragraph>{t.rules.result.stale}</Paragraph>
              </Alert>
            )}
            <NormResult result={calculated.result} />
          </section>
          {household && canRecord && (
            <Section title={t.decisions.formTitle}>
              <Paragraph>{t.decisions.formIntro}</Paragraph>
              <DecisionForm
                key={calculated.run}
                household={household}
                input={calculated.input}
                result={calculated.result}
                defaultPersonId={claimantId}
                stale={stale}
                householdFieldIdFor={(path) => householdFieldId(path, form)}
                onHouseholdErrors={setDecisionErrors}
              />
            </Section>
          )}
          <Section title={t.rules.whatIf.title}>
            <WhatIf key={calculated.run} household={calculated.input} />
          </Section>
        </>
      )}
    </>
  );
}

/** Who in the household asks for bijstand: the adults of the household, the head first. */
function ClaimantChoice({
  household,
  value,
  onChange,
}: {
  household: HouseholdDetail;
  value: string;
  onChange: (id: string) => void;
}) {
  const claimants = possibleClaimants(household.members, todayInAmsterdam());
  if (claimants.length === 0) return <Paragraph>{t.decisions.noClaimants}</Paragraph>;
  return (
    <SelectField
      id={CLAIMANT_FIELD_ID}
      label={t.decisions.claimantSelect}
      description={t.decisions.claimantSelectDescription}
      value={value}
      onChange={onChange}
      options={claimants.map((m) => ({
        value: m.id,
        label: t.decisions.memberOption(
          memberName(m),
          formatCalendarDate(m.geboortedatum),
          relationLabel(m.relation),
        ),
      }))}
    />
  );
}
