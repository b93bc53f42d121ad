import { sql } from 'drizzle-orm';
import type { Ctx, Executor } from '../../context.ts';
import { actorId, inTransaction } from '../../context.ts';
import { tariffs } from '../../db/schema/index.ts';
import { DomainError, fieldError } from '../../http/errors.ts';
import { officerMunicipalityScope, requireCapability } from '../access/policy.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { NewTariff, Tariff } from './costs.schemas.ts';
import { ownMunicipality } from './costs.service.ts';

type TariffRow = typeof tariffs.$inferSelect;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function toTariff(r: TariffRow): Tariff {
  return {
    id: r.id,
    municipality: r.municipalityCode,
    law: r.law,
    product: r.product,
    unit: r.unit,
    priceCents: r.priceCents,
    validFrom: r.validFrom,
    validTo: r.validTo,
    createdAt: iso(r.createdAt)!,
    endedAt: iso(r.endedAt),
  };
}

/** Every tariff of a municipality of the actor, ended ones included (population.aggregate: they are no person data). */
export async function listTariffs(ctx: Ctx, municipality: string): Promise<{ items: Tariff[] }> {
  requireCapability(ctx, 'population.aggregate');
  await ownMunicipality(ctx, ctx.db, municipality);
  const rows = await ctx.db
    .select()
    .from(tariffs)
    .where(sql`${tariffs.municipalityCode} = ${municipality}`)
    .orderBy(tariffs.law, tariffs.product, tariffs.validFrom);
  return { items: rows.map(toTariff) };
}

/**
 * Serialises changes to the tariffs of one municipality, law and product for the rest of the transaction, so two
 * requests cannot both find "no overlap" and both insert.
 */
async function lockProduct(tx: Executor, municipality: string, law: string, product: string): Promise<void> {
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${`tariff|${municipality}|${law}|${product}`}, 0))`,
  );
}

const dutchDate = (d: string) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;

/** A new tariff (cost.manage). 409 when it overlaps a tariff of the same municipality, law and product. */
export async function createTariff(ctx: Ctx, input: NewTariff): Promise<Tariff> {
  requireCapability(ctx, 'cost.manage');
  return inTransaction(ctx, async (tx) => {
    await ownMunicipality(ctx, tx, input.municipality);
    await lockProduct(tx, input.municipality, input.law, input.product);
    const overlap = await tx.execute<{ valid_from: string; valid_to: string | null }>(sql`
      SELECT valid_from::text, valid_to::text FROM tariffs
      WHERE municipality_code = ${input.municipality} AND law = ${input.law} AND product = ${input.product}
        AND valid_from <= COALESCE(${input.validTo}::date, 'infinity'::date)
        AND COALESCE(valid_to, 'infinity'::date) >= ${input.validFrom}::date
      ORDER BY valid_from LIMIT 1`);
    const other = overlap.rows[0];
    if (other) {
      const until = other.valid_to ? `tot en met ${dutchDate(other.valid_to)}` : 'zonder einddatum';
      throw new DomainError(
        'conflict',
        `Er is al een tarief voor ${input.product} in deze periode (vanaf ${dutchDate(other.valid_from)}, ${until}). ` +
          'Beëindig dat tarief eerst, of kies een andere begindatum.',
      );
    }
    const [row] = await tx
      .insert(tariffs)
      .values({
        municipalityCode: input.municipality,
        law: input.law,
        product: input.product,
        unit: input.unit,
        priceCents: input.priceCents,
        validFrom: input.validFrom,
        validTo: input.validTo,
        createdBy: actorId(ctx.actor),
        createdAt: ctx.now,
      })
      .returning();
    await appendAudit(ctx, tx, {
      action: 'tariff.create',
      resourceType: 'tariff',
      resourceIds: [row!.id],
      municipalityCode: input.municipality,
      details: {
        law: input.law,
        product: input.product,
        unit: input.unit,
        priceCents: input.priceCents,
        validFrom: input.validFrom,
        validTo: input.validTo,
      },
    });
    return toTariff(row!);
  });
}

/**
 * Ends a tariff on `validTo` (its last day; cost.manage). A tariff is never deleted and can only end earlier than
 * it did: costs already computed with it must stay explainable.
 */
export async function endTariff(ctx: Ctx, id: string, validTo: string): Promise<Tariff> {
  requireCapability(ctx, 'cost.manage');
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx
      .select()
      .from(tariffs)
      .where(sql`${tariffs.id} = ${id} AND ${officerMunicipalityScope(ctx.actor, tariffs.municipalityCode)}`)
      .for('update');
    if (!existing)
      throw new DomainError('not_found', 'Dit tarief bestaat niet of valt buiten uw organisatie');
    if (validTo < existing.validFrom)
      throw fieldError('validTo', 'De laatste dag ligt vóór de begindatum van het tarief');
    if (existing.validTo !== null && validTo >= existing.validTo)
      throw new DomainError(
        'conflict',
        `Dit tarief eindigt al op ${dutchDate(existing.validTo)}. U kunt het alleen eerder laten eindigen.`,
      );
    const [row] = await tx
      .update(tariffs)
      .set({ validTo, endedBy: actorId(ctx.actor), endedAt: ctx.now })
      .where(sql`${tariffs.id} = ${id}`)
      .returning();
    await appendAudit(ctx, tx, {
      action: 'tariff.end',
      resourceType: 'tariff',
      resourceIds: [id],
      municipalityCode: existing.municipalityCode,
      details: { validTo, previousValidTo: existing.validTo },
    });
    return toTariff(row!);
  });
}
