// The root of the route tree: carries the QueryClient in the router context.
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { ErrorPage } from '../features/shell/ErrorPage.tsx';
import { NotFoundPage } from '../features/shell/NotFoundPage.tsx';
import { PublicLayout } from '../features/shell/PublicLayout.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  errorComponent: ({ error, reset }) => <ErrorPage error={error} reset={reset} />,
  notFoundComponent: () => (
    <PublicLayout>
      <NotFoundPage />
    </PublicLayout>
  ),
});
