import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Ctx, Executor } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { cases, caseTeamMembers, organisations, userRoles, users } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { dateInAmsterdam } from '../../lib/dates.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { requireCase, requireOpen } from './case-access.ts';
import { activeRegisseurOf, caseWorker, maySteer, requireSteer } from './case-roles.ts';
import { caseDetail } from './case-view.ts';
import type { Candidate, CaseDetail, NewTeamMember } from './cases.schemas.ts';
import { isUniqueViolation } from './unique-violation.ts';

/**
 * The case team: professionals of any organisation (wijkteam, schuldhulp, care provider, ...) who work on the
 * household's case, each with their role and the law they work under. Membership is what gives someone from
 * outside the owning team access (caseScope); leaving sets left_on and that access ends at once.
 */

/** The roles that work on cases (the case.work capability): only these can join a case team or lead a case. */
const CASE_ROLES = ['regisseur', 'wijkteam_professional', 'schuldhulpverlener', 'teamleider'] as const;

/**
 * Professionals who work for the case's municipality: their organisation serves it, or one of their teams does.
 * A condition on users.id.
 */
function servesMunicipality(municipalityCode: string) {
  return sql`(${users.organisationId} IN (SELECT om.organisation_id FROM organisation_municipalities om
      WHERE om.municipality_code = ${municipalityCode})
    OR ${users.id} IN (SELECT tm.user_id FROM team_members tm JOIN team_municipalities t ON t.team_id = tm.team_id
      WHERE t.municipality_code = ${municipalityCode}))`;
}

async function candidateRows(db: Executor, caseId: string, municipalityCode: string, userId?: string) {
  const rows = await db
    .select({
      userId: users.id,
      displayName: users.displayName,
      organisationId: organisations.id,
      organisationName: organisations.name,
      roles: sql<string[]>`array_agg(${userRoles.role})`,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), inArray(userRoles.role, [...CASE_ROLES])))
    .where(
      and(
        eq(users.active, true),
        userId ? eq(users.id, userId) : undefined,
        servesMunicipality(municipalityCode),
        sql`${users.id} NOT IN (SELECT ctm.user_id FROM case_team_members ctm
          WHERE ctm.case_id = ${caseId} AND ctm.left_on IS NULL)`,
      ),
    )
    .groupBy(users.id, organisations.id)
    .orderBy(asc(users.displayName));
  return rows.map((r): Candidate & { organisationId: string } => ({
    userId: r.userId,
    displayName: r.displayName,
    organisation: { id: r.organisationId, name: r.organisationName },
    organisationId: r.organisationId,
    canLead: r.roles.includes('regisseur'),
  }));
}

/** People who may join the case team (and, with canLead, become its regisseur). Staff data only. */
export async function listCandidates(ctx: Ctx, caseId: string): Promise<Candidate[]> {
  caseWorker(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    const rows = await candidateRows(tx, row.id, row.municipalityCode);
    return rows.map(({ organisationId: _, ...c }) => c);
  });
}

/** Adds a professional to the case team with a role in words and, optionally, the law they work under. */
export async function addTeamMember(ctx: Ctx, caseId: string, input: NewTeamMember): Promise<CaseDetail> {
  const user = caseWorker(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId, { forUpdate: true });
    requireOpen(row);
    await requireSteer(ctx, tx, row);
    const [candidate] = await candidateRows(tx, row.id, row.municipalityCode, input.userId);
    if (!candidate) {
      const already = await tx
        .select({ id: caseTeamMembers.id })
        .from(caseTeamMembers)
        .where(
          and(
            eq(caseTeamMembers.caseId, row.id),
            eq(caseTeamMembers.userId, input.userId),
            isNull(caseTeamMembers.leftOn),
          ),
        );
      if (already.length > 0) throw new DomainError('conflict', 'Deze persoon zit al in het casusteam');
      throw new DomainError('validation', 'Deze persoon kan niet in het casusteam', [
        { path: 'userId', message: 'Kies een professional die voor deze gemeente werkt' },
      ]);
    }
    let memberId: string | undefined;
    try {
      const [inserted] = await tx
        .insert(caseTeamMembers)
        .values({
          caseId: row.id,
          userId: input.userId,
          organisationId: candidate.organisationId,
          role: input.role,
          law: input.law ?? null,
          joinedOn: dateInAmsterdam(ctx.now),
          addedBy: user.userId,
        })
        .returning({ id: caseTeamMembers.id });
      memberId = inserted?.id;
    } catch (error) {
      if (isUniqueViolation(error, 'case_team_members_active_idx')) {
        throw new DomainError('conflict', 'Deze persoon zit al in het casusteam');
      }
      throw error;
    }
    await appendAudit(ctx, tx, {
      action: 'case.team.join',
      resourceType: 'case',
      resourceIds: [row.id],
      municipalityCode: row.municipalityCode,
      details: { memberId, userId: input.userId, role: input.role, law: input.law ?? null },
    });
    return caseDetail(ctx, tx, row);
  });
}

/**
 * A member leaves the case team (themselves, or removed by whoever steers the case). left_on is today; caseScope
 * ignores members with left_on, so their access ends with this transaction.
 */
export async function leaveTeam(ctx: Ctx, caseId: string, memberId: string): Promise<CaseDetail> {
  const user = caseWorker(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId, { forUpdate: true });
    const [member] = await tx
      .select()
      .from(caseTeamMembers)
      .where(and(eq(caseTeamMembers.id, memberId), eq(caseTeamMembers.caseId, row.id)))
      .for('update');
    if (!member) throw new DomainError('not_found', 'Dit teamlid bestaat niet');
    if (member.leftOn) throw new DomainError('conflict', 'Deze persoon heeft het casusteam al verlaten');
    if (
      member.userId !== user.userId &&
      !(await maySteer(ctx, tx, row, await activeRegisseurOf(tx, row.id)))
    ) {
      throw new DomainError(
        'forbidden',
        'Alleen het teamlid zelf, de regisseur of de teamleider kan dit doen',
      );
    }
    await tx
      .update(caseTeamMembers)
      .set({ leftOn: dateInAmsterdam(ctx.now) })
      .where(eq(caseTeamMembers.id, member.id));
    await appendAudit(ctx, tx, {
      action: 'case.team.leave',
      resourceType: 'case',
      resourceIds: [row.id],
      municipalityCode: row.municipalityCode,
      details: { memberId, userId: member.userId },
    });
    const [updated] = await tx.select().from(cases).where(eq(cases.id, row.id));
    if (!updated) throw new Error('case vanished');
    return caseDetail(ctx, tx, updated);
  });
}
