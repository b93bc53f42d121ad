// The routing rule form as plain data: empty values, a rule loaded for editing, the checks done in the browser
// (the server checks again) and the server's field errors put back on the right field.
import type { FieldProblem } from '../../api/problem.ts';
import type { RoutingRule, RoutingRuleInput, Urgentie } from '../../api/signal-admin.ts';
import { t } from '../../i18n/index.ts';

export interface RuleFormValues {
  naam: string;
  prioriteit: string;
  gebiedCode: string;
  categorie: string;
  urgentie: '' | Urgentie;
  alleenCrisis: boolean;
  teamId: string;
}

export type RuleField = keyof RuleFormValues;
export type RuleFormErrors = Partial<Record<RuleField | 'general', string>>;

export const RULE_FIELDS: readonly RuleField[] = [
  'naam',
  'prioriteit',
  'gebiedCode',
  'categorie',
  'urgentie',
  'alleenCrisis',
  'teamId',
];

/** The server accepts 0..10000; a lower number is tried first. */
export const MAX_PRIORITY = 10000;

/** A new rule goes after the existing ones (a higher number is tried later). */
export function emptyRuleForm(existing: readonly RoutingRule[] = []): RuleFormValues {
  const highest = existing.reduce((max, rule) => Math.max(max, rule.prioriteit), 0);
  const next = Math.min(MAX_PRIORITY, Math.ceil((highest + 1) / 10) * 10);
  return {
    naam: '',
    prioriteit: String(next),
    gebiedCode: '',
    categorie: '',
    urgentie: '',
    alleenCrisis: false,
    teamId: '',
  };
}

export function ruleToForm(rule: RoutingRule): RuleFormValues {
  return {
    naam: rule.naam,
    prioriteit: String(rule.prioriteit),
    gebiedCode: rule.gebiedCode ?? '',
    categorie: rule.categorie ?? '',
    urgentie: rule.urgentie ?? '',
    alleenCrisis: rule.alleenCrisis,
    teamId: rule.teamId,
  };
}

/** Checks the form; without errors it also gives the request body (empty choices mean "any"). */
export function validateRuleForm(
  gemeente: string,
  values: RuleFormValues,
): { errors: RuleFormErrors; input?: RoutingRuleInput } {
  const m = t.signalAdmin.routing.errors;
  const errors: RuleFormErrors = {};
  const naam = values.naam.trim();
  if (!naam) errors.naam = m.naamRequired;
  else if (naam.length > 100) errors.naam = m.naamTooLong;
  const prioriteitText = values.prioriteit.trim();
  const prioriteit = Number(prioriteitText);
  if (!prioriteitText) errors.prioriteit = m.prioriteitRequired;
  else if (!/^\d+$/.test(prioriteitText) || prioriteit > MAX_PRIORITY)
    errors.prioriteit = m.prioriteitInvalid(MAX_PRIORITY);
  if (!values.teamId) errors.teamId = m.teamRequired;
  if (Object.keys(errors).length > 0) return { errors };
  const input: RoutingRuleInput = {
    gemeente,
    naam,
    prioriteit,
    alleenCrisis: values.alleenCrisis,
    teamId: values.teamId,
  };
  if (values.gebiedCode) input.gebiedCode = values.gebiedCode;
  if (values.categorie) input.categorie = values.categorie;
  if (values.urgentie) input.urgentie = values.urgentie;
  return { errors, input };
}

/** Server field errors (paths like "naam" or "regel.teamId" in a preview) on the form's fields. */
export function ruleErrorsFromServer(problems: readonly FieldProblem[]): RuleFormErrors {
  const errors: RuleFormErrors = {};
  for (const problem of problems) {
    const field = problem.path.split('.').pop() as RuleField;
    if (RULE_FIELDS.includes(field)) errors[field] ??= problem.message;
    else errors.general ??= problem.message;
  }
  return errors;
}
