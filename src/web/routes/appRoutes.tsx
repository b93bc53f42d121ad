// The pages inside the signed-in shell. Paths are Dutch; each page checks the roles that may use it.
import { createRoute } from '@tanstack/react-router';
import { AdminTeamsPage } from '../features/admin/AdminTeamsPage.tsx';
import { ApiKeysPage } from '../features/admin/ApiKeysPage.tsx';
import { OrganisationsPage } from '../features/admin/OrganisationsPage.tsx';
import { UsersPage } from '../features/admin/UsersPage.tsx';
import { AgreementPage } from '../features/agreements/AgreementPage.tsx';
import { AgreementsPage } from '../features/agreements/AgreementsPage.tsx';
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { BoardPage } from '../features/board/BoardPage.tsx';
import { validateBoardSearch } from '../features/board/boardSearch.ts';
import { CaseloadPage } from '../features/cases/CaseloadPage.tsx';
import { CasePage } from '../features/cases/CasePage.tsx';
import { CasesPage } from '../features/cases/CasesPage.tsx';
import { PlanPrintPage } from '../features/cases/plan/PlanPrintPage.tsx';
import { validateCaseloadSearch, validateCaseSearch, validateCasesSearch } from '../features/cases/search.ts';
import { CostsPage } from '../features/costs/CostsPage.tsx';
import { validateCostSearch } from '../features/costs/search.ts';
import { HouseholdPage } from '../features/households/HouseholdPage.tsx';
import { HouseholdsPage } from '../features/households/HouseholdsPage.tsx';
import { IndicatorsPage } from '../features/indicators/IndicatorsPage.tsx';
import { validateIndicatorSearch } from '../features/indicators/search.ts';
import { MyOrganisationPage } from '../features/organisation/MyOrganisationPage.tsx';
import { OversightPage } from '../features/oversight/OversightPage.tsx';
import { validateOversightSearch } from '../features/oversight/search.ts';
import { PopulationPage } from '../features/population/PopulationPage.tsx';
import { AccessReviewPage } from '../features/privacy/break-glass/AccessReviewPage.tsx';
import { BreakGlassPage } from '../features/privacy/break-glass/BreakGlassPage.tsx';
import { validateAccessReviewSearch } from '../features/privacy/break-glass/search.ts';
import { InzagePage } from '../features/privacy/inzage/InzagePage.tsx';
import { NotificationsPage } from '../features/privacy/notifications/NotificationsPage.tsx';
import { RegisterPage } from '../features/privacy/register/RegisterPage.tsx';
import { RetentionPage } from '../features/privacy/retention/RetentionPage.tsx';
import { BijstandsnormPage } from '../features/rules/BijstandsnormPage.tsx';
import { NormImpactPage } from '../features/rules/NormImpactPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { validateSettingsSearch } from '../features/settings/search.ts';
import { NotFoundPage } from '../features/shell/NotFoundPage.tsx';
import { ImportPage } from '../features/signal-admin/ImportPage.tsx';
import { ReviewQueuePage } from '../features/signal-admin/ReviewQueuePage.tsx';
import { RoutingRulesPage } from '../features/signal-admin/RoutingRulesPage.tsx';
import {
  validateImportSearch,
  validateReviewSearch,
  validateRoutingSearch,
} from '../features/signal-admin/search.ts';
import { MySignalsPage } from '../features/signals/MySignalsPage.tsx';
import { SignalFormPage } from '../features/signals/SignalFormPage.tsx';
import { SignalPage } from '../features/signals/SignalPage.tsx';
import { WorklistPage } from '../features/signals/WorklistPage.tsx';
import { validateWorklistSearch } from '../features/signals/worklistSearch.ts';
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

export const indicatorsRoute = createRoute({
  getParentRoute: parent,
  path: 'cijfers/indicatoren',
  validateSearch: validateIndicatorSearch,
  component: IndicatorsPage,
});

// The supervisor pack (issue 7, item 5): the figures Toezicht Sociaal Domein asks for, per half-year.
export const oversightRoute = createRoute({
  getParentRoute: parent,
  path: 'cijfers/toezicht',
  validateSearch: validateOversightSearch,
  component: OversightPage,
});

// Cost control (issue 7, item 4): tariffs, budgets, committed / realised cost and forecast, for beleid.
export const costsRoute = createRoute({
  getParentRoute: parent,
  path: 'cijfers/kosten',
  validateSearch: validateCostSearch,
  component: CostsPage,
});

