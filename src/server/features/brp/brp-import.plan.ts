import { previousDay } from '../../lib/dates.ts';
import type {
  AddressRow,
  BatchState,
  BatchWrites,
  HouseholdRow,
  MembershipRow,
  NewMember,
  PersonRow,
} from './brp-import.repo.ts';
import { addressKey, type BrpRecord } from './brp-record.ts';
import { deriveRelations, type Resident } from './household-relations.ts';

/**
 * What one batch of BRP records changes in the register, computed from the register's current rows: a pure
 * function, so the rules can be read (and tested) apart from the database.
 *
 * - A person's data is overwritten by what the BRP delivers; what it does not deliver is kept. A date of death
 *   is never removed.
 * - A move ends the open membership on the day before the new address's datum aanvang adreshouding
 *   (verblijfplaats.datumVan) and starts a membership at the new address from that date.
 * - A death ends the membership on the date of death. Leaving for abroad, an unknown address, a location without
 *   an address or another municipality ends it on the day before that registration.
 * - Never before the membership began: an end date earlier than the start is set to the start.
 * - A household is the people registered at one address. Arrivals join the open household there; when everyone
 *   has left, the household ends (on its last member's end date) and newcomers start a new one.
 * - Relations (hoofd, partner, kind, overig) are derived for everyone living there (household-relations.ts).
 * - Persons the file does not mention are left as they are: a file may hold part of a municipality.
 */

export type ImportCounts = {
  personenNieuw: number;
  personenGewijzigd: number;
  overlijdensVerwerkt: number;
  adressenNieuw: number;
  adressenGewijzigd: number;
  /** Of the new addresses: those for which no wijk and buurt could be derived (see inferArea). */
  adressenZonderWijk: number;
  huishoudensNieuw: number;
  huishoudensBeeindigd: number;
  lidmaatschappenGestart: number;
  lidmaatschappenBeeindigd: number;
  relatiesGewijzigd: number;
};

export function emptyCounts(): ImportCounts {
  return {
    personenNieuw: 0,
    personenGewijzigd: 0,
    overlijdensVerwerkt: 0,
    adressenNieuw: 0,
    adressenGewijzigd: 0,
    adressenZonderWijk: 0,
    huishoudensNieuw: 0,
    huishoudensBeeindigd: 0,
    lidmaatschappenGestart: 0,
    lidmaatschappenBeeindigd: 0,
    relatiesGewijzigd: 0,
  };
}

/** The number of changes (adressenZonderWijk is a detail of adressenNieuw, not a change of its own). */
export function changeCount(c: ImportCounts): number {
  return (
    c.personenNieuw +
    c.personenGewijzigd +
    c.adressenNieuw +
    c.adressenGewijzigd +
    c.huishoudensNieuw +
    c.huishoudensBeeindigd +
    c.lidmaatschappenGestart +
    c.lidmaatschappenBeeindigd +
    c.relatiesGewijzigd
  );
}

export function addCounts(into: ImportCounts, from: ImportCounts): void {
  for (const key of Object.keys(into) as (keyof ImportCounts)[]) into[key] += from[key];
}

export type PlanInput = BatchState & {
  municipalityCode: string;
  today: string;
  records: readonly BrpRecord[];
  /** Every valid record of this municipality in the file, by BSN (to see where other residents went). */
  fileByBsn: ReadonlyMap<string, BrpRecord>;
  newId: () => string;
};

export type BatchPlan = BatchWrites & {
  counts: ImportCounts;
  /** Households whose membership changed (ids for the audit row). */
  changedHouseholds: Set<string>;
  /** Records of persons registered in another municipality who were never in this register: nothing to do. */
  notInRegister: number;
  /** Records that changed nothing. */
  unchanged: number;
};

/**
 * Wijk and buurt for a new address: those of the register's other addresses with the same postcode, when they
 * all agree. The BRP does not deliver CBS wijk/buurt codes; a postcode (PC6) rarely crosses a buurt boundary, and
 * when it does, nothing is filled in and the address is counted in adressenZonderWijk.
 */
