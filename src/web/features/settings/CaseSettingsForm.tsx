// The form of the section "Termijnen en signalenbord": each term with the law's value next to it (a municipality
// may shorten a term, never lengthen it), and when a case comes on the signalenbord.
import { useState } from 'react';
import type { CaseSettings, CaseTermKey, TermUnit } from '../../api/settings.ts';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Fieldset,
  Form,
  NumberField,
  Paragraph,
  SelectField,
  TextField,
} from '../../components/index.ts';
import {
  BOARD_KEYS,
  type CaseFormValues,
  caseFieldPaths,
  caseToForm,
  lawText,
  TERM_KEYS,
  TERM_UNITS,
  type TermValues,
  validateCaseForm,
} from './caseForm.ts';
import type { SettingsFormProps } from './SettingsSection.tsx';
import { settingsTexts } from './texts.ts';
import { useFieldErrors } from './useFieldErrors.ts';

const m = settingsTexts.cases;
export const CASE_FORM_PREFIX = 'termijnen';
const PATHS = caseFieldPaths();

function isUnit(value: string): value is TermUnit {
  return (TERM_UNITS as readonly string[]).includes(value);
}

export function CaseSettingsForm({
  saved,
  onReview,
  onReset,
  onEdit,
  serverError,
}: SettingsFormProps<CaseSettings>) {
  const [values, setValues] = useState<CaseFormValues>(() => caseToForm(saved));
  const { errors, summary, attempt, show, idOf } = useFieldErrors(CASE_FORM_PREFIX, PATHS, serverError);

  const setTerm = (key: CaseTermKey, patch: Partial<TermValues>) => {
    setValues((prev) => ({ ...prev, terms: { ...prev.terms, [key]: { ...prev.terms[key], ...patch } } }));
    onEdit();
  };

  return (
    <Form
      label={m.title}
      onSubmit={() => {
        const result = validateCaseForm(values);
        show(result.errors);
        if (result.settings) onReview(result.settings);
      }}
    >
      <ErrorSummary items={summary} focusKey={attempt} headingLevel={3} />
      <Fieldset id={idOf('terms')} legend={m.termsLegend} className="regie-settings-terms">
        {TERM_KEYS.map((key) => (
          <Fieldset
            key={key}
            id={idOf(`terms.${key}`)}
            legend={m.terms[key].label}
            description={m.terms[key].description}
            className="regie-settings-term"
          >
            <Paragraph className="regie-settings-law">{lawText(key)}</Paragraph>
            <div className="regie-form-row">
              <NumberField
                id={idOf(`terms.${key}.amount`)}
                label={m.amount}
                value={values.terms[key].amount}
                onChange={(amount) => setTerm(key, { amount })}
                error={errors[`terms.${key}.amount`]}
                required
              />
              <SelectField
                id={idOf(`terms.${key}.unit`)}
                label={m.unit}
                value={values.terms[key].unit}
                options={TERM_UNITS.map((unit) => ({ value: unit, label: m.units[unit] }))}
                onChange={(unit) => isUnit(unit) && setTerm(key, { unit })}
                error={errors[`terms.${key}.unit`]}
              />
            </div>
            <TextField
              id={idOf(`terms.${key}.rule`)}
              label={m.rule}
              value={values.terms[key].rule}
              onChange={(rule) => setTerm(key, { rule })}
              error={errors[`terms.${key}.rule`]}
              autoComplete="off"
              required
            />
          </Fieldset>
        ))}
      </Fieldset>
      <div className="regie-narrow">
        <Fieldset id={idOf('board')} legend={m.boardLegend}>
          {BOARD_KEYS.map((key) => (
            <NumberField
              key={key}
              id={idOf(`board.${key}`)}
              label={m.board[key].label}
              description={m.board[key].description}
              value={values.board[key]}
              onChange={(v) => {
                setValues((prev) => ({ ...prev, board: { ...prev.board, [key]: v } }));
                onEdit();
              }}
              error={errors[`board.${key}`]}
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
