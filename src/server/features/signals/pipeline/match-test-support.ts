import { sql } from 'drizzle-orm';
import type { Executor } from '../../../context.ts';
import type { MatchReason } from '../../../db/schema/index.ts';

/**
 * Test support for matching and the review queue: a small synthetic household register and signals inserted
 * directly, so each test states exactly which residents live where. Not used by production code.
 */
export type MemberSpec = {
  bsn: string;
  voornamen: string;
  voorvoegsel?: string | null;
  geslachtsnaam: string;
  geboortedatum: string;
  overlijdensdatum?: string | null;
  /** Set when the person left the household (moved or died). */
  toDate?: string | null;
};

export type HouseholdSpec = {
  municipality?: string;
  /** Another household at an address created before. */
  addressId?: string;
  postcode?: string;
  huisnummer?: number;
  huisletter?: string | null;
  toevoeging?: string | null;
  endedOn?: string | null;
  members: MemberSpec[];
};

export type CreatedHousehold = { householdId: string; addressId: string; personIds: string[] };

export async function addHousehold(db: Executor, spec: HouseholdSpec): Promise<CreatedHousehold> {
  const municipality = spec.municipality ?? 'GM9901';
  let addressId = spec.addressId;
  if (!addressId) {
    const { rows } = await db.execute<{ id: string }>(sql`
      INSERT INTO addresses (municipality_code, straat, huisnummer, huisletter, huisnummertoevoeging, postcode,
        woonplaats, wijk_code, buurt_code)
      VALUES (${municipality}, 'Proefstraat', ${spec.huisnummer ?? 1}, ${spec.huisletter ?? null},
        ${spec.toevoeging ?? null}, ${spec.postcode ?? '1011AA'}, 'Proefdorp', NULL, NULL)
      RETURNING id`);
    addressId = rows[0]!.id;
  }
  const { rows: hh } = await db.execute<{ id: string }>(sql`
    INSERT INTO households (municipality_code, address_id, started_on, ended_on)
    VALUES (${municipality}, ${addressId}, '2015-01-01', ${spec.endedOn ?? null}) RETURNING id`);
  const householdId = hh[0]!.id;
  const personIds: string[] = [];
  for (const [i, m] of spec.members.entries()) {
    const personId = await addPerson(db, municipality, m);
    await db.execute(sql`
      INSERT INTO household_members (municipality_code, household_id, person_id, relation, from_date, to_date)
      VALUES (${municipality}, ${householdId}, ${personId}, ${i === 0 ? 'hoofd' : 'overig'}, '2015-01-01',
        ${m.toDate ?? null})`);
    personIds.push(personId);
  }
  return { householdId, addressId, personIds };
}

/** A person; one that already exists (same municipality and BSN) is reused, e.g. after a move. */
async function addPerson(db: Executor, municipality: string, m: MemberSpec): Promise<string> {
  const { rows } = await db.execute<{ id: string }>(sql`
    INSERT INTO persons (municipality_code, bsn, voornamen, voorvoegsel, geslachtsnaam, geboortedatum,
      overlijdensdatum)
    VALUES (${municipality}, ${m.bsn}, ${m.voornamen}, ${m.voorvoegsel ?? null}, ${m.geslachtsnaam},
      ${m.geboortedatum}, ${m.overlijdensdatum ?? null})
    ON CONFLICT (municipality_code, bsn) DO UPDATE SET bsn = EXCLUDED.bsn
    RETURNING id`);
  return rows[0]!.id;
}

export type SignalSpec = {
  municipality?: string;
  bsn?: string | null;
  postcode?: string | null;
  huisnummer?: number | null;
  huisletter?: string | null;
  toevoeging?: string | null;
  birthDate?: string | null;
  name?: string | null;
  category?: string;
};

let signalCounter = 0;

/** A signal as every way in stores it before the pipeline runs (match_status 'open'). */
export async function addSignal(db: Executor, spec: SignalSpec): Promise<string> {
  signalCounter++;
  const { rows } = await db.execute<{ id: string }>(sql`
    INSERT INTO signals (municipality_code, kind, source, source_key, partner_type, category, signal_date,
      received_at, bsn, postcode, huisnummer, huisletter, huisnummertoevoeging, birth_date, name)
    VALUES (${spec.municipality ?? 'GM9901'}, 'vroegsignaal', 'ddas', ${`test-${signalCounter}`},
      'Huur', ${spec.category ?? 'betalingsachterstand'}, '2026-11-20', '2026-11-20T10:00:00Z',
      ${spec.bsn ?? null}, ${spec.postcode ?? null}, ${spec.huisnummer ?? null}, ${spec.huisletter ?? null},
      ${spec.toevoeging ?? null}, ${spec.birthDate ?? null}, ${spec.name ?? null})
    RETURNING id`);
  return rows[0]!.id;
}

export type MatchedSignal = {
  id: string;
  matchStatus: string;
  status: string;
  personId: string | null;
  householdId: string | null;
  match: MatchReason | null;
};

export async function readSignal(db: Executor, id: string): Promise<MatchedSignal> {
  const { rows } = await db.execute<MatchedSignal>(sql`
    SELECT id, match_status AS "matchStatus", status, person_id AS "personId", household_id AS "householdId", match
    FROM signals WHERE id = ${id}`);
  const row = rows[0];
  if (!row) throw new Error(`signal ${id} not found`);
  return row;
}
