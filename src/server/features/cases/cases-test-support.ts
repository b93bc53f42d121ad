// Fixtures for the case tests: users by name (as actors for service calls), extra regisseurs in a team, a case
// started through the API, and typed fetches of the case endpoints.
import { eq, sql } from 'drizzle-orm';
import type { Browser, TestApp } from '../../../../test/helpers/app.ts';
import type { UserActor } from '../../context.ts';
import { type Role, userRoles, users } from '../../db/schema/index.ts';
import { insertSignal, teamId, teamUser } from '../signals/intake/intake-test-support.ts';
import type { CaseDetail } from './cases.schemas.ts';

export type Problem = { detail: string; errors?: { path: string; message: string }[] };

export async function userIdOf(t: TestApp, username: string): Promise<string> {
  const [row] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return row.id;
}

/** The user as an actor, for calling services directly (as the HTTP layer would after signing in). */
export async function actorOf(t: TestApp, username: string): Promise<UserActor> {
  const [row] = await t.database.db.select().from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  const roles = await t.database.db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, row.id));
  return {
    type: 'user',
    userId: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: roles.map((r) => r.role as Role),
    organisationId: row.organisationId,
    sessionId: null,
  };
}

/** A regisseur of Gemeente Regiedam in the given team, created once per name. */
export async function regisseurIn(t: TestApp, username: string, team = 'Wijkteam Noord'): Promise<string> {
  const [existing] = await t.database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, username));
  if (existing) return existing.id;
  await teamUser(t, username, team, ['regisseur', 'wijkteam_professional']);
  return userIdOf(t, username);
}

export async function startCase(b: Browser, householdId: string, teamId: string): Promise<CaseDetail> {
  const res = await b.fetch('/api/v1/cases', { method: 'POST', json: { householdId, teamId } });
  if (res.status !== 201) throw new Error(`start case: ${res.status} ${await res.text()}`);
  return (await res.json()) as CaseDetail;
}

/**
 * Adds a professional to the case team through the API, as `by` (who must steer the case: its regisseur, the
 * team leader, or, while it has no regisseur, a case team member of the owning team). Under access rule 1 only
 * the case team sees a case, so this is how a second professional of the team gets to work on it.
 */
export async function joinCaseTeam(
  by: Browser,
  caseId: string,
  userId: string,
  role = 'Regisseur',
  law?: string,
): Promise<CaseDetail> {
  const res = await by.fetch(`/api/v1/cases/${caseId}/team-members`, {
    method: 'POST',
    json: { userId, role, ...(law ? { law } : {}) },
  });
  return json<CaseDetail>(res, 200);
}

export async function json<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** The wijken Wijkteam Noord serves in the demo. */
export const NOORD_WIJKEN = ['WK990101', 'WK990102', 'WK990103'];

/** Current households of the wijken without any case (the demo seed starts cases for some), in a stable order. */
export async function freeHouseholds(t: TestApp, n: number, wijken = NOORD_WIJKEN): Promise<string[]> {
  const rows = await t.database.db.execute<{ id: string }>(sql`
    SELECT h.id FROM households h JOIN addresses a ON a.id = h.address_id
    WHERE a.wijk_code IN (${sql.join(
      wijken.map((w) => sql`${w}`),
      sql`, `,
    )}) AND h.ended_on IS NULL
      AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.household_id = h.id)
    ORDER BY h.id LIMIT ${n}`);
  if (rows.rows.length < n)
    throw new Error(`only ${rows.rows.length} households without a case in ${wijken.join(', ')}`);
  return rows.rows.map((r) => r.id);
}

/**
 * Households without a case that a team can start one for: each gets a signal on the team's worklist, which gives
 * the team's professionals signal-level access to the household (access rule 3). Without a signal or a case,
 * nobody sees a household, so nobody could start a case for it.
 */
export async function signalledHouseholds(
  t: TestApp,
  n: number,
  team = 'Wijkteam Noord',
  wijken = NOORD_WIJKEN,
): Promise<string[]> {
  const ids = await freeHouseholds(t, n, wijken);
  const routedTo = await teamId(t, team);
  for (const householdId of ids) await insertSignal(t, { householdId, teamId: routedTo });
  return ids;
}
