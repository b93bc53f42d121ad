// What both settings forms share: errors keyed by the server's field path ("terms.wgs_besluit.amount"), the input
// id for such a path, whole-number parsing, and the server's field errors put back on the nearest field.
import type { FieldProblem } from '../../api/problem.ts';

/** Error messages keyed by the field's path in the settings JSON, as the server names it. */
export type FieldErrors = Record<string, string>;

/** The input id of a path: "signalen-thresholds-CAK-Eigen-bijdrage-minSignals" (ids hold no spaces or dots). */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** A whole number written as digits only ("12"), or null for anything else ("", "1,5", "-3", "1e3"). */
export function parseWhole(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  return Number(trimmed);
}

function parentPath(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot === -1 ? '' : path.slice(0, dot);
}

/**
 * Server field errors on the form: each on its own field when the form has it, else on the nearest enclosing group
 * ("categories.3" → "categories"), else as a general message. The first message per field wins.
 */
export function placeServerErrors(
  problems: readonly FieldProblem[],
  knownPaths: readonly string[],
): { errors: FieldErrors; general: string[] } {
  const known = new Set(knownPaths);
  const errors: FieldErrors = {};
  const general: string[] = [];
  for (const problem of problems) {
    let path = problem.path;
    while (path && !known.has(path)) path = parentPath(path);
    if (path) errors[path] ??= problem.message;
    else general.push(problem.message);
  }
  return { errors, general };
}
