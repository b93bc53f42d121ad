import { useState } from 'react';
import { type FieldErrors, fieldErrorsOf } from './form-errors.ts';

/**
 * What every agreement form keeps around a save: the server's messages at their fields (and listed in the summary),
 * a general message, the confirm step, and the attempt counter that sends focus to the summary after each refusal.
 */
export function useFormProblems(fields: readonly string[]) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [attempt, setAttempt] = useState(0);
  return {
    errors,
    general,
    confirming,
    setConfirming,
    attempt,
    /** The save was refused: each message at its field, the rest in general, back from the confirm step. */
    refused(error: unknown) {
      const result = fieldErrorsOf(error, fields);
      setErrors(result.fields);
      setGeneral(result.general);
      setConfirming(false);
      setAttempt((n) => n + 1);
    },
    /** The save went through: no problems left, the confirm step closed. */
    accepted() {
      setErrors({});
      setGeneral(undefined);
      setConfirming(false);
    },
  };
}
