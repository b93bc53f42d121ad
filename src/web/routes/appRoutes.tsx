// The pages inside the signed-in shell. Paths are Dutch; each page checks the roles that may use it.
import { createRoute } from '@tanstack/react-router';
import { AdminTeamsPage } from '../features/admin/AdminTeamsPage.tsx';
import { ApiKeysPage } from '../features/admin/ApiKeysPage.tsx';
import { OrganisationsPage } from '../features/admin/OrganisationsPage.tsx';
import { UsersPage } from '../features/admin/UsersPage.tsx';
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { HouseholdPage } from '../features/households/HouseholdPage.tsx';
import { HouseholdsPage } from '../features/households/HouseholdsPage.tsx';
import { MyOrganisationPage } from '../features/organisation/MyOrganisationPage.tsx';
import { PopulationPage } from '../features/population/PopulationPage.tsx';
import { BijstandsnormPage } from '../features/rules/BijstandsnormPage.tsx';
import { NormImpactPage } from '../features/rules/NormImpactPage.tsx';
import { NotFoundPage } from '../features/shell/NotFoundPage.tsx';
import { StartPage } from '../features/start/StartPage.tsx';
import { TeamsPage } from '../features/teams/TeamsPage.tsx';
import { appRoute } from './authRoutes.ts';
import {
  validateAuditSearch,
  validateBijstandsnormSearch,
  validateHouseholdSearch,
  validateHouseholdsSearch,
  validateListSearch,
  validateNormImpactSearch,
  validatePopulationSearch,
} from './search.ts';

const parent = () => appRoute;

export const startRoute = createRoute({ getParentRoute: parent, path: '/', component: StartPage });

export const householdsRoute = createRoute({
  getParentRoute: parent,
  path: 'huishoudens',
  validateSearch: validateHouseholdsSearch,
  component: HouseholdsPage,
});

export const householdRoute = createRoute({
  getParentRoute: parent,
  path: 'huishoudens/$householdId',
  validateSearch: validateHouseholdSearch,
  component: HouseholdPage,
});

export const teamsRoute = createRoute({
  getParentRoute: parent,
  path: 'teams',
  component: TeamsPage,
});

export const populationRoute = createRoute({
  getParentRoute: parent,
  path: 'cijfers',
  validateSearch: validatePopulationSearch,
  component: PopulationPage,
});

export const rulesCalculatorRoute = createRoute({
  getParentRoute: parent,
  path: 'bijstandsnorm',
  validateSearch: validateBijstandsnormSearch,
  component: BijstandsnormPage,
});

export const rulesImpactRoute = createRoute({
  getParentRoute: parent,
  path: 'kostendelersnorm',
  validateSearch: validateNormImpactSearch,
  component: NormImpactPage,
});

export const auditRoute = createRoute({
  getParentRoute: parent,
  path: 'logboek',
  validateSearch: validateAuditSearch,
  component: AuditPage,
});

export const organisationRoute = createRoute({
  getParentRoute: parent,
  path: 'organisatie',
  component: MyOrganisationPage,
});

export const adminOrganisationsRoute = createRoute({
  getParentRoute: parent,
  path: 'beheer/organisaties',
  validateSearch: validateListSearch,
  component: OrganisationsPage,
});

export const adminUsersRoute = createRoute({
  getParentRoute: parent,
  path: 'beheer/gebruikers',
  validateSearch: validateListSearch,
  component: UsersPage,
});

export const adminTeamsRoute = createRoute({
  getParentRoute: parent,
  path: 'beheer/teams',
  validateSearch: validateListSearch,
  component: AdminTeamsPage,
});

export const adminApiKeysRoute = createRoute({
  getParentRoute: parent,
  path: 'beheer/api-sleutels',
  validateSearch: validateListSearch,
  component: ApiKeysPage,
});

/** Any other path inside the app: a "not found" page within the shell. */
export const notFoundRoute = createRoute({ getParentRoute: parent, path: '$', component: NotFoundPage });
