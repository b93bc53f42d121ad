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
import { HOUSEHOLD_TYPES, householdTypeOn } from './household-type.ts';
import { caseOpenOn, regisseurAcceptedOn } from './shared.ts';

export const SAMENHANG_KEYS = [
  'huishoudens',
  'wetten1',
  'wetten2',
  'wetten3',
  'wetten2plus',
  'eenPlanEenRegisseur',
  'zonderPlanOfRegisseur',
  'zakenGeopend',
  'metPlan',
  'zonderPlan',
  'mediaanDagenTotPlan',
  'metBesluit',
  'zonderBesluit',
  'mediaanDagenTotBesluit',
] as const;

/**
 * Samenhang per huishoudtype (issue 7, item 5: what Toezicht Sociaal Domein asks): per half-year and CBS household
 * type on the peildatum, two populations in one statement.
 * - Households with a granted Wmo / Jeugdwet / Participatiewet provision running on the peildatum, by number of
 *   laws; of 2+ laws, whether an open case has an accepted regisseur and a saved plan on that day. The same rules
 *   as stapeling (queries/stapeling.ts), with the same pieces of shared.ts, so the totals equal stapeling's.
 * - Household cases opened in the half-year: whether (by the peildatum) a plan version was saved and a provision
 *   of the case was granted (status toegekend, or beeindigd after a grant) with a decision day (`decided_on`) on or
 *   after the opening; the median days from opened_on to the first of each, over the cases that reached it.
 */
export async function samenhangRows(input: QueryInput): Promise<Map<string, RawRow[]>> {
  const { db, municipalityCode, periods } = input;
  const peil = sql`x.peil`;
  const span = periodSpan(periods);
  const result = await db.execute<GroupedRow>(sql`
    WITH per AS (
      SELECT p.period, p.peil, pr.household_id,
        bool_or(pr.law = 'wmo')::int + bool_or(pr.law = 'jeugdwet')::int
          + bool_or(pr.law = 'participatiewet')::int AS laws
      FROM ${periodsRelation(periods)} p
      JOIN provisions pr ON pr.municipality_code = ${municipalityCode} AND pr.status = 'toegekend'
        AND pr.law IN ('wmo', 'jeugdwet', 'participatiewet')
        AND pr.start_date <= p.peil AND (pr.end_date IS NULL OR pr.end_date >= p.peil)
        AND pr.start_date <= ${span.lastPeil} AND (pr.end_date IS NULL OR pr.end_date >= ${span.firstPeil})
      GROUP BY p.period, p.peil, pr.household_id
    ),
    x AS (
      SELECT per.period, per.peil, per.household_id, per.laws, NULL::int AS plan_days, NULL::int AS decision_days,
        false AS opened
      FROM per
      UNION ALL
      SELECT p.period, p.peil, c.household_id, NULL, fp.day - c.opened_on, fd.day - c.opened_on, true
      FROM ${periodsRelation(periods)} p
      JOIN cases c ON c.municipality_code = ${municipalityCode}
        AND c.opened_on BETWEEN p."startOn" AND p.peil
        AND c.opened_on BETWEEN ${span.first} AND ${span.lastPeil}
      LEFT JOIN LATERAL (SELECT min(${amsterdamDay(sql`pv.saved_at`)}) AS day FROM plan_versions pv
        WHERE pv.case_id = c.id AND ${amsterdamDay(sql`pv.saved_at`)} <= p.peil) fp ON true
      LEFT JOIN LATERAL (SELECT min(pr.decided_on) AS day FROM provisions pr WHERE pr.case_id = c.id
        AND pr.status IN ('toegekend', 'beeindigd') AND pr.decided_on >= c.opened_on
        AND pr.decided_on <= p.peil) fd ON true
    ),
    t AS (
      SELECT x.*, ${householdTypeOn(sql`x.household_id`, peil)} AS huishoudtype,
        CASE WHEN x.laws >= 2 THEN EXISTS (SELECT 1 FROM cases c WHERE c.household_id = x.household_id
          AND ${caseOpenOn(peil)}
          AND EXISTS (SELECT 1 FROM case_regisseurs cr WHERE cr.case_id = c.id AND ${regisseurAcceptedOn(peil)})
          AND EXISTS (SELECT 1 FROM plan_versions pv WHERE pv.case_id = c.id
            AND ${amsterdamDay(sql`pv.saved_at`)} <= ${peil})) END AS regie
      FROM x
    )
    SELECT t.period, GROUPING(t.huishoudtype) AS total, t.huishoudtype AS code,
      count(*) FILTER (WHERE NOT t.opened)::int AS huishoudens,
      count(*) FILTER (WHERE t.laws = 1)::int AS wetten1,
      count(*) FILTER (WHERE t.laws = 2)::int AS wetten2,
      count(*) FILTER (WHERE t.laws = 3)::int AS wetten3,
      count(*) FILTER (WHERE t.laws >= 2)::int AS wetten2plus,
      count(*) FILTER (WHERE t.laws >= 2 AND t.regie)::int AS "eenPlanEenRegisseur",
      count(*) FILTER (WHERE t.laws >= 2 AND NOT t.regie)::int AS "zonderPlanOfRegisseur",
      count(*) FILTER (WHERE t.opened)::int AS "zakenGeopend",
      count(t.plan_days)::int AS "metPlan",
      count(*) FILTER (WHERE t.opened AND t.plan_days IS NULL)::int AS "zonderPlan",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY t.plan_days) AS "mediaanDagenTotPlan",
      count(t.decision_days)::int AS "metBesluit",
      count(*) FILTER (WHERE t.opened AND t.decision_days IS NULL)::int AS "zonderBesluit",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY t.decision_days) AS "mediaanDagenTotBesluit"
    FROM t GROUP BY GROUPING SETS ((t.period), (t.period, t.huishoudtype))`);
  return assemble(periods, result.rows, SAMENHANG_KEYS, HOUSEHOLD_TYPES);
}
