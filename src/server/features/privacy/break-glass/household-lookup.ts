import { type SQL, sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../../context.ts';
import { households } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { municipalityScope } from '../../access/policy.ts';
import type { HouseholdIdentifier } from './household-identifier.ts';

export const NOT_FOUND_MESSAGE = 'Geen huishouden gevonden';

/** The database side of normaliseToevoeging: huisletter + toevoeging, lower case, without spaces and dashes. */
const toevoegingKey = sql`regexp_replace(lower(coalesce(a.huisletter, '') || coalesce(a.huisnummertoevoeging, '')), '[[:space:]-]+', '', 'g')`;

function matchCondition(identifier: HouseholdIdentifier): SQL {
  switch (identifier.kind) {
    case 'id':
      return sql`${households.id} = ${identifier.householdId}`;
    case 'bsn':
      // The household the person lives in now: a current membership of a current household.
      return sql`${households.endedOn} IS NULL AND ${households.id} IN (
        SELECT m.household_id FROM household_members m JOIN persons p ON p.id = m.person_id
        WHERE p.bsn = ${identifier.bsn} AND m.to_date IS NULL
          AND p.municipality_code = ${households.municipalityCode})`;
    case 'address':
      return sql`${households.endedOn} IS NULL AND a.postcode = ${identifier.postcode}
        AND a.huisnummer = ${identifier.huisnummer} AND ${toevoegingKey} = ${identifier.toevoeging}`;
  }
}

/**
 * Finds one household by an exact identifier among the households of the actor's municipalities, and locks its
 * row so two requests for the same household run one after the other (one active grant per user and household).
 * Nothing found is a 404 that says no more than that; the caller never gets a list.
 */
export async function lockHouseholdByIdentifier(
  ctx: Ctx,
  tx: Tx,
  identifier: HouseholdIdentifier,
): Promise<{ id: string; municipalityCode: string }> {
  const rows = await tx.execute<{ id: string; municipality_code: string }>(sql`
    SELECT ${households.id} AS id, ${households.municipalityCode} AS municipality_code
    FROM ${households} JOIN addresses a ON a.id = ${households.addressId}
    WHERE ${matchCondition(identifier)} AND ${municipalityScope(ctx.actor, households.municipalityCode)}
    ORDER BY ${households.id}
    LIMIT 2
    FOR UPDATE OF ${households}`);
  const [first, second] = rows.rows;
  if (!first) throw new DomainError('not_found', NOT_FOUND_MESSAGE);
  if (second) {
    // Two households on one address (or a BSN in two municipalities): an exact identifier must name one.
    const path = identifier.kind === 'address' ? 'toevoeging' : 'bsn';
    throw new DomainError('validation', 'Hiermee zijn meer huishoudens te vinden', [
      {
        path,
        message:
          identifier.kind === 'address'
            ? 'Op dit adres wonen meer huishoudens. Zoek met het BSN van iemand uit het huishouden'
            : 'Dit BSN hoort bij meer huishoudens. Zoek met het adres',
      },
    ]);
  }
  return { id: first.id, municipalityCode: first.municipality_code };
}
