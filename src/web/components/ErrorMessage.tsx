// Shows a failed request's Dutch message (the problem+json `detail`), with an optional retry.
import { errorMessage } from '../api/problem.ts';
import { t } from '../i18n/index.ts';
import { Alert } from './Alert.tsx';
import { Button } from './Button.tsx';
import { Paragraph } from './Paragraph.tsx';

export interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  return (
    <Alert type="error">
      <Paragraph>{errorMessage(error)}</Paragraph>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t.errors.retry}
        </Button>
      )}
    </Alert>
  );
}
