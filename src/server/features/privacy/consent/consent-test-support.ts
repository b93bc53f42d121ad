// Fixtures for the consent and share tests: an open demo case of which the demo regisseur ("regisseur") is the
// active regisseur, so the tests do not depend on how a new case may be started under the access rules.
import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../../../test/helpers/app.ts';

export type DemoCase = { caseId: string; householdId: string };

/** The n-th open demo case (stable order) with the demo regisseur as active regisseur and current members. */
export async function regisseurCase(t: TestApp, n = 0): Promise<DemoCase> {
  const rows = await t.database.db.execute<{ case_id: string; household_id: string }>(sql`
    SELECT c.id AS case_id, c.household_id FROM cases c
    JOIN case_regisseurs cr ON cr.case_id = c.id AND cr.status = 'actief'
    JOIN users u ON u.id = cr.user_id AND u.username = 'regisseur'
    WHERE c.phase <> 'afgesloten'
      AND EXISTS (SELECT 1 FROM household_members hm WHERE hm.household_id = c.household_id AND hm.to_date IS NULL)
    ORDER BY c.opened_on, c.id OFFSET ${n} LIMIT 1`);
  const row = rows.rows[0];
  if (!row) throw new Error(`no open demo case number ${n} of the demo regisseur`);
  return { caseId: row.case_id, householdId: row.household_id };
}
