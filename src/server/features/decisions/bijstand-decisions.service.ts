import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { householdMembers, households, provisions } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { dateInAmsterdam } from '../../lib/dates.ts';
import { householdFullScope, provisionVisible, requireCapability } from '../access/policy.ts';
import { appendAudit, auditRead } from '../audit/audit.service.ts';
import type { BijstandsnormResultaat } from '../rules/rules.schemas.ts';
import { bijstandsnormBerekenen } from '../rules/rules.service.ts';

export type BijstandDecisionInput = {
  personId: string;
  ingangsdatum: string;
  huishouden: Record<string, unknown>;
};

const LAW = 'participatiewet';
const PRODUCT = 'algemene-bijstand';

/** The household, if the actor may see it; otherwise "not found", so its existence does not leak. */
async function householdInScope(ctx: Ctx, tx: Tx, householdId: string) {
  const [row] = await tx
    .select({ id: households.id, municipalityCode: households.municipalityCode })
    .from(households)
    .where(and(eq(households.id, householdId), householdFullScope(ctx.actor, ctx.now)));
  if (!row) throw new DomainError('not_found', 'Dit huishouden bestaat niet of u heeft er geen toegang toe');
  return row;
}

/** The calculation, with its field errors placed under `huishouden.` so the form can show them at the right field. */
function calculate(input: BijstandDecisionInput): BijstandsnormResultaat {
  try {
    // The norm of a decision is the norm on the day it takes effect.
    return bijstandsnormBerekenen({ ...input.huishouden, peildatum: input.ingangsdatum });
  } catch (err) {
    if (err instanceof DomainError && err.code === 'validation') {
      throw new DomainError(
        'validation',
        err.message,
        err.errors?.map((e) => ({ path: `huishouden.${e.path}`, message: e.message })),
      );
    }
    throw err;
  }
}

/** The articles the amount rests on: every article the explanation names, in order, once. */
export function legalBasisOf(result: BijstandsnormResultaat): string {
  return [...new Set(result.uitleg.map((step) => step.artikel))].join('; ');
}

function toDecision(row: typeof provisions.$inferSelect) {
  return {
    id: row.id,
    householdId: row.householdId,
    personId: row.personId,
    ingangsdatum: row.startDate,
    besluitdatum: row.decidedOn ?? row.startDate,
    totaalCent: row.amountCents ?? 0,
    grondslag: row.legalBasis ?? '',
    berekening: row.calculation as BijstandsnormResultaat,
  };
}

/**
 * A regisseur records a Participatiewet decision for a claimant in a household they may see. The norm is computed
 * by the rules feature on the date the decision takes effect and stored whole (amount, articles, explanation and the
 * parameter table used), so an objection (bezwaar) can be answered from exactly what was decided.
 */
export async function recordBijstandDecision(ctx: Ctx, householdId: string, input: BijstandDecisionInput) {
  requireCapability(ctx, 'provision.decide');
  if (ctx.actor?.type !== 'user') throw new DomainError('unauthenticated');
  const decidedBy = ctx.actor.userId;
  return inTransaction(ctx, async (tx) => {
    const household = await householdInScope(ctx, tx, householdId);
    const [member] = await tx
      .select({ id: householdMembers.personId })
      .from(householdMembers)
      .where(
        and(
          eq(householdMembers.householdId, householdId),
          eq(householdMembers.personId, input.personId),
          isNull(householdMembers.toDate),
        ),
      );
    if (!member) {
      throw new DomainError('validation', 'De aanvrager hoort niet (meer) bij dit huishouden', [
        { path: 'personId', message: 'Kies een persoon die nu bij dit huishouden woont' },
      ]);
    }
    const result = calculate(input);
    const [row] = await tx
      .insert(provisions)
      .values({
        municipalityCode: household.municipalityCode,
        householdId,
        personId: input.personId,
        law: LAW,
        product: PRODUCT,
        startDate: input.ingangsdatum,
        status: 'toegekend',
        decidedOn: dateInAmsterdam(ctx.now),
        decidedBy,
        legalBasis: legalBasisOf(result),
        amountCents: result.totaalCent,
        calculation: result as unknown as Record<string, unknown>,
      })
      .returning();
    if (!row) throw new Error('provision insert returned nothing');
    await appendAudit(ctx, tx, {
      action: 'provision.decide',
      resourceType: 'provision',
      resourceIds: [row.id],
      municipalityCode: household.municipalityCode,
      details: {
        householdId,
        law: LAW,
        product: PRODUCT,
        totaalCent: result.totaalCent,
        tabel: result.tabel.id,
      },
    });
    return toDecision(row);
  });
}

/**
 * The recorded bijstand decisions of a household, newest first; an audited read of personal data. Participatiewet
 * data is a law category (access rule 6): only the decisions the actor may see of that law are listed.
 */
export async function listBijstandDecisions(ctx: Ctx, householdId: string) {
  requireCapability(ctx, 'household.read');
  return inTransaction(ctx, async (tx) => {
    const household = await householdInScope(ctx, tx, householdId);
    const rows = await tx
      .select()
      .from(provisions)
      .where(
        and(
          eq(provisions.householdId, householdId),
          eq(provisions.law, LAW),
          eq(provisions.product, PRODUCT),
          isNotNull(provisions.calculation),
          provisionVisible(ctx.actor, ctx.now, 'provisions'),
        ),
      )
      .orderBy(desc(provisions.decidedOn), desc(provisions.createdAt), sql`${provisions.id}`);
    await auditRead(
      ctx,
      tx,
      'provision',
      rows.map((r) => ({ id: r.id, municipalityCode: household.municipalityCode })),
      {
        householdId,
      },
    );
    return rows.map(toDecision);
  });
}
