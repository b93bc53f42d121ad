// Turns a failed save into messages next to the fields (when the server names one) and general messages.
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../api/problem.ts';
import type { SummaryItem } from '../../../components/index.ts';
import { type Errors, fieldOf } from './deadlineForms.ts';

export function useFormErrors<F extends string>(fields: readonly F[], idOf: (field: F) => string) {
  const [errors, setErrors] = useState<Errors<F>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  const show = (fieldErrors: Errors<F>, messages: string[] = []) => {
    setErrors(fieldErrors);
    setGeneral(messages);
    setAttempt((n) => n + 1);
  };

  const fromError = (error: unknown) => {
    const found: Errors<F> = {};
    const rest: string[] = [];
    if (error instanceof ApiError && error.fieldErrors.length > 0) {
      for (const problem of error.fieldErrors) {
        const field = fieldOf(problem.path, fields);
        if (field) found[field] = problem.message;
        else rest.push(problem.message);
      }
    } else rest.push(errorMessage(error));
    show(found, rest);
  };

  const summary: SummaryItem[] = [
    ...fields.flatMap((field) => {
      const message = errors[field];
      return message ? [{ message, fieldId: idOf(field) }] : [];
    }),
    ...general.map((message) => ({ message })),
  ];

  return { errors, summary, attempt, show, fromError };
}
