import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './case.ts';
import { households, persons } from './household.ts';
import { users } from './identity.ts';
import { municipalities, organisations } from './organisation.ts';
import { type ProvisionLaw, provisionLaws } from './provision.ts';

/** How a resident gave (or withdrew) consent. */
export const consentMethods = ['mondeling', 'schriftelijk', 'digitaal'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

/**
 * A person's consent for one purpose (a code of the processing register) and one recipient organisation.
 * Withdrawal is a date on the same row, never a delete: sharing that relies on it stops at once because every
 * scope checks `withdrawn_at IS NULL` when it runs.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** Purpose code from the processing register (features/privacy/register). */
    purpose: text('purpose').notNull(),
    recipientOrganisationId: uuid('recipient_organisation_id')
      .notNull()
      .references(() => organisations.id),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    givenHow: text('given_how', { enum: consentMethods }).notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    withdrawnHow: text('withdrawn_how', { enum: consentMethods }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    index('consents_person_idx').on(t.personId),
    check('consents_how_check', sql`${t.givenHow} IN ('mondeling', 'schriftelijk', 'digitaal')`),
    check(
      'consents_withdrawn_check',
      sql`(${t.withdrawnAt} IS NULL) = (${t.withdrawnOn} IS NULL) AND (${t.withdrawnAt} IS NULL) = (${t.withdrawnHow} IS NULL)`,
    ),
  ],
);

export const shareBases = ['wettelijke_grondslag', 'toestemming'] as const;
export type ShareBasis = (typeof shareBases)[number];

/**
 * The plan shares the data of one law's category (e.g. Jeugdwet) with case team members working under another
 * law (or with the whole case team when `shared_with_law` is null), on a recorded legal basis or on a consent.
 * Without a share, a member with a law sees only data of that law (and the general, law-free data).
 */
export const caseDataShares = pgTable(
  'case_data_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    law: text('law', { enum: provisionLaws }).notNull(),
    sharedWithLaw: text('shared_with_law').$type<ProvisionLaw>(),
    basis: text('basis', { enum: shareBases }).notNull(),
    /** The article that allows it, e.g. "Wgs art. 8d"; required for a legal basis. */
    legalBasis: text('legal_basis'),
    consentId: uuid('consent_id').references(() => consents.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: uuid('ended_by').references(() => users.id),
  },
  (t) => [
    index('case_data_shares_case_idx').on(t.caseId),
    check(
      'case_data_shares_basis_check',
      sql`(${t.basis} = 'wettelijke_grondslag' AND ${t.legalBasis} IS NOT NULL AND ${t.consentId} IS NULL)
        OR (${t.basis} = 'toestemming' AND ${t.consentId} IS NOT NULL)`,
    ),
  ],
);

export const accessReviewStatuses = ['open', 'gerechtvaardigd', 'onterecht'] as const;
export type AccessReviewStatus = (typeof accessReviewStatuses)[number];

/**
 * Break-the-glass (noodtoegang): time-boxed read access to one household for a professional outside its case
 * team, only with a reason. The grant ends by itself at `expires_at` (every scope compares it with the clock);
 * the FG reviews every grant.
 */
export const accessGrants = pgTable(
  'access_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Set when the professional ends the access early. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    reviewStatus: text('review_status', { enum: accessReviewStatuses }).notNull().default('open'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
  },
  (t) => [
    index('access_grants_user_idx').on(t.userId, t.householdId, t.expiresAt),
    index('access_grants_review_idx').on(t.municipalityCode, t.reviewStatus),
    check('access_grants_window_check', sql`${t.expiresAt} > ${t.grantedAt}`),
  ],
);

/** Messages to one user inside Regie (e.g. the FG is told of every break-the-glass use). No personal data. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** An app path, e.g. /privacy/noodtoegang. */
    link: text('link'),
    resourceId: uuid('resource_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt)],
);

/**
 * Retention terms per data category that are not signal settings (signal_settings keeps the signal terms),
 * per municipality; a missing row means the default of the processing register.
 */
export const retentionTerms = pgTable(
  'retention_terms',
  {
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    category: text('category').notNull(),
    months: integer('months').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.category] }),
    check('retention_terms_months_check', sql`${t.months} BETWEEN 1 AND 1200`),
  ],
);

/** A legal hold blocks destruction of a household's (or one case's) data until it is lifted. */
export const legalHolds = pgTable(
  'legal_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    householdId: uuid('household_id').references(() => households.id),
    caseId: uuid('case_id').references(() => cases.id),
    reason: text('reason').notNull(),
    placedBy: uuid('placed_by').references(() => users.id),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull(),
    liftedBy: uuid('lifted_by').references(() => users.id),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftReason: text('lift_reason'),
  },
  (t) => [
    index('legal_holds_household_idx').on(t.householdId),
    index('legal_holds_case_idx').on(t.caseId),
    check('legal_holds_target_check', sql`${t.householdId} IS NOT NULL OR ${t.caseId} IS NOT NULL`),
  ],
);

/**
 * What a destruction run removed: counts per category, never personal data or ids of persons. Kept as the proof
 * that the terms of the processing register are applied.
 */
export const destructionRecords = pgTable(
  'destruction_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runId: uuid('run_id').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    category: text('category').notNull(),
    count: integer('count').notNull(),
    /** The rule applied, in words: "12 maanden na oppakken". */
    rule: text('rule').notNull(),
    /** Data whose retention ended before this date was destroyed. */
    cutoff: date('cutoff', { mode: 'string' }).notNull(),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('destruction_records_run_idx').on(t.municipalityCode, t.ranAt)],
);
