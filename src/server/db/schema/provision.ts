import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './case.ts';
import { households, persons } from './household.ts';
import { users } from './identity.ts';
import { municipalities, organisations } from './organisation.ts';

/** The laws a provision (voorziening) falls under; `overig` is a free reference to anything else. */
export const provisionLaws = ['wmo', 'jeugdwet', 'participatiewet', 'wgs', 'overig'] as const;
export type ProvisionLaw = (typeof provisionLaws)[number];

export const provisionStatuses = ['aangevraagd', 'toegekend', 'beeindigd', 'afgewezen'] as const;
export type ProvisionStatus = (typeof provisionStatuses)[number];

/**
 * A provision (voorziening) for a household or one of its members under one law, e.g. Participatiewet
 * `algemene-bijstand`. Minimal on purpose: the impact report of the rules feature reads it, and the plan issue
 * (issue 4) adds the decision (legal basis article, extent, goals served). `end_date` is the last day (inclusive).
 */
export const provisions = pgTable(
  'provisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    /** The person the provision is for (the claimant of bijstand); null when it is for the household as a whole. */
    personId: uuid('person_id').references(() => persons.id),
    law: text('law', { enum: provisionLaws }).notNull(),
    /** What is provided, as a stable code per law: `algemene-bijstand`, `huishoudelijke-ondersteuning`, … */
    product: text('product').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    status: text('status', { enum: provisionStatuses }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The decision (beschikking) behind the provision, when Regie recorded it. */
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedBy: uuid('decided_by').references(() => users.id),
    /** The articles the decision rests on, e.g. "art. 21 onderdeel b Participatiewet; art. 22a lid 1 Participatiewet". */
    legalBasis: text('legal_basis'),
    /** The monthly amount in cents, where the law sets one (the bijstandsnorm). */
    amountCents: integer('amount_cents'),
    /** The full calculation with its explanation per article, stored so a bezwaar can be answered from it. */
    calculation: jsonb('calculation').$type<Record<string, unknown>>(),
    /** The household case whose plan this provision belongs to (null for provisions recorded outside a plan). */
    caseId: uuid('case_id').references(() => cases.id),
    /** The extent (omvang) in words as the decision states it: "3 uur per week", "1 dagdeel per week". */
    extent: text('extent'),
    /**
     * The extent for cost control (issue 7): `extentQuantity` units (`extentUnit`, the units of tariffs) per
     * `extentPer` (week, maand, or totaal: once). All three or none; `extent` stays the decision's own wording.
     */
    extentQuantity: numeric('extent_quantity', { precision: 10, scale: 2, mode: 'number' }),
    extentUnit: text('extent_unit', { enum: ['uur', 'dagdeel', 'etmaal', 'stuk', 'week', 'maand'] }),
    extentPer: text('extent_per', { enum: ['week', 'maand', 'totaal'] }),
    /** The organisation that delivers the provision (zorgaanbieder, schuldhulpverlening, …), when known. */
    providerId: uuid('provider_id').references(() => organisations.id),
    /** For law `overig`: the free reference (e.g. "Zvw wijkverpleging"). */
    reference: text('reference'),
    /** The ids of the plan goals this provision serves (goal ids are stable across plan versions). */
    goalIds: jsonb('goal_ids').$type<string[]>().notNull().default([]),
  },
  (t) => [
    index('provisions_law_product_status_idx').on(t.law, t.product, t.status),
    index('provisions_household_idx').on(t.householdId),
    // The indicators look up a person's provisions (overgang 18-/18+).
    index('provisions_person_idx').on(t.personId),
    index('provisions_case_idx').on(t.caseId),
    check('provisions_law_check', sql`${t.law} IN ('wmo', 'jeugdwet', 'participatiewet', 'wgs', 'overig')`),
    check(
      'provisions_status_check',
      sql`${t.status} IN ('aangevraagd', 'toegekend', 'beeindigd', 'afgewezen')`,
    ),
    check(
      'provisions_extent_check',
      sql`(${t.extentQuantity} IS NULL) = (${t.extentUnit} IS NULL) AND (${t.extentUnit} IS NULL) = (${t.extentPer} IS NULL)
        AND (${t.extentQuantity} IS NULL OR ${t.extentQuantity} > 0)
        AND (${t.extentUnit} IS NULL OR ${t.extentUnit} IN ('uur', 'dagdeel', 'etmaal', 'stuk', 'week', 'maand'))
        AND (${t.extentPer} IS NULL OR ${t.extentPer} IN ('week', 'maand', 'totaal'))`,
    ),
    index('provisions_provider_idx').on(t.providerId),
    check('provisions_period_check', sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
  ],
);
