import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './identity.ts';
import { municipalities, organisations } from './organisation.ts';

/**
 * The yearly cycle of prestatieafspraken (after Woningwet art. 44: bod by 1 July, overleg, vaststelling; then the
 * year is monitored and evaluated). The order is the workflow: an agreement moves one step at a time.
 */
export const agreementPhases = ['bod', 'overleg', 'vaststelling', 'monitoring', 'evaluatie'] as const;
export type AgreementPhase = (typeof agreementPhases)[number];

/** Which way a target points: the indicator must be at least (minimaal) or at most (maximaal) the target. */
export const targetDirections = ['minimaal', 'maximaal'] as const;
export type TargetDirection = (typeof targetDirections)[number];

/** The indicator breakdowns a commitment can be about (see features/indicators). */
export const commitmentBreakdowns = ['wijk', 'partnertype', 'team'] as const;
export type CommitmentBreakdown = (typeof commitmentBreakdowns)[number];

/**
 * Prestatieafspraken of one municipality for one year (jaarschijf): its parties, themes and commitments. No
 * personal data: commitments point at indicators, which are aggregates.
 */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    phase: text('phase', { enum: agreementPhases }).notNull().default('bod'),
    /** The planned date of each phase of the cycle ({ bod: '2026-07-01', … }); shown next to the actual dates. */
    schedule: jsonb('schedule').$type<Partial<Record<AgreementPhase, string>>>().notNull().default({}),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('agreements_municipality_idx').on(t.municipalityCode, t.year),
    check('agreements_year_check', sql`${t.year} BETWEEN 2000 AND 2100`),
  ],
);

/** The organisations that are party to an agreement (the municipality's own organisation included). */
export const agreementParties = pgTable(
  'agreement_parties',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.organisationId] }),
    index('agreement_parties_org_idx').on(t.organisationId),
  ],
);

/** Every step of the cycle, with who took it and why: the workflow's dates. */
export const agreementPhaseChanges = pgTable(
  'agreement_phase_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    fromPhase: text('from_phase', { enum: agreementPhases }),
    toPhase: text('to_phase', { enum: agreementPhases }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    note: text('note'),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('agreement_phase_changes_agreement_idx').on(t.agreementId)],
);

/**
 * One commitment: a party promises a target on an indicator measure, for the whole municipality or one wijk. Its
 * status is never stored: Regie computes it from the live (suppressed) indicator each time it is shown.
 */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    theme: text('theme').notNull(),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    description: text('description').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    measureKey: text('measure_key').notNull(),
    target: doublePrecision('target').notNull(),
    direction: text('direction', { enum: targetDirections }).notNull(),
    /**
     * The part of the municipality the target is about: a breakdown of the indicator (a wijk, a kind of partner, a
     * team) and its code (WK990102, woningcorporatie, a team id). Both null: the municipality as a whole.
     */
    breakdown: text('breakdown', { enum: commitmentBreakdowns }),
    breakdownCode: text('breakdown_code'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('commitments_agreement_idx').on(t.agreementId),
    index('commitments_owner_idx').on(t.ownerOrganisationId),
    check('commitments_breakdown_check', sql`(${t.breakdown} IS NULL) = (${t.breakdownCode} IS NULL)`),
  ],
);

/** A party's comment on a commitment (monitoring: "why we are behind", "what we do next"). */
export const commitmentComments = pgTable(
  'commitment_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('commitment_comments_commitment_idx').on(t.commitmentId),
    check('commitment_comments_body_check', sql`char_length(${t.body}) BETWEEN 1 AND 2000`),
  ],
);
