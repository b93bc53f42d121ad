// The municipality's tariffs (beleid): the list with ended ones, a form to add one, and per open tariff a way to
// end it. Each change has a confirm step: a tariff is never changed or deleted afterwards.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/problem.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  DataTable,
  ErrorSummary,
  Form,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  type SummaryItem,
  TextField,
} from '../../components/index.ts';
import { formatCalendarDate, formatEuro } from '../../i18n/format.ts';
import { costKeys, createTariff, endTariff, type Tariff, tariffsQuery } from './api.ts';
import {
  COST_LAW_OPTIONS,
  fieldErrorsFromServer,
  parseEuros,
  type TariffValues,
  validateTariff,
} from './figures.ts';
import { costTexts } from './texts.ts';

const tx = costTexts.tariffs;
const UNITS = Object.entries(costTexts.units).map(([value, label]) => ({ value, label }));
const empty = (today: string): TariffValues => ({
  law: '',
  product: '',
  unit: '',
  price: '',
  validFrom: today,
  validTo: '',
});

function useErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const show = (fields: Record<string, string>, rest: string[] = []) => {
    setErrors(fields);
    setItems([
      ...Object.entries(fields).map(([fieldId, message]) => ({ fieldId, message })),
      ...rest.map((message) => ({ message })),
    ]);
    setAttempt((n) => n + 1);
  };
  return { errors, items, attempt, show };
}

export function TariffsSection({
  municipality,
  name,
  today,
}: {
  municipality: string;
  name: string;
  today: string;
}) {
  const tariffs = useQuery(tariffsQuery(municipality));
  const [ending, setEnding] = useState<Tariff | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Section title={tx.title} level={3}>
      {done && (
        <Alert type="ok" live="status">
          {done}
        </Alert>
      )}
      <QueryState query={tariffs}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{tx.none}</Paragraph>
          ) : (
            <DataTable<Tariff>
              caption={tx.caption(name)}
              rows={items}
              rowKey={(t) => t.id}
              stacked
              columns={[
                { key: 'product', header: tx.columns.product, rowHeader: true, render: (t) => t.product },
                {
                  key: 'law',
                  header: tx.columns.law,
                  render: (t) => COST_LAW_OPTIONS.find((l) => l.value === t.law)?.label,
                },
                { key: 'unit', header: tx.columns.unit, render: (t) => costTexts.units[t.unit] },
                {
                  key: 'price',
                  header: tx.columns.price,
                  numeric: true,
                  render: (t) => formatEuro(t.priceCents),
                },
                { key: 'from', header: tx.columns.from, render: (t) => formatCalendarDate(t.validFrom) },
                {
                  key: 'to',
                  header: tx.columns.to,
                  render: (t) => (t.validTo ? formatCalendarDate(t.validTo) : tx.open),
                },
                {
                  key: 'action',
                  header: tx.columns.action,
                  render: (t) =>
                    t.validTo === null || t.validTo > today ? (
                      <Button variant="subtle" onClick={() => setEnding(t)}>
                        {tx.end(t.product)}
                      </Button>
                    ) : null,
                },
              ]}
            />
          )
        }
      </QueryState>
      {ending && (
        <EndTariffForm
          key={ending.id}
          tariff={ending}
          today={today}
          onDone={(message) => {
            setEnding(null);
            setDone(message);
          }}
          onCancel={() => setEnding(null)}
        />
      )}
      <AddTariffForm municipality={municipality} today={today} onDone={setDone} />
    </Section>
  );
}

