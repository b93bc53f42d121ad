// "Wat als…": the norm now and after someone moves out (chosen from the list) or a new person moves in.
// Uses the household of the result above, so the comparison always starts from what the page shows.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../api/problem.ts';
import { type BijstandsnormInvoer, calculateWatAls, type WatAlsResultaat } from '../../api/rules.ts';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Fieldset,
  Form,
  Heading,
  Paragraph,
  RadioGroup,
  SelectField,
} from '../../components/index.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import {
  emptyWhatIf,
  errorsFromServer,
  FIELD_IDS,
  type FormErrors,
  hasErrors,
  NO_ERRORS,
  summaryItems,
  toWhatIf,
  validateWhatIf,
  type WhatIfForm,
  whatIfFieldId,
  whatIfFieldOrder,
} from './householdForm.ts';
import { relatieLabel } from './labels.ts';
import { PersonFields } from './PersonFields.tsx';
import { WhatIfResult } from './WhatIfResult.tsx';

const w = t.rules.whatIf;

function describeChange(household: BijstandsnormInvoer, form: WhatIfForm): string {
  if (form.soort === 'verhuist') {
    const index = Number(form.wie);
    const person = household.medebewoners[index];
    return w.changeOut(t.rules.personLabel(index + 1, person?.naam ?? ''));
  }
  return w.changeIn(
    form.nieuw.naam.trim() || w.newPerson,
    formatCalendarDate(form.nieuw.geboortedatum),
    relatieLabel(form.nieuw.relatie).toLocaleLowerCase('nl'),
  );
}

export function WhatIf({ household }: { household: BijstandsnormInvoer }) {
  const canMoveOut = household.medebewoners.length > 0;
  const [form, setForm] = useState<WhatIfForm>(() => ({
    ...emptyWhatIf(),
    soort: canMoveOut ? '' : 'komt-wonen',
  }));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [shown, setShown] = useState<{ result: WatAlsResultaat; change: string } | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const compare = useMutation({
    mutationFn: (request: { form: WhatIfForm }) => calculateWatAls(toWhatIf(household, request.form)),
    onSuccess: (result, request) => {
      setErrors(NO_ERRORS);
      setShown({ result, change: describeChange(household, request.form) });
    },
    onError: (error, request) => {
      setShown(null);
      if (error instanceof ApiError && error.status === 400 && error.fieldErrors.length > 0) {
        setErrors(errorsFromServer(error.fieldErrors, (path) => whatIfFieldId(path, request.form)));
      } else {
        setErrors({ fields: {}, general: [errorMessage(error)] });
      }
      setAttempt((n) => n + 1);
    },
  });

  // Move focus to the new comparison, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (shown) resultHeading.current?.focus();
  }, [shown]);

  const submit = () => {
    if (compare.isPending) return;
    const found = validateWhatIf(form);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (hasErrors(found)) return;
    compare.mutate({ form });
  };

  const soortOptions = [
    ...(canMoveOut ? [{ value: 'verhuist', label: w.moveOut }] : []),
    { value: 'komt-wonen', label: w.moveIn },
  ];

  return (
    <>
      <Paragraph>{w.intro}</Paragraph>
      <Form onSubmit={submit} label={w.formLabel}>
        <ErrorSummary items={summaryItems(errors, whatIfFieldOrder())} focusKey={attempt} headingLevel={3} />
        <RadioGroup
          id={FIELD_IDS.whatIfSoort}
          legend={w.soort}
          value={form.soort}
          options={soortOptions}
          onChange={(value) => setForm({ ...form, soort: value === 'verhuist' ? 'verhuist' : 'komt-wonen' })}
          error={errors.fields[FIELD_IDS.whatIfSoort]}
        />
        {form.soort === 'verhuist' && (
          <SelectField
            id={FIELD_IDS.whatIfWie}
            label={w.wie}
            value={form.wie}
            onChange={(value) => setForm({ ...form, wie: value })}
            emptyOption={w.chooseWie}
            options={household.medebewoners.map((m, index) => ({
              value: String(index),
              label: w.wieOption(index + 1, m.naam ?? '', formatCalendarDate(m.geboortedatum)),
            }))}
            error={errors.fields[FIELD_IDS.whatIfWie]}
            required
          />
        )}
        {form.soort === 'komt-wonen' && (
          <Fieldset legend={w.newPersonLegend} className="regie-rules-person">
            <PersonFields
              prefix={FIELD_IDS.whatIfNieuw}
              person={form.nieuw}
              onChange={(nieuw) => setForm({ ...form, nieuw })}
              errors={errors.fields}
            />
          </Fieldset>
        )}
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={compare.isPending}>
            {compare.isPending ? w.submitting : w.submit}
          </Button>
        </ButtonGroup>
      </Form>
      {shown && (
        <div className="regie-stack regie-rules-what-if-result">
          <Heading level={3} ref={resultHeading} tabIndex={-1}>
            {w.resultTitle}
          </Heading>
          <WhatIfResult result={shown.result} change={shown.change} />
        </div>
      )}
    </>
  );
}
