import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './case.ts';
import { households, persons } from './household.ts';
import { users } from './identity.ts';
import { municipalities, organisations, teams } from './organisation.ts';

/** How a signal came in. */
export const signalSources = ['formulier', 'api', 'ddas', 'csv'] as const;
export type SignalSource = (typeof signalSources)[number];

/** A vroegsignaal is a payment arrear under the Wgs (DDAS); a zorgsignaal is any other worry about a household. */
export const signalKinds = ['vroegsignaal', 'zorgsignaal'] as const;
export type SignalKind = (typeof signalKinds)[number];

export const signalUrgencies = ['normaal', 'hoog'] as const;
export type SignalUrgency = (typeof signalUrgencies)[number];

/** Where matching left a signal: not run yet, matched, waiting for a person to review, or no household found. */
export const matchStatuses = ['open', 'gematcht', 'te_beoordelen', 'geen_match'] as const;
export type MatchStatus = (typeof matchStatuses)[number];

/** Why a signal was matched to a household: the method, the fields that agreed and the score (0..1). */
export type MatchReason = {
  method: 'bsn' | 'adres' | 'handmatig';
  fields: string[];
  score: number;
  /** For a review: the households that came close, best first. */
  candidates?: { householdId: string; personId: string | null; score: number; fields: string[] }[];
};

/**
 * One signal about a household, whichever way it came in (form, partner API, DDAS or CSV file). Personal data of
 * the subject is kept as the partner gave it, so matching can be redone and a review can see what was sent.
 * `source_key` makes every way in idempotent: the same DDAS ID, CSV row or Idempotency-Key never adds a second row.
 */
export const signals = pgTable(
  'signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    kind: text('kind', { enum: signalKinds }).notNull(),
    source: text('source', { enum: signalSources }).notNull(),
    sourceKey: text('source_key').notNull(),
    /** The partner's own id of the signal (DDAS `ID`). */
    externalId: text('external_id'),
    /** The organisation that filed it; null for a file from a signal platform on behalf of many partners. */
    partnerOrganisationId: uuid('partner_organisation_id').references(() => organisations.id),
    /** DDAS EnumSignaalpartner (Huur, Energie, Water, Zorg, …); null for a zorgsignaal of a professional. */
    partnerType: text('partner_type'),
    filedBy: uuid('filed_by').references(() => users.id),
    /** A code from the municipality's configured categories (`betalingsachterstand` for DDAS). */
    category: text('category').notNull(),
    urgency: text('urgency', { enum: signalUrgencies }).notNull().default('normaal'),
    /** Crisissignaal, end-of-supply energy or eviction: the 3-working-day term of Wgs art. 4 lid 2. */
    crisis: boolean('crisis').notNull().default(false),
    warmeOverdracht: boolean('warme_overdracht').notNull().default(false),
    /** Arrears in whole euros (DDAS `bedrag`). */
    amountEuros: integer('amount_euros'),
    arrearsSince: date('arrears_since', { mode: 'string' }),
    signalDate: date('signal_date', { mode: 'string' }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    bsn: text('bsn'),
    birthDate: date('birth_date', { mode: 'string' }),
    gender: text('gender'),
    name: text('name'),
    postcode: text('postcode'),
    huisnummer: integer('huisnummer'),
    huisletter: text('huisletter'),
    huisnummertoevoeging: text('huisnummertoevoeging'),
    description: text('description'),
    residentInformed: boolean('resident_informed'),
    residentConsents: boolean('resident_consents'),
    /** DDAS EnumSignaalstatus. */
    status: text('status').notNull().default('Nog niet opgepakt'),
    matchStatus: text('match_status', { enum: matchStatuses }).notNull().default('open'),
    personId: uuid('person_id').references(() => persons.id),
    householdId: uuid('household_id').references(() => households.id),
    match: jsonb('match').$type<MatchReason>(),
    teamId: uuid('team_id').references(() => teams.id),
    routingRuleId: uuid('routing_rule_id'),
    /** The last day to act: offer of a conversation, or the 3-working-day term for a crisis. */
    deadline: date('deadline', { mode: 'string' }),
    caseId: uuid('case_id').references(() => signalCases.id),
    importId: uuid('import_id').references(() => signalImports.id),
    importRow: integer('import_row'),
    /** Hash of the API request body, so a reused Idempotency-Key with another body is refused. */
    requestHash: text('request_hash'),
    retentionUntil: date('retention_until', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('signals_source_key_idx').on(t.municipalityCode, t.sourceKey),
    index('signals_team_idx').on(t.teamId, t.status),
    index('signals_household_idx').on(t.householdId),
    index('signals_partner_idx').on(t.partnerOrganisationId, t.createdAt),
    index('signals_case_idx').on(t.caseId),
    index('signals_import_idx').on(t.importId),
    // The CBS export and the routing preview read one municipality's signals of a period.
    index('signals_received_idx').on(t.municipalityCode, t.receivedAt),
    index('signals_review_idx').on(t.municipalityCode).where(sql`${t.matchStatus} = 'te_beoordelen'`),
    check('signals_amount_check', sql`${t.amountEuros} IS NULL OR ${t.amountEuros} >= 0`),
    check('signals_subject_check', sql`${t.bsn} IS NOT NULL OR ${t.postcode} IS NOT NULL`),
  ],
);

export const signalCaseKinds = ['vroegsignaalzaak', 'intake'] as const;
export type SignalCaseKind = (typeof signalCaseKinds)[number];

/**
 * A vroegsignaalzaak (debt signals) or a case intake (other signals): the signals about one household within the
 * bundling window, handled together. Picked up = the team started working on it (DDAS `datumOpgepakt`).
 */
export const signalCases = pgTable(
  'signal_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    kind: text('kind', { enum: signalCaseKinds }).notNull(),
    teamId: uuid('team_id').references(() => teams.id),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    pickedUpOn: date('picked_up_on', { mode: 'string' }),
    pickedUpBy: uuid('picked_up_by').references(() => users.id),
    closedOn: date('closed_on', { mode: 'string' }),
    closedBy: uuid('closed_by').references(() => users.id),
    /** DDAS EnumEindresultaat. */
    result: text('result'),
    /** The household case (plan, regisseur) this signal case became part of when it was picked up. */
    householdCaseId: uuid('household_case_id').references(() => cases.id),
    retentionUntil: date('retention_until', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('signal_cases_household_idx').on(t.householdId),
    index('signal_cases_team_idx').on(t.teamId),
    index('signal_cases_household_case_idx').on(t.householdCaseId),
    index('signal_cases_municipality_idx').on(t.municipalityCode, t.openedOn),
  ],
);

/** A DDAS contactpoging: how the team tried to reach the resident. */
export const signalContactAttempts = pgTable(
  'signal_contact_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => signalCases.id, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    soort: text('soort').notNull(),
    bereikt: boolean('bereikt').notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    dagdeel: text('dagdeel'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('signal_contact_attempts_case_idx').on(t.caseId)],
);

/** A person's decision on an ambiguous match; undoing it keeps the row (undone_at) so the history stays. */
export const signalMatchDecisions = pgTable(
  'signal_match_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id, { onDelete: 'cascade' }),
    decision: text('decision', { enum: ['bevestigd', 'afgewezen'] }).notNull(),
    householdId: uuid('household_id').references(() => households.id),
    personId: uuid('person_id').references(() => persons.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    undoneBy: uuid('undone_by').references(() => users.id),
  },
  (t) => [index('signal_match_decisions_signal_idx').on(t.signalId)],
);

/**
 * A routing rule: signals in an area (wijk or buurt), of a category and/or urgency go to a team. The most
 * specific active rule wins (lowest `priority` first); a rule without conditions is the municipality's fallback.
 */
export const routingRules = pgTable(
  'routing_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    name: text('name').notNull(),
    priority: integer('priority').notNull(),
    areaCode: text('area_code'),
    category: text('category'),
    urgency: text('urgency', { enum: signalUrgencies }),
    crisisOnly: boolean('crisis_only').notNull().default(false),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('routing_rules_municipality_idx').on(t.municipalityCode, t.priority)],
);

