import { type AnyColumn, inArray, type SQL, sql } from 'drizzle-orm';
import type { Actor, Ctx, UserActor } from '../../context.ts';
import type { Role } from '../../db/schema/index.ts';
import { households, signals } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';

/**
 * The one place that answers "may this actor do this?". Role capabilities answer questions without ids;
 * resource scopes answer "which of these ids", as an SQL condition so lists are filtered in the database.
 * Later features plug their resources in here.
 */
export type Capability =
  | 'admin.manage' // organisations, teams, users, API keys: configuration, never case data
  | 'audit.read' // the FG reads the audit log
  | 'population.aggregate' // counts without persons, small cells suppressed
  | 'household.read' // personal data of households, further limited by householdScope
  | 'provision.decide' // record a decision on a provision of a household in scope
  | 'signal.file' // file a signal about a household (form or partner API)
  | 'signal.work' // the team's worklist: pick up, contact attempts, close; limited by signalScope
  | 'signal.review' // confirm or reject ambiguous matches of the actor's municipalities
  | 'signal.import' // upload DDAS or CSV files of a signal platform
  | 'routing.manage' // routing rules and signal settings: configuration, no personal data
  | 'case.work' // household cases in caseScope: phases, plan, ZRM, provisions, deadlines, case team
  | 'case.assign' // assign a regisseur to a case of the actor's team (team leader)
  | 'case.settings' // terms and board margins of the actor's municipality: configuration, no personal data
  | 'consent.record' // record and withdraw consents of persons in a household the actor fully sees; share data per law
  | 'access.break_glass' // time-boxed emergency access to one household outside the actor's cases, with a reason
  | 'privacy.register' // read (and export) the processing register: no personal data
  | 'privacy.review' // the FG reviews every break-the-glass use
  | 'privacy.inzage' // the FG compiles a person's inzage dossier (AVG art. 15)
  | 'retention.manage'; // retention terms, legal holds, destruction records: no personal data

const capabilities: Record<Capability, readonly Role[]> = {
  'admin.manage': ['beheerder'],
  'audit.read': ['fg'],
  'population.aggregate': ['beleidsmedewerker', 'teamleider', 'fg'],
  'household.read': ['regisseur', 'wijkteam_professional', 'teamleider', 'intake', 'schuldhulpverlener'],
  'provision.decide': ['regisseur'],
  'signal.file': [
    'partner_medewerker',
    'regisseur',
    'wijkteam_professional',
    'intake',
    'schuldhulpverlener',
    'teamleider',
  ],
  'signal.work': ['regisseur', 'wijkteam_professional', 'intake', 'schuldhulpverlener', 'teamleider'],
  'signal.review': ['intake', 'schuldhulpverlener', 'teamleider'],
  'signal.import': ['intake', 'schuldhulpverlener'],
  'routing.manage': ['teamleider', 'beheerder'],
  'case.work': ['regisseur', 'wijkteam_professional', 'schuldhulpverlener', 'teamleider'],
  'case.assign': ['teamleider'],
  'case.settings': ['teamleider', 'beheerder'],
  'consent.record': ['regisseur', 'wijkteam_professional', 'schuldhulpverlener', 'teamleider'],
  'access.break_glass': ['regisseur', 'wijkteam_professional', 'schuldhulpverlener', 'teamleider'],
  'privacy.register': ['fg', 'beheerder', 'beleidsmedewerker'],
  'privacy.review': ['fg'],
  'privacy.inzage': ['fg'],
  'retention.manage': ['fg', 'beheerder'],
};

export function can(actor: Actor | null, capability: Capability): boolean {
  if (actor?.type !== 'user') return false;
  return actor.roles.some((r) => capabilities[capability].includes(r));
}

/** Throws forbidden (or unauthenticated) before any work is done: a denied call has no side effect. */
export function requireCapability(ctx: Ctx, capability: Capability): void {
  if (!ctx.actor) throw new DomainError('unauthenticated');
  if (!can(ctx.actor, capability)) throw new DomainError('forbidden');
}

