import type { AnyColumn, SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../context.ts';
import { municipalityScope } from '../../access/policy.ts';

/**
 * The municipalities an FG answers inzage requests for, as a condition on a municipality-code column: those of
 * the FG's teams (municipalityScope) and those of the FG's own organisation. An FG usually belongs to no team
 * (the demo FG does not), so the organisation's municipalities are what normally applies: the FG of Gemeente
 * Regiedam answers for Regiedam, never for Samenwerk.
 */
export function inzageMunicipalityScope(actor: Actor | null, column: SQL | AnyColumn): SQL {
  if (actor?.type !== 'user') return sql`false`;
  return sql`(${municipalityScope(actor, column)} OR ${column} IN (
    SELECT om.municipality_code FROM organisation_municipalities om
    WHERE om.organisation_id = ${actor.organisationId}))`;
}
