import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { areas, municipalities, organisationMunicipalities } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { requireCapability } from '../access/policy.ts';
import { suppress } from './suppression.ts';

/**
 * Households and residents per wijk of one municipality, counted in the database. No person is returned, and
 * both counts of a wijk are hidden when the wijk has fewer than 10 households.
 */
export async function populationByWijk(ctx: Ctx, municipalityCode: string) {
  requireCapability(ctx, 'population.aggregate');
  if (ctx.actor?.type !== 'user') throw new DomainError('unauthenticated');
  const [mine] = await ctx.db
    .select({ code: municipalities.code, name: municipalities.name })
    .from(organisationMunicipalities)
    .innerJoin(municipalities, eq(municipalities.code, organisationMunicipalities.municipalityCode))
    .where(
      and(
        eq(organisationMunicipalities.organisationId, ctx.actor.organisationId),
        eq(organisationMunicipalities.municipalityCode, municipalityCode),
      ),
    );
  if (!mine) throw new DomainError('not_found', 'Deze gemeente is onbekend of valt buiten uw organisatie');
  const rows = await ctx.db.execute<{
    wijk_code: string;
    wijk_name: string;
    households: number;
    persons: number;
  }>(sql`
    SELECT w.code AS wijk_code, w.name AS wijk_name,
      (SELECT count(*)::int FROM households h JOIN addresses a ON a.id = h.address_id
        WHERE a.wijk_code = w.code AND h.ended_on IS NULL) AS households,
      (SELECT count(*)::int FROM household_members m JOIN households h ON h.id = m.household_id
        JOIN addresses a ON a.id = h.address_id
        WHERE a.wijk_code = w.code AND h.ended_on IS NULL AND m.to_date IS NULL) AS persons
    FROM ${areas} w
    WHERE w.municipality_code = ${municipalityCode} AND w.kind = 'wijk'
    ORDER BY w.code`);
  return {
    municipality: mine,
    items: rows.rows.map((r) => {
      const households = suppress(r.households);
      return {
        wijkCode: r.wijk_code,
        wijkName: r.wijk_name,
        households,
        persons: households === null ? null : r.persons,
        suppressed: households === null,
      };
    }),
  };
}
