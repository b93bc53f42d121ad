// The worklist filters: which signals (new, open, all), category, wijk, age, minimum amount, crisis only and the
// sort order. Applied with one button, so the URL (and the list) changes once, not on every key press.
import { useState } from 'react';
import {
  Button,
  ButtonGroup,
  CheckboxField,
  ErrorSummary,
  Form,
  NumberField,
  RadioGroup,
  SelectField,
  type SelectFieldOption,
  type SummaryItem,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { parseEuros } from './signalForm.ts';
import { DEFAULT_STATUS, type WorklistSearch } from './worklistSearch.ts';

const w = t.signals.worklist;

export const FILTER_IDS = {
  status: 'werklijst-status',
  categorie: 'werklijst-categorie',
  wijk: 'werklijst-wijk',
  ouderDanDagen: 'werklijst-ouder-dan',
  minBedrag: 'werklijst-bedrag',
  crisis: 'werklijst-crisis',
  sort: 'werklijst-sortering',
} as const;

export type WorklistFilterValues = Omit<WorklistSearch, 'team' | 'page'>;

export interface WorklistFiltersProps {
  initial: WorklistFilterValues;
  categoryOptions: SelectFieldOption[];
  wijkOptions: SelectFieldOption[];
  onApply: (values: WorklistFilterValues) => void;
}

export function WorklistFilters({ initial, categoryOptions, wijkOptions, onApply }: WorklistFiltersProps) {
  const [status, setStatus] = useState<string>(initial.status ?? DEFAULT_STATUS);
  const [categorie, setCategorie] = useState(initial.categorie ?? '');
  const [wijk, setWijk] = useState(initial.wijk ?? '');
  const [ouderDanDagen, setOuderDanDagen] = useState(initial.ouderDanDagen?.toString() ?? '');
  const [minBedrag, setMinBedrag] = useState(initial.minBedrag?.toString() ?? '');
  const [crisis, setCrisis] = useState(initial.crisis ?? false);
  const [sort, setSort] = useState<string>(initial.sort ?? 'deadline');
  const [errors, setErrors] = useState<{ ouderDanDagen?: string; minBedrag?: string }>({});
  const [attempt, setAttempt] = useState(0);

  const submit = () => {
    const found: typeof errors = {};
    const days = ouderDanDagen.trim();
    if (days && (!/^\d{1,4}$/.test(days) || Number(days) > 3650))
      found.ouderDanDagen = w.errors.olderThanInvalid;
    const amount = minBedrag.trim() ? parseEuros(minBedrag) : null;
    if (minBedrag.trim() && amount === null) found.minBedrag = w.errors.minAmountInvalid;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    onApply({
      status: status === 'open' || status === 'alle' ? status : undefined,
      categorie: categorie || undefined,
      wijk: wijk || undefined,
      ouderDanDagen: days && Number(days) > 0 ? Number(days) : undefined,
      minBedrag: amount ? amount : undefined,
      crisis: crisis || undefined,
      sort: sort === 'ontvangen' ? 'ontvangen' : undefined,
    });
  };

  const summary: SummaryItem[] = [];
  if (errors.ouderDanDagen)
    summary.push({ message: errors.ouderDanDagen, fieldId: FILTER_IDS.ouderDanDagen });
  if (errors.minBedrag) summary.push({ message: errors.minBedrag, fieldId: FILTER_IDS.minBedrag });

  return (
    <Form onSubmit={submit} label={w.filters} className="regie-signal-filters">
      <ErrorSummary items={summary} focusKey={attempt} headingLevel={3} />
      <RadioGroup
        id={FILTER_IDS.status}
        legend={w.statusFilter}
        value={status}
        onChange={setStatus}
        options={(['nieuw', 'open', 'alle'] as const).map((value) => ({ value, label: w.statuses[value] }))}
      />
      <div className="regie-form-row">
        {categoryOptions.length > 0 && (
          <SelectField
            id={FILTER_IDS.categorie}
            label={w.category}
            value={categorie}
            onChange={setCategorie}
            options={categoryOptions}
            emptyOption={w.allCategories}
          />
        )}
        {wijkOptions.length > 1 && (
          <SelectField
            id={FILTER_IDS.wijk}
            label={w.wijk}
            value={wijk}
            onChange={setWijk}
            options={wijkOptions}
            emptyOption={w.allWijken}
          />
        )}
      </div>
      <div className="regie-form-row">
        <NumberField
          id={FILTER_IDS.ouderDanDagen}
          label={w.olderThan}
          value={ouderDanDagen}
          onChange={setOuderDanDagen}
          error={errors.ouderDanDagen}
        />
        <NumberField
          id={FILTER_IDS.minBedrag}
          label={w.minAmount}
          value={minBedrag}
          onChange={setMinBedrag}
          error={errors.minBedrag}
        />
        <SelectField
          id={FILTER_IDS.sort}
          label={w.sort}
          value={sort}
          onChange={setSort}
          options={(['deadline', 'ontvangen'] as const).map((value) => ({ value, label: w.sorts[value] }))}
        />
      </div>
      <CheckboxField id={FILTER_IDS.crisis} label={w.crisisOnly} checked={crisis} onChange={setCrisis} />
      <ButtonGroup>
        <Button type="submit" variant="primary">
          {w.apply}
        </Button>
      </ButtonGroup>
    </Form>
  );
}
