// Routes for signing in (public) and the signed-in layout that guards every other page.
import { createRoute, redirect } from '@tanstack/react-router';
import { sessionQuery } from '../api/auth.ts';
import { safeReturnPath } from '../features/auth/redirect.ts';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { validateSignInSearch } from '../features/auth/signInSearch.ts';
import { AppShell } from '../features/shell/AppShell.tsx';
import { NotFoundPage } from '../features/shell/NotFoundPage.tsx';
import { rootRoute } from './rootRoute.tsx';

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inloggen',
  validateSearch: validateSignInSearch,
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session) throw redirect({ href: safeReturnPath(search.terug), replace: true });
  },
  component: SignInPage,
});

/** Pathless layout: every page below it needs a session; without one the user goes to the sign-in page. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) {
      const terug = location.href === '/' ? undefined : location.href;
      throw redirect({ to: '/inloggen', search: terug ? { terug } : {}, replace: true });
    }
    return { session };
  },
  component: AppShell,
  notFoundComponent: NotFoundPage,
});
