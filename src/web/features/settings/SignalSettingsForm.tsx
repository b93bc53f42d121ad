// The form of the section "Signalen": categories, bundling, matching scores, thresholds, the terms to pick a signal
// up (with the law next to them) and how long signals are kept. Checks in the browser first; the section asks to
// confirm the changes before it saves.
import { useState } from 'react';
import type { SignalSettings } from '../../api/settings.ts';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Fieldset,
  Form,
  NumberField,
  RadioGroup,
} from '../../components/index.ts';
import { CategoriesEditor } from './CategoriesEditor.tsx';
import type { SettingsFormProps } from './SettingsSection.tsx';
import {
  RETENTION_KEYS,
  type SignalFormValues,
  signalFieldPaths,
  signalToForm,
  validateSignalForm,
} from './signalForm.ts';
import { ThresholdsFields } from './ThresholdsFields.tsx';
import { settingsTexts } from './texts.ts';
import { useFieldErrors } from './useFieldErrors.ts';

const m = settingsTexts.signals;
export const SIGNAL_FORM_PREFIX = 'signalen';

export function SignalSettingsForm({
  saved,
  onReview,
  onReset,
  onEdit,
  serverError,
  rulesByCategory,
}: SettingsFormProps<SignalSettings> & { rulesByCategory: ReadonlyMap<string, string[]> }) {
  const [values, setValues] = useState<SignalFormValues>(() => signalToForm(saved));
  const { errors, summary, attempt, show, idOf } = useFieldErrors(
    SIGNAL_FORM_PREFIX,
    signalFieldPaths(values),
    serverError,
  );

  const set = <K extends keyof SignalFormValues>(field: K, value: SignalFormValues[K]) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    onEdit();
  };

  return (
    <Form
      label={m.title}
      onSubmit={() => {
        const result = validateSignalForm(values);
        show(result.errors);
        if (result.settings) onReview(result.settings);
      }}
    >
      <ErrorSummary items={summary} focusKey={attempt} headingLevel={3} />
      <CategoriesEditor
        rows={values.categories}
        onChange={(rows) => set('categories', rows)}
        errors={errors}
        idOf={idOf}
        rulesByCategory={rulesByCategory}
      />
      <div className="regie-narrow">
        <NumberField
          id={idOf('bundlingWindowDays')}
          label={m.bundlingWindowDays.label}
          description={m.bundlingWindowDays.description}
          value={values.bundlingWindowDays}
          onChange={(v) => set('bundlingWindowDays', v)}
          error={errors.bundlingWindowDays}
          required
        />
        <RadioGroup
          id={idOf('noMatch')}
          legend={m.noMatch.legend}
          description={m.noMatch.description}
          value={values.noMatch}
          options={(['geen_inwoner', 'wachten'] as const).map((value) => ({
            value,
            label: m.noMatch.options[value],
          }))}
          onChange={(v) => set('noMatch', v === 'wachten' ? 'wachten' : 'geen_inwoner')}
          error={errors.noMatch}
        />
        <NumberField
          id={idOf('autoMatchScore')}
          label={m.autoMatchScore.label}
          description={m.autoMatchScore.description}
          value={values.autoMatchScore}
          onChange={(v) => set('autoMatchScore', v)}
          error={errors.autoMatchScore}
          required
        />
        <NumberField
          id={idOf('reviewMinScore')}
          label={m.reviewMinScore.label}
          description={m.reviewMinScore.description}
          value={values.reviewMinScore}
          onChange={(v) => set('reviewMinScore', v)}
          error={errors.reviewMinScore}
          required
        />
      </div>
      <ThresholdsFields
        values={values.thresholds}
        onChange={(partner, threshold) => set('thresholds', { ...values.thresholds, [partner]: threshold })}
        errors={errors}
        idOf={idOf}
      />
      <div className="regie-narrow">
        <NumberField
          id={idOf('offerTermWorkingDays')}
          label={m.offerTermWorkingDays.label}
          description={`${m.offerTermLaw} ${m.offerTermWorkingDays.description}`}
          value={values.offerTermWorkingDays}
          onChange={(v) => set('offerTermWorkingDays', v)}
          error={errors.offerTermWorkingDays}
          required
        />
        <NumberField
          id={idOf('crisisTermWorkingDays')}
          label={m.crisisTermWorkingDays.label}
          description={`${m.crisisTermLaw}. ${m.crisisTermWorkingDays.description}`}
          value={values.crisisTermWorkingDays}
          onChange={(v) => set('crisisTermWorkingDays', v)}
          error={errors.crisisTermWorkingDays}
          required
        />
        <Fieldset
          id={idOf('retentionMonths')}
          legend={m.retention.legend}
          description={m.retention.description}
        >
          {RETENTION_KEYS.map((key) => (
            <NumberField
              key={key}
              id={idOf(`retentionMonths.${key}`)}
              label={m.retention[key].label}
              description={m.retention[key].description}
              value={values.retentionMonths[key]}
              onChange={(v) => set('retentionMonths', { ...values.retentionMonths, [key]: v })}
              error={errors[`retentionMonths.${key}`]}
              required
            />
          ))}
        </Fieldset>
      </div>
      <ButtonGroup>
        <Button type="submit" variant="primary" id={idOf('bekijken')}>
          {settingsTexts.save}
        </Button>
        <Button variant="secondary" onClick={onReset}>
          {settingsTexts.reset}
        </Button>
      </ButtonGroup>
    </Form>
  );
}
