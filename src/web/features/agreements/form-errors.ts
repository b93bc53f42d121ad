// Field errors of the agreement forms: the server's messages per field (its paths: title, parties, schedule.bod,
// breakdown.code), shown at the field and listed in an error summary that links to it.
import { ApiError, errorMessage } from '../../api/problem.ts';
import type { SummaryItem } from '../../components/index.ts';

export type FieldErrors = Record<string, string>;

/**
 * The server's field errors keyed by the form's field names: a path is matched on its longest known prefix
 * (`schedule.bod` when the form has that field, else `schedule`), so an error always lands at a field.
 */
export function fieldErrorsOf(
  error: unknown,
  fields: readonly string[],
): { fields: FieldErrors; general?: string } {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0)
    return { fields: {}, general: errorMessage(error) };
  const out: FieldErrors = {};
  let general: string | undefined;
  for (const { path, message } of error.fieldErrors) {
    const parts = path.split('.');
    let field: string | undefined;
    for (let n = parts.length; n > 0 && !field; n--) {
      const candidate = parts.slice(0, n).join('.');
      if (fields.includes(candidate)) field = candidate;
    }
    if (field) out[field] ??= message;
    else general ??= message;
  }
  return { fields: out, general };
}

/** The summary items of the errors, in the order of the form's fields, each linked to its input. */
export function summaryOf(errors: FieldErrors, fieldIds: Record<string, string>): SummaryItem[] {
  return Object.keys(fieldIds)
    .filter((f) => errors[f])
    .map((f) => ({ message: errors[f] as string, fieldId: fieldIds[f] }));
}

/** A number typed the Dutch way ("5,5", "1.000") or the English way ("5.5"); null when it is not one. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!t) return null;
  const normal = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)
    ? t.replace(/\./g, '').replace(',', '.')
    : t.replace(',', '.');
  const n = Number(normal);
  return Number.isFinite(n) && /^-?\d+(\.\d+)?$/.test(normal) ? n : null;
}
