// Fixtures for the break-the-glass tests: a household nobody works on (no case, no signal), a household in the
// other demo municipality, and extra FG accounts, all made directly in the database.
import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../../../test/helpers/app.ts';
import { addresses, householdMembers, households, persons } from '../../../db/schema/index.ts';
import { organisationId, PASSWORD } from '../../signals/intake/intake-test-support.ts';
import { createUser } from '../../users/users.service.ts';

export type Household = {
  householdId: string;
  addressId: string;
  bsn: string;
  postcode: string;
  huisnummer: number;
};

/** Current households with a head, no case and no signal: outside every professional's full access. */
export async function untouchedHouseholds(t: TestApp, n: number): Promise<Household[]> {
  const rows = await t.database.db.execute<{
    household_id: string;
    address_id: string;
    bsn: string;
    postcode: string;
    huisnummer: number;
  }>(sql`
    SELECT h.id AS household_id, a.id AS address_id, p.bsn, a.postcode, a.huisnummer
    FROM households h JOIN addresses a ON a.id = h.address_id
    JOIN household_members m ON m.household_id = h.id AND m.relation = 'hoofd' AND m.to_date IS NULL
    JOIN persons p ON p.id = m.person_id
    WHERE h.ended_on IS NULL AND p.overlijdensdatum IS NULL AND h.municipality_code = 'GM9901'
      AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.household_id = h.id)
      AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.household_id = h.id)
      AND (SELECT count(*) FROM households h2 WHERE h2.address_id = h.address_id AND h2.ended_on IS NULL) = 1
    ORDER BY h.id LIMIT ${n}`);
  if (rows.rows.length < n) throw new Error(`only ${rows.rows.length} untouched households`);
  return rows.rows.map((r) => ({
    householdId: r.household_id,
    addressId: r.address_id,
    bsn: r.bsn,
    postcode: r.postcode,
    huisnummer: r.huisnummer,
  }));
}

/** A one-person household at a new address (e.g. in Samenwerk, where the demo population does not live). */
export async function insertHousehold(
  t: TestApp,
  values: {
    municipalityCode: string;
    bsn: string;
    postcode: string;
    huisnummer: number;
    huisletter?: string | null;
    toevoeging?: string | null;
  },
): Promise<Household> {
  const db = t.database.db;
  const [address] = await db
    .insert(addresses)
    .values({
      municipalityCode: values.municipalityCode,
      straat: 'Proefstraat',
      huisnummer: values.huisnummer,
      huisletter: values.huisletter ?? null,
      huisnummertoevoeging: values.toevoeging ?? null,
      postcode: values.postcode,
      woonplaats: 'Proefdorp',
    })
    .returning({ id: addresses.id });
  const [person] = await db
    .insert(persons)
    .values({
      municipalityCode: values.municipalityCode,
      bsn: values.bsn,
      voornamen: 'Proef',
      geslachtsnaam: 'Persoon',
    })
    .returning({ id: persons.id });
  const [household] = await db
    .insert(households)
    .values({ municipalityCode: values.municipalityCode, addressId: address!.id, startedOn: '2020-01-01' })
    .returning({ id: households.id });
  await db.insert(householdMembers).values({
    municipalityCode: values.municipalityCode,
    householdId: household!.id,
    personId: person!.id,
    relation: 'hoofd',
    fromDate: '2020-01-01',
  });
  return {
    householdId: household!.id,
    addressId: address!.id,
    bsn: values.bsn,
    postcode: values.postcode,
    huisnummer: values.huisnummer,
  };
}

/** An FG account of the given organisation (the demo has one, of Gemeente Regiedam). */
export async function fgUser(t: TestApp, username: string, organisationName: string): Promise<string> {
  const { id } = await createUser(t.ctx(), {
    username,
    displayName: `FG ${username}`,
    email: `${username}@regiedam.example`,
    organisationId: await organisationId(t, organisationName),
    roles: ['fg'],
    password: PASSWORD,
    teams: [],
  });
  return id;
}
