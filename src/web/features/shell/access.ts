// Which pages each role can use. One table drives the navigation, the start page and the page guards;
// the server enforces the same rules (this only decides what to show).
import type { Role } from '../../api/types.ts';

export type PageKey =
  | 'households'
  | 'teams'
  | 'population'
  | 'rulesCalculator'
  | 'rulesImpact'
  | 'audit'
  | 'organisation'
  | 'adminOrganisations'
  | 'adminUsers'
  | 'adminTeams'
  | 'adminApiKeys';

export const PAGE_ROLES: Record<PageKey, readonly Role[]> = {
  households: ['regisseur', 'wijkteam_professional', 'teamleider', 'intake', 'schuldhulpverlener'],
  teams: ['regisseur', 'wijkteam_professional', 'intake', 'schuldhulpverlener', 'teamleider'],
  population: ['beleidsmedewerker', 'teamleider', 'fg'],
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
};

export function canUse(roles: readonly Role[], page: PageKey): boolean {
  return PAGE_ROLES[page].some((role) => roles.includes(role));
}

export const PAGE_PATHS: Record<PageKey, string> = {
  households: '/huishoudens',
  teams: '/teams',
  population: '/cijfers',
  rulesCalculator: '/bijstandsnorm',
  rulesImpact: '/kostendelersnorm',
  audit: '/logboek',
  organisation: '/organisatie',
  adminOrganisations: '/beheer/organisaties',
  adminUsers: '/beheer/gebruikers',
  adminTeams: '/beheer/teams',
  adminApiKeys: '/beheer/api-sleutels',
};

/** Only a regisseur records a bijstandsbesluit (the server checks the same). */
export const RECORD_DECISION_ROLES: readonly Role[] = ['regisseur'];

export function canRecordDecision(roles: readonly Role[]): boolean {
  return RECORD_DECISION_ROLES.some((role) => roles.includes(role));
}
