// Set the budget of a law for the chosen year (beleid): law and amount, then a confirm step. Field errors in Dutch
// from the browser's checks and from the server.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/problem.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  Paragraph,
  Section,
  SelectField,
  type SummaryItem,
  TextField,
} from '../../components/index.ts';
import { formatEuro } from '../../i18n/format.ts';
import { costKeys, putBudget } from './api.ts';
import { COST_LAW_OPTIONS, fieldErrorsFromServer, parseEuros } from './figures.ts';
import { costTexts } from './texts.ts';

const tx = costTexts.budgets;

export function BudgetForm({ municipality, year }: { municipality: string; year: number }) {
  const queryClient = useQueryClient();
  const [law, setLaw] = useState('');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const lawLabel = COST_LAW_OPTIONS.find((l) => l.value === law)?.label ?? law;

  const show = (fields: Record<string, string>, rest: string[] = []) => {
    setErrors(fields);
    setItems([
      ...Object.entries(fields).map(([fieldId, message]) => ({ fieldId, message })),
      ...rest.map((message) => ({ message })),
    ]);
    setAttempt((n) => n + 1);
  };

  const save = useMutation({
    mutationFn: () =>
      putBudget({
        municipality,
        year,
        law: law as 'wmo',
        amountCents: parseEuros(amount) ?? -1,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: costKeys.all });
      setConfirming(false);
      setDone(tx.saved(lawLabel));
      setAmount('');
    },
    onError: (error) => {
      setConfirming(false);
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        const { fields, rest } = fieldErrorsFromServer(error.fieldErrors, 'budget');
        show(fields, rest);
      } else show({}, [errorMessage(error)]);
    },
  });

  const submit = () => {
    const found: Record<string, string> = {};
    if (!law) found['budget-law'] = tx.errors.law;
    if (parseEuros(amount) === null) found['budget-amount'] = tx.errors.amount;
    show(found);
    setDone(null);
    if (Object.keys(found).length === 0) setConfirming(true);
  };

  return (
    <Section title={tx.title} level={3}>
      <Paragraph>{tx.intro}</Paragraph>
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      {done && (
        <Alert type="ok" live="status">
          {done}
        </Alert>
      )}
      <Form onSubmit={submit} label={tx.title} className="regie-costs-form">
        <SelectField
          id="budget-law"
          label={tx.law}
          value={law}
          options={COST_LAW_OPTIONS}
          emptyOption={tx.chooseLaw}
          onChange={(value) => {
            setLaw(value);
            setConfirming(false);
          }}
          error={errors['budget-law']}
          required
        />
        <TextField
          id="budget-amount"
          label={tx.amount}
          description={tx.amountHint}
          value={amount}
          onChange={(value) => {
            setAmount(value);
            setConfirming(false);
          }}
          error={errors['budget-amount']}
          required
        />
        {!confirming && (
          <ButtonGroup>
            <Button type="submit" variant="primary">
              {tx.save}
            </Button>
          </ButtonGroup>
        )}
      </Form>
      {confirming && (
        <Alert type="warning" live="alert">
          <Paragraph>{tx.confirm(lawLabel, formatEuro(parseEuros(amount) ?? 0), year)}</Paragraph>
          <ButtonGroup>
            <Button variant="primary" busy={save.isPending} onClick={() => save.mutate()}>
              {costTexts.tariffs.confirm}
            </Button>
            <Button variant="subtle" onClick={() => setConfirming(false)}>
              {costTexts.tariffs.cancel}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
    </Section>
  );
}
