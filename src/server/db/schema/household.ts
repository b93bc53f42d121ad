import { date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './organisation.ts';

/** A dwelling address (BAG verblijfsobject) with its CBS wijk and buurt, as the BRP gives it. */
export const addresses = pgTable(
  'addresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    straat: text('straat').notNull(),
    huisnummer: integer('huisnummer').notNull(),
    huisletter: text('huisletter'),
    huisnummertoevoeging: text('huisnummertoevoeging'),
    postcode: text('postcode').notNull(),
    woonplaats: text('woonplaats').notNull(),
    wijkCode: text('wijk_code'),
    buurtCode: text('buurt_code'),
    adresseerbaarObjectId: text('adresseerbaar_object_id'),
  },
  (t) => [
    index('addresses_municipality_idx').on(t.municipalityCode),
    index('addresses_postcode_idx').on(t.postcode, t.huisnummer),
    index('addresses_wijk_idx').on(t.wijkCode),
    index('addresses_buurt_idx').on(t.buurtCode),
  ],
);

/** A resident, as registered in the BRP. Synthetic data only in this repository (BSNs 999xxxxxx). */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    bsn: text('bsn').notNull(),
    voornamen: text('voornamen').notNull(),
    voorvoegsel: text('voorvoegsel'),
    geslachtsnaam: text('geslachtsnaam').notNull(),
    geboortedatum: date('geboortedatum', { mode: 'string' }),
    geslacht: text('geslacht', { enum: ['M', 'V', 'O'] }),
    overlijdensdatum: date('overlijdensdatum', { mode: 'string' }),
  },
  (t) => [
    // Unique per municipality: the 999 test range holds only 90,909 valid BSNs, so scale data reuses it per municipality.
    uniqueIndex('persons_bsn_idx').on(t.municipalityCode, t.bsn),
    index('persons_municipality_idx').on(t.municipalityCode),
  ],
);

/** A household living at an address during a period. */
export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    addressId: uuid('address_id')
      .notNull()
      .references(() => addresses.id),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
  },
  (t) => [
    index('households_municipality_idx').on(t.municipalityCode),
    index('households_address_idx').on(t.addressId),
  ],
);

/** Membership of a household over time (from/to), so moves and deaths keep their history. */
export const householdMembers = pgTable(
  'household_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    relation: text('relation', { enum: ['hoofd', 'partner', 'kind', 'overig'] }).notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
  },
  (t) => [
    index('household_members_household_idx').on(t.householdId),
    index('household_members_person_idx').on(t.personId),
  ],
);
