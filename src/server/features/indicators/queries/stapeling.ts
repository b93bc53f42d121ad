import { sql } from 'drizzle-orm';
import type { RawRow } from '../indicators.suppression.ts';
import {
  amsterdamDay,
  assemble,
  type GroupedRow,
  periodSpan,
  periodsRelation,
  type QueryInput,
} from './common.ts';
import { caseOpenOn, regisseurAcceptedOn, wijken } from './shared.ts';

export const STAPELING_KEYS = [
  'huishoudens',
  'wetten1',
  'wetten2',
  'wetten3',
  'alleenJeugd',
  'alleenPwet',
  'alleenWmo',
  'jeugdPwet',
  'jeugdWmo',
  'pwetWmo',
  'wetten2plus',
  'eenPlanEenRegisseur',
  'zonderPlanOfRegisseur',
] as const;

/**
 * Stapeling (CBS): per half-year, the households with a granted provision under the Wmo, the Jeugdwet or the
 * Participatiewet that runs on the peildatum (start on or before it, end date on or after it: end_date is the last
 * day), by number of laws and by combination; and of those with 2+ laws, the ones whose open case has an accepted
 * regisseur and a saved plan on that day. Per wijk of the household's address and for the municipality, in one
 * statement (GROUPING SETS).
 */
export async function stapelingRows(input: QueryInput): Promise<Map<string, RawRow[]>> {
  const { db, municipalityCode, periods } = input;
  const peil = sql`per.peil`;
  const span = periodSpan(periods);
  const result = await db.execute<GroupedRow>(sql`
    WITH per AS (
      SELECT p.period, p.peil, pr.household_id,
        bool_or(pr.law = 'wmo') AS wmo, bool_or(pr.law = 'jeugdwet') AS jw, bool_or(pr.law = 'participatiewet') AS pw
      FROM ${periodsRelation(periods)} p
      JOIN provisions pr ON pr.municipality_code = ${municipalityCode} AND pr.status = 'toegekend'
        AND pr.law IN ('wmo', 'jeugdwet', 'participatiewet')
        AND pr.start_date <= p.peil AND (pr.end_date IS NULL OR pr.end_date >= p.peil)
        AND pr.start_date <= ${span.lastPeil} AND (pr.end_date IS NULL OR pr.end_date >= ${span.firstPeil})
      GROUP BY p.period, p.peil, pr.household_id
    ),
    x AS (
      SELECT per.*, per.wmo::int + per.jw::int + per.pw::int AS laws, a.wijk_code,
        EXISTS (SELECT 1 FROM cases c WHERE c.household_id = per.household_id AND ${caseOpenOn(peil)}
          AND EXISTS (SELECT 1 FROM case_regisseurs cr WHERE cr.case_id = c.id AND ${regisseurAcceptedOn(peil)})
          AND EXISTS (SELECT 1 FROM plan_versions pv WHERE pv.case_id = c.id
            AND ${amsterdamDay(sql`pv.saved_at`)} <= ${peil})) AS regie
      FROM per JOIN households h ON h.id = per.household_id JOIN addresses a ON a.id = h.address_id
    )
    SELECT x.period, GROUPING(x.wijk_code) AS total, x.wijk_code AS code,
      count(*)::int AS huishoudens,
      count(*) FILTER (WHERE laws = 1)::int AS wetten1,
      count(*) FILTER (WHERE laws = 2)::int AS wetten2,
      count(*) FILTER (WHERE laws = 3)::int AS wetten3,
      count(*) FILTER (WHERE laws = 1 AND jw)::int AS "alleenJeugd",
      count(*) FILTER (WHERE laws = 1 AND pw)::int AS "alleenPwet",
      count(*) FILTER (WHERE laws = 1 AND wmo)::int AS "alleenWmo",
      count(*) FILTER (WHERE laws = 2 AND jw AND pw)::int AS "jeugdPwet",
      count(*) FILTER (WHERE laws = 2 AND jw AND wmo)::int AS "jeugdWmo",
      count(*) FILTER (WHERE laws = 2 AND pw AND wmo)::int AS "pwetWmo",
      count(*) FILTER (WHERE laws >= 2)::int AS wetten2plus,
      count(*) FILTER (WHERE laws >= 2 AND regie)::int AS "eenPlanEenRegisseur",
      count(*) FILTER (WHERE laws >= 2 AND NOT regie)::int AS "zonderPlanOfRegisseur"
    FROM x GROUP BY GROUPING SETS ((x.period), (x.period, x.wijk_code))`);
  return assemble(periods, result.rows, STAPELING_KEYS, await wijken(db, municipalityCode));
}
