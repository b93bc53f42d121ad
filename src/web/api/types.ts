// Shapes of the Regie API as the web app uses them (mirrors the server's zod schemas / OpenAPI document).

import type { Role } from '../../shared/roles.ts';

// The role list itself lives in src/shared/roles.ts, one list for server and web.
export type { Role };

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PageQuery {
  page?: number;
  pageSize?: number;
}

export interface OrganisationRef {
  id: string;
  name: string;
  kind: string;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  organisation: OrganisationRef;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export interface AuthConfig {
  oidc: boolean;
}

export interface Municipality {
  code: string;
  name: string;
}

export interface Area {
  code: string;
  name: string;
  kind: 'wijk' | 'buurt' | string;
}

export interface TeamMember {
  id: string;
  displayName: string;
  isLeader: boolean;
  roles: string[];
}

/** A team the signed-in user belongs to (GET /me/teams). */
export interface Team {
  id: string;
  name: string;
  /** wijkteam, loket, schuldhulp or overig */
  kind: string;
  /** Whether the signed-in user leads this team. */
  isLeader: boolean;
  municipalities: Municipality[];
  areas: Area[];
  members: TeamMember[];
}

export interface Address {
  postcode: string;
  huisnummer: number;
  huisletter?: string | null;
  toevoeging?: string | null;
  straat: string;
  woonplaats: string;
  wijkCode?: string | null;
  buurtCode?: string | null;
}

export interface HouseholdSummary {
  id: string;
  municipalityCode: string;
  address: Address;
  memberCount: number;
}

export interface HouseholdMember {
  id: string;
  bsn: string;
  voornamen: string;
  voorvoegsel: string | null;
  geslachtsnaam: string;
  geboortedatum: string | null;
  /** hoofd, partner, kind or overig */
  relation: string;
  since: string;
}

export interface HouseholdDetail extends HouseholdSummary {
  startedOn: string;
  members: HouseholdMember[];
}

export interface PopulationByWijk {
  municipality: Municipality;
  items: WijkFigures[];
}

export interface WijkFigures {
  wijkCode: string;
  wijkName: string;
  households: number | null;
  persons: number | null;
  suppressed: boolean;
}

export interface AuditEntry {
  id: number;
  seq: number;
  occurredAt: string;
  municipalityCode: string | null;
  /** user, api_key or system */
  actorType: string;
  actorDisplayName: string | null;
  action: string;
  resourceType: string;
  resourceIds: string[];
  requestId: string | null;
}

export interface MyOrganisation extends OrganisationRef {
  municipalities: Municipality[];
}

export interface AdminOrganisation extends OrganisationRef {
  municipalityCodes: string[];
}

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  organisationName: string;
  active: boolean;
  locked: boolean;
  sso: boolean;
  lastLoginAt: string | null;
  roles: string[];
}

export interface AdminTeam {
  id: string;
  name: string;
  kind: string;
  organisationName: string;
  municipalityCodes: string[];
  areaCodes: string[];
  memberCount: number;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  organisationId: string;
  organisationName: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface CreatedApiKey {
  id: string;
  /** The full key: in this response only, never again. */
  key: string;
  prefix: string;
}
