// Shows a page only to roles that may use it; others get a clear Dutch "no access" message.
import type { ReactNode } from 'react';
import { Heading, Paragraph, RouterLink } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { canUse, type PageKey } from './access.ts';
import { usePageTitle } from './usePageTitle.ts';

export function RoleGate({ page, children }: { page: PageKey; children: ReactNode }) {
  const { user } = useSession();
  if (canUse(user.roles, page)) return <>{children}</>;
  return <NoAccess />;
}

function NoAccess() {
  usePageTitle(t.errors.noAccessTitle);
  return (
    <>
      <Heading level={1}>{t.errors.noAccessTitle}</Heading>
      <Paragraph>{t.errors.noAccess}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t.errors.toStart}</RouterLink>
      </Paragraph>
    </>
  );
}
