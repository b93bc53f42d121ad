import { type AnyColumn, inArray, type SQL, sql } from 'drizzle-orm';
import type { Actor, Ctx, UserActor } from '../../context.ts';
import type { Role } from '../../db/schema/index.ts';
import { households, signals } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { dateInAmsterdam, type IsoDate } from '../../lib/dates.ts';

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
  | 'retention.manage' // retention terms, legal holds, destruction records: no personal data
  | 'agreement.manage' // prestatieafspraken of the actor's municipalities: parties, commitments, the yearly cycle
  | 'cost.manage'; // tariffs and budgets of the actor's municipalities (cost control): no personal data

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
  'agreement.manage': ['beleidsmedewerker'],
  'cost.manage': ['beleidsmedewerker'],
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
 * Rule 1 and 2 of the access rules (README.md): the cases an actor works on, as rows (case_id, household_id).
 * The CASE TEAM of a case: its regisseur or the person offered the role, and case team members until the day
 * they leave (left_on > today); only while the case is open. A team leader (role teamleider and member of the
 * owning team) also sees closed cases. Written as a UNION ALL over the actor's own indexed rows
 * (case_regisseurs_user_idx, case_team_members_user_idx, team_members_user_idx) so a list starts from the actor's
 * few cases, and a lookup of one case or household pushes its id into each branch (no scan of a team's cases).
 */
function workedCases(actor: UserActor, today: IsoDate): SQL {
  const branches = [
    sql`SELECT c.id AS case_id, c.household_id FROM case_regisseurs cr JOIN cases c ON c.id = cr.case_id
      WHERE cr.user_id = ${actor.userId} AND cr.status IN ('actief', 'aangeboden') AND c.phase <> 'afgesloten'`,
    sql`SELECT c.id AS case_id, c.household_id FROM case_team_members ctm JOIN cases c ON c.id = ctm.case_id
      WHERE ctm.user_id = ${actor.userId} AND (ctm.left_on IS NULL OR ctm.left_on > ${today}::date)
        AND c.phase <> 'afgesloten'`,
  ];
  if (isTeamLeaderRole(actor)) {
    branches.push(sql`SELECT c.id AS case_id, c.household_id FROM team_members tm JOIN cases c ON c.team_id = tm.team_id
      WHERE tm.user_id = ${actor.userId}`);
  }
  return sql.join(branches, sql` UNION ALL `);
}

/** The households of the actor's active break-the-glass grants (access_grants_user_idx): granted_at <= now < expires_at. */
function grantedHouseholds(actor: UserActor, now: Date): SQL {
  const at = now.toISOString();
  return sql`SELECT g.household_id FROM access_grants g WHERE g.user_id = ${actor.userId}
    AND g.expires_at > ${at}::timestamptz AND g.granted_at <= ${at}::timestamptz AND g.ended_at IS NULL`;
}

/** The households with a signal on a worklist of the actor's teams (signalScope, signals_team_idx). */
function signalHouseholds(actor: UserActor): SQL {
  return sql`SELECT s.household_id FROM signals s
    WHERE s.team_id IN (SELECT tm.team_id FROM team_members tm WHERE tm.user_id = ${actor.userId})`;
}

/** A user LEADS a team when they have the role teamleider and are a member of it (access rules). */
function isTeamLeaderRole(actor: UserActor): boolean {
  return actor.roles.includes('teamleider');
}

/** The calendar day of the clock in the Netherlands: when a case team membership ends (left_on). */
export function todayOf(now: Date): IsoDate {
  return dateInAmsterdam(now);
}

/**
 * Rule 1: the cases the actor may open and work on, as a condition on a column holding case ids: with case.work,
 * the open cases of which the actor is in the CASE TEAM, and every case of a team the actor leads. Plain members
 * of the owning team do not see its cases. `now` is the request's clock (ctx.now).
 */
export function caseScope(actor: Actor | null, now: Date, caseIdColumn: SQL | AnyColumn): SQL {
  if (actor?.type !== 'user' || !can(actor, 'case.work')) return sql`false`;
  return sql`EXISTS (SELECT 1 FROM (${workedCases(actor, todayOf(now))}) w WHERE w.case_id = ${caseIdColumn})`;
}

/**
 * Rule 2 (full household access: members, address, case, plan, provisions, deadlines), as a condition on a
 * household id column (households.id unless given): with household.read, a case of the household in caseScope,
 * or an active break-the-glass grant on it.
 */
export function householdFullScope(
  actor: Actor | null,
  now: Date,
  householdIdColumn: SQL | AnyColumn = households.id,
): SQL {
  if (actor?.type !== 'user' || !can(actor, 'household.read')) return sql`false`;
  const branches = [grantedHouseholds(actor, now)];
  if (can(actor, 'case.work'))
    branches.unshift(sql`SELECT w.household_id FROM (${workedCases(actor, todayOf(now))}) w`);
  return sql`EXISTS (SELECT 1 FROM (${sql.join(branches, sql` UNION ALL `)}) f WHERE f.household_id = ${householdIdColumn})`;
}

/**
 * Rule 4: every household the actor may see at all = rule 2 (full access) OR rule 3 (signal level: a signal about
 * the household on a worklist of one of the actor's teams shows its members and address, nothing of the case).
 * Lists, search, detail and the household page use this; case data needs householdFullScope or caseScope.
 */
export function householdScope(
  actor: Actor | null,
  now: Date,
  householdIdColumn: SQL | AnyColumn = households.id,
): SQL {
  if (actor?.type !== 'user' || !can(actor, 'household.read')) return sql`false`;
  const branches = [grantedHouseholds(actor, now)];
  if (can(actor, 'case.work'))
    branches.unshift(sql`SELECT w.household_id FROM (${workedCases(actor, todayOf(now))}) w`);
  if (can(actor, 'signal.work')) branches.push(signalHouseholds(actor));
  return sql`EXISTS (SELECT 1 FROM (${sql.join(branches, sql` UNION ALL `)}) v WHERE v.household_id = ${householdIdColumn})`;
}

/**
 * An active break-the-glass grant of the actor on the household in the column (read access only, rule 2).
 * A grant never opens a case for changes: requireCase uses caseScope alone.
 */
export function grantScope(actor: Actor | null, now: Date, householdIdColumn: SQL | AnyColumn): SQL {
  if (actor?.type !== 'user' || !can(actor, 'household.read')) return sql`false`;
  return sql`EXISTS (SELECT 1 FROM (${grantedHouseholds(actor, now)}) gh WHERE gh.household_id = ${householdIdColumn})`;
}

/**
 * Read access to a case's data on the household page (plan, provisions, deadlines, phases): the case is in
 * caseScope, or the actor holds an active grant on its household.
 */
export function caseReadScope(actor: Actor | null, now: Date, caseIdColumn: SQL | AnyColumn): SQL {
  if (actor?.type !== 'user') return sql`false`;
  return sql`(${caseScope(actor, now, caseIdColumn)} OR EXISTS (SELECT 1 FROM cases gc
    WHERE gc.id = ${caseIdColumn} AND ${grantScope(actor, now, sql`gc.household_id`)}))`;
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
 * The municipalities a functionaris gegevensbescherming works for, as a condition on a municipality-code column:
 * those of the FG's teams (municipalityScope) and those the FG's own organisation serves. An FG usually belongs to
 * no team, so the organisation is what normally applies: the FG of Gemeente Regiedam answers for Regiedam, never
 * for Samenwerk. The inzage, the break-the-glass review queue and the audit log use it.
 */
export function officerMunicipalityScope(actor: Actor | null, column: SQL | AnyColumn): SQL {
  if (actor?.type !== 'user') return sql`false`;
  return sql`(${municipalityScope(actor, column)} OR ${column} IN (SELECT om.municipality_code
    FROM organisation_municipalities om WHERE om.organisation_id = ${actor.organisationId}))`;
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

const scopes: Record<Resource, { table: typeof households; scope: (actor: Actor | null, now: Date) => SQL }> =
  {
    household: { table: households, scope: (actor, now) => householdScope(actor, now) },
  };

/** Of the given ids, the ones the actor may act on. Answered by the database with the same scope lists use. */
export async function allowed(ctx: Ctx, resource: Resource, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { table, scope } = scopes[resource];
  const rows = await ctx.db
    .select({ id: table.id })
    .from(table)
    .where(sql`${inArray(table.id, ids)} AND ${scope(ctx.actor, ctx.now)}`);
  return new Set(rows.map((r) => r.id));
}

export { deadlineLaw, deadlineVisible, lawVisible, provisionVisible } from './law-visibility.ts';