/** The municipality's signal settings (categories, thresholds, window, terms, retention) as validated JSON. */
export const signalSettings = pgTable('signal_settings', {
  municipalityCode: text('municipality_code')
    .primaryKey()
    .references(() => municipalities.code),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

export const signalImportFormats = ['ddas', 'csv'] as const;
export type SignalImportFormat = (typeof signalImportFormats)[number];
export const signalImportStatuses = ['bezig', 'klaar', 'mislukt'] as const;
export type SignalImportStatus = (typeof signalImportStatuses)[number];

/**
 * One run of a batch file. The same file (same SHA-256) imported again, or resumed after the process was killed,
 * reuses this row; its counts are those of the last complete run.
 */
export const signalImports = pgTable(
  'signal_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    format: text('format', { enum: signalImportFormats }).notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    status: text('status', { enum: signalImportStatuses }).notNull(),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsNew: integer('rows_new').notNull().default(0),
    rowsDuplicate: integer('rows_duplicate').notNull().default(0),
    rowsRejected: integer('rows_rejected').notNull().default(0),
    /** Bytes of the file processed so far, for the progress bar. */
    bytesDone: bigint('bytes_done', { mode: 'number' }).notNull().default(0),
    message: text('message'),
    startedBy: uuid('started_by').references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('signal_imports_municipality_idx').on(t.municipalityCode, t.startedAt)],
);

/** A rejected row of an import: row number, field and the Dutch reason. */
export const signalImportErrors = pgTable(
  'signal_import_errors',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => signalImports.id, { onDelete: 'cascade' }),
    row: integer('row').notNull(),
    field: text('field').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.row, t.field] })],
);
