import { sql } from 'drizzle-orm';
import type { Executor } from '../../../context.ts';

/**
 * Settling (thresholds, dedup, bundling into cases) compares new signals with the signals and cases already stored,
 * so two settlings for one municipality at once could each find no open case for a household and open two. Every
 * way in takes this transaction-level lock per municipality before it settles: an import batch (after matching, in
 * file order), a form or API signal, a review decision. Held until commit; taking it again in the same transaction
 * costs nothing. Callers with several municipalities take them in sorted order, so two never wait on each other.
 */
export async function lockSettling(tx: Executor, municipalityCode: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`signal-settle:${municipalityCode}`}))`);
}
