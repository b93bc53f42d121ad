// Which pages each role can use. One table drives the navigation, the start page and the page guards;
// the server enforces the same rules (this only decides what to show).
import { ROLES } from '../../../shared/roles.ts';
import type { Role } from '../../api/types.ts';

export type PageKey =
  | 'households'
  | 'teams'
  | 'signalForm'
  | 'worklist'
  | 'signal'
  | 'mySignals'
  | 'population'
  | 'indicators'
  | 'costs'
  | 'agreements'
  | 'rulesCalculator'
  | 'rulesImpact'
  | 'audit'
  | 'organisation'
  | 'adminOrganisations'
  | 'adminUsers'
  | 'adminTeams'
  | 'adminApiKeys'
  | 'settings'
  | 'signalReview'
  | 'signalImport'
  | 'routingRules'
  | 'cases'
  | 'case'
  | 'caseload'
  | 'board'
  | 'privacyRegister'
  | 'accessReview'
  | 'breakGlass'
  | 'inzage'
  | 'retention'
  | 'notifications';

export const PAGE_ROLES: Record<PageKey, readonly Role[]> = {
  // Municipality settings (signals, terms, board margins): the server checks routing.manage and case.settings.
  settings: ['teamleider', 'beheerder'],
  households: ['regisseur', 'wijkteam_professional', 'teamleider', 'intake', 'schuldhulpverlener'],
  teams: ['regisseur', 'wijkteam_professional', 'intake', 'schuldhulpverlener', 'teamleider'],
  // Signals in (issue 3): partner staff and professionals file (signal.file); the teams work them (signal.work);
  // partner staff see only whether their own signals were picked up.
  signalForm: [
    'partner_medewerker',
    'regisseur',
    'wijkteam_professional',
    'intake',
    'schuldhulpverlener',
    'teamleider',
  ],
  worklist: ['regisseur', 'wijkteam_professional', 'intake', 'schuldhulpverlener', 'teamleider'],
  signal: ['regisseur', 'wijkteam_professional', 'intake', 'schuldhulpverlener', 'teamleider'],
  mySignals: ['partner_medewerker'],
  population: ['beleidsmedewerker', 'teamleider', 'fg'],
  // Indicators (issue 7): the same aggregate capability (population.aggregate) as the figures per wijk.
  indicators: ['beleidsmedewerker', 'teamleider', 'fg'],
  // Cost control (issue 7): population.aggregate to look; only beleid (cost.manage) keeps tariffs and budgets.
  costs: ['beleidsmedewerker', 'teamleider', 'fg'],
  // Prestatieafspraken (issue 7): overseers (population.aggregate) and staff of a party organisation; the server
  // lists only agreements the viewer oversees or is a party to, and a party only its own commitments.
  agreements: ['beleidsmedewerker', 'teamleider', 'fg', 'partner_medewerker', 'schuldhulpverlener'],
  // The calculator uses no personal data from Regie: every professional who advises on or decides about bijstand.
  rulesCalculator: [
    'regisseur',
    'wijkteam_professional',
    'intake',
    'schuldhulpverlener',
    'teamleider',
    'beleidsmedewerker',
    'fg',
  ],
  // Aggregates of the household register (small numbers suppressed), for beleid and the client council.
  rulesImpact: ['beleidsmedewerker', 'teamleider', 'fg'],
  audit: ['fg'],
  organisation: ['partner_medewerker'],
  adminOrganisations: ['beheerder'],
  adminUsers: ['beheerder'],
  adminTeams: ['beheerder'],
  adminApiKeys: ['beheerder'],
  // Signals behind the front door (issue 3); the server checks signal.review, signal.import and routing.manage.
  signalReview: ['intake', 'schuldhulpverlener', 'teamleider'],
  signalImport: ['intake', 'schuldhulpverlener'],
  routingRules: ['teamleider', 'beheerder'],
  // Household cases (issue 4): everyone with case.work; the server filters by caseScope.
  cases: ['regisseur', 'wijkteam_professional', 'schuldhulpverlener', 'teamleider'],
  case: ['regisseur', 'wijkteam_professional', 'schuldhulpverlener', 'teamleider'],
  caseload: ['regisseur', 'wijkteam_professional', 'schuldhulpverlener', 'teamleider'],
  // The signals board (issue 4): the server checks case.work and filters by the user's scopes.
  board: ['teamleider', 'regisseur', 'wijkteam_professional', 'schuldhulpverlener'],
  // Privacy (issue 5): the server checks privacy.*, access.break_glass and retention.manage.
  privacyRegister: ['fg', 'beheerder', 'beleidsmedewerker'],
  accessReview: ['fg'],
  breakGlass: ['regisseur', 'wijkteam_professional', 'schuldhulpverlener', 'teamleider'],
  inzage: ['fg'],
  retention: ['fg', 'beheerder'],
  notifications: [...ROLES],
};

export function canUse(roles: readonly Role[], page: PageKey): boolean {
  return PAGE_ROLES[page].some((role) => roles.includes(role));
}

export const PAGE_PATHS: Record<PageKey, string> = {
  settings: '/instellingen',
  households: '/huishoudens',
  teams: '/teams',
  signalForm: '/signalen/nieuw',
  worklist: '/signalen',
  signal: '/signalen/$signalId',
  mySignals: '/signalen/mijn',
  population: '/cijfers',
  indicators: '/cijfers/indicatoren',
  costs: '/cijfers/kosten',
  agreements: '/afspraken',
  rulesCalculator: '/bijstandsnorm',
  rulesImpact: '/kostendelersnorm',
  audit: '/logboek',
  organisation: '/organisatie',
  adminOrganisations: '/beheer/organisaties',
  adminUsers: '/beheer/gebruikers',
  adminTeams: '/beheer/teams',
  adminApiKeys: '/beheer/api-sleutels',
  signalReview: '/signalen/beoordelen',
  signalImport: '/signalen/import',
  routingRules: '/signalen/routering',
  cases: '/casussen',
  case: '/casussen/$caseId',
  caseload: '/caseload',
  board: '/signalenbord',
  privacyRegister: '/privacy/verwerkingsregister',
  accessReview: '/privacy/noodtoegang',
  breakGlass: '/noodtoegang',
  inzage: '/privacy/inzage',
  retention: '/privacy/bewaartermijnen',
  notifications: '/meldingen',
};

/** Only a regisseur records a bijstandsbesluit (the server checks the same). */
export const RECORD_DECISION_ROLES: readonly Role[] = ['regisseur'];

export function canRecordDecision(roles: readonly Role[]): boolean {
  return RECORD_DECISION_ROLES.some((role) => roles.includes(role));
}
