// The BSN field's check in the browser: the same 11-proof as the server (shared/bsn.ts), with a Dutch message
// that says what is wrong, so the FG fixes a typo before anything is looked up (and logged).
import { isValidBsn } from '../../../../shared/bsn.ts';
import { inzageTexts } from './texts.ts';

/** Spaces and dots people type between the digits are ignored: "9999 90 019" is fine. */
export function normaliseBsn(value: string): string {
  return value.replace(/[\s.]/g, '');
}

/** The field error for a typed BSN, or null when it may be looked up. */
export function bsnError(value: string): string | null {
  const bsn = normaliseBsn(value);
  if (bsn === '') return inzageTexts.form.bsnRequired;
  if (!/^\d{9}$/.test(bsn)) return inzageTexts.form.bsnNineDigits;
  if (!isValidBsn(bsn)) return inzageTexts.form.bsnElfproef;
  return null;
}
