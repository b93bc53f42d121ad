import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { actorId, inTransaction } from '../../context.ts';
import { budgets, costLaws } from '../../db/schema/index.ts';
import { can, officerMunicipalityScope, requireCapability } from '../access/policy.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { LAW_LABELS } from '../plans/provisions.schemas.ts';
import type { PutBudget } from './costs.schemas.ts';
import { budgetsOf, ownMunicipality } from './costs.service.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

/** The budget per law of a municipality of the actor in a year (null: none set). Policy figures, not suppressed. */
export async function listBudgets(ctx: Ctx, municipality: string, year: number) {
  requireCapability(ctx, 'population.aggregate');
  await ownMunicipality(ctx, ctx.db, municipality);
  const found = await budgetsOf(ctx.db, municipality, year);
  return {
    municipality,
    year,
    items: costLaws.map((law) => {
      const b = found.get(law);
      return {
        law,
        label: LAW_LABELS[law],
        amountCents: b?.amountCents ?? null,
        updatedAt: b ? iso(b.updatedAt) : null,
      };
    }),
  };
}

/** Sets (replaces) the budget of a law in a year (cost.manage); the audit row keeps the previous amount. */
export async function putBudget(ctx: Ctx, input: PutBudget) {
  requireCapability(ctx, 'cost.manage');
  await inTransaction(ctx, async (tx) => {
    await ownMunicipality(ctx, tx, input.municipality);
    const before = await tx.execute<{ amount_cents: string }>(sql`SELECT amount_cents FROM budgets
      WHERE municipality_code = ${input.municipality} AND law = ${input.law} AND year = ${input.year}
        AND ${officerMunicipalityScope(ctx.actor, sql`municipality_code`)} FOR UPDATE`);
    await tx
      .insert(budgets)
      .values({
        municipalityCode: input.municipality,
        law: input.law,
        year: input.year,
        amountCents: input.amountCents,
        updatedBy: actorId(ctx.actor),
        updatedAt: ctx.now,
      })
      .onConflictDoUpdate({
        target: [budgets.municipalityCode, budgets.law, budgets.year],
        set: { amountCents: input.amountCents, updatedBy: actorId(ctx.actor), updatedAt: ctx.now },
      });
    const previous = before.rows[0] ? Number(before.rows[0].amount_cents) : null;
    await appendAudit(ctx, tx, {
      action: 'budget.set',
      resourceType: 'budget',
      resourceIds: [`${input.municipality}:${input.law}:${input.year}`],
      municipalityCode: input.municipality,
      details: {
        law: input.law,
        year: input.year,
        amountCents: input.amountCents,
        previousAmountCents: previous,
      },
    });
  });
  return listBudgets(ctx, input.municipality, input.year);
}

/**
 * The organisations a provision can name as its provider: those working in one of the actor's municipalities
 * (organisation names are no personal data). For the provision form (case.work) and the cost page.
 */
export async function listProviders(ctx: Ctx) {
  if (!can(ctx.actor, 'population.aggregate')) requireCapability(ctx, 'case.work');
  const rows = await ctx.db.execute<{ id: string; name: string; kind: string }>(sql`
    SELECT o.id, o.name, o.kind FROM organisations o
    WHERE o.kind <> 'gemeente' AND EXISTS (SELECT 1 FROM organisation_municipalities om
      WHERE om.organisation_id = o.id AND ${officerMunicipalityScope(ctx.actor, sql`om.municipality_code`)})
    ORDER BY (o.kind IN ('zorgaanbieder', 'schuldhulpverlening')) DESC, o.name, o.id`);
  return { items: rows.rows };
}
