// The signal settings form as plain data: values as typed (strings), the checks the browser does before the server
// checks again, the list of changes the confirm step shows, and "terug naar standaard".

import { SIGNAALPARTNERS, type Signaalpartner } from '../../../shared/ddas.ts';
import type {
  NoMatchPolicy,
  RetentionMonths,
  SignalCategory,
  SignalKind,
  SignalSettings,
  Threshold,
} from '../../api/settings.ts';
import { ARREARS_CATEGORY, DEFAULT_SIGNAL_SETTINGS, LAW_CRISIS_TERM_WORKING_DAYS } from './defaults.ts';
import type { FieldErrors } from './formErrors.ts';
import { parseWhole } from './formErrors.ts';
import { formatPercent, settingsTexts } from './texts.ts';

const m = settingsTexts.signals;

export interface CategoryRow {
  /** React key: the code of a saved category, a counter for a new one. */
  key: string;
  code: string;
  label: string;
  kind: SignalKind;
  crisis: boolean;
  /** Saved before: its code is on signals already and stays as it is. */
  saved: boolean;
  /** The person typed the code; until then it follows the name. */
  codeTouched: boolean;
}

export interface ThresholdValues {
  minAmountEuros: string;
  minSignals: string;
}

export const RETENTION_KEYS = [
  'unmatched',
  'notPickedUp',
  'pickedUp',
  'closedCase',
] as const satisfies readonly (keyof RetentionMonths)[];

export interface SignalFormValues {
  categories: CategoryRow[];
  bundlingWindowDays: string;
  noMatch: NoMatchPolicy;
  /** 0..100 in the form, 0..1 on the wire. */
  autoMatchScore: string;
  reviewMinScore: string;
  thresholds: Record<Signaalpartner, ThresholdValues>;
  offerTermWorkingDays: string;
  crisisTermWorkingDays: string;
  retentionMonths: Record<keyof RetentionMonths, string>;
}

export function signalToForm(settings: SignalSettings): SignalFormValues {
  const thresholds = {} as Record<Signaalpartner, ThresholdValues>;
  for (const partner of SIGNAALPARTNERS) {
    const t = settings.thresholds[partner];
    thresholds[partner] = {
      minAmountEuros: t && t.minAmountEuros > 0 ? String(t.minAmountEuros) : '',
      minSignals: t && t.minSignals > 1 ? String(t.minSignals) : '',
    };
  }
  return {
    categories: settings.categories.map((c) => ({ ...c, key: c.code, saved: true, codeTouched: true })),
    bundlingWindowDays: String(settings.bundlingWindowDays),
    noMatch: settings.noMatch,
    autoMatchScore: formatPercent(settings.autoMatchScore),
    reviewMinScore: formatPercent(settings.reviewMinScore),
    thresholds,
    offerTermWorkingDays: String(settings.offerTermWorkingDays),
    crisisTermWorkingDays: String(settings.crisisTermWorkingDays),
    retentionMonths: {
      unmatched: String(settings.retentionMonths.unmatched),
      notPickedUp: String(settings.retentionMonths.notPickedUp),
      pickedUp: String(settings.retentionMonths.pickedUp),
      closedCase: String(settings.retentionMonths.closedCase),
    },
  };
}

export function newCategoryRow(key: string): CategoryRow {
  return { key, code: '', label: '', kind: 'zorgsignaal', crisis: false, saved: false, codeTouched: false };
}

/** A code suggested from a name: "Schulden bij de gemeente" → "schulden-bij-de-gemeente". */
export function codeFromLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** The paths of every field the form shows, for placing the server's field errors. */
export function signalFieldPaths(values: SignalFormValues): string[] {
  return [
    'categories',
    ...values.categories.flatMap((_, i) => [
      `categories.${i}.label`,
      `categories.${i}.code`,
      `categories.${i}.kind`,
      `categories.${i}.crisis`,
    ]),
    'bundlingWindowDays',
    'noMatch',
    'autoMatchScore',
    'reviewMinScore',
    'thresholds',
    ...SIGNAALPARTNERS.flatMap((p) => [`thresholds.${p}.minAmountEuros`, `thresholds.${p}.minSignals`]),
    'offerTermWorkingDays',
    'crisisTermWorkingDays',
    'retentionMonths',
    ...RETENTION_KEYS.map((k) => `retentionMonths.${k}`),
  ];
}