// Prestatieafspraken (issue 7): the agreements the viewer oversees or is a party to, and one agreement.
export const agreementsRoute = createRoute({
  getParentRoute: parent,
  path: 'afspraken',
  component: AgreementsPage,
});

export const agreementRoute = createRoute({
  getParentRoute: parent,
  path: 'afspraken/$agreementId',
  component: AgreementPage,
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

// Signals (issue 3): the form, the team's worklist, one signal, and the partner's own signals.
export const signalFormRoute = createRoute({
  getParentRoute: parent,
  path: 'signalen/nieuw',
  component: SignalFormPage,
});

export const worklistRoute = createRoute({
  getParentRoute: parent,
  path: 'signalen',
  validateSearch: validateWorklistSearch,
  component: WorklistPage,
});

export const signalRoute = createRoute({
  getParentRoute: parent,
  path: 'signalen/$signalId',
  component: SignalPage,
});

export const mySignalsRoute = createRoute({
  getParentRoute: parent,
  path: 'signalen/mijn',
  validateSearch: validateListSearch,
  component: MySignalsPage,
});

// Signals behind the front door (issue 3): the review queue, batch imports and the routing rules.
export const signalReviewRoute = createRoute({
  getParentRoute: parent,
  path: 'signalen/beoordelen',
  validateSearch: validateReviewSearch,
  component: ReviewQueuePage,
});

export const signalImportRoute = createRoute({
  getParentRoute: parent,
  path: 'signalen/import',
  validateSearch: validateImportSearch,
  component: ImportPage,
});

export const routingRulesRoute = createRoute({
  getParentRoute: parent,
  path: 'signalen/routering',
  validateSearch: validateRoutingSearch,
  component: RoutingRulesPage,
});

// The printable plan of a household case (issue 4): a plain B1 document with a print stylesheet.
export const planPrintRoute = createRoute({
  getParentRoute: parent,
  path: 'casussen/$caseId/plan/afdrukken',
  component: PlanPrintPage,
});

// Household cases (issue 4): the case list, one case with its tabs in the URL, and the caseload per regisseur.
export const casesRoute = createRoute({
  getParentRoute: parent,
  path: 'casussen',
  validateSearch: validateCasesSearch,
  component: CasesPage,
});

export const caseRoute = createRoute({
  getParentRoute: parent,
  path: 'casussen/$caseId',
  validateSearch: validateCaseSearch,
  component: CasePage,
});

export const caseloadRoute = createRoute({
  getParentRoute: parent,
  path: 'caseload',
  validateSearch: validateCaseloadSearch,
  component: CaseloadPage,
});

// The signals board "niemand tussen wal en schip" (issue 4).
export const boardRoute = createRoute({
  getParentRoute: parent,
  path: 'signalenbord',
  validateSearch: validateBoardSearch,
  component: BoardPage,
});

// A municipality's settings: signals, terms and board margins (team leader, beheerder).
export const settingsRoute = createRoute({
  getParentRoute: parent,
  path: 'instellingen',
  validateSearch: validateSettingsSearch,
  component: SettingsPage,
});

// The processing register (issue 5): purposes, legal bases, data categories, recipients and retention.
export const privacyRegisterRoute = createRoute({
  getParentRoute: parent,
  path: 'privacy/verwerkingsregister',
  component: RegisterPage,
});

// Inzage (AVG art. 15, issue 5): the FG compiles everything Regie holds about one inwoner.
export const inzageRoute = createRoute({
  getParentRoute: parent,
  path: 'privacy/inzage',
  component: InzagePage,
});

// Break-the-glass (issue 5): a professional asks for time-boxed access with a reason; the FG reviews every use.
export const breakGlassRoute = createRoute({
  getParentRoute: parent,
  path: 'noodtoegang',
  component: BreakGlassPage,
});

export const accessReviewRoute = createRoute({
  getParentRoute: parent,
  path: 'privacy/noodtoegang',
  validateSearch: validateAccessReviewSearch,
  component: AccessReviewPage,
});

// In-app notifications of the signed-in user (issue 5).
export const notificationsRoute = createRoute({
  getParentRoute: parent,
  path: 'meldingen',
  component: NotificationsPage,
});

// Retention terms, legal holds and destruction records (issue 5; FG and beheerder).
export const retentionRoute = createRoute({
  getParentRoute: parent,
  path: 'privacy/bewaartermijnen',
  component: RetentionPage,
});

/** Any other path inside the app: a "not found" page within the shell. */
export const notFoundRoute = createRoute({ getParentRoute: parent, path: '$', component: NotFoundPage });
