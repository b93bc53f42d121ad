// Checks of the two forms on the page, before anything is sent (the server checks the same).
import { retentionTexts as m } from './texts.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type MonthsCheck = { months: number; error?: undefined } | { months?: undefined; error: string };

/** The term as typed: a whole number of months from 1 to 1200. */
export function checkMonths(value: string): MonthsCheck {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return { error: 'Vul een heel aantal maanden in, bijvoorbeeld 24' };
  const months = Number(text);
  if (months < 1) return { error: 'De termijn is minstens 1 maand' };
  if (months > 1200) return { error: 'De termijn is hoogstens 1200 maanden (100 jaar)' };
  return { months };
}

export type HoldForm = { target: 'case' | 'household'; id: string; reason: string };
export type HoldErrors = Partial<Record<'id' | 'reason', string>>;

export function checkHold(form: HoldForm): {
  errors: HoldErrors;
  input?: { caseId?: string; householdId?: string; reason: string };
} {
  const errors: HoldErrors = {};
  const id = form.id.trim().toLowerCase();
  const reason = form.reason.trim();
  if (!UUID.test(id)) errors.id = m.holds.errors.id;
  if (reason.length < 10) errors.reason = m.holds.errors.reason;
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    input: form.target === 'case' ? { caseId: id, reason } : { householdId: id, reason },
  };
}

export function checkLiftReason(value: string): string | undefined {
  return value.trim().length < 10 ? m.holds.errors.reason : undefined;
}
