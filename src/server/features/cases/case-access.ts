import { and, eq } from 'drizzle-orm';
import type { Ctx, Executor } from '../../context.ts';
import { cases } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { caseScope, requireCapability } from '../access/policy.ts';

export type CaseRow = typeof cases.$inferSelect;

/**
 * The one way a case feature loads "its" case: the capability first, then the case only if it is in the actor's
 * caseScope. A case outside the scope answers not_found, like one that does not exist, so ids cannot be probed.
 * `forUpdate` locks the row for a transition or handover in the caller's transaction.
 */
export async function requireCase(
  ctx: Ctx,
  db: Executor,
  caseId: string,
  options: { forUpdate?: boolean } = {},
): Promise<CaseRow> {
  requireCapability(ctx, 'case.work');
  const query = db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), caseScope(ctx.actor, ctx.now, cases.id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new DomainError('not_found', 'Deze casus bestaat niet of u heeft er geen toegang toe');
  return row;
}

/** A closed case is read-only: plans, ZRM, provisions and deadlines change only while it is open. */
export function requireOpen(row: CaseRow): void {
  if (row.phase === 'afgesloten') {
    throw new DomainError('conflict', 'Deze casus is afgesloten. Heropen de casus om iets te wijzigen');
  }
}
