import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../http/errors.ts';
import { officerMunicipalityScope, requireCapability, todayOf } from '../access/policy.ts';
import type { StoredTable } from './aggregates/aggregates.store.ts';
import type { IndicatorVersion } from './indicators.catalogue.ts';
import {
  describe,
  publishedPeriod,
  rawTables,
  type SeriesQuery,
  SUPPRESSION_TEXT,
  seriesRequest,
} from './indicators.service.ts';
import { publishTable, type RawRow } from './indicators.suppression.ts';

export const REGION_NOTE =
  'Een regio is de som van haar gemeenten. Een mediaan kunnen we niet uit de gemeenten optellen: die staat alleen ' +
  'per gemeente. Het hoogste aantal van de regio is het hoogste van de gemeenten. Het aantal regisseurs staat alleen ' +
  'per gemeente, omdat een regisseur voor meer gemeenten kan werken.';

/** The regions with at least one municipality of the actor, for the choice of an area on the indicator page. */
export async function listRegions(ctx: Ctx) {
  requireCapability(ctx, 'population.aggregate');
  const found = await ctx.db.execute<{ code: string; name: string; kind: string }>(sql`
    SELECT r.code, r.name, r.kind FROM regions r
    WHERE EXISTS (SELECT 1 FROM region_municipalities rm WHERE rm.region_id = r.id
      AND ${officerMunicipalityScope(ctx.actor, sql`rm.municipality_code`)})
    ORDER BY r.name, r.code`);
  return { items: found.rows };
}

export type RegionQuery = Omit<SeriesQuery, 'municipality' | 'breakdown'> & { region: string };

/**
 * The region row from its municipalities' rows: counts add up (each household, case and signal belongs to one
 * municipality), a maximum is the largest, a median cannot be combined and a staff count would count a regisseur of
 * two municipalities twice, so both stay empty.
 */
export function regionRow(version: IndicatorVersion, parts: readonly RawRow[]): RawRow {
  const values: Record<string, number | null> = {};
  for (const m of version.measures) {
    const own = parts.map((p) => p.values[m.key]).filter((v): v is number => typeof v === 'number');
    if (m.kind === 'aantal')
      values[m.key] = m.counts === 'medewerkers' ? null : own.reduce((a, b) => a + b, 0);
    else if (m.kind === 'maximum') values[m.key] = own.length > 0 ? Math.max(...own) : null;
    else values[m.key] = null; // shares and rates are computed from the counts when published; medians stay empty
  }
  return { breakdown: null, values };
}

/**
 * One indicator for a region (arbeidsmarktregio, zorgregio, …): the region as a whole and each of its
 * municipalities, suppressed as one table (the municipalities add up to the region). Open to an actor with
 * population.aggregate for at least one municipality of the region: regional cooperation compares its municipalities
 * on suppressed aggregates, which hold no person.
 */
export async function regionSeries(ctx: Ctx, code: string, query: RegionQuery) {
  requireCapability(ctx, 'population.aggregate');
  const today = todayOf(ctx.now);
  const request = seriesRequest(code, { from: query.from, to: query.to }, today);
  const found = await ctx.db.execute<{ id: string; code: string; name: string; kind: string }>(sql`
    SELECT r.id, r.code, r.name, r.kind FROM regions r WHERE r.code = ${query.region}
      AND EXISTS (SELECT 1 FROM region_municipalities rm WHERE rm.region_id = r.id
        AND ${officerMunicipalityScope(ctx.actor, sql`rm.municipality_code`)})
    ORDER BY r.kind LIMIT 1`);
  const region = found.rows[0];
  if (!region) throw new DomainError('not_found', 'Deze regio is onbekend of uw organisatie werkt er niet');
  const members = await ctx.db.execute<{ code: string; name: string }>(sql`SELECT m.code, m.name
    FROM region_municipalities rm JOIN municipalities m ON m.code = rm.municipality_code
    WHERE rm.region_id = ${region.id} ORDER BY m.name, m.code`);
  const tables: Map<string, StoredTable>[] = [];
  for (const m of members.rows) tables.push(await rawTables(ctx.db, request, m.code));
  const { indicator, current, periods } = request;
  const series = periods.map((p) => {
    const parts = members.rows.map((m, i) => ({
      breakdown: { code: m.code, label: m.name },
      values: tables[i]!.get(p.period)?.rows[0]?.values ?? {},
    }));
    // The region's figures are as old as its oldest municipality's.
    const counted = tables.map((t) => t.get(p.period)?.computedAt.getTime() ?? Date.now());
    return publishedPeriod(indicator, p, new Date(Math.min(Date.now(), ...counted)), (version) => {
      // Across municipalities every count but staff adds up, also those a breakdown of one municipality cannot add.
      const staff = version.measures.filter((m) => m.kind === 'aantal' && m.counts === 'medewerkers');
      const regional = { ...version, notAdditive: staff.map((m) => m.key) };
      return publishTable(regional, [regionRow(version, parts), ...parts]);
    });
  });
  return {
    code: indicator.code,
    ...describe(current),
    region: { code: region.code, name: region.name, kind: region.kind },
    municipalities: members.rows,
    breakdown: 'gemeente' as const,
    suppression: SUPPRESSION_TEXT,
    note: REGION_NOTE,
    series,
  };
}