function AddTariffForm({
  municipality,
  today,
  onDone,
}: {
  municipality: string;
  today: string;
  onDone: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<TariffValues>(() => empty(today));
  const [confirming, setConfirming] = useState(false);
  const { errors, items, attempt, show } = useErrors();
  const set = (key: keyof TariffValues) => (value: string) => {
    setValues((old) => ({ ...old, [key]: value }));
    setConfirming(false);
  };
  const save = useMutation({
    mutationFn: () =>
      createTariff({
        municipality,
        law: values.law as 'wmo',
        product: values.product.trim(),
        unit: values.unit as 'uur',
        priceCents: parseEuros(values.price) ?? -1,
        validFrom: values.validFrom,
        validTo: values.validTo || null,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: costKeys.all });
      setConfirming(false);
      setValues(empty(today));
      show({});
      onDone(tx.added);
    },
    onError: (error) => {
      setConfirming(false);
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        const { fields, rest } = fieldErrorsFromServer(error.fieldErrors, 'tarief');
        show(fields, rest);
      } else show({}, [errorMessage(error)]);
    },
  });
  const submit = () => {
    const found = validateTariff(values);
    show(found);
    if (Object.keys(found).length === 0) setConfirming(true);
  };
  const f = tx.fields;
  return (
    <Section title={tx.addTitle} level={3}>
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <Form onSubmit={submit} label={tx.addTitle} className="regie-costs-form">
        <SelectField
          id="tarief-law"
          label={f.law}
          value={values.law}
          options={COST_LAW_OPTIONS}
          emptyOption={f.chooseLaw}
          onChange={set('law')}
          error={errors['tarief-law']}
          required
        />
        <TextField
          id="tarief-product"
          label={f.product}
          description={f.productHint}
          value={values.product}
          onChange={set('product')}
          error={errors['tarief-product']}
          required
        />
        <SelectField
          id="tarief-unit"
          label={f.unit}
          value={values.unit}
          options={UNITS}
          emptyOption={f.chooseUnit}
          onChange={set('unit')}
          error={errors['tarief-unit']}
          required
        />
        <TextField
          id="tarief-price"
          label={f.price}
          description={f.priceHint}
          value={values.price}
          onChange={set('price')}
          error={errors['tarief-price']}
          required
        />
        <div className="regie-costs-form__row">
          <TextField
            id="tarief-validFrom"
            type="date"
            label={f.validFrom}
            value={values.validFrom}
            onChange={set('validFrom')}
            error={errors['tarief-validFrom']}
            required
          />
          <TextField
            id="tarief-validTo"
            type="date"
            label={f.validTo}
            value={values.validTo}
            onChange={set('validTo')}
            error={errors['tarief-validTo']}
          />
        </div>
        {!confirming && (
          <ButtonGroup>
            <Button type="submit" variant="primary">
              {tx.add}
            </Button>
          </ButtonGroup>
        )}
      </Form>
      {confirming && (
        <Alert type="warning" live="alert">
          <Paragraph>
            {tx.confirmAdd(
              values.product.trim(),
              formatEuro(parseEuros(values.price) ?? 0),
              formatCalendarDate(values.validFrom),
            )}
          </Paragraph>
          <ButtonGroup>
            <Button variant="primary" busy={save.isPending} onClick={() => save.mutate()}>
              {tx.confirm}
            </Button>
            <Button variant="subtle" onClick={() => setConfirming(false)}>
              {tx.cancel}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
    </Section>
  );
}

function EndTariffForm({
  tariff,
  today,
  onDone,
  onCancel,
}: {
  tariff: Tariff;
  today: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const [day, setDay] = useState(today < tariff.validFrom ? tariff.validFrom : today);
  const [confirming, setConfirming] = useState(false);
  const { errors, items, attempt, show } = useErrors();
  const end = useMutation({
    mutationFn: () => endTariff(tariff.id, day),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: costKeys.all });
      onDone(tx.ended);
    },
    onError: (error) => {
      setConfirming(false);
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        const { fields, rest } = fieldErrorsFromServer(error.fieldErrors, 'einde');
        show(fields, rest);
      } else show({}, [errorMessage(error)]);
    },
  });
  return (
    <Section title={tx.endTitle(tariff.product)} level={3}>
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <Form
        onSubmit={() => {
          const found: Record<string, string> = /^\d{4}-\d{2}-\d{2}$/.test(day)
            ? {}
            : { 'einde-validTo': tx.errors.endDate };
          show(found);
          if (Object.keys(found).length === 0) setConfirming(true);
        }}
        label={tx.endTitle(tariff.product)}
        className="regie-costs-form"
      >
        <TextField
          id="einde-validTo"
          type="date"
          label={tx.endDate}
          value={day}
          onChange={(value) => {
            setDay(value);
            setConfirming(false);
          }}
          error={errors['einde-validTo']}
          required
        />
        {!confirming && (
          <ButtonGroup>
            <Button type="submit" variant="primary">
              {tx.end(tariff.product)}
            </Button>
            <Button variant="subtle" onClick={onCancel}>
              {tx.cancel}
            </Button>
          </ButtonGroup>
        )}
      </Form>
      {confirming && (
        <Alert type="warning" live="alert">
          <Paragraph>{tx.confirmEnd(tariff.product, formatCalendarDate(day))}</Paragraph>
          <ButtonGroup>
            <Button variant="primary" busy={end.isPending} onClick={() => end.mutate()}>
              {tx.confirm}
            </Button>
            <Button variant="subtle" onClick={() => setConfirming(false)}>
              {tx.cancel}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
    </Section>
  );
}
