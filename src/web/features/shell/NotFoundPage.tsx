// Shown for a path that matches no page.
import { Heading, Paragraph, RouterLink } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { usePageTitle } from './usePageTitle.ts';

export function NotFoundPage() {
  usePageTitle(t.errors.pageNotFoundTitle);
  return (
    <>
      <Heading level={1}>{t.errors.pageNotFoundTitle}</Heading>
      <Paragraph>{t.errors.pageNotFound}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t.errors.toStart}</RouterLink>
      </Paragraph>
    </>
  );
}
