import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** CBS gemeente (GM0363). Every row that belongs to a municipality carries this code, so data can be partitioned. */
export const municipalities = pgTable('municipalities', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const regionKinds = [
  'arbeidsmarktregio',
  'veiligheidsregio',
  'woningmarktregio',
  'zorgregio',
] as const;
export type RegionKind = (typeof regionKinds)[number];

/** A grouping of municipalities; each kind of region is a separate grouping. */
export const regions = pgTable('regions', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind', { enum: regionKinds }).notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
});

export const regionMunicipalities = pgTable(
  'region_municipalities',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.municipalityCode] })],
);

export const areaKinds = ['wijk', 'buurt'] as const;
export type AreaKind = (typeof areaKinds)[number];

/** CBS wijk (WK036301) or buurt (BU03630100); a buurt's parent is its wijk. */
export const areas = pgTable(
  'areas',
  {
    code: text('code').primaryKey(),
    kind: text('kind', { enum: areaKinds }).notNull(),
    name: text('name').notNull(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    parentCode: text('parent_code'),
  },
  (t) => [index('areas_municipality_idx').on(t.municipalityCode)],
);

export const organisationKinds = [
  'gemeente',
  'woningcorporatie',
  'zorgaanbieder',
  'schuldhulpverlening',
  'energieleverancier',
  'drinkwaterbedrijf',
  'zorgverzekeraar',
  'clientenraad',
  'huurdersorganisatie',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind', { enum: organisationKinds }).notNull(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The municipalities an organisation works in (a corporation or an insurer often works in several). */
export const organisationMunicipalities = pgTable(
  'organisation_municipalities',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.municipalityCode] })],
);

/** A team of an organisation; a wijkteam serves a set of wijken/buurten, possibly in several municipalities. */
export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['wijkteam', 'loket', 'schuldhulp', 'overig'] }).notNull(),
});

export const teamMunicipalities = pgTable(
  'team_municipalities',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.municipalityCode] })],
);

export const teamAreas = pgTable(
  'team_areas',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    areaCode: text('area_code')
      .notNull()
      .references(() => areas.code),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.areaCode] }), index('team_areas_area_idx').on(t.areaCode)],
);
