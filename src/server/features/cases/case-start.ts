import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../context.ts';
import { actorId } from '../../context.ts';
import {
  caseRegisseurs,
  cases,
  caseTeamMembers,
  households,
  teamMembers,
  teams,
} from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { dateInAmsterdam } from '../../lib/dates.ts';
import { can } from '../access/policy.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { CURRENT_LIFECYCLE_VERSION, lifecycleDefinition, phaseLabel } from './lifecycle.ts';
import { recordTransition } from './transition-log.ts';
import { isUniqueViolation } from './unique-violation.ts';

/**
 * Starting a household's case, shared by "new case" and by picking up a signal. One household, one open case:
 * the household row is locked first so two starts for the same household queue up, and the partial unique index
 * cases_one_open_per_household_idx refuses a second open case whatever happens.
 */

export async function lockHousehold(tx: Tx, householdId: string) {
  const [row] = await tx
    .select({ id: households.id, municipalityCode: households.municipalityCode })
    .from(households)
    .where(eq(households.id, householdId))
    .for('update');
  return row ?? null;
}

export async function openCaseOf(tx: Tx, householdId: string, exceptCaseId?: string) {
  const [row] = await tx
    .select()
    .from(cases)
    .where(
      and(
        eq(cases.householdId, householdId),
        ne(cases.phase, 'afgesloten'),
        exceptCaseId ? ne(cases.id, exceptCaseId) : undefined,
      ),
    );
  return row ?? null;
}

/** The Dutch 409 that names the open case, so the professional can go there instead. */
export async function openCaseConflict(
  tx: Tx,
  open: { id: string; teamId: string; phase: string; lifecycleVersion: number },
) {
  const [team] = await tx.select({ name: teams.name }).from(teams).where(eq(teams.id, open.teamId));
  const phase = phaseLabel(lifecycleDefinition(open.lifecycleVersion), open.phase as never);
  return new DomainError(
    'conflict',
    `Dit huishouden heeft al een open casus (casus ${open.id}, ${team?.name ?? 'ander team'}, fase ${phase}). Werk in die casus verder`,
  );
}

/** Inserts the case in phase aanmelding with its first transition row and audit row. */
export async function insertCase(
  ctx: Ctx,
  tx: Tx,
  input: { householdId: string; municipalityCode: string; teamId: string; reason: string },
) {
  const today = dateInAmsterdam(ctx.now);
  let created: typeof cases.$inferSelect | undefined;
  try {
    [created] = await tx
      .insert(cases)
      .values({
        municipalityCode: input.municipalityCode,
        householdId: input.householdId,
        teamId: input.teamId,
        phase: 'aanmelding',
        lifecycleVersion: CURRENT_LIFECYCLE_VERSION,
        openedOn: today,
        createdBy: actorId(ctx.actor),
        createdAt: ctx.now,
      })
      .returning();
  } catch (error) {
    if (isUniqueViolation(error, 'cases_one_open_per_household_idx')) {
      throw new DomainError('conflict', 'Dit huishouden heeft al een open casus. Werk in die casus verder');
    }
    throw error;
  }
  if (!created) throw new Error('case insert returned nothing');
  await recordTransition(tx, {
    caseId: created.id,
    fromPhase: null,
    toPhase: 'aanmelding',
    lifecycleVersion: created.lifecycleVersion,
    reason: input.reason,
    actorId: ctx.actor?.type === 'user' ? ctx.actor.userId : null,
    now: ctx.now,
  });
  await appendAudit(ctx, tx, {
    action: 'case.create',
    resourceType: 'case',
    resourceIds: [created.id],
    municipalityCode: created.municipalityCode,
    details: { householdId: created.householdId, teamId: created.teamId, reason: input.reason },
  });
  return created;
}

export const PICK_UP_REASON = 'Gestart na oppakken van signaal';

/**
 * Picking up a signal starts the household's case, or joins the open one (its team stays). When the actor has the
 * role regisseur and the case has neither a regisseur nor a pending offer, the actor becomes its regisseur.
 * The caller holds the household row lock. Returns the case id.
 */
export async function startOrJoinCaseOnPickUp(
  ctx: Ctx,
  tx: Tx,
  input: { householdId: string; municipalityCode: string; teamId: string },
): Promise<string> {
  const open = await openCaseOf(tx, input.householdId);
  const caseRow = open ?? (await insertCase(ctx, tx, { ...input, reason: PICK_UP_REASON }));
  const [locked] = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(eq(cases.id, caseRow.id))
    .for('update');
  if (!locked) throw new Error('case vanished');
  if (ctx.actor?.type === 'user' && ctx.actor.roles.includes('regisseur') && can(ctx.actor, 'case.work')) {
    const taken = await tx
      .select({ id: caseRegisseurs.id })
      .from(caseRegisseurs)
      .where(and(eq(caseRegisseurs.caseId, caseRow.id), ne(caseRegisseurs.status, 'beeindigd')))
      .then((rows) => rows.length > 0);
    if (!taken) await becomeRegisseur(ctx, tx, caseRow, ctx.actor.userId, PICK_UP_REASON);
  }
  await joinAsStarter(ctx, tx, caseRow);
  return caseRow.id;
}

