import type { Ctx, Executor } from '../../../context.ts';

/** Thresholds, dedup, bundling, routing, deadline and retention for signals whose matching is settled. */
export async function afterMatch(_ctx: Ctx, _db: Executor, _signalIds: readonly string[]): Promise<void> {}
