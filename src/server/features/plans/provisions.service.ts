import { and, asc, eq, sql } from 'drizzle-orm';
import type { Ctx, Executor } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { provisions } from '../../db/schema/index.ts';
import { DomainError, type FieldError } from '../../http/errors.ts';
import { dateInAmsterdam } from '../../lib/dates.ts';
import { provisionVisible } from '../access/law-visibility.ts';
import { appendAudit, auditRead } from '../audit/audit.service.ts';
import { type CaseRow, requireCase, requireOpen } from '../cases/case-access.ts';
import { loadPlanMembers } from './plan-members.ts';
import { contentOf, latestVersion } from './plans.service.ts';
import type { Provision, ProvisionInput } from './provisions.schemas.ts';

type ProvisionRow = typeof provisions.$inferSelect;

export function toProvision(r: ProvisionRow): Provision {
  return {
    id: r.id,
    law: r.law,
    product: r.product,
    reference: r.reference,
    personId: r.personId,
    startDate: r.startDate,
    endDate: r.endDate,
    extent: r.extent,
    status: r.status,
    decidedOn: r.decidedOn,
    legalBasis: r.legalBasis,
    goalIds: r.goalIds,
    extentQuantity: r.extentQuantity === null ? null : Number(r.extentQuantity),
    extentUnit: r.extentUnit,
    extentPer: r.extentPer,
    providerId: r.providerId,
  };
}

/**
 * The provisions of the case's household the actor may see: those of this plan and those recorded outside any
 * plan (bijstand), leaving out those of a law the actor may not see (access rule 6) and those of other cases of the
 * household the actor does not work on.
 */
export async function householdProvisions(ctx: Ctx, db: Executor, row: CaseRow): Promise<ProvisionRow[]> {
  return db
    .select()
    .from(provisions)
    .where(
      and(eq(provisions.householdId, row.householdId), provisionVisible(ctx.actor, ctx.now, 'provisions')),
    )
    .orderBy(asc(provisions.startDate), asc(provisions.createdAt), asc(provisions.id));
}

export async function listProvisions(ctx: Ctx, caseId: string): Promise<Provision[]> {
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    const rows = await householdProvisions(ctx, tx, row);
    await auditRead(ctx, tx, 'provision', rows, { caseId });
    return rows.map(toProvision);
  });
}

/** The checks that need the database: decision date, person in the household, goals in the latest plan. */
async function checkAgainstCase(ctx: Ctx, tx: Executor, row: CaseRow, input: ProvisionInput): Promise<void> {
  const errors: FieldError[] = [];
  const today = dateInAmsterdam(ctx.now);
  if (input.decidedOn && input.decidedOn > today) {
    errors.push({ path: 'decidedOn', message: 'De datum van het besluit ligt in de toekomst' });
  }
  if (input.personId) {
    const members = await loadPlanMembers(tx, row.householdId, today);
    if (!members.some((m) => m.personId === input.personId)) {
      errors.push({ path: 'personId', message: 'Deze persoon hoort niet bij het huishouden' });
    }
  }
  if (input.goalIds.length > 0) {
    // Goal ids are stable across versions, but only a goal still in the current plan can be served.
    const goals = new Set(contentOf(await latestVersion(tx, row.id)).goals.map((g) => g.id));
    input.goalIds.forEach((id, i) => {
      if (!goals.has(id))
        errors.push({ path: `goalIds.${i}`, message: 'Dit doel staat niet (meer) in het plan' });
    });
  }
  if (input.providerId) {
    // A provider is an organisation that works in the case's municipality (not the municipality itself).
    const found = await tx.execute(sql`SELECT 1 FROM organisations o
      JOIN organisation_municipalities om ON om.organisation_id = o.id
      WHERE o.id = ${input.providerId} AND o.kind <> 'gemeente' AND om.municipality_code = ${row.municipalityCode}`);
    if (found.rows.length === 0)
      errors.push({
        path: 'providerId',
        message: 'Deze aanbieder werkt niet in de gemeente van dit huishouden',
      });
  }
  if (errors.length > 0) throw new DomainError('validation', errors.map((e) => e.message).join('; '), errors);
}

const columns = (input: ProvisionInput) => ({
  law: input.law,
  product: input.product,
  reference: input.reference,
  personId: input.personId,
  startDate: input.startDate,
  endDate: input.endDate,
  extent: input.extent,
  status: input.status,
  decidedOn: input.decidedOn,
  legalBasis: input.legalBasis,
  goalIds: input.goalIds,
  extentQuantity: input.extentQuantity,
  extentUnit: input.extentUnit,
  extentPer: input.extentPer,
  providerId: input.providerId,
});

function userIdOf(ctx: Ctx): string {
  if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
  return ctx.actor.userId;
}

export async function createProvision(ctx: Ctx, caseId: string, input: ProvisionInput): Promise<Provision> {
  const userId = userIdOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    requireOpen(row);
    await checkAgainstCase(ctx, tx, row, input);
    const [created] = await tx
      .insert(provisions)
      .values({
        ...columns(input),
        municipalityCode: row.municipalityCode,
        householdId: row.householdId,
        caseId,
        decidedBy: input.decidedOn ? userId : null,
        createdAt: ctx.now,
      })
      .returning();
    if (!created) throw new Error('provision insert returned nothing');
    await appendAudit(ctx, tx, {
      action: 'provision.create',
      resourceType: 'provision',
      resourceIds: [created.id],
      municipalityCode: row.municipalityCode,
      details: { caseId, law: input.law, status: input.status },
    });
    return toProvision(created);
  });
}

/**
 * Replaces a provision of the household. A provision recorded outside any plan joins this case's plan when edited
 * here; a recorded bijstand decision (with its calculation) is changed only through the decisions feature, so its
 * calculation and its data never disagree.
 */
export async function updateProvision(
  ctx: Ctx,
  caseId: string,
  provisionId: string,
  input: ProvisionInput,
): Promise<Provision> {
  const userId = userIdOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await requireCase(ctx, tx, caseId);
    requireOpen(row);
    const [existing] = await tx
      .select()
      .from(provisions)
      .where(
        and(
          eq(provisions.id, provisionId),
          eq(provisions.householdId, row.householdId),
          provisionVisible(ctx.actor, ctx.now, 'provisions'),
        ),
      )
      .for('update');
    if (!existing) throw new DomainError('not_found', 'Deze voorziening bestaat niet bij dit huishouden');
    if (existing.caseId && existing.caseId !== caseId) {
      throw new DomainError('conflict', 'Deze voorziening hoort bij een andere casus van dit huishouden');
    }
    if (existing.calculation) {
      throw new DomainError(
        'conflict',
        'Deze voorziening is een vastgelegd besluit met een berekening. Wijzig het besluit via Besluiten',
      );
    }
    await checkAgainstCase(ctx, tx, row, input);
    const decidedChanged = input.decidedOn !== existing.decidedOn;
    const [updated] = await tx
      .update(provisions)
      .set({
        ...columns(input),
        caseId,
        decidedBy: !input.decidedOn ? null : decidedChanged ? userId : existing.decidedBy,
      })
      .where(eq(provisions.id, provisionId))
      .returning();
    if (!updated) throw new Error('provision update returned nothing');
    await appendAudit(ctx, tx, {
      action: 'provision.update',
      resourceType: 'provision',
      resourceIds: [provisionId],
      municipalityCode: row.municipalityCode,
      details: { caseId, law: input.law, status: input.status, previousStatus: existing.status },
    });
    return toProvision(updated);
  });
}
