import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../context.ts';
import { municipalityScope } from '../../access/policy.ts';

/**
 * The municipalities whose grants an FG reviews, as a condition on a municipality-code column: municipalityScope
 * (the municipalities of the FG's teams) or a municipality the FG's organisation serves. An FG usually works for
 * the municipality as a whole and is in no team; the organisation is also how the FGs to notify of a grant are
 * chosen, so everyone notified finds the grant in the queue.
 */
export function reviewMunicipalityScope(actor: Actor | null, column: SQL | AnyColumn): SQL {
  if (actor?.type !== 'user') return sql`false`;
  return sql`(${municipalityScope(actor, column)} OR ${column} IN (SELECT om.municipality_code
    FROM organisation_municipalities om WHERE om.organisation_id = ${actor.organisationId}))`;
}
