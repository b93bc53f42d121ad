// Which sections the start page shows, in this order, for the pages a user's roles may use.
import type { ComponentType } from 'react';
import type { Role } from '../../api/types.ts';
import { AdminOverview } from '../admin/AdminOverview.tsx';
import { AuditSummary } from '../audit/AuditSummary.tsx';
import { HouseholdsSummary } from '../households/HouseholdsSummary.tsx';
import { OrganisationSummary } from '../organisation/OrganisationSummary.tsx';
import { PopulationSummary } from '../population/PopulationSummary.tsx';
import { canUse, type PageKey } from '../shell/access.ts';
import { MySignalsSummary, SignalFormSummary, WorklistSummary } from '../signals/SignalsStartSections.tsx';
import { TeamsSummary } from '../teams/TeamsSummary.tsx';

const SECTIONS: { page: PageKey; component: ComponentType }[] = [
  { page: 'signalForm', component: SignalFormSummary },
  { page: 'mySignals', component: MySignalsSummary },
  { page: 'worklist', component: WorklistSummary },
  { page: 'organisation', component: OrganisationSummary },
  { page: 'audit', component: AuditSummary },
  { page: 'adminOrganisations', component: AdminOverview },
  { page: 'households', component: HouseholdsSummary },
  { page: 'teams', component: TeamsSummary },
  { page: 'population', component: PopulationSummary },
];

export function startSectionsFor(roles: readonly Role[]) {
  return SECTIONS.filter((section) => canUse(roles, section.page));
}
