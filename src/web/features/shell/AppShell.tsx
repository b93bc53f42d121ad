// The signed-in shell: skip link, header with user menu, navigation per role, main content, footer.
import { useQuery } from '@tanstack/react-query';
import { Outlet, useRouter } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { sessionQuery } from '../../api/auth.ts';
import { Navigation, Page, PageHeader, PageMain, SkipLink } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { safeReturnPath } from '../auth/redirect.ts';
import { SessionProvider } from '../auth/SessionContext.tsx';
import { Brand } from './Brand.tsx';
import { Footer } from './Footer.tsx';
import { navigationFor } from './navigation.ts';
import { MAIN_ID } from './PublicLayout.tsx';
import { UserMenu } from './UserMenu.tsx';
import { useFocusOnNavigation } from './useFocusOnNavigation.ts';
import { useSignOut } from './useSignOut.ts';

export function AppShell() {
  const session = useQuery(sessionQuery).data;
  const signOut = useSignOut();
  const router = useRouter();
  const mainRef = useRef<HTMLElement>(null);
  const redirected = useRef(false);
  useFocusOnNavigation(mainRef);

  // The session ended while the user was here (expired, or signed out in another tab): go to the sign-in
  // page once, with a Dutch explanation and the way back to this page.
  const signingOut = signOut.isPending || signOut.isSuccess || signOut.isError;
  useEffect(() => {
    if (session !== null || signingOut || redirected.current) return;
    redirected.current = true;
    const here = safeReturnPath(router.state.location.href);
    void router.navigate({
      to: '/inloggen',
      search: here === '/' ? { melding: 'verlopen' } : { melding: 'verlopen', terug: here },
      replace: true,
    });
  }, [session, signingOut, router]);

  if (!session) return null;
  return (
    <SessionProvider session={session}>
      <Page>
        <SkipLink target={MAIN_ID}>{t.app.skipLink}</SkipLink>
        <PageHeader>
          <Brand />
          <UserMenu user={session.user} onSignOut={() => signOut.mutate()} signingOut={signOut.isPending} />
        </PageHeader>
        <Navigation label={t.nav.label} items={navigationFor(session.user.roles)} />
        <PageMain id={MAIN_ID} ref={mainRef}>
          <Outlet />
        </PageMain>
        <Footer />
      </Page>
    </SessionProvider>
  );
}
