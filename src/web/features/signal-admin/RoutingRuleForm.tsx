// Add or change a routing rule: name, priority, area, category, urgency, crisis only and team (choices from
// GET /routing-rules/options). "Probeer uit op vorige maand" shows where last month's signals would have gone;
// "Opslaan" saves the rule.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/problem.ts';
import {
  createRoutingRule,
  previewRoutingRule,
  type RoutingOptions,
  type RoutingPreviewResult,
  type RoutingRule,
  type RoutingRuleInput,
  updateRoutingRule,
} from '../../api/signal-admin.ts';
import {
  Button,
  ButtonGroup,
  CheckboxField,
  ErrorSummary,
  Form,
  NumberField,
  SelectField,
  type SummaryItem,
  TextField,
} from '../../components/index.ts';
import { areaKindLabel, t } from '../../i18n/index.ts';
import { RoutingPreview } from './RoutingPreview.tsx';
import {
  emptyRuleForm,
  RULE_FIELDS,
  type RuleField,
  type RuleFormErrors,
  type RuleFormValues,
  ruleErrorsFromServer,
  ruleToForm,
  validateRuleForm,
} from './routingRuleForm.ts';

const m = t.signalAdmin.routing;
const fieldId = (field: RuleField) => `regel-${field}`;

export interface RoutingRuleFormProps {
  gemeente: string;
  options: RoutingOptions;
  /** The rule being changed; null for a new rule. */
  editing: RoutingRule | null;
  existing: RoutingRule[];
  onSaved: (rule: { naam: string }) => void;
  onCancelEdit: () => void;
}

function failureErrors(error: unknown): RuleFormErrors {
  if (error instanceof ApiError && error.fieldErrors.length > 0)
    return ruleErrorsFromServer(error.fieldErrors);
  return { general: errorMessage(error) };
}

export function RoutingRuleForm({
  gemeente,
  options,
  editing,
  existing,
  onSaved,
  onCancelEdit,
}: RoutingRuleFormProps) {
  const [values, setValues] = useState<RuleFormValues>(() =>
    editing ? ruleToForm(editing) : emptyRuleForm(existing),
  );
  const [errors, setErrors] = useState<RuleFormErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [preview, setPreview] = useState<{ result: RoutingPreviewResult; for: string } | null>(null);

  const set = <K extends RuleField>(field: K, value: RuleFormValues[K]) =>
    setValues((prev) => ({ ...prev, [field]: value }));

  const fail = (error: unknown) => {
    setErrors(failureErrors(error));
    setAttempt((n) => n + 1);
  };

  const tryOut = useMutation({
    mutationFn: (regel: RoutingRuleInput) =>
      previewRoutingRule({ gemeente, regel, ...(editing ? { vervangtRegelId: editing.id } : {}) }),
    onSuccess: (result, regel) => {
      setPreview({ result, for: JSON.stringify(regel) });
      requestAnimationFrame(() => document.getElementById('routering-proef')?.focus());
    },
    onError: fail,
  });

  const save = useMutation({
    mutationFn: (input: RoutingRuleInput) =>
      editing ? updateRoutingRule(editing.id, input) : createRoutingRule(input),
    onSuccess: (_, input) => onSaved({ naam: input.naam }),
    onError: fail,
  });

  const checked = (): RoutingRuleInput | null => {
    const result = validateRuleForm(gemeente, values);
    setErrors(result.errors);
    setAttempt((n) => n + 1);
    return result.input ?? null;
  };

  const busy = tryOut.isPending || save.isPending;
  const current = validateRuleForm(gemeente, values).input;
  const stale = preview !== null && JSON.stringify(current) !== preview.for;

  const items: SummaryItem[] = [];
  if (errors.general) items.push({ message: errors.general });
  for (const field of RULE_FIELDS) {
    const message = errors[field];
    if (message) items.push({ message, fieldId: fieldId(field) });
  }

  return (
    <Form
      label={editing ? m.editTitle(editing.naam) : m.newTitle}
      className="regie-narrow"
      onSubmit={() => {
        if (busy) return;
        const input = checked();
        if (input) save.mutate(input);
      }}
    >
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <TextField
        id={fieldId('naam')}
        label={m.formNaam}
        description={m.formNaamDescription}
        value={values.naam}
        onChange={(v) => set('naam', v)}
        error={errors.naam}
        autoComplete="off"
        required
      />
      <NumberField
        id={fieldId('prioriteit')}
        label={m.formPrioriteit}
        description={m.formPrioriteitDescription}
        value={values.prioriteit}
        onChange={(v) => set('prioriteit', v)}
        error={errors.prioriteit}
        required
      />
      <SelectField
        id={fieldId('gebiedCode')}
        label={m.formGebied}
        value={values.gebiedCode}
        onChange={(v) => set('gebiedCode', v)}
        emptyOption={m.anyArea}
        options={options.gebieden.map((g) => ({
          value: g.code,
          label: `${g.naam} (${areaKindLabel(g.soort).toLowerCase()})`,
        }))}
        error={errors.gebiedCode}
      />
      <SelectField
        id={fieldId('categorie')}
        label={m.formCategorie}
        value={values.categorie}
        onChange={(v) => set('categorie', v)}
        emptyOption={m.anyCategory}
        options={options.categorieen.map((c) => ({ value: c.code, label: c.label }))}
        error={errors.categorie}
      />
      <SelectField
        id={fieldId('urgentie')}
        label={m.formUrgentie}
        value={values.urgentie}
        onChange={(v) => set('urgentie', v === 'normaal' || v === 'hoog' ? v : '')}
        emptyOption={m.anyUrgency}
        options={[
          { value: 'normaal', label: m.urgencies.normaal ?? 'normaal' },
          { value: 'hoog', label: m.urgencies.hoog ?? 'hoog' },
        ]}
        error={errors.urgentie}
      />
      <CheckboxField
        id={fieldId('alleenCrisis')}
        label={m.formAlleenCrisis}
        description={m.formAlleenCrisisDescription}
        checked={values.alleenCrisis}
        onChange={(v) => set('alleenCrisis', v)}
        error={errors.alleenCrisis}
      />
      <SelectField
        id={fieldId('teamId')}
        label={m.formTeam}
        value={values.teamId}
        onChange={(v) => set('teamId', v)}
        emptyOption={m.chooseTeam}
        options={options.teams.map((team) => ({ value: team.id, label: team.naam }))}
        error={errors.teamId}
        required
      />
      <ButtonGroup>
        <Button
          variant="secondary"
          busy={tryOut.isPending}
          onClick={() => {
            if (busy) return;
            const input = checked();
            if (input) tryOut.mutate(input);
          }}
        >
          {tryOut.isPending ? m.tryingOut : m.tryOut}
        </Button>
      </ButtonGroup>
      {preview && <RoutingPreview result={preview.result} stale={stale} />}
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {save.isPending ? m.saving : m.save}
        </Button>
        {editing && (
          <Button variant="secondary" onClick={onCancelEdit}>
            {m.cancelEdit}
          </Button>
        )}
      </ButtonGroup>
    </Form>
  );
}
