import { asc, eq } from 'drizzle-orm';
import { ZRM_DOMAINS, ZRM_SCALE } from '../../../shared/zrm.ts';
import type { Ctx, Executor } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { zrmAssessments } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { dateInAmsterdam } from '../../lib/dates.ts';
import { appendAudit, auditRead } from '../audit/audit.service.ts';
import { type CaseRow, requireCase, requireOpen } from '../cases/case-access.ts';
import { loadPlanMembers, loadUserRefs } from './plan-members.ts';
import type { NewZrm, ZrmView } from './zrm.schemas.ts';

/**
 * ZRM assessments of the adults of the case's household. History is per case: every assessment is kept (never
 * updated), so the trend per domain is the list in date order.
 */
async function zrmView(ctx: Ctx, db: Executor, row: CaseRow): Promise<ZrmView> {
  const members = await loadPlanMembers(db, row.householdId, dateInAmsterdam(ctx.now));
  const rows = await db
    .select()
    .from(zrmAssessments)
    .where(eq(zrmAssessments.caseId, row.id))
    .orderBy(asc(zrmAssessments.assessedOn), asc(zrmAssessments.createdAt), asc(zrmAssessments.id));
  const users = await loadUserRefs(
    db,
    rows.map((r) => r.assessedBy),
  );
  return {
    domains: ZRM_DOMAINS.map((d) => ({ code: d.code, label: d.label })),
    scale: ZRM_SCALE.map((s) => ({ score: s.score, label: s.label })),
    adults: members.filter((m) => m.adult).map((m) => ({ personId: m.personId, name: m.name })),
    assessments: rows.map((r) => ({
      id: r.id,
      personId: r.personId,
      assessedOn: r.assessedOn,
      scores: r.scores,
      assessedBy: r.assessedBy ? (users.get(r.assessedBy) ?? null) : null,
    })),
  };
}

export async function getZrm(ctx: Ctx, caseId: string): Promise<ZrmView> {
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    const view = await zrmView(ctx, tx, row);
    await auditRead(ctx, tx, 'zrm', [{ id: row.id, municipalityCode: row.municipalityCode }], {
      assessmentIds: view.assessments.map((a) => a.id),
    });
    return view;
  });
}

/** Records one assessment: the person must be an adult member now, the date not in the future. */
export async function addZrmAssessment(ctx: Ctx, caseId: string, input: NewZrm): Promise<ZrmView> {
  if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
  const userId = ctx.actor.userId;
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    requireOpen(row);
    const today = dateInAmsterdam(ctx.now);
    if (input.assessedOn > today) {
      const message = 'De datum van de beoordeling ligt in de toekomst';
      throw new DomainError('validation', message, [{ path: 'assessedOn', message }]);
    }
    const member = (await loadPlanMembers(tx, row.householdId, today)).find(
      (m) => m.personId === input.personId,
    );
    if (!member?.adult) {
      const message = member
        ? 'De ZRM is voor volwassenen: deze persoon is jonger dan 18 jaar (of de geboortedatum is onbekend)'
        : 'Deze persoon hoort niet bij het huishouden';
      throw new DomainError('validation', message, [{ path: 'personId', message }]);
    }
    const [created] = await tx
      .insert(zrmAssessments)
      .values({
        caseId,
        personId: input.personId,
        assessedOn: input.assessedOn,
        scores: input.scores,
        assessedBy: userId,
        createdAt: ctx.now,
      })
      .returning({ id: zrmAssessments.id });
    if (!created) throw new Error('zrm insert returned nothing');
    await appendAudit(ctx, tx, {
      action: 'zrm.create',
      resourceType: 'zrm',
      resourceIds: [created.id],
      municipalityCode: row.municipalityCode,
      details: { caseId, personId: input.personId, assessedOn: input.assessedOn },
    });
    return zrmView(ctx, tx, row);
  });
}
