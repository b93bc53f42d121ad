import { sql } from 'drizzle-orm';
import type { Executor } from '../../context.ts';
import { addressKey } from './brp-record.ts';
import type { Relation } from './household-relations.ts';

/**
 * The queries of the BRP import. Lists travel as one JSON parameter (json_array_elements_text,
 * json_populate_recordset): one statement per table per batch, the same on PostgreSQL and PGlite.
 */

export type PersonRow = {
  id: string;
  bsn: string;
  voornamen: string;
  voorvoegsel: string | null;
  geslachtsnaam: string;
  geboortedatum: string | null;
  geslacht: 'M' | 'V' | 'O' | null;
  overlijdensdatum: string | null;
};

export type AddressRow = {
  id: string;
  straat: string;
  huisnummer: number;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
  postcode: string;
  woonplaats: string;
  wijkCode: string | null;
  buurtCode: string | null;
  adresseerbaarObjectId: string | null;
};

export type HouseholdRow = { id: string; addressId: string; startedOn: string };

/** An open membership (to_date IS NULL), with what the plan needs of its person and address. */
export type MembershipRow = {
  id: string;
  householdId: string;
  personId: string;
  bsn: string;
  geboortedatum: string | null;
  relation: Relation;
  fromDate: string;
  addressKey: string;
};

export type NewMember = {
  id: string;
  householdId: string;
  personId: string;
  relation: Relation;
  fromDate: string;
};

export type BatchState = {
  persons: PersonRow[];
  addresses: AddressRow[];
  households: HouseholdRow[];
  memberships: MembershipRow[];
};

const list = (values: readonly string[]) =>
  sql`(SELECT json_array_elements_text(${JSON.stringify(values)}::json))`;
const uuidList = (values: readonly string[]) =>
  sql`(SELECT json_array_elements_text(${JSON.stringify(values)}::json)::uuid)`;

export async function loadMunicipalityCodes(db: Executor): Promise<Set<string>> {
  const rows = await db.execute<{ code: string }>(sql`SELECT code FROM municipalities`);
  return new Set(rows.rows.map((r) => r.code));
}

