import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { syntheticBsn, testRangeBsns } from '../../lib/bsn.ts';
import { firstNamesF, firstNamesM, streets, surnames } from './names.ts';
import { Prng } from './prng.ts';

export type Area = {
  municipalityCode: string;
  woonplaats: string;
  wijkCode: string;
  buurtCode: string;
  postcodeBase: number;
};

type Person = {
  id: string;
  municipality_code: string;
  bsn: string;
  voornamen: string;
  voorvoegsel: string | null;
  geslachtsnaam: string;
  geboortedatum: string;
  geslacht: 'M' | 'V';
};

type Batch = {
  addresses: Record<string, unknown>[];
  persons: Person[];
  households: Record<string, unknown>[];
  members: Record<string, unknown>[];
};

const REFERENCE_YEAR = 2026;

function birthDate(prng: Prng, minAge: number, maxAge: number): string {
  const year = REFERENCE_YEAR - prng.int(minAge, maxAge);
  const month = prng.int(1, 12);
  const day = prng.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const lettersForPostcode = [...'ABCDEFGHJKLMNPRSTVWXZ'];

/**
 * Generates households with addresses, residents and memberships, in the proportions of Dutch households:
 * singles, couples, couples and single parents with children, and some shared homes with adult housemates
 * (relevant to the kostendelersnorm). Persons per municipality stay within the 90,909 valid test BSNs.
 */
export function* generateHouseholds(seed: number, count: number, areas: readonly Area[], startIndex = 0) {
  const prng = new Prng(seed);
  const personCounter = new Map<string, number>();
  const maxPersons = testRangeBsns().length;
  for (let i = 0; i < count; i++) {
    const area = areas[(startIndex + i) % areas.length]!;
    const addressId = prng.uuid();
    const householdId = prng.uuid();
    const postcode = `${area.postcodeBase + prng.int(0, 9)}${prng.pick(lettersForPostcode)}${prng.pick(lettersForPostcode)}`;
    const address = {
      id: addressId,
      municipality_code: area.municipalityCode,
      straat: prng.pick(streets),
      huisnummer: prng.int(1, 250),
      huisletter: prng.chance(0.08) ? prng.pick(['A', 'B', 'C']) : null,
      huisnummertoevoeging: prng.chance(0.1) ? String(prng.int(1, 4)) : null,
      postcode,
      woonplaats: area.woonplaats,
      wijk_code: area.wijkCode,
      buurt_code: area.buurtCode,
    };
    const [voorvoegsel, geslachtsnaam] = prng.pick(surnames);
    const kind = prng.next();
    const members: {
      relation: 'hoofd' | 'partner' | 'kind' | 'overig';
      minAge: number;
      maxAge: number;
      sameName: boolean;
    }[] = [{ relation: 'hoofd', minAge: 18, maxAge: 90, sameName: true }];
    if (kind < 0.38) {
      // single person
    } else if (kind < 0.66) {
      members.push({ relation: 'partner', minAge: 20, maxAge: 88, sameName: false });
    } else if (kind < 0.88) {
      members[0] = { relation: 'hoofd', minAge: 25, maxAge: 55, sameName: true };
      members.push({ relation: 'partner', minAge: 25, maxAge: 55, sameName: false });
      for (let k = prng.int(1, 3); k > 0; k--)
        members.push({ relation: 'kind', minAge: 0, maxAge: 24, sameName: true });
    } else if (kind < 0.95) {
      members[0] = { relation: 'hoofd', minAge: 22, maxAge: 55, sameName: true };
      for (let k = prng.int(1, 3); k > 0; k--)
        members.push({ relation: 'kind', minAge: 0, maxAge: 30, sameName: true });
    } else {
      for (let k = prng.int(1, 3); k > 0; k--)
        members.push({ relation: 'overig', minAge: 18, maxAge: 80, sameName: false });
    }
    const startedOn = `${REFERENCE_YEAR - prng.int(0, 30)}-${String(prng.int(1, 12)).padStart(2, '0')}-01`;
    const persons: Person[] = [];
    const memberRows: Record<string, unknown>[] = [];
    for (const m of members) {
      const n = personCounter.get(area.municipalityCode) ?? 0;
      if (n >= maxPersons)
        throw new Error(`Te veel personen voor gemeente ${area.municipalityCode} (test-BSN's op)`);
      personCounter.set(area.municipalityCode, n + 1);
      const female = prng.chance(0.5);
      const [vv, gn] = m.sameName ? [voorvoegsel, geslachtsnaam] : prng.pick(surnames);
      const person: Person = {
        id: prng.uuid(),
        municipality_code: area.municipalityCode,
        bsn: syntheticBsn(n),
        voornamen: prng.pick(female ? firstNamesF : firstNamesM),
        voorvoegsel: vv,
        geslachtsnaam: gn,
        geboortedatum: birthDate(prng, m.minAge, m.maxAge),
        geslacht: female ? 'V' : 'M',
      };
      persons.push(person);
      const from = person.geboortedatum > startedOn ? person.geboortedatum : startedOn;
      memberRows.push({
        id: prng.uuid(),
        municipality_code: area.municipalityCode,
        household_id: householdId,
        person_id: person.id,
        relation: m.relation,
        from_date: from,
      });
    }
    yield {
      address,
      persons,
      household: {
        id: householdId,
        municipality_code: area.municipalityCode,
        address_id: addressId,
        started_on: startedOn,
      },
      members: memberRows,
    };
  }
}

/**
 * Inserts rows through json_populate_recordset: one statement per table per batch, fast on PostgreSQL and on
 * PGlite alike, and with no per-row round trips.
 */
async function insertRows(db: Db, table: string, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  await db.execute(
    sql`INSERT INTO ${sql.identifier(table)} SELECT * FROM json_populate_recordset(NULL::${sql.identifier(table)}, ${JSON.stringify(rows)}::json)`,
  );
}

export type SeedProgress = (done: number, total: number) => void;

export async function insertPopulation(
  db: Db,
  seed: number,
  count: number,
  areas: readonly Area[],
  onProgress?: SeedProgress,
  batchSize = 5000,
): Promise<void> {
  let batch: Batch = { addresses: [], persons: [], households: [], members: [] };
  let done = 0;
  const flush = async () => {
    await db.transaction(async (tx) => {
      await insertRows(tx as unknown as Db, 'addresses', batch.addresses);
      await insertRows(tx as unknown as Db, 'persons', batch.persons);
      await insertRows(tx as unknown as Db, 'households', batch.households);
      await insertRows(tx as unknown as Db, 'household_members', batch.members);
    });
    done += batch.households.length;
    onProgress?.(done, count);
    batch = { addresses: [], persons: [], households: [], members: [] };
  };
  for (const h of generateHouseholds(seed, count, areas)) {
    batch.addresses.push(h.address);
    batch.persons.push(...h.persons);
    batch.households.push(h.household);
    batch.members.push(...h.members);
    if (batch.households.length >= batchSize) await flush();
  }
  if (batch.households.length > 0) await flush();
}
