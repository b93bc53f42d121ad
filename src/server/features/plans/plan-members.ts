import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../context.ts';
import { householdMembers, persons, users } from '../../db/schema/index.ts';
import { hasReachedAge, type IsoDate } from '../../lib/dates.ts';

export type PlanMember = {
  personId: string;
  name: string;
  geboortedatum: string | null;
  relation: string;
  adult: boolean;
};

/** "Jan de Vries": first names, prefix and surname as the BRP has them. */
export function personName(p: {
  voornamen: string;
  voorvoegsel: string | null;
  geslachtsnaam: string;
}): string {
  return [p.voornamen, p.voorvoegsel, p.geslachtsnaam].filter(Boolean).join(' ');
}

/**
 * The household's current members (no BSN: the plan does not need it), adult meaning 18 or older on `today`.
 * A member without a known birth date counts as not adult, so a ZRM is never recorded for someone we cannot place.
 */
export async function loadPlanMembers(
  db: Executor,
  householdId: string,
  today: IsoDate,
): Promise<PlanMember[]> {
  const rows = await db
    .select({
      personId: persons.id,
      voornamen: persons.voornamen,
      voorvoegsel: persons.voorvoegsel,
      geslachtsnaam: persons.geslachtsnaam,
      geboortedatum: persons.geboortedatum,
      relation: householdMembers.relation,
    })
    .from(householdMembers)
    .innerJoin(persons, eq(persons.id, householdMembers.personId))
    .where(and(eq(householdMembers.householdId, householdId), isNull(householdMembers.toDate)))
    .orderBy(asc(persons.geboortedatum), asc(persons.id));
  return rows.map((r) => ({
    personId: r.personId,
    name: personName(r),
    geboortedatum: r.geboortedatum,
    relation: r.relation,
    adult: r.geboortedatum !== null && hasReachedAge(r.geboortedatum, today, 18),
  }));
}

export type UserRef = { userId: string; displayName: string };

/** Display names of the given users, for "saved by" and "assessed by". */
export async function loadUserRefs(db: Executor, ids: (string | null)[]): Promise<Map<string, UserRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ userId: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.userId, r]));
}