/** The role in words of a professional who started or picked up a case without becoming its regisseur. */
export const STARTER_ROLE = 'aanmelder';

/**
 * Whoever starts a case (or picks up a signal of a household with a case) works on it, so they join its case team
 * unless they are already in it as regisseur or member, or lead the owning team. Without this, a professional would
 * lose sight of the case they just started: plain members of the owning team do not see its cases (access rule 1).
 */
export async function joinAsStarter(
  ctx: Ctx,
  tx: Tx,
  caseRow: { id: string; municipalityCode: string; teamId: string },
): Promise<void> {
  const actor = ctx.actor;
  if (actor?.type !== 'user' || !can(actor, 'case.work')) return;
  const today = dateInAmsterdam(ctx.now);
  const [already] = await tx
    .execute<{ one: number }>(sql`
    SELECT 1 AS one FROM case_regisseurs cr WHERE cr.case_id = ${caseRow.id} AND cr.user_id = ${actor.userId}
      AND cr.status IN ('actief', 'aangeboden')
    UNION ALL
    SELECT 1 FROM case_team_members ctm WHERE ctm.case_id = ${caseRow.id} AND ctm.user_id = ${actor.userId}
      AND (ctm.left_on IS NULL OR ctm.left_on > ${today}::date)
    LIMIT 1`)
    .then((r) => r.rows);
  if (already) return;
  if (actor.roles.includes('teamleider')) {
    const [leads] = await tx
      .select({ teamId: teamMembers.teamId })
      .from(teamMembers)
      .where(and(eq(teamMembers.teamId, caseRow.teamId), eq(teamMembers.userId, actor.userId)));
    if (leads) return;
  }
  const [inserted] = await tx
    .insert(caseTeamMembers)
    .values({
      caseId: caseRow.id,
      userId: actor.userId,
      organisationId: actor.organisationId,
      role: STARTER_ROLE,
      law: null,
      joinedOn: today,
      addedBy: actor.userId,
    })
    .returning({ id: caseTeamMembers.id });
  await appendAudit(ctx, tx, {
    action: 'case.team.join',
    resourceType: 'case',
    resourceIds: [caseRow.id],
    municipalityCode: caseRow.municipalityCode,
    details: { memberId: inserted?.id, userId: actor.userId, role: STARTER_ROLE, law: null },
  });
}

/**
 * Closing a case ends its case team: open memberships get left_on = today, in the closing transaction, so the
 * members' access ends with it. The regisseur rows are handled by the caller (closing ends the regisseur).
 */
export async function endCaseTeam(tx: Tx, caseId: string, today: string): Promise<number> {
  const ended = await tx
    .update(caseTeamMembers)
    .set({ leftOn: today })
    .where(
      and(
        eq(caseTeamMembers.caseId, caseId),
        or(isNull(caseTeamMembers.leftOn), sql`${caseTeamMembers.leftOn} > ${today}::date`),
      ),
    )
    .returning({ id: caseTeamMembers.id });
  return ended.length;
}

/** Makes `userId` the active regisseur of a case that has none (the caller checked and holds the case lock). */
export async function becomeRegisseur(
  ctx: Ctx,
  tx: Tx,
  caseRow: { id: string; municipalityCode: string },
  userId: string,
  reason: string | null,
) {
  try {
    await tx.insert(caseRegisseurs).values({
      caseId: caseRow.id,
      userId,
      status: 'actief',
      offeredBy: actorId(ctx.actor) === userId ? null : ctx.actor?.type === 'user' ? ctx.actor.userId : null,
      acceptedAt: ctx.now,
      reason,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'case_regisseurs_one_active_idx')) throw regisseurTaken();
    throw error;
  }
  await appendAudit(ctx, tx, {
    action: 'case.regisseur.start',
    resourceType: 'case',
    resourceIds: [caseRow.id],
    municipalityCode: caseRow.municipalityCode,
    details: { regisseurUserId: userId, reason },
  });
}

export function regisseurTaken() {
  return new DomainError(
    'conflict',
    'Deze casus heeft intussen al een regisseur. Laad de pagina opnieuw om te zien wie dat is',
  );
}
