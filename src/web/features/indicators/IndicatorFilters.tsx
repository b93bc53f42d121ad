// Choose the municipality, the indicator, the period and (when the indicator has one) the breakdown.
// Errors (checked here, or sent back by the server) are shown at their field and in a summary.
import { useState } from 'react';
import type { Municipality } from '../../api/types.ts';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  Paragraph,
  SelectField,
  type SummaryItem,
  TextField,
} from '../../components/index.ts';
import type { BreakdownCode, IndicatorEntry, Region } from './api.ts';
import { currentVersion, isMonth } from './figures.ts';
import { indicatorTexts as tx } from './texts.ts';

export const FIELD_IDS = {
  municipality: 'indicatoren-gemeente',
  indicator: 'indicatoren-indicator',
  from: 'indicatoren-van',
  to: 'indicatoren-tot',
  breakdown: 'indicatoren-verdeling',
} as const;

type FieldKey = keyof typeof FIELD_IDS;
export type FieldErrors = Partial<Record<FieldKey, string>>;

export interface FilterValues {
  gemeente: string;
  /** Set when a region is chosen instead of a municipality. */
  regio?: string;
  indicator: string;
  from: string;
  to: string;
  breakdown?: BreakdownCode;
}

/** The server's field paths (municipality, from, to, breakdown) → the fields of this form. */
export function errorsFromServer(problems: { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { path, message } of problems) {
    const key: FieldKey | undefined = /municipality|region/.test(path)
      ? 'municipality'
      : path.includes('breakdown')
        ? 'breakdown'
        : path.includes('from')
          ? 'from'
          : path.includes('to')
            ? 'to'
            : undefined;
    if (key) errors[key] = errors[key] ? `${errors[key]} ${message}` : message;
  }
  return errors;
}

export interface IndicatorFiltersProps {
  municipalities: Municipality[];
  regions: Region[];
  indicators: IndicatorEntry[];
  today: string;
  values: FilterValues;
  serverErrors: FieldErrors;
  onSubmit: (values: FilterValues) => void;
}

const REGION = 'regio:';

export function IndicatorFilters({
  municipalities,
  regions,
  indicators,
  today,
  values,
  serverErrors,
  onSubmit,
}: IndicatorFiltersProps) {
  // One choice of area: a municipality code, or "regio:" and a region code.
  const [area, setArea] = useState(values.regio ? `${REGION}${values.regio}` : values.gemeente);
  const regio = area.startsWith(REGION) ? area.slice(REGION.length) : undefined;
  const [indicator, setIndicator] = useState(values.indicator);
  const [from, setFrom] = useState(values.from);
  const [to, setTo] = useState(values.to);
  const [breakdown, setBreakdown] = useState<string>(values.breakdown ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);

  const entry = indicators.find((i) => i.code === indicator) ?? indicators[0];
  const definition = entry ? currentVersion(entry, today) : undefined;
  const breakdowns = definition?.breakdowns ?? [];
  // A breakdown the chosen indicator does not have is not sent.
  const chosenBreakdown = breakdowns.find((b) => b.code === breakdown)?.code as BreakdownCode | undefined;

  const submit = () => {
    const found: FieldErrors = {};
    if (!isMonth(from.trim())) found.from = tx.errors.monthInvalid(tx.from);
    if (!isMonth(to.trim())) found.to = tx.errors.monthInvalid(tx.to);
    if (!found.from && !found.to && to.trim() < from.trim()) found.to = tx.errors.toBeforeFrom;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.from || found.to || !entry) return;
    onSubmit({
      gemeente: regio ? values.gemeente : area,
      regio,
      indicator: entry.code,
      from: from.trim(),
      to: to.trim(),
      breakdown: regio ? undefined : chosenBreakdown,
    });
  };

  const areas = [
    ...municipalities.map((m) => ({ value: m.code, label: m.name })),
    ...regions.map((r) => ({ value: `${REGION}${r.code}`, label: tx.regionOption(r.name) })),
  ];
  // Client-side errors of the last submit win; otherwise what the server said about the figures asked for.
  const shown = Object.keys(errors).length > 0 ? errors : serverErrors;
  const items: SummaryItem[] = (Object.keys(FIELD_IDS) as FieldKey[])
    .filter((key) => shown[key])
    .map((key) => ({
      message: shown[key] as string,
      // The area picker is absent with one municipality and no region: then the message has no field to link to.
      fieldId: key === 'municipality' && areas.length < 2 ? undefined : FIELD_IDS[key],
    }));

  return (
    <Form onSubmit={submit} label={tx.filtersLabel} className="regie-indicator-form">
      <ErrorSummary items={items} focusKey={attempt + Object.keys(serverErrors).length} />
      {areas.length > 1 && (
        <SelectField
          id={FIELD_IDS.municipality}
          label={tx.area}
          description={tx.areaDescription}
          value={area}
          onChange={setArea}
          options={areas}
          error={shown.municipality}
        />
      )}
      <SelectField
        id={FIELD_IDS.indicator}
        label={tx.indicator}
        value={entry?.code ?? ''}
        onChange={setIndicator}
        options={indicators.map((i) => ({ value: i.code, label: currentVersion(i, today).title }))}
        description={definition ? `${definition.explanation} ${tx.source}: ${definition.source}.` : undefined}
      />
      <div className="regie-indicator-form__period">
        <TextField
          id={FIELD_IDS.from}
          label={tx.from}
          description={tx.monthDescription}
          value={from}
          onChange={setFrom}
          error={shown.from}
          required
          spellCheck={false}
        />
        <TextField
          id={FIELD_IDS.to}
          label={tx.to}
          description={tx.monthDescription}
          value={to}
          onChange={setTo}
          error={shown.to}
          required
          spellCheck={false}
        />
      </div>
      {regio ? (
        <Paragraph small>{tx.regionBreakdown}</Paragraph>
      ) : (
        breakdowns.length > 0 && (
          <SelectField
            id={FIELD_IDS.breakdown}
            label={tx.breakdown}
            value={chosenBreakdown ?? ''}
            onChange={setBreakdown}
            emptyOption={tx.noBreakdown}
            options={breakdowns.map((b) => ({ value: b.code, label: b.label }))}
            error={shown.breakdown}
          />
        )
      )}
      <ButtonGroup>
        <Button type="submit" variant="primary">
          {tx.submit}
        </Button>
      </ButtonGroup>
    </Form>
  );
}
