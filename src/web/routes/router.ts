// The router: route tree, QueryClient in context, and the type registration for typed links.
import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { Loading } from '../components/index.ts';
import {
  accessReviewRoute,
  adminApiKeysRoute,
  adminOrganisationsRoute,
  adminTeamsRoute,
  adminUsersRoute,
  agreementRoute,
  agreementsRoute,
  auditRoute,
  boardRoute,
  breakGlassRoute,
  caseloadRoute,
  caseRoute,
  casesRoute,
  costsRoute,
  householdRoute,
  householdsRoute,
  indicatorsRoute,
  inzageRoute,
  mySignalsRoute,
  notFoundRoute,
  notificationsRoute,
  organisationRoute,
  oversightRoute,
  planPrintRoute,
  populationRoute,
  privacyRegisterRoute,
  retentionRoute,
  routingRulesRoute,
  rulesCalculatorRoute,
  rulesImpactRoute,
  settingsRoute,
  signalFormRoute,
  signalImportRoute,
  signalReviewRoute,
  signalRoute,
  startRoute,
  teamsRoute,
  worklistRoute,
} from './appRoutes.tsx';
import { appRoute, signInRoute } from './authRoutes.ts';
import { rootRoute } from './rootRoute.tsx';

const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    startRoute,
    householdsRoute,
    householdRoute,
    teamsRoute,
    signalFormRoute,
    worklistRoute,
    signalRoute,
    mySignalsRoute,
    signalReviewRoute,
    signalImportRoute,
    routingRulesRoute,
    settingsRoute,
    populationRoute,
    indicatorsRoute,
    costsRoute,
    oversightRoute,
    agreementsRoute,
    agreementRoute,
    rulesCalculatorRoute,
    rulesImpactRoute,
    auditRoute,
    organisationRoute,
    adminOrganisationsRoute,
    adminUsersRoute,
    adminTeamsRoute,
    adminApiKeysRoute,
    casesRoute,
    caseRoute,
    caseloadRoute,
    planPrintRoute,
    boardRoute,
    breakGlassRoute,
    accessReviewRoute,
    notificationsRoute,
    privacyRegisterRoute,
    inzageRoute,
    retentionRoute,
    notFoundRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: false,
    defaultPendingComponent: Loading,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
