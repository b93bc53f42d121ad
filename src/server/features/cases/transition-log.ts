import { sql } from 'drizzle-orm';
import type { Tx } from '../../context.ts';
import { type CasePhase, caseTransitions } from '../../db/schema/index.ts';

/**
 * Records one phase change of a case. The history is read in order of `at`; a request's clock (ctx.now) may
 * equal the previous change's (a pinned test clock, two changes in one millisecond) or even lie before it (clocks
 * of two app servers), so `at` is at least one millisecond after the case's previous change. The caller holds
 * the case row lock, so no other change of this case slips in between.
 */
export async function recordTransition(
  tx: Tx,
  values: {
    caseId: string;
    fromPhase: CasePhase | null;
    toPhase: CasePhase;
    lifecycleVersion: number;
    reason: string;
    actorId: string | null;
    now: Date;
  },
): Promise<void> {
  const { now, ...row } = values;
  await tx.insert(caseTransitions).values({
    ...row,
    at: sql`GREATEST(${now.toISOString()}::timestamptz, (SELECT max(ct.at) + interval '1 millisecond'
      FROM case_transitions ct WHERE ct.case_id = ${values.caseId}))`,
  });
}