/**
 * The households an actor may see, as a condition on households.id. For now: the households living in an area
 * (wijk or buurt) served by one of the actor's teams. The privacy issue narrows this to the case team.
 */
export function householdScope(actor: Actor | null): SQL {
  if (actor?.type !== 'user' || !can(actor, 'household.read')) return sql`false`;
  return sql`(${households.addressId} IN (
    SELECT a.id FROM addresses a
    JOIN team_areas ta ON ta.area_code = a.wijk_code OR ta.area_code = a.buurt_code
    JOIN team_members tm ON tm.team_id = ta.team_id
    WHERE tm.user_id = ${actor.userId})
    OR ${households.id} IN (SELECT c.household_id FROM cases c WHERE c.phase <> 'afgesloten' AND ${caseIdsOf(actor)}))`;
}

/**
 * The cases an actor works on, as a condition on a column holding case ids: the cases of the actor's teams, and
 * those where the actor is in the case team (until leaving it) or is the regisseur or is offered the role.
 * The privacy issue (issue 5) narrows the team part to the team leader and the case team.
 */
export function caseScope(actor: Actor | null, caseIdColumn: SQL | AnyColumn): SQL {
  if (actor?.type !== 'user' || !can(actor, 'case.work')) return sql`false`;
  return sql`${caseIdColumn} IN (SELECT c.id FROM cases c WHERE ${caseIdsOf(actor)})`;
}

/** The condition on `cases c` behind caseScope; also used for the households of open cases. */
function caseIdsOf(actor: UserActor): SQL {
  return sql`(c.team_id IN (SELECT tm.team_id FROM team_members tm WHERE tm.user_id = ${actor.userId})
    OR c.id IN (SELECT ctm.case_id FROM case_team_members ctm WHERE ctm.user_id = ${actor.userId} AND ctm.left_on IS NULL)
    OR c.id IN (SELECT cr.case_id FROM case_regisseurs cr WHERE cr.user_id = ${actor.userId} AND cr.status IN ('actief', 'aangeboden')))`;
}

/** The signals on the worklists of the actor's teams. */
export function signalScope(actor: Actor | null): SQL {
  if (actor?.type !== 'user' || !can(actor, 'signal.work')) return sql`false`;
  return sql`${signals.teamId} IN (SELECT tm.team_id FROM team_members tm WHERE tm.user_id = ${actor.userId})`;
}

/** The municipalities an actor works for: those of its teams. Review queues and imports are limited to these. */
export function municipalityScope(actor: Actor | null, column: SQL | AnyColumn): SQL {
  if (actor?.type !== 'user') return sql`false`;
  return sql`${column} IN (SELECT t.municipality_code FROM team_municipalities t
    JOIN team_members tm ON tm.team_id = t.team_id WHERE tm.user_id = ${actor.userId})`;
}

/**
 * The signals an organisation filed itself (partner staff or a partner's API key). The partner sees only whether
 * each was picked up: the caller selects no other columns.
 */
export function partnerSignalScope(actor: Actor | null): SQL {
  if (actor?.type === 'api_key') return sql`${signals.partnerOrganisationId} = ${actor.organisationId}`;
  if (actor?.type === 'user' && can(actor, 'signal.file')) {
    return sql`${signals.partnerOrganisationId} = ${actor.organisationId}`;
  }
  return sql`false`;
}

export type Resource = 'household';

const scopes: Record<Resource, { table: typeof households; scope: (actor: Actor | null) => SQL }> = {
  household: { table: households, scope: householdScope },
};

/** Of the given ids, the ones the actor may act on. Answered by the database with the same scope lists use. */
export async function allowed(ctx: Ctx, resource: Resource, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { table, scope } = scopes[resource];
  const rows = await ctx.db
    .select({ id: table.id })
    .from(table)
    .where(sql`${inArray(table.id, ids)} AND ${scope(ctx.actor)}`);
  return new Set(rows.map((r) => r.id));
}
