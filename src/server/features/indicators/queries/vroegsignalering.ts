import { sql } from 'drizzle-orm';
import type { RawRow } from '../indicators.suppression.ts';
import { assemble, type GroupedRow, periodSpan, periodsRelation, type QueryInput } from './common.ts';

export const VROEGSIGNALERING_KEYS = [
  'zaken',
  'bereikt',
  'nietBereikt',
  'gecontacteerd',
  'nietGecontacteerd',
  'mediaanDagenTotContact',
  'beoordeeld',
  'binnenTermijn',
  'buitenTermijn',
  'termijnLoopt',
] as const;

/**
 * Vroegsignaalzaken opened in the month (opened_on is the received day of the zaak's first signal). The term is
 * the earliest `deadline` of its signals, which the signal pipeline computed on arrival (offer term or the crisis
 * term of Wgs art. 4 lid 2 in working days, features/signals/pipeline/deadlines.ts): not recomputed here.
 * - bereikt: at least one contact attempt with bereikt (DDAS bereik);
 * - days to contact: first contact attempt date − opened_on, median over the zaken with an attempt;
 * - within term: first attempt on or before the term's last day; outside: a later first attempt, or none while the
 *   term is over (before today); the rest (no attempt, term still running or unknown) is not judged yet.
 */
export async function vroegsignaleringRows(input: QueryInput): Promise<Map<string, RawRow[]>> {
  const span = periodSpan(input.periods);
  const result = await input.db.execute<GroupedRow>(sql`
    WITH z AS (
      SELECT p.period, sc.opened_on,
        (SELECT min(s.deadline) FROM signals s WHERE s.case_id = sc.id) AS term_end,
        (SELECT min(a.datum) FROM signal_contact_attempts a WHERE a.case_id = sc.id) AS first_attempt,
        EXISTS (SELECT 1 FROM signal_contact_attempts a WHERE a.case_id = sc.id AND a.bereikt) AS reached
      FROM ${periodsRelation(input.periods)} p
      JOIN signal_cases sc ON sc.municipality_code = ${input.municipalityCode} AND sc.kind = 'vroegsignaalzaak'
        AND sc.opened_on BETWEEN p."startOn" AND p."endOn" AND sc.opened_on BETWEEN ${span.first} AND ${span.last}
    ),
    j AS (
      SELECT z.*,
        CASE WHEN z.first_attempt IS NOT NULL AND z.term_end IS NOT NULL AND z.first_attempt <= z.term_end
               THEN 'binnen'
             WHEN z.term_end IS NOT NULL AND (z.first_attempt > z.term_end
               OR (z.first_attempt IS NULL AND z.term_end < ${input.today}::date)) THEN 'buiten'
             ELSE 'loopt' END AS judged
      FROM z
    )
    SELECT j.period, 1 AS total, NULL AS code,
      count(*)::int AS zaken,
      count(*) FILTER (WHERE j.reached)::int AS bereikt,
      count(*) FILTER (WHERE NOT j.reached)::int AS "nietBereikt",
      count(j.first_attempt)::int AS gecontacteerd,
      (count(*) - count(j.first_attempt))::int AS "nietGecontacteerd",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY j.first_attempt - j.opened_on)
        FILTER (WHERE j.first_attempt IS NOT NULL) AS "mediaanDagenTotContact",
      count(*) FILTER (WHERE j.judged <> 'loopt')::int AS beoordeeld,
      count(*) FILTER (WHERE j.judged = 'binnen')::int AS "binnenTermijn",
      count(*) FILTER (WHERE j.judged = 'buiten')::int AS "buitenTermijn",
      count(*) FILTER (WHERE j.judged = 'loopt')::int AS "termijnLoopt"
    FROM j GROUP BY j.period`);
  return assemble(input.periods, result.rows, VROEGSIGNALERING_KEYS, null);
}
