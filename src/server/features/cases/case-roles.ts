import { and, eq, sql } from 'drizzle-orm';
import type { Ctx, Executor, UserActor } from '../../context.ts';
import { caseRegisseurs, teamMembers } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { can, requireCapability } from '../access/policy.ts';
import type { CaseRow } from './case-access.ts';

/**
 * Who steers a case. Seeing a case is caseScope (policy.ts); steering it (phases, case team, handover) is for the
 * active regisseur and the leader of the owning team. While a case has no regisseur, a member of the owning team
 * who sees it (in practice: is in its case team, access rule 1) may steer, so a case never gets stuck waiting for
 * one; a case team member from another team does not.
 */

export function caseWorker(ctx: Ctx): UserActor {
  requireCapability(ctx, 'case.work');
  if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
  return ctx.actor;
}

export async function isTeamMember(db: Executor, userId: string, teamId: string): Promise<boolean> {
  const rows = await db
    .select({ one: sql`1` })
    .from(teamMembers)
    .where(and(eq(teamMembers.userId, userId), eq(teamMembers.teamId, teamId)));
  return rows.length > 0;
}

/**
 * The leader of the owning team: role teamleider (which carries case.assign) and a member of the team, the same
 * definition as the access rules (policy.ts, workedCases), so whoever sees all of a team's cases as its leader may
 * also steer them. team_members.is_leader only says whom the team shows as its leader.
 */
export async function isTeamLeader(ctx: Ctx, db: Executor, teamId: string): Promise<boolean> {
  if (ctx.actor?.type !== 'user' || !can(ctx.actor, 'case.assign')) return false;
  return isTeamMember(db, ctx.actor.userId, teamId);
}

export async function activeRegisseurOf(db: Executor, caseId: string): Promise<string | null> {
  const [row] = await db
    .select({ userId: caseRegisseurs.userId })
    .from(caseRegisseurs)
    .where(and(eq(caseRegisseurs.caseId, caseId), eq(caseRegisseurs.status, 'actief')));
  return row?.userId ?? null;
}

export type Viewer = { isRegisseur: boolean; isOffered: boolean; canAssign: boolean; canTransition: boolean };

export async function viewerOf(
  ctx: Ctx,
  db: Executor,
  row: CaseRow,
  regisseurs: { activeUserId: string | null; offeredUserId: string | null },
): Promise<Viewer> {
  const userId = ctx.actor?.type === 'user' ? ctx.actor.userId : null;
  const isRegisseur = userId !== null && regisseurs.activeUserId === userId;
  const canAssign = row.phase !== 'afgesloten' && (await isTeamLeader(ctx, db, row.teamId));
  const canTransition = await maySteer(ctx, db, row, regisseurs.activeUserId);
  return {
    isRegisseur,
    isOffered: userId !== null && regisseurs.offeredUserId === userId,
    canAssign,
    canTransition,
  };
}

export async function maySteer(
  ctx: Ctx,
  db: Executor,
  row: CaseRow,
  activeUserId: string | null,
): Promise<boolean> {
  if (ctx.actor?.type !== 'user' || !can(ctx.actor, 'case.work')) return false;
  if (activeUserId === ctx.actor.userId) return true;
  if (await isTeamLeader(ctx, db, row.teamId)) return true;
  return activeUserId === null && (await isTeamMember(db, ctx.actor.userId, row.teamId));
}

/** Throws forbidden with a Dutch reason when the actor may not steer the case. */
export async function requireSteer(ctx: Ctx, db: Executor, row: CaseRow): Promise<void> {
  const active = await activeRegisseurOf(db, row.id);
  if (!(await maySteer(ctx, db, row, active))) {
    throw new DomainError(
      'forbidden',
      'Alleen de regisseur of de teamleider van het team kan dit doen. Zonder regisseur kan ook een collega uit het team die in het casusteam zit het',
    );
  }
}
