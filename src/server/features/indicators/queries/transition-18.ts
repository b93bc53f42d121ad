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

export const TRANSITION_18_KEYS = ['jongeren', 'metDoelOpTijd', 'zonderDoelOpTijd'] as const;

/**
 * Overgang 18-/18+: young people whose 18th birthday falls in the half-year (up to the peildatum) and who had
 * Jeugdwet help in the year before it: a Jeugdwet provision (toegekend, or beeindigd after a grant) for them
 * (person_id) or for their household as a whole (person_id null), running on some day of the year before the
 * birthday. Their household is the one they were a member of on the day before the birthday, in the municipality.
 * In time: a plan version of a case of that household, saved (Amsterdam day) on or before the 18th birthday minus
 * 6 months, holds a goal with transition18 = true for them or for no one in particular (personId null).
 */
export async function transition18Rows(input: QueryInput): Promise<Map<string, RawRow[]>> {
  const span = periodSpan(input.periods);
  // A Jeugdwet provision running on some day of the year before the 18th birthday (`pr`, `y`).
  const jeugdhulpBefore = sql`pr.law = 'jeugdwet' AND pr.status IN ('toegekend', 'beeindigd')
    AND pr.start_date < y.birthday18 AND (pr.end_date IS NULL OR pr.end_date >= (y.birthday18 - interval '1 year')::date)`;
  const result = await input.db.execute<GroupedRow>(sql`
    WITH young AS (
      SELECT p.period, pe.id AS person_id, m.household_id,
        (pe.geboortedatum + interval '18 years')::date AS birthday18
      FROM ${periodsRelation(input.periods)} p
      JOIN persons pe ON pe.municipality_code = ${input.municipalityCode}
        AND (pe.geboortedatum + interval '18 years')::date BETWEEN p."startOn" AND p.peil
        AND pe.geboortedatum BETWEEN (${span.first} - interval '18 years')::date
          AND (${span.lastPeil} - interval '18 years')::date
      JOIN household_members m ON m.person_id = pe.id
        AND m.from_date <= (pe.geboortedatum + interval '18 years')::date - 1
        AND (m.to_date IS NULL OR m.to_date > (pe.geboortedatum + interval '18 years')::date - 1)
      JOIN households h ON h.id = m.household_id AND h.municipality_code = ${input.municipalityCode}
    ),
    helped AS (
      SELECT y.*,
        EXISTS (SELECT 1 FROM cases c JOIN plan_versions pv ON pv.case_id = c.id
          CROSS JOIN LATERAL jsonb_array_elements(coalesce(pv.content -> 'goals', '[]'::jsonb)) g(goal)
          WHERE c.household_id = y.household_id
            AND ${amsterdamDay(sql`pv.saved_at`)} <= (y.birthday18 - interval '6 months')::date
            AND (g.goal ->> 'transition18')::boolean
            AND (g.goal ->> 'personId' IS NULL OR g.goal ->> 'personId' = y.person_id::text)) AS in_time
      FROM young y
      -- Two EXISTS rather than one with OR, so each can use its index (person, household).
      WHERE EXISTS (SELECT 1 FROM provisions pr WHERE pr.person_id = y.person_id AND ${jeugdhulpBefore})
        OR EXISTS (SELECT 1 FROM provisions pr WHERE pr.household_id = y.household_id AND pr.person_id IS NULL
          AND ${jeugdhulpBefore})
    )
    SELECT x.period, 1 AS total, NULL AS code,
      count(*)::int AS jongeren,
      count(*) FILTER (WHERE x.in_time)::int AS "metDoelOpTijd",
      count(*) FILTER (WHERE NOT x.in_time)::int AS "zonderDoelOpTijd"
    FROM helped x GROUP BY x.period`);
  return assemble(input.periods, result.rows, TRANSITION_18_KEYS, null);
}