export function inferArea(postcode: string, known: readonly AddressRow[]) {
  const areas = new Set(
    known
      .filter((a) => a.postcode === postcode && a.wijkCode !== null)
      .map((a) => `${a.wijkCode}|${a.buurtCode ?? ''}`),
  );
  if (areas.size !== 1) return { wijkCode: null, buurtCode: null };
  const [wijkCode, buurtCode] = [...areas][0]!.split('|') as [string, string];
  return { wijkCode, buurtCode: buurtCode === '' ? null : buurtCode };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function personFor(r: BrpRecord, existing: PersonRow | undefined, id: string): PersonRow {
  return {
    id,
    bsn: r.bsn,
    voornamen: r.voornamen,
    voorvoegsel: r.voorvoegsel,
    geslachtsnaam: r.geslachtsnaam,
    geboortedatum: r.geboortedatum === undefined ? (existing?.geboortedatum ?? null) : r.geboortedatum,
    geslacht: r.geslacht ?? existing?.geslacht ?? null,
    overlijdensdatum: r.overlijdensdatum ?? existing?.overlijdensdatum ?? null,
  };
}

function samePerson(a: PersonRow, b: PersonRow): boolean {
  return (
    a.voornamen === b.voornamen &&
    a.voorvoegsel === b.voorvoegsel &&
    a.geslachtsnaam === b.geslachtsnaam &&
    a.geboortedatum === b.geboortedatum &&
    a.geslacht === b.geslacht &&
    a.overlijdensdatum === b.overlijdensdatum
  );
}

/** The last day of a membership `m` for a person whose record is `r`, or null when the person stays. */
function endDate(
  r: BrpRecord,
  overlijdensdatum: string | null,
  m: MembershipRow,
  today: string,
): string | null {
  let end: string;
  if (overlijdensdatum !== null) end = overlijdensdatum;
  else if (r.place.kind === 'adres') {
    if (addressKey(r.place.address) === m.addressKey) return null;
    end = previousDay(r.place.since ?? today);
  } else if (r.place.kind === 'elders') end = previousDay(r.place.since ?? today);
  else return null;
  return end < m.fromDate ? m.fromDate : end;
}

export function planBatch(input: PlanInput): BatchPlan {
  const { today, newId } = input;
  const counts = emptyCounts();
  const plan: BatchPlan = {
    municipalityCode: input.municipalityCode,
    insertPersons: [],
    updatePersons: [],
    insertAddresses: [],
    updateAddresses: [],
    insertHouseholds: [],
    insertMembers: [],
    endMembers: [],
    updateRelations: [],
    counts,
    changedHouseholds: new Set(),
    notInRegister: 0,
    unchanged: 0,
  };
  const changedBsns = new Set<string>();
  const existingByBsn = new Map(input.persons.map((p) => [p.bsn, p]));
  const membershipsByPerson = new Map<string, MembershipRow[]>();
  const membersByHousehold = new Map<string, MembershipRow[]>();
  const membersByAddressKey = new Map<string, MembershipRow[]>();
  for (const m of input.memberships) {
    pushTo(membershipsByPerson, m.personId, m);
    pushTo(membersByHousehold, m.householdId, m);
    pushTo(membersByAddressKey, m.addressKey, m);
  }

  // 1. Persons.
  const personByBsn = new Map<string, PersonRow>();
  for (const r of input.records) {
    const existing = existingByBsn.get(r.bsn);
    if (!existing && r.place.kind === 'elders' && r.place.reason === 'andere-gemeente') {
      plan.notInRegister++;
      continue;
    }
    const person = personFor(r, existing, existing?.id ?? newId());
    personByBsn.set(r.bsn, person);
    if (!existing) {
      plan.insertPersons.push(person);
      counts.personenNieuw++;
      if (person.overlijdensdatum) counts.overlijdensVerwerkt++;
      changedBsns.add(r.bsn);
    } else if (!samePerson(existing, person)) {
      plan.updatePersons.push(person);
      counts.personenGewijzigd++;
      if (!existing.overlijdensdatum && person.overlijdensdatum) counts.overlijdensVerwerkt++;
      changedBsns.add(r.bsn);
    }
  }

  // 2. Departures: of the batch's persons, and of residents of the batch's addresses whom the file places elsewhere.
  const ended = new Map<string, string>();
  const leave = (m: MembershipRow, r: BrpRecord, overlijdensdatum: string | null) => {
    if (ended.has(m.id)) return;
    const end = endDate(r, overlijdensdatum, m, today);
    if (end === null) return;
    ended.set(m.id, end);
    plan.endMembers.push({ id: m.id, toDate: end, householdId: m.householdId });
    plan.changedHouseholds.add(m.householdId);
    changedBsns.add(m.bsn);
  };
  for (const r of input.records) {
    const person = personByBsn.get(r.bsn);
    if (!person) continue;
    for (const m of membershipsByPerson.get(person.id) ?? []) leave(m, r, person.overlijdensdatum);
  }
  for (const m of input.memberships) {
    const r = input.fileByBsn.get(m.bsn);
    if (r && !personByBsn.has(m.bsn)) leave(m, r, r.overlijdensdatum);
  }

  // 3. Addresses, households and arrivals, per address.
  const knownAddresses = [...input.addresses];
  const addressesByKey = new Map<string, AddressRow[]>();
  for (const a of input.addresses) pushTo(addressesByKey, addressKey(a), a);
  const openHouseholds = new Map<string, HouseholdRow[]>();
  for (const h of input.households) pushTo(openHouseholds, h.addressId, h);

  const groups = new Map<string, BrpRecord[]>();
  for (const r of input.records) {
    if (r.place.kind !== 'adres' || !personByBsn.has(r.bsn)) continue;
    pushTo(groups, addressKey(r.place.address), r);
  }
  for (const [key, group] of groups) {
    const first = group[0]!;
    if (first.place.kind !== 'adres') continue;
    const wanted = first.place.address;
    const rows = addressesByKey.get(key) ?? [];
    let address = rows[0];
    if (!address) {
      address = {
        id: newId(),
        straat: wanted.straat,
        huisnummer: wanted.huisnummer,
        huisletter: wanted.huisletter,
        huisnummertoevoeging: wanted.huisnummertoevoeging,
        postcode: wanted.postcode,
        woonplaats: wanted.woonplaats,
        adresseerbaarObjectId: wanted.adresseerbaarObjectId,
        ...inferArea(wanted.postcode, knownAddresses),
      };
      plan.insertAddresses.push(address);
      knownAddresses.push(address);
      counts.adressenNieuw++;
      if (address.wijkCode === null) counts.adressenZonderWijk++;
    } else if (
      address.straat !== wanted.straat ||
      address.woonplaats !== wanted.woonplaats ||
      (wanted.adresseerbaarObjectId !== null &&
        address.adresseerbaarObjectId !== wanted.adresseerbaarObjectId)
    ) {
      const updated = {
        ...address,
        straat: wanted.straat,
        woonplaats: wanted.woonplaats,
        adresseerbaarObjectId: wanted.adresseerbaarObjectId ?? address.adresseerbaarObjectId,
      };
      plan.updateAddresses.push(updated);
      counts.adressenGewijzigd++;
      address = updated;
    }

    // Open memberships at this address that continue (several address rows with one key count as one address).
    const candidates = rows.flatMap((row) => openHouseholds.get(row.id) ?? []);
    const staying = (h: HouseholdRow) => (membersByHousehold.get(h.id) ?? []).filter((m) => !ended.has(m.id));
    const groupBsns = new Set(group.map((r) => r.bsn));
    const household =
      [...candidates].sort(
        (a, b) =>
          staying(b).filter((m) => groupBsns.has(m.bsn)).length -
          staying(a).filter((m) => groupBsns.has(m.bsn)).length,
      )[0] ?? undefined;
    const remaining = household ? staying(household) : [];
    const livesHere = new Set(
      (membersByAddressKey.get(key) ?? []).filter((m) => !ended.has(m.id)).map((m) => m.bsn),
    );
    const arrivals = group.filter(
      (r) => personByBsn.get(r.bsn)!.overlijdensdatum === null && !livesHere.has(r.bsn),
    );
    if (remaining.length === 0 && arrivals.length === 0) continue;

    let target = household;
    const hadMembers = household ? (membersByHousehold.get(household.id) ?? []).length > 0 : false;
    if (!target || (remaining.length === 0 && hadMembers)) {
      const since = arrivals
        .map((r) => (r.place.kind === 'adres' ? (r.place.since ?? today) : today))
        .sort()[0]!;
      target = { id: newId(), addressId: address.id, startedOn: since };
      plan.insertHouseholds.push(target);
      counts.huishoudensNieuw++;
    }

    const residents: Resident[] = [
      ...remaining.map((m): Resident => {
        const r = input.fileByBsn.get(m.bsn);
        return {
          bsn: m.bsn,
          geboortedatum: personByBsn.get(m.bsn)?.geboortedatum ?? m.geboortedatum,
          partners: r?.partners ?? [],
          kinderen: r?.kinderen ?? [],
          ouders: r?.ouders ?? [],
          current: m.relation,
          inFile: r !== undefined,
        };
      }),
      ...arrivals.map(
        (r): Resident => ({
          bsn: r.bsn,
          geboortedatum: personByBsn.get(r.bsn)!.geboortedatum,
          partners: r.partners,
          kinderen: r.kinderen,
          ouders: r.ouders,
          current: null,
          inFile: true,
        }),
      ),
    ];
    const relations = deriveRelations(residents, today);
    for (const m of remaining) {
      const relation = relations.get(m.bsn)!;
      if (relation === m.relation) continue;
      plan.updateRelations.push({ id: m.id, relation });
      counts.relatiesGewijzigd++;
      plan.changedHouseholds.add(m.householdId);
      changedBsns.add(m.bsn);
    }
    for (const r of arrivals) {
      const member: NewMember = {
        id: newId(),
        householdId: target.id,
        personId: personByBsn.get(r.bsn)!.id,
        relation: relations.get(r.bsn)!,
        fromDate: r.place.kind === 'adres' ? (r.place.since ?? today) : today,
      };
      plan.insertMembers.push(member);
      counts.lidmaatschappenGestart++;
      plan.changedHouseholds.add(target.id);
      changedBsns.add(r.bsn);
    }
  }
  counts.lidmaatschappenBeeindigd = plan.endMembers.length;
  plan.unchanged = input.records.filter((r) => personByBsn.has(r.bsn) && !changedBsns.has(r.bsn)).length;
  return plan;
}
