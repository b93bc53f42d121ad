// Field errors and the error summary of one form: client checks and server problems end up in the same place.
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../api/problem.ts';
import type { SummaryItem } from '../../../components/index.ts';
import { type Errors, errorsFromServer } from './consentForms.ts';

export function useFormErrors(fields: readonly string[], prefix: string) {
  const [errors, setErrors] = useState<Errors>({});
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);

  const show = (found: Errors, rest: string[] = []) => {
    setErrors(found);
    setItems([
      ...Object.entries(found).map(([fieldId, message]) => ({ fieldId, message })),
      ...rest.map((message) => ({ message })),
    ]);
    setAttempt((n) => n + 1);
  };

  /** Shows a failed request: field problems next to their field, anything else in the summary. */
  const showError = (error: unknown) => {
    if (error instanceof ApiError && error.fieldErrors.length > 0) {
      const { fields: found, rest } = errorsFromServer(error.fieldErrors, fields, prefix);
      show(found, rest);
    } else show({}, [errorMessage(error)]);
  };

  return { errors, items, attempt, show, showError };
}
