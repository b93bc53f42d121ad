// What went wrong on submit, above an agreement form: the summary of the field errors (each linked to its field)
// and a message that belongs to no field (a conflict, a lost connection).
import { Alert, ErrorSummary, Paragraph } from '../../components/index.ts';
import { type FieldErrors, summaryOf } from './form-errors.ts';

export function FormProblems({
  errors,
  ids,
  attempt,
  general,
}: {
  errors: FieldErrors;
  ids: Record<string, string>;
  attempt: number;
  general: string | undefined;
}) {
  return (
    <>
      <ErrorSummary items={summaryOf(errors, ids)} focusKey={attempt} headingLevel={3} />
      {general && (
        <Alert type="error">
          <Paragraph>{general}</Paragraph>
        </Alert>
      )}
    </>
  );
}
