import { sql } from 'drizzle-orm';
import { ZRM_DOMAIN_CODES } from '../../../../shared/zrm.ts';
import type { RawRow } from '../indicators.suppression.ts';
import { assemble, type GroupedRow, periodsRelation, type QueryInput } from './common.ts';

export const ZRM_IMPROVEMENT_KEYS = ['gemeten', 'verbeterd', 'nietVerbeterd'] as const;

/**
 * ZRM verbetering: per person of a household case of the municipality, the first ZRM assessment ever (earliest
 * assessed_on) and the follow-up: the first assessment at least 6 months later (assessed_on ≥ first + 6 months).
 * A household counts in the half-year of its earliest follow-up (over its persons); it improved when, for some
 * person whose follow-up is in that half-year, some ZRM 2017 domain scored higher at the follow-up than at the
 * first assessment (a domain scored only once does not count).
 */
export async function zrmImprovementRows(input: QueryInput): Promise<Map<string, RawRow[]>> {
  const domains = sql.join(
    ZRM_DOMAIN_CODES.map((d) => sql`${d}`),
    sql`, `,
  );
  const result = await input.db.execute<GroupedRow>(sql`
    WITH z AS (
      SELECT a.person_id, c.household_id, a.assessed_on, a.scores,
        row_number() OVER (PARTITION BY a.person_id, c.household_id ORDER BY a.assessed_on, a.created_at) AS n
      FROM zrm_assessments a JOIN cases c ON c.id = a.case_id
      WHERE c.municipality_code = ${input.municipalityCode}
    ),
    pairs AS (
      SELECT f.household_id, f.person_id, l.assessed_on AS follow_up,
        EXISTS (SELECT 1 FROM unnest(ARRAY[${domains}]::text[]) d(code)
          WHERE (l.scores ->> d.code)::int > (f.scores ->> d.code)::int) AS improved
      FROM z f
      JOIN LATERAL (SELECT z2.assessed_on, z2.scores FROM z z2
        WHERE z2.person_id = f.person_id AND z2.household_id = f.household_id
          AND z2.assessed_on >= f.assessed_on + interval '6 months'
        ORDER BY z2.assessed_on LIMIT 1) l ON true
      WHERE f.n = 1
    ),
    households AS (
      SELECT p.period, bool_or(pr.improved) AS improved
      FROM ${periodsRelation(input.periods)} p
      JOIN (SELECT pairs.*, min(pairs.follow_up) OVER (PARTITION BY pairs.household_id) AS first_follow_up
        FROM pairs) pr ON pr.first_follow_up BETWEEN p."startOn" AND p.peil
        AND pr.follow_up BETWEEN p."startOn" AND p.peil
      GROUP BY p.period, pr.household_id
    )
    SELECT h.period, 1 AS total, NULL AS code,
      count(*)::int AS gemeten,
      count(*) FILTER (WHERE h.improved)::int AS verbeterd,
      count(*) FILTER (WHERE NOT h.improved)::int AS "nietVerbeterd"
    FROM households h GROUP BY h.period`);
  return assemble(input.periods, result.rows, ZRM_IMPROVEMENT_KEYS, null);
}
