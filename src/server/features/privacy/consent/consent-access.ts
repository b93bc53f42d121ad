import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Ctx, Executor, UserActor } from '../../../context.ts';
import { persons } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { householdFullScope, requireCapability } from '../../access/policy.ts';

/**
 * Who may see and record a person's consents: capability consent.record AND the person is, or was, a member of a
 * household the actor fully sees (access rule 2). Consents are data about the relation between the resident and
 * the professionals working with the household, so signal-level access (rule 3) is not enough.
 */

export function consentRecorder(ctx: Ctx): UserActor {
  requireCapability(ctx, 'consent.record');
  if (ctx.actor?.type !== 'user') throw new DomainError('forbidden');
  return ctx.actor;
}

/** The households the actor fully sees (access rule 2: a case in caseScope or an active grant), on households.id. */
export function fullHouseholds(ctx: Ctx): SQL {
  return householdFullScope(ctx.actor, ctx.now);
}

/** Persons who are or were a member of a household in the actor's full scope, as a condition on persons.id. */
export function personScope(ctx: Ctx): SQL {
  return sql`${persons.id} IN (SELECT hm.person_id FROM household_members hm
    JOIN households ON households.id = hm.household_id WHERE ${fullHouseholds(ctx)})`;
}

export type PersonRow = { id: string; municipalityCode: string };

/** Loads the person only if in scope; otherwise 404, like a person that does not exist. */
export async function requirePerson(ctx: Ctx, db: Executor, personId: string): Promise<PersonRow> {
  consentRecorder(ctx);
  const [row] = await db
    .select({ id: persons.id, municipalityCode: persons.municipalityCode })
    .from(persons)
    .where(and(eq(persons.id, personId), personScope(ctx)));
  if (!row) throw new DomainError('not_found', 'Deze persoon bestaat niet of u heeft geen toegang');
  return row;
}
