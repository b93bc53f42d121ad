import type { Ctx, Executor } from '../../../context.ts';

/** Matches signals with match_status 'open' to a person and household (owner: matching work). */
export async function matchSignals(_ctx: Ctx, _db: Executor, _signalIds: readonly string[]): Promise<void> {}
