import { and, count, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Actor, Executor } from '../../context.ts';
import { caseDeadlines } from '../../db/schema/index.ts';
import { deadlineLaw, lawVisible } from '../access/law-visibility.ts';

/**
 * A deadline with a suspension that has not ended yet (Awb 4:15) is paused, not overdue: its due date is still
 * moving. The suspensions are stored as a jsonb array of { from, to|null, reason }.
 */
export const openSuspensionSql = sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${caseDeadlines.suspensions}) s
  WHERE s->>'to' IS NULL)`;

/**
 * The number of overdue deadlines per case: not met, not suspended, and due before `today`. Cases without any
 * are absent from the map. The caller has already limited `caseIds` to the actor's caseScope; the counts leave
 * out deadlines of a law the viewer may not see in that case (access rule 6). Counts only, no personal data.
 */
export async function overdueDeadlineCounts(
  db: Executor,
  caseIds: string[],
  today: string,
  viewer: { actor: Actor | null; now: Date },
): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  if (caseIds.length === 0) return result;
  const rows = await db
    .select({ caseId: caseDeadlines.caseId, n: count() })
    .from(caseDeadlines)
    .where(
      and(
        inArray(caseDeadlines.caseId, caseIds),
        isNull(caseDeadlines.metOn),
        lt(caseDeadlines.dueOn, today),
        sql`NOT ${openSuspensionSql}`,
        lawVisible(viewer.actor, viewer.now, caseDeadlines.caseId, deadlineLaw('case_deadlines')),
      ),
    )
    .groupBy(caseDeadlines.caseId);
  for (const row of rows) result.set(row.caseId, Number(row.n));
  return result;
}
