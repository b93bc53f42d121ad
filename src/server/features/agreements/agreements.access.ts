import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../context.ts';
import { can, officerMunicipalityScope } from '../access/policy.ts';

// Who sees prestatieafspraken (issue 7): they hold no personal data, but each party sees only its own commitments.
// - An overseer (population.aggregate: beleid, team leader, FG) of the agreement's municipality sees everything.
// - Staff of a party organisation see the agreement and the commitments their organisation owns, and comment on
//   those; nothing of the other parties' commitments.
// - Managing (parties, commitments, the yearly cycle) is agreement.manage (beleid) as overseer.

/** The actor oversees the municipality in the column: all commitments of its agreements are visible. */
export function oversees(actor: Actor | null, municipalityColumn: SQL | AnyColumn): SQL {
  if (!can(actor, 'population.aggregate')) return sql`false`;
  return officerMunicipalityScope(actor, municipalityColumn);
}

/** The actor's organisation is a party to the agreement in the column. */
export function isParty(actor: Actor | null, agreementIdColumn: SQL | AnyColumn): SQL {
  if (actor?.type !== 'user') return sql`false`;
  return sql`EXISTS (SELECT 1 FROM agreement_parties ap
    WHERE ap.agreement_id = ${agreementIdColumn} AND ap.organisation_id = ${actor.organisationId})`;
}

/** Agreements the actor sees (alias `a`). */
export function agreementScope(actor: Actor | null): SQL {
  return sql`(${oversees(actor, sql`a.municipality_code`)} OR ${isParty(actor, sql`a.id`)})`;
}

/** Commitments (alias `c`) of a visible agreement the actor sees: all as overseer, else its organisation's own. */
export function commitmentScope(actor: Actor | null, overseer: boolean): SQL {
  if (overseer) return sql`true`;
  if (actor?.type !== 'user') return sql`false`;
  return sql`c.owner_organisation_id = ${actor.organisationId}`;
}