/** A percentage 0..100 with at most two decimals (comma or point) as a score 0..1; null when not such a number. */
export function parsePercent(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  if (value > 100) return null;
  return Math.round(value * 100) / 10000;
}

function wholeIn(errors: FieldErrors, path: string, text: string, min: number, max: number | null): number {
  const value = parseWhole(text);
  if (!text.trim()) errors[path] = m.errors.required;
  else if (value === null) errors[path] = m.errors.wholeNumber;
  else if (value < min || (max !== null && value > max))
    errors[path] = max === null ? m.errors.atLeast(min) : m.errors.between(min, max);
  return value ?? 0;
}

function categoryErrors(rows: readonly CategoryRow[], errors: FieldErrors): SignalCategory[] {
  if (rows.length === 0) errors.categories = m.errors.noCategories;
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const label = row.label.trim();
    const code = row.code.trim();
    if (!label) errors[`categories.${i}.label`] = m.errors.labelRequired;
    if (!code) errors[`categories.${i}.code`] = m.errors.codeRequired;
    else if (!/^[a-z0-9-]+$/.test(code)) errors[`categories.${i}.code`] = m.errors.codeFormat;
    else if (seen.has(code)) errors[`categories.${i}.code`] = m.errors.codeTwice(code);
    seen.add(code);
    if (code === ARREARS_CATEGORY && row.kind !== 'vroegsignaal')
      errors[`categories.${i}.kind`] = m.errors.arrearsKind;
    return { code, label, kind: row.kind, crisis: row.crisis };
  });
}

/** Checks the form; without errors it also gives the settings to PUT (the server checks them again). */
export function validateSignalForm(values: SignalFormValues): {
  errors: FieldErrors;
  settings?: SignalSettings;
} {
  const errors: FieldErrors = {};
  const categories = categoryErrors(values.categories, errors);
  const bundlingWindowDays = wholeIn(errors, 'bundlingWindowDays', values.bundlingWindowDays, 0, 365);
  const autoMatchScore = parsePercent(values.autoMatchScore);
  if (autoMatchScore === null) errors.autoMatchScore = m.errors.percent;
  const reviewMinScore = parsePercent(values.reviewMinScore);
  if (reviewMinScore === null) errors.reviewMinScore = m.errors.percent;
  else if (autoMatchScore !== null && reviewMinScore > autoMatchScore)
    errors.reviewMinScore = m.errors.reviewAboveAuto;

  const thresholds: Partial<Record<Signaalpartner, Threshold>> = {};
  for (const partner of SIGNAALPARTNERS) {
    const typed = values.thresholds[partner];
    const amountPath = `thresholds.${partner}.minAmountEuros`;
    const signalsPath = `thresholds.${partner}.minSignals`;
    const minAmountEuros = typed.minAmountEuros.trim()
      ? wholeIn(errors, amountPath, typed.minAmountEuros, 0, null)
      : 0;
    const minSignals = typed.minSignals.trim() ? wholeIn(errors, signalsPath, typed.minSignals, 1, null) : 1;
    // A threshold of €0 and one signal rejects nothing: it is the same as none, so it is not stored.
    if (minAmountEuros > 0 || minSignals > 1) thresholds[partner] = { minAmountEuros, minSignals };
  }

  const offerTermWorkingDays = wholeIn(errors, 'offerTermWorkingDays', values.offerTermWorkingDays, 1, 60);
  const crisisTermWorkingDays = wholeIn(errors, 'crisisTermWorkingDays', values.crisisTermWorkingDays, 1, 10);
  if (!errors.crisisTermWorkingDays && crisisTermWorkingDays > LAW_CRISIS_TERM_WORKING_DAYS)
    errors.crisisTermWorkingDays = m.errors.crisisLonger;
  const retentionMonths = {} as RetentionMonths;
  for (const key of RETENTION_KEYS)
    retentionMonths[key] = wholeIn(errors, `retentionMonths.${key}`, values.retentionMonths[key], 1, 1200);

  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    settings: {
      categories,
      bundlingWindowDays,
      noMatch: values.noMatch,
      autoMatchScore: autoMatchScore as number,
      reviewMinScore: reviewMinScore as number,
      thresholds,
      offerTermWorkingDays,
      crisisTermWorkingDays,
      retentionMonths,
    },
  };
}

