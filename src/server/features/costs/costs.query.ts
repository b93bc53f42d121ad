import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../context.ts';
import { type BreakdownValue, UNKNOWN } from '../indicators/queries/common.ts';
import { wijken } from '../indicators/queries/shared.ts';
import type { ForecastBasis } from './costs.formulas.ts';

export type CostBreakdown = 'wet' | 'wijk' | 'team' | 'aanbieder';
export const costBreakdowns = ['wet', 'wijk', 'team', 'aanbieder'] as const;

/** The key of the team row for provisions outside any case. */
export const NO_CASE = 'geen-zaak';

/** One row of the cost statement: the grand total (law null), a law, or a law × breakdown value. */
export type CostRawRow = {
  law: string | null;
  code: string | null;
  /** GROUPING(law, code): 3 = grand total, 1 = law total, 0 = law × breakdown value. */
  level: number;
  households: number;
  committed: number;
  realised: number;
  forecast: number;
  zonderTarief: number;
};

/** The breakdown value of a provision `p` (joined to its household `h` and case `cs`), as text; null = unknown. */
function codeOf(breakdown: CostBreakdown, municipalityCode: string): SQL {
  switch (breakdown) {
    case 'wet':
      return sql`NULL::text`;
    case 'wijk':
      return sql`a.wijk_code`;
    case 'team':
      // A team that does not serve the municipality (any more) is "Ander team" rather than a row of its own.
      return sql`CASE WHEN p.case_id IS NULL THEN ${NO_CASE}
        WHEN EXISTS (SELECT 1 FROM team_municipalities tm WHERE tm.team_id = cs.team_id
          AND tm.municipality_code = ${municipalityCode}) THEN cs.team_id::text END`;
    case 'aanbieder':
      return sql`p.provider_id::text`;
  }
}

/** The cost in cents of provision `p` over its days within [from, to] (see costs.formulas.ts costOver). */
function costOver(from: SQL, to: SQL): SQL {
  return sql`CASE p.per
    WHEN 'totaal' THEN CASE WHEN p.start_date BETWEEN ${from} AND ${to} THEN p.rate ELSE 0 END
    WHEN 'week' THEN p.rate * GREATEST(0, LEAST(COALESCE(p.end_date, ${to}), ${to}) - GREATEST(p.start_date, ${from}) + 1) / 7.0
    ELSE p.rate * GREATEST(0, LEAST(COALESCE(p.end_date, ${to}), ${to}) - GREATEST(p.start_date, ${from}) + 1) * 12 / 365.0
  END`;
}

/**
 * The cost figures of one municipality and year, per law and breakdown value, in one set-based statement
 * (GROUPING SETS: the grand total, each law, each law × breakdown value come from the same rows).
 *
 * A provision counts when it is `toegekend` or `beeindigd` under the Wmo, Jeugdwet, Participatiewet or Wgs and has a
 * structured extent (quantity, unit, per), or is Participatiewet with `amount_cents` (bijstand: that amount per
 * month, no tariff). Its rate is quantity × the price of the tariff of its municipality, law, product and unit
 * that is valid on the provision's START date (one tariff per decision: the beschikking was priced then; tariffs
 * never overlap, so there is at most one). Without such a tariff it counts as "zonder tarief" and adds no amount.
 */
