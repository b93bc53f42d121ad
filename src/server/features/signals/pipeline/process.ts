import type { Ctx, Executor } from '../../../context.ts';
import { afterMatch } from './after-match.ts';
import { matchSignals } from './matching.ts';

/**
 * Takes signals that were just stored (match_status 'open') through matching, then thresholds, dedup, bundling
 * into cases, routing, crisis term, deadline and retention. Every way in (form, partner API, DDAS/CSV import) calls
 * this with the ids it inserted, in the same transaction. Set-based: one statement per step for the whole batch.
 */
export async function processSignals(ctx: Ctx, db: Executor, signalIds: readonly string[]): Promise<void> {
  if (signalIds.length === 0) return;
  await matchSignals(ctx, db, signalIds);
  await afterMatch(ctx, db, signalIds);
}