function activeThreshold(t: Threshold | undefined): Threshold | null {
  if (!t || (t.minAmountEuros <= 0 && t.minSignals <= 1)) return null;
  return t;
}

function thresholdText(t: Threshold | null): string {
  return t ? m.thresholds.value(t.minAmountEuros, t.minSignals) : settingsTexts.none;
}

/** The changes from `before` to `after` in plain Dutch, one line each, for the confirm step. */
export function signalChanges(before: SignalSettings, after: SignalSettings): string[] {
  const lines: string[] = [];
  const change = (what: string, from: string, to: string) => {
    if (from !== to) lines.push(`${what}: ${settingsTexts.from(from, to)}`);
  };
  const c = m.categories;
  const beforeByCode = new Map(before.categories.map((cat) => [cat.code, cat]));
  const afterCodes = new Set(after.categories.map((cat) => cat.code));
  for (const cat of after.categories) {
    const old = beforeByCode.get(cat.code);
    if (!old) {
      lines.push(settingsTexts.added(`${c.summary(cat.label, cat.code)}, ${c.kindShort[cat.kind]}`));
      continue;
    }
    const name = c.summary(old.label, cat.code);
    change(`${name}, naam`, old.label, cat.label);
    change(`${name}, soort`, c.kindShort[old.kind], c.kindShort[cat.kind]);
    change(`${name}, altijd crisis`, old.crisis ? 'ja' : 'nee', cat.crisis ? 'ja' : 'nee');
  }
  for (const old of before.categories)
    if (!afterCodes.has(old.code)) lines.push(settingsTexts.removed(c.summary(old.label, old.code)));

  const v = settingsTexts.values;
  change(m.bundlingWindowDays.short, v.days(before.bundlingWindowDays), v.days(after.bundlingWindowDays));
  change(m.noMatch.short, m.noMatch.options[before.noMatch], m.noMatch.options[after.noMatch]);
  change(m.autoMatchScore.short, v.percent(before.autoMatchScore), v.percent(after.autoMatchScore));
  change(m.reviewMinScore.short, v.percent(before.reviewMinScore), v.percent(after.reviewMinScore));
  for (const partner of SIGNAALPARTNERS) {
    change(
      m.thresholds.short(partner),
      thresholdText(activeThreshold(before.thresholds[partner])),
      thresholdText(activeThreshold(after.thresholds[partner])),
    );
  }
  change(
    m.offerTermWorkingDays.short,
    v.workingDays(before.offerTermWorkingDays),
    v.workingDays(after.offerTermWorkingDays),
  );
  change(
    m.crisisTermWorkingDays.short,
    v.workingDays(before.crisisTermWorkingDays),
    v.workingDays(after.crisisTermWorkingDays),
  );
  for (const key of RETENTION_KEYS)
    change(
      m.retention[key].short,
      v.months(before.retentionMonths[key]),
      v.months(after.retentionMonths[key]),
    );
  return lines;
}

/**
 * "Terug naar standaard": every value back to the standard, the standard categories back as shipped; a category the
 * municipality added itself stays (signals may carry its code, and a routing rule may use it).
 */
export function signalDefaultsFor(current: SignalSettings): SignalSettings {
  const standardCodes = new Set(DEFAULT_SIGNAL_SETTINGS.categories.map((c) => c.code));
  return {
    ...DEFAULT_SIGNAL_SETTINGS,
    categories: [
      ...DEFAULT_SIGNAL_SETTINGS.categories,
      ...current.categories.filter((c) => !standardCodes.has(c.code)),
    ],
  };
}
