import type { Ctx, Executor } from '../../../context.ts';

/**
 * Takes signals that were just stored (match_status 'open') through matching, bundling and dedup, thresholds,
 * routing and deadlines. Every way in (form, partner API, DDAS/CSV import) calls this with the ids it inserted,
 * in the same transaction. Set-based: one statement per step for the whole batch.
 */
export async function processSignals(_ctx: Ctx, _db: Executor, _signalIds: readonly string[]): Promise<void> {
  // Filled in by the pipeline work (matching, bundling, routing, deadlines).
}
