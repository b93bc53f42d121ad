import { sql } from 'drizzle-orm';
import type { Ctx, Executor } from '../../../context.ts';
import { DomainError } from '../../../http/errors.ts';
import { configMunicipality } from '../../signals/pipeline/config-scope.ts';

/**
 * The municipality whose retention an actor manages: the one asked for, or else the first of the actor's own
 * organisation. Either way it must be one the actor configures (same rule as the signal and case settings), or it
 * is "not found", so nothing leaks.
 */
export async function retentionMunicipality(
  ctx: Ctx,
  db: Executor,
  gemeente: string | undefined,
): Promise<{ code: string; name: string }> {
  if (gemeente) return configMunicipality(ctx, db, gemeente);
  const organisationId = ctx.actor?.type === 'user' ? ctx.actor.organisationId : null;
  const { rows } = await db.execute<{ code: string }>(sql`
    SELECT municipality_code AS code FROM organisation_municipalities
    WHERE organisation_id = ${organisationId} ORDER BY municipality_code LIMIT 1`);
  const own = rows[0];
  if (!own)
    throw new DomainError('not_found', 'Uw organisatie hoort niet bij een gemeente: kies een gemeente');
  return configMunicipality(ctx, db, own.code);
}
