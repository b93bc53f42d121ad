// The calculator: the household form, Dutch errors (checked here first, then by the server, each shown at its
// field and in a summary at the top), the result with its explanation, and the what-if below it.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../api/problem.ts';
import {
  type BijstandsnormInvoer,
  type BijstandsnormResultaat,
  calculateBijstandsnorm,
} from '../../api/rules.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  Heading,
  Paragraph,
  Section,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
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
import { NormResult } from './NormResult.tsx';
import { WhatIf } from './WhatIf.tsx';

interface Calculated {
  input: BijstandsnormInvoer;
  result: BijstandsnormResultaat;
  /** Changes with every calculation, so the what-if starts afresh. */
  run: number;
}

export function NormCalculator() {
  const [form, setForm] = useState<HouseholdForm>(() => emptyForm(todayInAmsterdam()));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [calculated, setCalculated] = useState<Calculated | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const calculate = useMutation({
    mutationFn: (request: { input: BijstandsnormInvoer; form: HouseholdForm }) =>
      calculateBijstandsnorm(request.input),
    onSuccess: (result, request) => {
      setErrors(NO_ERRORS);
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
        <HouseholdFields form={form} onChange={setForm} errors={errors.fields} />
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
          <Section title={t.rules.whatIf.title}>
            <WhatIf key={calculated.run} household={calculated.input} />
          </Section>
        </>
      )}
    </>
  );
}
