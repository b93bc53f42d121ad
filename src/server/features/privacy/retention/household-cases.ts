import { sql } from 'drizzle-orm';
import type { Tx } from '../../../context.ts';
import type { IsoDate } from '../../../lib/dates.ts';

/** The tables that hang on a household case, emptied before the case itself (children first). */
export const CASE_CHILD_TABLES = [
  'case_transitions',
  'case_regisseurs',
  'case_team_members',
  'plan_agreements',
  'plan_versions',
  'zrm_assessments',
  'case_deadlines',
  'case_data_shares',
  'provisions',
  'legal_holds',
] as const;

export type CaseDestruction = {
  /** Closed cases destroyed under the closed-case term (no Jeugdwet provision). */
  cases: number;
  /** Closed cases destroyed under the Jeugdwet term (the case ever had a Jeugdwet provision). */
  jeugdwetCases: number;
  /** Rows removed per table, for the audit row (counts only). */
  rows: Record<string, number>;
};

/**
 * Deletes one municipality's household cases closed before their cutoff, with everything hanging on them: the
 * history, regisseurs, case team, plan versions and agreements, ZRM, deadlines, data shares, the provisions of the
 * plan, lifted legal holds, and the link from signal cases (which keep their own term). A case that ever had a
 * Jeugdwet provision follows the Jeugdwet term (Jw art. 7.3.8), any other the closed-case term. A case under an
 * active legal hold (on the case or on its household) stays. The ids are read once, stay in this function and are
 * passed as one array to each statement: a handful of statements whatever the number of cases.
 */
export async function destroyExpiredHouseholdCases(
  tx: Tx,
  municipalityCode: string,
  cutoffs: { closedCase: IsoDate; jeugdwet: IsoDate },
): Promise<CaseDestruction> {
  const { rows } = await tx.execute<{ id: string; jeugdwet: boolean }>(sql`
    SELECT c.id, j.jeugdwet FROM cases c
    CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM provisions p
      WHERE p.case_id = c.id AND p.law = 'jeugdwet') AS jeugdwet) j
    WHERE c.municipality_code = ${municipalityCode} AND c.phase = 'afgesloten'
      AND c.closed_on < CASE WHEN j.jeugdwet THEN ${cutoffs.jeugdwet}::date ELSE ${cutoffs.closedCase}::date END
      AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.lifted_at IS NULL
        AND (h.case_id = c.id OR h.household_id = c.household_id))`);
  const result: CaseDestruction = {
    cases: rows.filter((r) => !r.jeugdwet).length,
    jeugdwetCases: rows.filter((r) => r.jeugdwet).length,
    rows: {},
  };
  if (rows.length === 0) return result;
  const ids = sql`${sql.param(rows.map((r) => r.id))}::uuid[]`;
  const unlinked = await tx.execute(
    sql`UPDATE signal_cases SET household_case_id = NULL WHERE household_case_id = ANY(${ids})`,
  );
  result.rows.signal_cases_unlinked = unlinked.rowCount ?? 0;
  for (const table of CASE_CHILD_TABLES) {
    const deleted = await tx.execute(sql`DELETE FROM ${sql.identifier(table)} WHERE case_id = ANY(${ids})`);
    result.rows[table] = deleted.rowCount ?? 0;
  }
  const deleted = await tx.execute(sql`DELETE FROM cases WHERE id = ANY(${ids})`);
  result.rows.cases = deleted.rowCount ?? 0;
  return result;
}
