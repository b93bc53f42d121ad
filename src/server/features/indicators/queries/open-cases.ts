import { sql } from 'drizzle-orm';
import type { RawRow } from '../indicators.suppression.ts';
import { assemble, type GroupedRow, periodSpan, periodsRelation, type QueryInput } from './common.ts';
import { caseOpenOn, regisseurAcceptedOn, teamsOf } from './shared.ts';

export const OPEN_CASE_KEYS = ['openZaken', 'metRegisseur', 'zonderRegisseur'] as const;
export const CASELOAD_KEYS = [...OPEN_CASE_KEYS, 'regisseurs', 'mediaanCaseload', 'maximumCaseload'] as const;

/**
 * The open cases of the municipality on each period's peildatum, per owning team, with the regisseur who had
 * accepted the role on that day (null: none, or only an offer). Both case indicators start from this, so their
 * shared counts are the same numbers and are suppressed the same way.
 */
function openCases(input: QueryInput) {
  const peil = sql`p.peil`;
  const span = periodSpan(input.periods);
  // A case of a team that does not serve the municipality (any more) counts under "Ander team" (team_id null).
  return sql`SELECT p.period, r.user_id,
      CASE WHEN c.team_id IN (SELECT tm.team_id FROM team_municipalities tm
        WHERE tm.municipality_code = ${input.municipalityCode}) THEN c.team_id END AS team_id
    FROM ${periodsRelation(input.periods)} p
    JOIN cases c ON c.municipality_code = ${input.municipalityCode} AND ${caseOpenOn(peil)}
      AND c.opened_on <= ${span.lastPeil} AND (c.closed_on IS NULL OR c.closed_on > ${span.firstPeil})
    LEFT JOIN LATERAL (SELECT cr.user_id FROM case_regisseurs cr WHERE cr.case_id = c.id
      AND ${regisseurAcceptedOn(peil)} ORDER BY cr.accepted_at DESC LIMIT 1) r ON true`;
}

/** Open cases without an accepted regisseur, per owning team (one statement). */
export async function openCasesRows(input: QueryInput): Promise<Map<string, RawRow[]>> {
  const result = await input.db.execute<GroupedRow>(sql`
    WITH oc AS (${openCases(input)})
    SELECT oc.period, GROUPING(oc.team_id) AS total, oc.team_id::text AS code,
      count(*)::int AS "openZaken", count(oc.user_id)::int AS "metRegisseur",
      (count(*) - count(oc.user_id))::int AS "zonderRegisseur"
    FROM oc GROUP BY GROUPING SETS ((oc.period), (oc.period, oc.team_id))`);
  return assemble(
    input.periods,
    result.rows,
    OPEN_CASE_KEYS,
    await teamsOf(input.db, input.municipalityCode),
  );
}

/**
 * Caseload: per regisseur the open cases with them as accepted regisseur on the peildatum; per team (of the cases)
 * the median and the maximum over its regisseurs, and for the municipality over each regisseur's cases of all
 * teams. One statement: the loads at both levels come from one GROUPING SETS pass.
 */
export async function caseloadRows(input: QueryInput): Promise<Map<string, RawRow[]>> {
  const result = await input.db.execute<GroupedRow>(sql`
    WITH oc AS (${openCases(input)}),
    counts AS (
      SELECT oc.period, GROUPING(oc.team_id) AS total, oc.team_id,
        count(*)::int AS "openZaken", count(oc.user_id)::int AS "metRegisseur",
        (count(*) - count(oc.user_id))::int AS "zonderRegisseur"
      FROM oc GROUP BY GROUPING SETS ((oc.period), (oc.period, oc.team_id))
    ),
    loads AS (
      SELECT oc.period, GROUPING(oc.team_id) AS total, oc.team_id, oc.user_id, count(*) AS n
      FROM oc WHERE oc.user_id IS NOT NULL
      GROUP BY GROUPING SETS ((oc.period, oc.user_id), (oc.period, oc.team_id, oc.user_id))
    ),
    stats AS (
      SELECT l.period, l.total, l.team_id, count(*)::int AS regisseurs,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY l.n) AS "mediaanCaseload", max(l.n)::int AS "maximumCaseload"
      FROM loads l GROUP BY l.period, l.total, l.team_id
    )
    SELECT c.period, c.total, c.team_id::text AS code, c."openZaken", c."metRegisseur", c."zonderRegisseur",
      coalesce(s.regisseurs, 0) AS regisseurs, s."mediaanCaseload", s."maximumCaseload"
    FROM counts c LEFT JOIN stats s ON s.period = c.period AND s.total = c.total
      AND s.team_id IS NOT DISTINCT FROM c.team_id`);
  return assemble(input.periods, result.rows, CASELOAD_KEYS, await teamsOf(input.db, input.municipalityCode));
}
