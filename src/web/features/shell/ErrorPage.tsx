// Shown when a page could not be loaded at all (e.g. the server is down while checking the session).
import { ErrorMessage, Heading } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { PublicLayout } from './PublicLayout.tsx';
import { usePageTitle } from './usePageTitle.ts';

export function ErrorPage({ error, reset }: { error: unknown; reset?: () => void }) {
  usePageTitle(t.errors.appErrorTitle);
  return (
    <PublicLayout>
      <Heading level={1}>{t.errors.appErrorTitle}</Heading>
      <ErrorMessage error={error} onRetry={reset ?? (() => window.location.reload())} />
    </PublicLayout>
  );
}
