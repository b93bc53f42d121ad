import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { caseRegisseurs, cases, households, teamMunicipalities } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { dateInAmsterdam } from '../../lib/dates.ts';
import { caseScope, householdScope } from '../access/policy.ts';
import { appendAudit, auditRead } from '../audit/audit.service.ts';
import { requireCase } from './case-access.ts';
import { caseWorker, isTeamMember, requireSteer } from './case-roles.ts';
import {
  endCaseTeam,
  insertCase,
  joinAsStarter,
  lockHousehold,
  openCaseConflict,
  openCaseOf,
} from './case-start.ts';
import { caseDetail, selectCaseSummaries, toSummary } from './case-view.ts';
import type { CaseDetail, CaseListQuery, CaseSummary, NewCase, TransitionRequest } from './cases.schemas.ts';
import { findTransition, lifecycleDefinition, phaseLabel } from './lifecycle.ts';
import { recordTransition } from './transition-log.ts';
import { isUniqueViolation } from './unique-violation.ts';

/** The lifecycle definition new cases follow (phases, labels, allowed moves). Configuration, no personal data. */
export function getLifecycle(version?: number) {
  return lifecycleDefinition(version);
}

/** The actor's cases (caseScope, in SQL), open ones unless a phase is asked for; newest first; audited. */
export async function listCases(
  ctx: Ctx,
  query: CaseListQuery,
  page: { limit: number; offset: number },
): Promise<{ items: CaseSummary[]; total: number }> {
  const user = caseWorker(ctx);
  const where = and(
    caseScope(ctx.actor, ctx.now, cases.id),
    query.phase ? eq(cases.phase, query.phase) : ne(cases.phase, 'afgesloten'),
    query.team ? eq(cases.teamId, query.team) : undefined,
    query.mine
      ? sql`(${cases.id} IN (SELECT cr.case_id FROM case_regisseurs cr WHERE cr.user_id = ${user.userId}
          AND cr.status IN ('actief', 'aangeboden'))
        OR ${cases.id} IN (SELECT ctm.case_id FROM case_team_members ctm WHERE ctm.user_id = ${user.userId}
          AND ctm.left_on IS NULL))`
      : undefined,
  );
  return inTransaction(ctx, async (tx) => {
    const rows = await selectCaseSummaries(tx, where)
      .orderBy(desc(cases.openedOn), asc(cases.id))
      .limit(page.limit)
      .offset(page.offset);
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(cases).where(where);
    await auditRead(
      ctx,
      tx,
      'case',
      rows.map((r) => ({ id: r.id, municipalityCode: r.municipalityCode })),
      { list: true, phase: query.phase ?? null, team: query.team ?? null, mine: query.mine },
    );
    return { items: rows.map(toSummary), total: count?.n ?? 0 };
  });
}

/**
 * Starts a case for a household in the actor's scope, owned by one of the actor's teams that serves the
 * household's municipality. A second open case for the household is refused with a 409 naming the open one.
 */
export async function createCase(ctx: Ctx, input: NewCase): Promise<CaseDetail> {
  const user = caseWorker(ctx);
  return inTransaction(ctx, async (tx) => {
    const [visible] = await tx
      .select({ id: households.id })
      .from(households)
      .where(and(eq(households.id, input.householdId), householdScope(ctx.actor, ctx.now)));
    if (!visible)
      throw new DomainError('not_found', 'Dit huishouden bestaat niet of u heeft er geen toegang toe');
    const household = await lockHousehold(tx, input.householdId);
    if (!household)
      throw new DomainError('not_found', 'Dit huishouden bestaat niet of u heeft er geen toegang toe');
    if (!(await isTeamMember(tx, user.userId, input.teamId))) {
      throw new DomainError('validation', 'Kies een team waar u zelf in zit', [
        { path: 'teamId', message: 'Kies een team waar u zelf in zit' },
      ]);
    }
    const serves = await tx
      .select({ teamId: teamMunicipalities.teamId })
      .from(teamMunicipalities)
      .where(
        and(
          eq(teamMunicipalities.teamId, input.teamId),
          eq(teamMunicipalities.municipalityCode, household.municipalityCode),
        ),
      );
    if (serves.length === 0) {
      throw new DomainError('validation', 'Dit team werkt niet in de gemeente van dit huishouden', [
        { path: 'teamId', message: 'Kies een team dat in de gemeente van dit huishouden werkt' },
      ]);
    }
    const open = await openCaseOf(tx, input.householdId);
    if (open) throw await openCaseConflict(tx, open);
    const created = await insertCase(ctx, tx, {
      householdId: input.householdId,
      municipalityCode: household.municipalityCode,
      teamId: input.teamId,
      reason: 'Casus gestart',
    });
    await joinAsStarter(ctx, tx, created);
    return caseDetail(ctx, tx, created);
  });
}