export async function costRows(
  db: Executor,
  municipalityCode: string,
  breakdown: CostBreakdown,
  basis: ForecastBasis,
): Promise<CostRawRow[]> {
  const ys = sql`${basis.yearStart}::date`;
  const ye = sql`${basis.yearEnd}::date`;
  const rt = sql`${basis.realisedTo}::date`;
  const wf = sql`${basis.windowFrom}::date`;
  const wt = sql`${basis.windowTo}::date`;
  const r = basis.remainingMonths;
  const sets =
    breakdown === 'wet'
      ? sql`GROUPING SETS ((), (c.law))`
      : sql`GROUPING SETS ((), (c.law), (c.law, c.code))`;
  // Without a breakdown the code is no grouping column: 3 = all laws, 1 = a law, as with one.
  const level = breakdown === 'wet' ? sql`GROUPING(c.law) * 2 + 1` : sql`GROUPING(c.law, c.code)`;
  const result = await db.execute<Record<string, unknown>>(sql`
    WITH b AS (
      SELECT pr.*, (pr.law = 'participatiewet' AND pr.amount_cents IS NOT NULL) AS bijstand
      FROM provisions pr
      WHERE pr.municipality_code = ${municipalityCode} AND pr.status IN ('toegekend', 'beeindigd')
        AND pr.law IN ('wmo', 'jeugdwet', 'participatiewet', 'wgs')
        AND (pr.extent_per IS NOT NULL OR (pr.law = 'participatiewet' AND pr.amount_cents IS NOT NULL))
        AND ((pr.start_date <= ${ye} AND (pr.end_date IS NULL OR pr.end_date >= ${ys}))
          OR pr.start_date BETWEEN ${wf} AND ${wt})
    ),
    p AS (
      SELECT b.id, b.household_id, b.law, b.start_date, b.end_date, b.provider_id, b.case_id,
        CASE WHEN b.bijstand THEN 'maand' ELSE b.extent_per END AS per,
        CASE WHEN b.bijstand THEN b.amount_cents::numeric ELSE b.extent_quantity * tf.price_cents END AS rate,
        b.start_date <= ${ye} AND (b.end_date IS NULL OR b.end_date >= ${ys})
          AND (b.bijstand OR b.extent_per <> 'totaal' OR b.start_date >= ${ys}) AS in_year,
        b.start_date BETWEEN ${wf} AND ${wt} AS starter
      FROM b
      LEFT JOIN LATERAL (SELECT t.price_cents FROM tariffs t
        WHERE NOT b.bijstand AND t.municipality_code = b.municipality_code AND t.law = b.law
          AND t.product = b.product AND t.unit = b.extent_unit
          AND t.valid_from <= b.start_date AND (t.valid_to IS NULL OR t.valid_to >= b.start_date)
        ORDER BY t.valid_from DESC LIMIT 1) tf ON true
    ),
    c AS (
      SELECT p.law, p.household_id, p.in_year, p.rate IS NOT NULL AS priced,
        ${codeOf(breakdown, municipalityCode)} AS code,
        CASE WHEN p.in_year AND p.rate IS NOT NULL THEN ${costOver(ys, ye)} END AS committed,
        CASE WHEN p.in_year AND p.rate IS NOT NULL THEN ${costOver(ys, rt)} END AS realised,
        CASE WHEN p.starter AND p.rate IS NOT NULL THEN CASE p.per
          WHEN 'totaal' THEN p.rate * ${r}::int / 3.0
          WHEN 'week' THEN p.rate * 365 / 84.0 * ${r}::int * (${r}::int + 1) / 6.0
          ELSE p.rate * ${r}::int * (${r}::int + 1) / 6.0 END ELSE 0 END AS inflow
      FROM p
      JOIN households h ON h.id = p.household_id
      LEFT JOIN addresses a ON a.id = h.address_id
      LEFT JOIN cases cs ON cs.id = p.case_id
    )
    SELECT c.law, ${breakdown === 'wet' ? sql`NULL::text` : sql`c.code`} AS code, ${level}::int AS level,
      count(DISTINCT c.household_id) FILTER (WHERE c.in_year AND c.priced)::int AS households,
      COALESCE(round(sum(c.committed)), 0)::bigint AS committed,
      COALESCE(round(sum(c.realised)), 0)::bigint AS realised,
      round(COALESCE(sum(c.committed), 0) + sum(c.inflow))::bigint AS forecast,
      count(*) FILTER (WHERE c.in_year AND NOT c.priced)::int AS "zonderTarief"
    FROM c GROUP BY ${sets}`);
  return result.rows.map((row) => ({
    law: (row.law as string | null) ?? null,
    code: (row.code as string | null) ?? null,
    level: Number(row.level),
    households: Number(row.households),
    committed: Number(row.committed),
    realised: Number(row.realised),
    forecast: Number(row.forecast ?? 0),
    zonderTarief: Number(row.zonderTarief),
  }));
}

/** The rows every table lists, also when they count nothing (a missing row would say 0). */
export async function breakdownValues(
  db: Executor,
  municipalityCode: string,
  breakdown: CostBreakdown,
): Promise<BreakdownValue[]> {
  if (breakdown === 'wet') return [];
  if (breakdown === 'wijk') return wijken(db, municipalityCode);
  if (breakdown === 'team') {
    const rows = await db.execute<{ id: string; name: string }>(sql`SELECT t.id, t.name FROM teams t
      JOIN team_municipalities tm ON tm.team_id = t.id WHERE tm.municipality_code = ${municipalityCode}
      ORDER BY t.name, t.id`);
    return [
      ...rows.rows.map((t) => ({ code: t.id, label: t.name })),
      { code: NO_CASE, label: 'Geen zaak' },
      { code: UNKNOWN, label: 'Ander team' },
    ];
  }
  // Providers: care and debt-help organisations working here, and every organisation named as a provider here.
  const rows = await db.execute<{ id: string; name: string }>(sql`SELECT o.id, o.name FROM organisations o
    WHERE (o.kind IN ('zorgaanbieder', 'schuldhulpverlening') AND EXISTS (SELECT 1 FROM organisation_municipalities om
        WHERE om.organisation_id = o.id AND om.municipality_code = ${municipalityCode}))
      OR o.id IN (SELECT pr.provider_id FROM provisions pr WHERE pr.municipality_code = ${municipalityCode}
        AND pr.provider_id IS NOT NULL)
    ORDER BY o.name, o.id`);
  return [
    ...rows.rows.map((o) => ({ code: o.id, label: o.name })),
    { code: UNKNOWN, label: 'Aanbieder onbekend' },
  ];
}
