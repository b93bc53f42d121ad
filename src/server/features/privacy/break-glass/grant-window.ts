import { type SQL, sql } from 'drizzle-orm';
import { accessGrants } from '../../../db/schema/index.ts';

/**
 * When a grant is active: not ended early and `granted_at <= now < expires_at`. The same words as access rule 2,
 * so the grant ends by itself when the clock passes expires_at; nothing has to run to close it.
 */
export function activeGrant(now: Date): SQL {
  return sql`(${accessGrants.endedAt} IS NULL AND ${accessGrants.grantedAt} <= ${now.toISOString()}::timestamptz
    AND ${now.toISOString()}::timestamptz < ${accessGrants.expiresAt})`;
}

/** The same test on a loaded row, for answers that say whether a grant still runs. */
export function isActive(
  row: { endedAt: Date | null; grantedAt: Date; expiresAt: Date },
  now: Date,
): boolean {
  return (
    row.endedAt === null &&
    row.grantedAt.getTime() <= now.getTime() &&
    now.getTime() < row.expiresAt.getTime()
  );
}

/**
 * Audit rows the grant's user wrote about its household while the grant ran (until it ended or expired): what
 * they looked at. A correlated subquery on `access_grants`; the grant's own audit rows name the grant, not the
 * household, so they are not counted.
 */
export const viewsDuringGrant = sql<number>`(SELECT count(*)::int FROM audit_log al
  WHERE al.actor_id = ${accessGrants.userId}::text
    AND al.resource_ids @> jsonb_build_array(${accessGrants.householdId}::text)
    AND al.occurred_at >= ${accessGrants.grantedAt}
    AND al.occurred_at < least(coalesce(${accessGrants.endedAt}, ${accessGrants.expiresAt}), ${accessGrants.expiresAt}))`;