/** The case page: loaded through requireCase (caseScope) and audited as a read of personal data. */
export async function getCase(ctx: Ctx, caseId: string): Promise<CaseDetail> {
  caseWorker(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    await auditRead(ctx, tx, 'case', [{ id: row.id, municipalityCode: row.municipalityCode }]);
    return caseDetail(ctx, tx, row);
  });
}

/**
 * Moves a case to another phase, if the lifecycle version the case follows allows it. The case row is locked, so
 * two moves at once are applied one after the other and the second is checked against the first's result.
 * Entering evaluatie records the date; closing ends the regisseur, any pending handover and the case team
 * memberships (left_on = today); reopening fails
 * when the household meanwhile has another open case.
 */
export async function transitionCase(
  ctx: Ctx,
  caseId: string,
  input: TransitionRequest,
): Promise<CaseDetail> {
  const user = caseWorker(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId, { forUpdate: true });
    await requireSteer(ctx, tx, row);
    const definition = lifecycleDefinition(row.lifecycleVersion);
    const move = findTransition(definition, row.phase, input.to);
    if (!move) {
      throw new DomainError(
        'conflict',
        row.phase === input.to
          ? `De casus staat al in de fase ${phaseLabel(definition, row.phase)}`
          : `Van ${phaseLabel(definition, row.phase)} naar ${phaseLabel(definition, input.to)} kan niet`,
      );
    }
    const reason = input.reason?.trim() ?? '';
    if (move.reasonRequired && reason === '') {
      throw new DomainError('validation', `Vul een reden in voor: ${move.label}`, [
        { path: 'reason', message: `Vul een reden in voor: ${move.label}` },
      ]);
    }
    const today = dateInAmsterdam(ctx.now);
    let teamEnded = 0;
    if (row.phase === 'afgesloten') {
      const open = await openCaseOf(tx, row.householdId, row.id);
      if (open) throw await openCaseConflict(tx, open);
    }
    try {
      await tx
        .update(cases)
        .set({
          phase: input.to,
          closedOn: input.to === 'afgesloten' ? today : null,
          ...(input.to === 'evaluatie' ? { lastEvaluatedOn: today } : {}),
        })
        .where(eq(cases.id, row.id));
    } catch (error) {
      if (isUniqueViolation(error, 'cases_one_open_per_household_idx')) {
        throw new DomainError('conflict', 'Dit huishouden heeft intussen een andere open casus');
      }
      throw error;
    }
    if (input.to === 'afgesloten') {
      // A closed case has no regisseur: nobody is responsible for a case that is finished.
      await tx
        .update(caseRegisseurs)
        .set({ status: 'beeindigd', endedAt: ctx.now })
        .where(and(eq(caseRegisseurs.caseId, row.id), eq(caseRegisseurs.status, 'actief')));
      await tx
        .update(caseRegisseurs)
        .set({ status: 'ingetrokken', endedAt: ctx.now })
        .where(and(eq(caseRegisseurs.caseId, row.id), eq(caseRegisseurs.status, 'aangeboden')));
      // The case team's access ends with the case (access rule 1): only the team leader still sees it.
      teamEnded = await endCaseTeam(tx, row.id, today);
    }
    const recorded = reason === '' ? move.label : reason;
    await recordTransition(tx, {
      caseId: row.id,
      fromPhase: row.phase,
      toPhase: input.to,
      lifecycleVersion: row.lifecycleVersion,
      reason: recorded,
      actorId: user.userId,
      now: ctx.now,
    });
    await appendAudit(ctx, tx, {
      action: 'case.transition',
      resourceType: 'case',
      resourceIds: [row.id],
      municipalityCode: row.municipalityCode,
      details: {
        from: row.phase,
        to: input.to,
        reason: recorded,
        lifecycleVersion: row.lifecycleVersion,
        ...(input.to === 'afgesloten' ? { caseTeamEnded: teamEnded } : {}),
      },
    });
    const [updated] = await tx.select().from(cases).where(eq(cases.id, row.id));
    if (!updated) throw new Error('case vanished');
    return caseDetail(ctx, tx, updated);
  });
}
