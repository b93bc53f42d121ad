// What the case forms share: turning a failed request into Dutch messages next to the fields and in the error
// summary, and the steps of the phase indicator. Pure functions, so they are tested without a browser.
import { ApiError, errorMessage } from '../../api/problem.ts';
import type { SummaryItem } from '../../components/index.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { todayInAmsterdam } from '../rules/householdForm.ts';
import { type CasePhase, casePhases, phaseLabel } from './labels.ts';

export interface FormProblems {
  /** Messages per request field name (e.g. "reason"), shown next to that field. */
  fields: Record<string, string>;
  /** Every message for the summary; those of a known field link to it. */
  items: SummaryItem[];
}

/**
 * Sorts the server's problems: field errors on a field this form shows go next to that field (fieldIds maps the
 * request field to the input id); anything else is shown in the summary as text.
 */
export function problemsFromError(error: unknown, fieldIds: Record<string, string>): FormProblems {
  const fields: Record<string, string> = {};
  const items: SummaryItem[] = [];
  if (error instanceof ApiError && error.fieldErrors.length > 0) {
    for (const problem of error.fieldErrors) {
      const name = problem.path.replace(/^body\./, '');
      const fieldId = fieldIds[name];
      if (fieldId) {
        fields[name] ??= problem.message;
        items.push({ message: problem.message, fieldId });
      } else items.push({ message: problem.message });
    }
  } else items.push({ message: errorMessage(error) });
  return { fields, items };
}

export type StepState = 'done' | 'current' | 'todo';

export interface PhaseStep {
  code: CasePhase;
  label: string;
  state: StepState;
}

/** The seven phases in order, with the ones before the current phase done and the ones after it still to come. */
export function phaseSteps(current: CasePhase): PhaseStep[] {
  const at = casePhases.indexOf(current);
  return casePhases.map((code, index) => ({
    code,
    label: phaseLabel(code),
    state: index < at ? 'done' : index === at ? 'current' : 'todo',
  }));
}

/** A date or a moment as the calendar day (Europe/Amsterdam) it falls on, DD-MM-YYYY. */
export function calendarDay(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCalendarDate(value);
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? value : formatCalendarDate(todayInAmsterdam(moment));
}
