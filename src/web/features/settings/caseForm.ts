// The case settings form as plain data: each term (amount, unit, rule) and the board margins as typed, the checks the
// browser does (the same "never longer than the law" rule as the server), and the list of changes for the confirm step.
import type { BoardKey, CaseSettings, CaseTermKey, Term, TermUnit } from '../../api/settings.ts';
import { LAW_CASE_SETTINGS } from './defaults.ts';
import { type FieldErrors, parseWhole } from './formErrors.ts';
import { amountText, settingsTexts } from './texts.ts';

const m = settingsTexts.cases;

export const TERM_KEYS = [
  'wgs_eerste_gesprek',
  'wgs_eerste_gesprek_dreigend',
  'wgs_besluit',
  'wmo_onderzoek',
  'wmo_beschikking',
  'awb_beslistermijn',
] as const satisfies readonly CaseTermKey[];

export const BOARD_KEYS = [
  'riskMarginWorkingDays',
  'evaluationIntervalMonths',
  'transitionWindowMonths',
] as const satisfies readonly BoardKey[];

/** The server's limits of the board margins (CaseSettingsSchema). */
export const BOARD_LIMITS: Record<BoardKey, { min: number; max: number }> = {
  riskMarginWorkingDays: { min: 0, max: 60 },
  evaluationIntervalMonths: { min: 1, max: 36 },
  transitionWindowMonths: { min: 1, max: 36 },
};

export const TERM_UNITS: readonly TermUnit[] = ['werkdagen', 'dagen', 'weken'];

export interface TermValues {
  amount: string;
  unit: TermUnit;
  rule: string;
}

export interface CaseFormValues {
  terms: Record<CaseTermKey, TermValues>;
  board: Record<BoardKey, string>;
}

export function caseToForm(settings: CaseSettings): CaseFormValues {
  const terms = {} as Record<CaseTermKey, TermValues>;
  for (const key of TERM_KEYS) {
    const term = settings.terms[key];
    terms[key] = { amount: String(term.amount), unit: term.unit, rule: term.rule };
  }
  const board = {} as Record<BoardKey, string>;
  for (const key of BOARD_KEYS) board[key] = String(settings.board[key]);
  return { terms, board };
}

export function caseFieldPaths(): string[] {
  return [
    'terms',
    ...TERM_KEYS.flatMap((k) => [`terms.${k}`, `terms.${k}.amount`, `terms.${k}.unit`, `terms.${k}.rule`]),
    'board',
    ...BOARD_KEYS.map((k) => `board.${k}`),
  ];
}

function calendarDays(term: Pick<Term, 'amount' | 'unit'>): number {
  return term.unit === 'weken' ? term.amount * 7 : term.amount;
}

/**
 * The server's rule (case-settings.service.ts exceedsLaw): a term may be shorter than the law's, never longer.
 * N calendar days always end on or before N working days; N working days fit in a calendar-day term only when N is
 * at most 5/7 of it.
 */
export function exceedsLaw(term: Pick<Term, 'amount' | 'unit'>, law: Pick<Term, 'amount' | 'unit'>): boolean {
  if (law.unit === 'werkdagen') return term.amount > law.amount;
  if (term.unit === 'werkdagen') return term.amount > Math.floor((calendarDays(law) * 5) / 7);
  return calendarDays(term) > calendarDays(law);
}

/** "Wettelijke termijn: 4 weken, Wgs art. 4 lid 1". */
export function lawText(key: CaseTermKey): string {
  const law = LAW_CASE_SETTINGS.terms[key];
  return m.law(amountText(law.amount, law.unit), law.rule);
}

/** Checks the form; without errors it also gives the settings to PUT (the server checks them again). */
export function validateCaseForm(values: CaseFormValues): { errors: FieldErrors; settings?: CaseSettings } {
  const errors: FieldErrors = {};
  const terms = {} as CaseSettings['terms'];
  for (const key of TERM_KEYS) {
    const typed = values.terms[key];
    const amount = parseWhole(typed.amount);
    const amountPath = `terms.${key}.amount`;
    if (amount === null) errors[amountPath] = m.errors.amountWhole;
    else if (amount < 1 || amount > 520) errors[amountPath] = m.errors.amountRange;
    else {
      const law = LAW_CASE_SETTINGS.terms[key];
      if (exceedsLaw({ amount, unit: typed.unit }, law))
        errors[amountPath] = m.errors.longerThanLaw(amountText(law.amount, law.unit), law.rule);
    }
    const rule = typed.rule.trim();
    if (!rule) errors[`terms.${key}.rule`] = m.errors.ruleRequired;
    else if (rule.length > 200) errors[`terms.${key}.rule`] = m.errors.ruleTooLong;
    terms[key] = { amount: amount ?? 0, unit: typed.unit, rule };
  }
  const board = {} as CaseSettings['board'];
  for (const key of BOARD_KEYS) {
    const { min, max } = BOARD_LIMITS[key];
    const value = parseWhole(values.board[key]);
    if (value === null) errors[`board.${key}`] = m.errors.wholeNumber;
    else if (value < min || value > max) errors[`board.${key}`] = m.errors.between(min, max);
    board[key] = value ?? 0;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { errors, settings: { terms, board } };
}

function termText(term: Term): string {
  return `${amountText(term.amount, term.unit)} (${term.rule})`;
}

/** The changes from `before` to `after` in plain Dutch, one line each, for the confirm step. */
export function caseChanges(before: CaseSettings, after: CaseSettings): string[] {
  const lines: string[] = [];
  for (const key of TERM_KEYS) {
    const from = termText(before.terms[key]);
    const to = termText(after.terms[key]);
    if (from !== to) lines.push(`${m.terms[key].short}: ${settingsTexts.from(from, to)}`);
  }
  for (const key of BOARD_KEYS) {
    const from = m.boardUnits[key](before.board[key]);
    const to = m.boardUnits[key](after.board[key]);
    if (from !== to) lines.push(`${m.board[key].short}: ${settingsTexts.from(from, to)}`);
  }
  return lines;
}
