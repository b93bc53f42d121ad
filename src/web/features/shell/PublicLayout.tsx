// Layout for pages seen before signing in: skip link, header, main and footer (no navigation).
import type { ReactNode } from 'react';
import { Page, PageHeader, PageMain, SkipLink } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { Brand } from './Brand.tsx';
import { Footer } from './Footer.tsx';

export const MAIN_ID = 'inhoud';

export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <Page>
      <SkipLink target={MAIN_ID}>{t.app.skipLink}</SkipLink>
      <PageHeader>
        <Brand />
      </PageHeader>
      <PageMain id={MAIN_ID}>{children}</PageMain>
      <Footer />
    </Page>
  );
}
