// The navigation items for a user: the start page plus every page one of their roles may use.
import type { Role } from '../../api/types.ts';
import type { NavigationItem } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { agreementTexts } from '../agreements/texts.ts';
import { boardTexts } from '../board/labels.ts';
import { caseTexts } from '../cases/labels.ts';
import { costTexts } from '../costs/texts.ts';
import { indicatorTexts } from '../indicators/texts.ts';
import { privacyNavTexts } from '../privacy/texts.ts';
import { settingsTexts } from '../settings/texts.ts';
import { canUse, PAGE_PATHS, type PageKey } from './access.ts';

const ORDER: { page: PageKey; label: string }[] = [
  { page: 'households', label: t.nav.households },
  { page: 'teams', label: t.nav.teams },
  { page: 'signalForm', label: t.nav.signalForm },
  { page: 'worklist', label: t.nav.worklist },
  { page: 'cases', label: caseTexts.nav.cases },
  { page: 'caseload', label: caseTexts.nav.caseload },
  { page: 'board', label: boardTexts.nav },
  { page: 'mySignals', label: t.nav.mySignals },
  { page: 'population', label: t.nav.population },
  { page: 'indicators', label: indicatorTexts.nav },
  { page: 'costs', label: costTexts.nav },
  { page: 'agreements', label: agreementTexts.nav },
  { page: 'rulesCalculator', label: t.nav.rulesCalculator },
  { page: 'rulesImpact', label: t.nav.rulesImpact },
  { page: 'audit', label: t.nav.audit },
  { page: 'organisation', label: t.nav.organisation },
  { page: 'adminOrganisations', label: t.nav.adminOrganisations },
  { page: 'adminUsers', label: t.nav.adminUsers },
  { page: 'adminTeams', label: t.nav.adminTeams },
  { page: 'adminApiKeys', label: t.nav.adminApiKeys },
  { page: 'signalReview', label: t.nav.signalReview },
  { page: 'signalImport', label: t.nav.signalImport },
  { page: 'routingRules', label: t.nav.routingRules },
  { page: 'settings', label: settingsTexts.nav },
  { page: 'breakGlass', label: privacyNavTexts.breakGlass },
  { page: 'privacyRegister', label: privacyNavTexts.privacyRegister },
  { page: 'accessReview', label: privacyNavTexts.accessReview },
  { page: 'inzage', label: privacyNavTexts.inzage },
  { page: 'retention', label: privacyNavTexts.retention },
  { page: 'notifications', label: privacyNavTexts.notifications },
];

/** A page whose path starts other pages' paths (the worklist /signalen) is current only on its own path. */
function hasSubpages(path: string): boolean {
  return ORDER.some((entry) => PAGE_PATHS[entry.page].startsWith(`${path}/`));
}

export function navigationFor(roles: readonly Role[]): NavigationItem[] {
  return [
    { to: '/', label: t.nav.start, exact: true },
    ...ORDER.filter((entry) => canUse(roles, entry.page)).map((entry) => ({
      to: PAGE_PATHS[entry.page],
      label: entry.label,
      ...(hasSubpages(PAGE_PATHS[entry.page]) ? { exact: true } : {}),
    })),
  ];
}
