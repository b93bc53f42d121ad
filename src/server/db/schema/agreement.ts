import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
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
  uniqueIndex,
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
 * Where a commitment's figure comes from: an indicator Regie computes (`indicator`), or a figure the owning party
 * supplies itself per period (`partij`: e.g. evictions for rent arrears, which only the corporation knows).
 */
export const commitmentSources = ['indicator', 'partij'] as const;
export type CommitmentSource = (typeof commitmentSources)[number];

/** The period of a figure a party supplies: a month (2026-03) or a half-year (2026-H1). */
export const figurePeriodTypes = ['maand', 'halfjaar'] as const;
export type FigurePeriodType = (typeof figurePeriodTypes)[number];

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
    /** `partij`: indicator_code names a figure of partner-figures.ts, entered per period in commitment_figures. */
    source: text('source', { enum: commitmentSources }).notNull().default('indicator'),
    /** The period of a supplied figure; null for a computed indicator (its catalogue says the period). */
    periodType: text('period_type', { enum: figurePeriodTypes }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /**
     * The day the commitment lapsed during the year (vervallen) and why. Set once: a withdrawn commitment stays, so
     * the council sees what was promised and why it ended; it is never changed again.
     */
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    withdrawnReason: text('withdrawn_reason'),
  },
  (t) => [
    index('commitments_agreement_idx').on(t.agreementId),
    check('commitments_withdrawn_check', sql`(${t.withdrawnOn} IS NULL) = (${t.withdrawnReason} IS NULL)`),
    index('commitments_owner_idx').on(t.ownerOrganisationId),
    check('commitments_breakdown_check', sql`(${t.breakdown} IS NULL) = (${t.breakdownCode} IS NULL)`),
    check(
      'commitments_source_check',
      sql`(${t.source} = 'partij') = (${t.periodType} IS NOT NULL) AND (${t.source} = 'indicator' OR ${t.breakdown} IS NULL)`,
    ),
  ],
);

/**
 * The values a party supplies for its commitment, one per period. Never updated in place: a correction is a new row
 * that supersedes the one it corrects (`supersedes_id`), so the history of what was entered, when and by whom stays.
 * The current value of a period is the row nothing supersedes. The two unique indexes make a period start with one
 * first value and let each row be corrected once: two people correcting the same value at once cannot both win.
 */
export const commitmentFigures = pgTable(
  'commitment_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    /** 2026-03 (maand) or 2026-H1 (halfjaar), as the commitment's period type says. */
    period: text('period').notNull(),
    value: integer('value').notNull(),
    /** Where the figure comes from, in the party's words ("Huuradministratie, stand 1 april"). */
    source: text('source').notNull(),
    supersedesId: uuid('supersedes_id').references((): AnyPgColumn => commitmentFigures.id),
    /** The organisation and employee who entered it: only they and the owner see a count under 10. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    enteredBy: uuid('entered_by')
      .notNull()
      .references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('commitment_figures_commitment_idx').on(t.commitmentId, t.period),
    uniqueIndex('commitment_figures_first_uq')
      .on(t.commitmentId, t.period)
      .where(sql`${t.supersedesId} IS NULL`),
    uniqueIndex('commitment_figures_supersedes_uq').on(t.supersedesId),
    check('commitment_figures_value_check', sql`${t.value} >= 0`),
    check('commitment_figures_source_check', sql`char_length(${t.source}) BETWEEN 3 AND 300`),
    check('commitment_figures_period_check', sql`${t.period} ~ '^[0-9]{4}-(0[1-9]|1[0-2]|H[12])$'`),
  ],
);

/** What happens to a commitment after it was made: changed (renegotiated) or lapsed (vervallen). */
export const commitmentChangeKinds = ['gewijzigd', 'vervallen'] as const;
export type CommitmentChangeKind = (typeof commitmentChangeKinds)[number];

/** The values a change replaced, so the history shows what was agreed before. */
export type CommitmentPrevious = {
  theme: string;
  description: string;
  target: number;
  direction: TargetDirection;
};

/**
 * Every change to a commitment after it was made, with the values it replaced, who made it, when and why: the
 * council sees what changed during the year. Rows are only added; the commitment holds the current values.
 */
export const commitmentChanges = pgTable(
  'commitment_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    /** 1, 2, … per commitment, taken under the commitment's row lock: the order of changes made in the same instant. */
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: commitmentChangeKinds }).notNull(),
    reason: text('reason').notNull(),
    previous: jsonb('previous').$type<CommitmentPrevious>().notNull(),
    changedBy: uuid('changed_by')
      .notNull()
      .references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('commitment_changes_seq_uq').on(t.commitmentId, t.seq),
    check('commitment_changes_reason_check', sql`char_length(${t.reason}) BETWEEN 10 AND 1000`),
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
