// The error state of a settings form: the browser's checks and the server's field errors, each message next to its
// field and in the error summary at the top (linking to the field).
import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/problem.ts';
import type { SummaryItem } from '../../components/index.ts';
import { type FieldErrors, fieldId, placeServerErrors } from './formErrors.ts';

export function useFieldErrors(prefix: string, paths: readonly string[], serverError: ApiError | null) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  const show = (fieldErrors: FieldErrors, messages: string[] = []) => {
    setErrors(fieldErrors);
    setGeneral(messages);
    setAttempt((n) => n + 1);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: place each refusal once, when it arrives
  useEffect(() => {
    if (!serverError) return;
    const placed = placeServerErrors(serverError.fieldErrors, paths);
    show(placed.errors, placed.general);
  }, [serverError]);

  const summary: SummaryItem[] = [
    ...general.map((message) => ({ message })),
    ...paths.flatMap((path) => {
      const message = errors[path];
      return message ? [{ message, fieldId: fieldId(prefix, path) }] : [];
    }),
  ];

  const idOf = (path: string) => fieldId(prefix, path);
  return { errors, summary, attempt, show, idOf };
}
