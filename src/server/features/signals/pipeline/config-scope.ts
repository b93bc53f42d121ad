import { type SQL, sql } from 'drizzle-orm';
import type { Ctx, Executor } from '../../../context.ts';
import { DomainError } from '../../../http/errors.ts';
import { type Capability, can } from '../../access/policy.ts';

/**
 * Signal configuration (routing rules, settings) belongs to a municipality. An actor may see or change that of the
 * municipalities of its organisation (when that is a gemeente) and of its teams: a beheerder or teamleider of Gemeente Regiedam works on
 * Regiedam, Schuldhulp Delta (serving two municipalities) on both. Configuration holds no personal data.
 */
function configMunicipalities(ctx: Ctx): SQL {
  const actor = ctx.actor;
  if (actor?.type !== 'user') return sql`SELECT NULL::text WHERE false`;
  // Only a gemeente's own organisation: partners (corporations, suppliers) also work in municipalities, and must
  // not configure the thresholds and routing of the signals they send.
  return sql`SELECT om.municipality_code FROM organisation_municipalities om
      JOIN organisations o ON o.id = om.organisation_id AND o.kind = 'gemeente'
      WHERE om.organisation_id = ${actor.organisationId}
    UNION SELECT tmu.municipality_code FROM team_municipalities tmu
      JOIN team_members tm ON tm.team_id = tmu.team_id WHERE tm.user_id = ${actor.userId}`;
}

/** Throws unauthenticated/forbidden unless the actor has one of the capabilities; no side effect before this. */
export function requireAnyCapability(ctx: Ctx, capabilities: readonly Capability[]): void {
  if (!ctx.actor) throw new DomainError('unauthenticated');
  if (!capabilities.some((c) => can(ctx.actor, c))) throw new DomainError('forbidden');
}

/** The municipality when it exists and is the actor's to configure; otherwise not found, so nothing leaks. */
export async function configMunicipality(
  ctx: Ctx,
  db: Executor,
  code: string,
): Promise<{ code: string; name: string }> {
  const { rows } = await db.execute<{ code: string; name: string }>(sql`
    SELECT code, name FROM municipalities WHERE code = ${code} AND code IN (${configMunicipalities(ctx)})`);
  const row = rows[0];
  if (!row) throw new DomainError('not_found', 'Deze gemeente bestaat niet of u heeft er geen toegang toe');
  return row;
}

/** Who reads the configuration: who manages it, and the teams that work with its outcome. */
export const CONFIG_READERS: readonly Capability[] = ['routing.manage', 'signal.work'];
