// The page footer, the same on every page.
import { ExternalLink, PageFooter, Paragraph } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

export function Footer() {
  return (
    <PageFooter>
      <Paragraph>{t.app.footer}</Paragraph>
      <Paragraph>
        <ExternalLink href="/api/v1/openapi.json">{t.app.apiDocs}</ExternalLink>
      </Paragraph>
    </PageFooter>
  );
}
