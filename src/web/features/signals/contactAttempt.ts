// The contact-attempt form as plain data: the Dutch checks and the API body (DDAS contactpoging).
import { CONTACTSOORTEN, type Contactsoort, DAGDELEN, type Dagdeel } from '../../../shared/ddas.ts';
import type { ContactpogingInvoer } from '../../api/signals.ts';
import { t } from '../../i18n/index.ts';
import { isDate } from './signalForm.ts';

const a = t.signals.attempt;

export const ATTEMPT_IDS = {
  soort: 'contactpoging-soort',
  bereikt: 'contactpoging-bereikt',
  datum: 'contactpoging-datum',
  dagdeel: 'contactpoging-dagdeel',
} as const;

export type AttemptField = keyof typeof ATTEMPT_IDS;
export type AttemptErrors = Partial<Record<AttemptField, string>>;

export interface AttemptValues {
  soort: string;
  bereikt: '' | 'ja' | 'nee';
  datum: string;
  dagdeel: string;
}

export function validateAttempt(values: AttemptValues, today: string): AttemptErrors {
  const errors: AttemptErrors = {};
  if (!(CONTACTSOORTEN as readonly string[]).includes(values.soort)) errors.soort = a.errors.kindRequired;
  if (!values.bereikt) errors.bereikt = a.errors.reachedRequired;
  if (!values.datum.trim()) errors.datum = a.errors.dateRequired;
  else if (!isDate(values.datum.trim())) errors.datum = a.errors.dateInvalid;
  else if (values.datum.trim() > today) errors.datum = a.errors.dateFuture;
  return errors;
}

export function toAttemptInput(values: AttemptValues): ContactpogingInvoer {
  return {
    soort: values.soort as Contactsoort,
    bereikt: values.bereikt === 'ja',
    datum: values.datum.trim(),
    ...((DAGDELEN as readonly string[]).includes(values.dagdeel)
      ? { dagdeel: values.dagdeel as Dagdeel }
      : {}),
  };
}
