import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { addresses, householdMembers, households, persons } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { householdScope, requireCapability } from '../access/policy.ts';
import { auditRead } from '../audit/audit.service.ts';

export type HouseholdFilter = { search?: string; wijk?: string };

const addressColumns = {
  postcode: addresses.postcode,
  huisnummer: addresses.huisnummer,
  huisletter: addresses.huisletter,
  toevoeging: addresses.huisnummertoevoeging,
  straat: addresses.straat,
  woonplaats: addresses.woonplaats,
  wijkCode: addresses.wijkCode,
  buurtCode: addresses.buurtCode,
};

function searchCondition(search: string): SQL {
  const postcode = search.replace(/\s+/g, '').toUpperCase();
  if (/^\d{4}[A-Z]{2}$/.test(postcode)) return eq(addresses.postcode, postcode);
  if (/^\d{9}$/.test(search)) {
    return sql`EXISTS (SELECT 1 FROM ${householdMembers} m JOIN ${persons} p ON p.id = m.person_id
      WHERE m.household_id = ${households.id} AND m.to_date IS NULL AND p.bsn = ${search})`;
  }
  const like = `%${search.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
  return sql`(${addresses.straat} ILIKE ${like} OR EXISTS (SELECT 1 FROM ${householdMembers} m
    JOIN ${persons} p ON p.id = m.person_id
    WHERE m.household_id = ${households.id} AND m.to_date IS NULL AND p.geslachtsnaam ILIKE ${like}))`;
}

/** Current households the actor may see, filtered in the database; the ids returned are audited. */
export async function listHouseholds(
  ctx: Ctx,
  filter: HouseholdFilter,
  page: { limit: number; offset: number },
) {
  requireCapability(ctx, 'household.read');
  const conditions: SQL[] = [isNull(households.endedOn), householdScope(ctx.actor, ctx.now)];
  if (filter.wijk) conditions.push(eq(addresses.wijkCode, filter.wijk));
  if (filter.search) conditions.push(searchCondition(filter.search.trim()));
  const where = and(...conditions);
  return inTransaction(ctx, async (tx) => {
    const rows = await tx
      .select({
        id: households.id,
        municipalityCode: households.municipalityCode,
        ...addressColumns,
        memberCount: sql<number>`(SELECT count(*)::int FROM ${householdMembers} m
          WHERE m.household_id = ${households.id} AND m.to_date IS NULL)`,
      })
      .from(households)
      .innerJoin(addresses, eq(addresses.id, households.addressId))
      .where(where)
      .orderBy(asc(addresses.postcode), asc(addresses.huisnummer), asc(households.id))
      .limit(page.limit)
      .offset(page.offset);
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(households)
      .innerJoin(addresses, eq(addresses.id, households.addressId))
      .where(where);
    await auditRead(ctx, tx, 'household', rows, { list: true, filter });
    return {
      items: rows.map(({ id, municipalityCode, memberCount, ...address }) => ({
        id,
        municipalityCode,
        memberCount,
        address,
      })),
      total: count?.n ?? 0,
    };
  });
}

/** One household with its current members. A household outside the actor's scope is "not found". */
export async function getHousehold(ctx: Ctx, id: string) {
  requireCapability(ctx, 'household.read');
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select({
        id: households.id,
        municipalityCode: households.municipalityCode,
        startedOn: households.startedOn,
        ...addressColumns,
      })
      .from(households)
      .innerJoin(addresses, eq(addresses.id, households.addressId))
      .where(and(eq(households.id, id), householdScope(ctx.actor, ctx.now)));
    if (!row)
      throw new DomainError('not_found', 'Dit huishouden bestaat niet of u heeft er geen toegang toe');
    const members = await tx
      .select({
        id: persons.id,
        bsn: persons.bsn,
        voornamen: persons.voornamen,
        voorvoegsel: persons.voorvoegsel,
        geslachtsnaam: persons.geslachtsnaam,
        geboortedatum: persons.geboortedatum,
        relation: householdMembers.relation,
        since: householdMembers.fromDate,
      })
      .from(householdMembers)
      .innerJoin(persons, eq(persons.id, householdMembers.personId))
      .where(and(eq(householdMembers.householdId, id), isNull(householdMembers.toDate)))
      .orderBy(asc(persons.geboortedatum));
    await auditRead(ctx, tx, 'household', [row], { personIds: members.map((m) => m.id) });
    const { municipalityCode, startedOn, ...address } = row;
    return { id, municipalityCode, startedOn, address, members };
  });
}