/** Serialises imports into one municipality's register for the rest of the transaction. */
export async function lockRegister(tx: Executor, municipalityCode: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`regie.brp-import:${municipalityCode}`}))`);
}

/** The register rows a batch touches: its persons, the addresses at its postcodes, their households and members. */
export async function loadBatchState(
  tx: Executor,
  municipalityCode: string,
  bsns: readonly string[],
  postcodes: readonly string[],
  addressKeys: ReadonlySet<string>,
): Promise<BatchState> {
  const persons = (
    await tx.execute<PersonRow>(sql`SELECT id, bsn, voornamen, voorvoegsel, geslachtsnaam, geboortedatum, geslacht,
        overlijdensdatum
      FROM persons WHERE municipality_code = ${municipalityCode} AND bsn IN ${list(bsns)}`)
  ).rows;
  const addresses = (
    await tx.execute<AddressRow>(sql`SELECT id, straat, huisnummer, huisletter, huisnummertoevoeging, postcode,
        woonplaats, wijk_code AS "wijkCode", buurt_code AS "buurtCode", adresseerbaar_object_id AS "adresseerbaarObjectId"
      FROM addresses WHERE municipality_code = ${municipalityCode} AND postcode IN ${list(postcodes)}
      ORDER BY id`)
  ).rows;
  const targetAddressIds = addresses.filter((a) => addressKeys.has(addressKey(a))).map((a) => a.id);
  const households = (
    await tx.execute<HouseholdRow>(sql`SELECT id, address_id AS "addressId", started_on AS "startedOn"
      FROM households WHERE ended_on IS NULL AND address_id IN ${uuidList(targetAddressIds)}
      ORDER BY started_on, id`)
  ).rows;
  const personIds = persons.map((p) => p.id);
  const householdIds = households.map((h) => h.id);
  // Simple lookups by indexed key, one table at a time: a join of all four lets the planner, misled by the
  // unknown size of the JSON lists, fall back to scanning whole tables.
  type Open = { id: string; householdId: string; personId: string; relation: Relation; fromDate: string };
  const open = (
    await tx.execute<Open>(sql`SELECT id, household_id AS "householdId", person_id AS "personId", relation,
        from_date AS "fromDate" FROM household_members WHERE to_date IS NULL AND person_id IN ${uuidList(personIds)}
      UNION
      SELECT id, household_id, person_id, relation, from_date FROM household_members
      WHERE to_date IS NULL AND household_id IN ${uuidList(householdIds)}`)
  ).rows.sort((a, b) =>
    a.fromDate === b.fromDate ? (a.id < b.id ? -1 : 1) : a.fromDate < b.fromDate ? -1 : 1,
  );
  const knownPersons = new Map(persons.map((p) => [p.id, p]));
  const otherPersonIds = [...new Set(open.map((m) => m.personId).filter((id) => !knownPersons.has(id)))];
  for (const p of (
    await tx.execute<PersonRow>(sql`SELECT id, bsn, voornamen, voorvoegsel, geslachtsnaam, geboortedatum, geslacht,
        overlijdensdatum FROM persons WHERE id IN ${uuidList(otherPersonIds)}`)
  ).rows) {
    knownPersons.set(p.id, p);
  }
  const knownHouseholds = new Map(households.map((h) => [h.id, h.addressId]));
  const otherHouseholdIds = [
    ...new Set(open.map((m) => m.householdId).filter((id) => !knownHouseholds.has(id))),
  ];
  for (const h of (
    await tx.execute<{
      id: string;
      addressId: string;
    }>(sql`SELECT id, address_id AS "addressId" FROM households
      WHERE id IN ${uuidList(otherHouseholdIds)}`)
  ).rows) {
    knownHouseholds.set(h.id, h.addressId);
  }
  const keyOfAddress = new Map(addresses.map((a) => [a.id, addressKey(a)]));
  const otherAddressIds = [...new Set([...knownHouseholds.values()].filter((id) => !keyOfAddress.has(id)))];
  for (const a of (
    await tx.execute<
      { id: string } & Parameters<typeof addressKey>[0]
    >(sql`SELECT id, postcode, huisnummer, huisletter,
        huisnummertoevoeging FROM addresses
      WHERE id IN ${uuidList(otherAddressIds)}`)
  ).rows) {
    keyOfAddress.set(a.id, addressKey(a));
  }
  const memberships = open.map((m): MembershipRow => {
    const person = knownPersons.get(m.personId)!;
    return {
      ...m,
      bsn: person.bsn,
      geboortedatum: person.geboortedatum,
      addressKey: keyOfAddress.get(knownHouseholds.get(m.householdId)!)!,
    };
  });
  return { persons, addresses, households, memberships };
}

export type BatchWrites = {
  municipalityCode: string;
  insertPersons: PersonRow[];
  updatePersons: PersonRow[];
  insertAddresses: AddressRow[];
  updateAddresses: AddressRow[];
  insertHouseholds: HouseholdRow[];
  insertMembers: NewMember[];
  endMembers: { id: string; toDate: string; householdId: string }[];
  updateRelations: { id: string; relation: Relation }[];
};

const json = (rows: readonly object[]) => sql`${JSON.stringify(rows)}::json`;

/** Writes a batch's changes; returns the ids of households that became empty and were therefore ended. */
export async function applyBatch(tx: Executor, w: BatchWrites): Promise<string[]> {
  const m = w.municipalityCode;
  if (w.insertAddresses.length > 0) {
    await tx.execute(sql`INSERT INTO addresses (id, municipality_code, straat, huisnummer, huisletter,
        huisnummertoevoeging, postcode, woonplaats, wijk_code, buurt_code, adresseerbaar_object_id)
      SELECT id, ${m}, straat, huisnummer, huisletter, huisnummertoevoeging, postcode, woonplaats, "wijkCode",
        "buurtCode", "adresseerbaarObjectId"
      FROM json_to_recordset(${json(w.insertAddresses)}) AS v(id uuid, straat text, huisnummer int, huisletter text,
        huisnummertoevoeging text, postcode text, woonplaats text, "wijkCode" text, "buurtCode" text,
        "adresseerbaarObjectId" text)`);
  }
  if (w.updateAddresses.length > 0) {
    await tx.execute(sql`UPDATE addresses a SET straat = v.straat, woonplaats = v.woonplaats,
        adresseerbaar_object_id = v."adresseerbaarObjectId"
      FROM json_to_recordset(${json(w.updateAddresses)}) AS v(id uuid, straat text, woonplaats text,
        "adresseerbaarObjectId" text)
      WHERE a.id = v.id`);
  }
  if (w.insertPersons.length > 0) {
    await tx.execute(sql`INSERT INTO persons (id, municipality_code, bsn, voornamen, voorvoegsel, geslachtsnaam,
        geboortedatum, geslacht, overlijdensdatum)
      SELECT id, ${m}, bsn, voornamen, voorvoegsel, geslachtsnaam, geboortedatum, geslacht, overlijdensdatum
      FROM json_to_recordset(${json(w.insertPersons)}) AS v(id uuid, bsn text, voornamen text, voorvoegsel text,
        geslachtsnaam text, geboortedatum date, geslacht text, overlijdensdatum date)`);
  }
  if (w.updatePersons.length > 0) {
    await tx.execute(sql`UPDATE persons p SET voornamen = v.voornamen, voorvoegsel = v.voorvoegsel,
        geslachtsnaam = v.geslachtsnaam, geboortedatum = v.geboortedatum, geslacht = v.geslacht,
        overlijdensdatum = v.overlijdensdatum
      FROM json_to_recordset(${json(w.updatePersons)}) AS v(id uuid, voornamen text, voorvoegsel text,
        geslachtsnaam text, geboortedatum date, geslacht text, overlijdensdatum date)
      WHERE p.id = v.id`);
  }
  if (w.insertHouseholds.length > 0) {
    await tx.execute(sql`INSERT INTO households (id, municipality_code, address_id, started_on)
      SELECT id, ${m}, "addressId", "startedOn"
      FROM json_to_recordset(${json(w.insertHouseholds)}) AS v(id uuid, "addressId" uuid, "startedOn" date)`);
  }
  if (w.endMembers.length > 0) {
    await tx.execute(sql`UPDATE household_members hm SET to_date = v."toDate"
      FROM json_to_recordset(${json(w.endMembers)}) AS v(id uuid, "toDate" date)
      WHERE hm.id = v.id AND hm.to_date IS NULL`);
  }
  if (w.updateRelations.length > 0) {
    await tx.execute(sql`UPDATE household_members hm SET relation = v.relation
      FROM json_to_recordset(${json(w.updateRelations)}) AS v(id uuid, relation text)
      WHERE hm.id = v.id`);
  }
  if (w.insertMembers.length > 0) {
    await tx.execute(sql`INSERT INTO household_members (id, municipality_code, household_id, person_id, relation,
        from_date)
      SELECT id, ${m}, "householdId", "personId", relation, "fromDate"
      FROM json_to_recordset(${json(w.insertMembers)}) AS v(id uuid, "householdId" uuid, "personId" uuid,
        relation text, "fromDate" date)`);
  }
  const left = [...new Set(w.endMembers.map((e) => e.householdId))];
  if (left.length === 0) return [];
  const ended = await tx.execute<{ id: string }>(sql`UPDATE households h
      SET ended_on = (SELECT max(hm.to_date) FROM household_members hm WHERE hm.household_id = h.id)
    WHERE h.id IN ${uuidList(left)} AND h.ended_on IS NULL
      AND NOT EXISTS (SELECT 1 FROM household_members hm WHERE hm.household_id = h.id AND hm.to_date IS NULL)
    RETURNING h.id`);
  return ended.rows.map((r) => r.id);
}
