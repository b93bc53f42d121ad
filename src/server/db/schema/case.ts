import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { households, persons } from './household.ts';
import { users } from './identity.ts';
import { municipalities, organisations, teams } from './organisation.ts';
import type { ProvisionLaw } from './provision.ts';

/**
 * The phases of a household's case. The allowed transitions are not here but in the versioned lifecycle
 * definition (features/cases/lifecycle.ts); a case records the definition version it follows.
 */
export const casePhases = [
  'aanmelding',
  'veiligheidscheck',
  'startgesprek',
  'plan',
  'uitvoering',
  'evaluatie',
  'afgesloten',
] as const;
export type CasePhase = (typeof casePhases)[number];

/**
 * The household's case (casus): one per household while open. "Eén huishouden, één plan, één regisseur": the
 * partial unique index keeps a second open case for the same household out, whatever the application does.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    /** The owning team: its leader may assign the regisseur and sees the case. */
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    phase: text('phase', { enum: casePhases }).notNull().default('aanmelding'),
    /** The version of the lifecycle definition this case follows. */
    lifecycleVersion: integer('lifecycle_version').notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    /** Last time the case entered the evaluatie phase; the signals board flags plans not evaluated for long. */
    lastEvaluatedOn: date('last_evaluated_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_one_open_per_household_idx').on(t.householdId).where(sql`${t.phase} <> 'afgesloten'`),
    // The household page and the board look cases up by household, closed ones too (the timeline).
    index('cases_household_idx').on(t.householdId),
    index('cases_team_idx').on(t.teamId, t.phase),
    index('cases_municipality_idx').on(t.municipalityCode, t.phase),
    check(
      'cases_phase_check',
      sql`${t.phase} IN ('aanmelding', 'veiligheidscheck', 'startgesprek', 'plan', 'uitvoering', 'evaluatie', 'afgesloten')`,
    ),
    check('cases_closed_check', sql`(${t.phase} = 'afgesloten') = (${t.closedOn} IS NOT NULL)`),
  ],
);

/** Every phase change of a case: who, when, why, under which lifecycle version. Creation has from_phase null. */
export const caseTransitions = pgTable(
  'case_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    fromPhase: text('from_phase', { enum: casePhases }),
    toPhase: text('to_phase', { enum: casePhases }).notNull(),
    lifecycleVersion: integer('lifecycle_version').notNull(),
    reason: text('reason').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_transitions_case_idx').on(t.caseId, t.at)],
);

export const regisseurStatuses = ['aangeboden', 'actief', 'beeindigd', 'geweigerd', 'ingetrokken'] as const;
export type RegisseurStatus = (typeof regisseurStatuses)[number];

/**
 * Who is (or was, or is asked to become) the regisseur of a case. A warm handover is a row 'aangeboden' next to
 * the 'actief' one; only acceptance ends the old one. The two partial unique indexes are the guarantee: at most
 * one active regisseur and at most one pending offer per case, even under concurrent requests.
 */
export const caseRegisseurs = pgTable(
  'case_regisseurs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: regisseurStatuses }).notNull(),
    offeredBy: uuid('offered_by').references(() => users.id),
    offeredAt: timestamp('offered_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** Why the handover or assignment was made (or declined). */
    reason: text('reason'),
  },
  (t) => [
    uniqueIndex('case_regisseurs_one_active_idx').on(t.caseId).where(sql`${t.status} = 'actief'`),
    uniqueIndex('case_regisseurs_one_offer_idx').on(t.caseId).where(sql`${t.status} = 'aangeboden'`),
    index('case_regisseurs_case_idx').on(t.caseId),
    index('case_regisseurs_user_idx').on(t.userId, t.status),
    check(
      'case_regisseurs_status_check',
      sql`${t.status} IN ('aangeboden', 'actief', 'beeindigd', 'geweigerd', 'ingetrokken')`,
    ),
  ],
);

/**
 * Professionals (of any organisation) in the case team, with their role and the law they work under. Leaving
 * (left_on set) ends their access to the case.
 */
export const caseTeamMembers = pgTable(
  'case_team_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The member's role in this case, in words: "jeugdconsulent", "schuldhulpverlener", "woonconsulent". */
    role: text('role').notNull(),
    /** The law the member works under (ProvisionLaw); typed only, as provision.ts imports this file. */
    law: text('law').$type<ProvisionLaw>(),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    leftOn: date('left_on', { mode: 'string' }),
    addedBy: uuid('added_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('case_team_members_active_idx').on(t.caseId, t.userId).where(sql`${t.leftOn} IS NULL`),
    index('case_team_members_user_idx').on(t.userId),
  ],
);

/**
 * The integrated plan, one row per saved version (never updated): the content is validated JSON (PlanContent in
 * features/plans/plan.schema.ts): members, network, strengths, worries, earlier help, goals with actions.
 */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    savedBy: uuid('saved_by').references(() => users.id),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('plan_versions_case_version_idx').on(t.caseId, t.version)],
);

/** The resident's agreement to one version of the plan: when and how it was given. */
export const planAgreements = pgTable(
  'plan_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    planVersion: integer('plan_version').notNull(),
    agreedOn: date('agreed_on', { mode: 'string' }).notNull(),
    /** mondeling, schriftelijk, digitaal. */
    how: text('how').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('plan_agreements_case_idx').on(t.caseId, t.planVersion)],
);

/** A ZRM 2017 assessment of one adult: 13 domains, each scored 1–5 (scores JSON keyed by domain code). */
export const zrmAssessments = pgTable(
  'zrm_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    assessedBy: uuid('assessed_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('zrm_assessments_person_idx').on(t.personId, t.assessedOn),
    index('zrm_assessments_case_idx').on(t.caseId),
  ],
);

export const deadlineKinds = [
  'wgs_eerste_gesprek',
  'wgs_besluit',
  'wmo_onderzoek',
  'wmo_beschikking',
  'awb_beslistermijn',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/**
 * A term the law sets, computed by the deadline engine (features/deadlines). Each row records the rule and the
 * value it used, so the due date can be explained and recomputed after a suspension or extension.
 */
export const caseDeadlines = pgTable(
  'case_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    kind: text('kind', { enum: deadlineKinds }).notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** The rule and value used: { rule: "Wgs art. 4 lid 1", amount: 4, unit: "weeks", ... }. */
    basis: jsonb('basis').$type<Record<string, unknown>>().notNull(),
    /** Awb 4:14/4:15 suspensions: [{ from, to|null, reason }]; Awb 4:14 lid 3 extension: { amount, unit, reason }. */
    suspensions: jsonb('suspensions').$type<Record<string, unknown>[]>().notNull().default([]),
    extension: jsonb('extension').$type<Record<string, unknown>>(),
    metOn: date('met_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_deadlines_case_idx').on(t.caseId),
    index('case_deadlines_due_idx').on(t.municipalityCode, t.dueOn).where(sql`${t.metOn} IS NULL`),
  ],
);

/** The municipality's case settings (terms, board margins, evaluation period) as validated JSON. */
export const caseSettings = pgTable('case_settings', {
  municipalityCode: text('municipality_code')
    .primaryKey()
    .references(() => municipalities.code),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});
