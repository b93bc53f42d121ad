// Choose the municipality, the peildatum and an optional extra policy variant for the impact report.
// Errors (checked here, or sent back by the server) are shown at their field and in a summary.
import { useState } from 'react';
import type { Municipality } from '../../api/types.ts';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  NumberField,
  SelectField,
  type SummaryItem,
  TextField,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

const m = t.rules.impact;

export const IMPACT_FIELD_IDS = {
  municipality: 'kostendelersnorm-gemeente',
  peildatum: 'kostendelersnorm-peildatum',
  leeftijd: 'kostendelersnorm-leeftijd',
} as const;

export interface ImpactFilterValues {
  gemeente: string;
  peildatum: string;
  leeftijd?: number;
}

export type ImpactFieldErrors = Partial<Record<keyof typeof IMPACT_FIELD_IDS, string>>;

/** Server error paths of the impact query (municipality, peildatum, kostendelerLeeftijd) → filter fields. */
export function impactErrorsFromServer(problems: { path: string; message: string }[]): ImpactFieldErrors {
  const errors: ImpactFieldErrors = {};
  for (const problem of problems) {
    const key = problem.path.includes('municipality')
      ? 'municipality'
      : problem.path.includes('peildatum')
        ? 'peildatum'
        : problem.path.includes('kostendelerLeeftijd')
          ? 'leeftijd'
          : undefined;
    if (key) errors[key] = errors[key] ? `${errors[key]} ${problem.message}` : problem.message;
  }
  return errors;
}

export interface ImpactFiltersProps {
  municipalities: Municipality[];
  values: ImpactFilterValues;
  serverErrors: ImpactFieldErrors;
  onSubmit: (values: ImpactFilterValues) => void;
}

export function ImpactFilters({ municipalities, values, serverErrors, onSubmit }: ImpactFiltersProps) {
  const [gemeente, setGemeente] = useState(values.gemeente);
  const [peildatum, setPeildatum] = useState(values.peildatum);
  const [leeftijd, setLeeftijd] = useState(values.leeftijd === undefined ? '' : String(values.leeftijd));
  const [errors, setErrors] = useState<ImpactFieldErrors>({});
  const [attempt, setAttempt] = useState(0);

  const submit = () => {
    const found: ImpactFieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(peildatum)) found.peildatum = m.errors.peildatumInvalid;
    const age = leeftijd.trim();
    if (age && !(/^\d+$/.test(age) && Number(age) >= 18 && Number(age) <= 67))
      found.leeftijd = m.errors.leeftijdInvalid;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.peildatum || found.leeftijd) return;
    onSubmit({ gemeente, peildatum, leeftijd: age ? Number(age) : undefined });
  };

  // Client-side errors of the last submit win; otherwise what the server said about the figures shown.
  const shown = Object.keys(errors).length > 0 ? errors : serverErrors;
  const items: SummaryItem[] = (Object.keys(IMPACT_FIELD_IDS) as (keyof typeof IMPACT_FIELD_IDS)[])
    .filter((key) => shown[key])
    .map((key) => ({ message: shown[key] as string, fieldId: IMPACT_FIELD_IDS[key] }));

  return (
    <Form onSubmit={submit} label={m.filtersLabel} className="regie-rules-form">
      <ErrorSummary items={items} focusKey={attempt + Object.keys(serverErrors).length} />
      <SelectField
        id={IMPACT_FIELD_IDS.municipality}
        label={m.municipality}
        value={gemeente}
        onChange={setGemeente}
        options={municipalities.map((g) => ({ value: g.code, label: g.name }))}
        error={shown.municipality}
      />
      <TextField
        id={IMPACT_FIELD_IDS.peildatum}
        type="date"
        label={m.peildatum}
        description={m.peildatumDescription}
        value={peildatum}
        onChange={setPeildatum}
        error={shown.peildatum}
        required
      />
      <NumberField
        id={IMPACT_FIELD_IDS.leeftijd}
        label={m.leeftijd}
        description={m.leeftijdDescription}
        value={leeftijd}
        onChange={setLeeftijd}
        error={shown.leeftijd}
      />
      <ButtonGroup>
        <Button type="submit" variant="primary">
          {m.submit}
        </Button>
      </ButtonGroup>
    </Form>
  );
}
