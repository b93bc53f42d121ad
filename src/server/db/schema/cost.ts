import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './identity.ts';
import { municipalities } from './organisation.ts';

/** What a tariff is a price of, and what a provision's structured extent counts (issue 7, cost control). */
export const costUnits = ['uur', 'dagdeel', 'etmaal', 'stuk', 'week', 'maand'] as const;
export type CostUnit = (typeof costUnits)[number];

/** Per which period a provision's extent is granted: 3 uur per week, 1 stuk in totaal. */
export const extentPers = ['week', 'maand', 'totaal'] as const;
export type ExtentPer = (typeof extentPers)[number];

/** The laws the municipality pays provisions under and sets a budget for (not `overig`: not the municipality's). */
export const costLaws = ['wmo', 'jeugdwet', 'participatiewet', 'wgs'] as const;
export type CostLaw = (typeof costLaws)[number];

/**
 * The price the municipality pays for one unit of a product (the provision's `product` code) under a law, valid
 * from a day until a day (inclusive; null: open). Two tariffs of the same municipality, law and product never
 * overlap in time (checked under an advisory lock in features/costs). A tariff is ended, never deleted: past costs
 * must stay explainable from the tariff that was in force.
 */
export const tariffs = pgTable(
  'tariffs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    law: text('law', { enum: costLaws }).notNull(),
    product: text('product').notNull(),
    unit: text('unit', { enum: costUnits }).notNull(),
    priceCents: integer('price_cents').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    endedBy: uuid('ended_by').references(() => users.id),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('tariffs_lookup_idx').on(t.municipalityCode, t.law, t.product, t.validFrom),
    check('tariffs_law_check', sql`${t.law} IN ('wmo', 'jeugdwet', 'participatiewet', 'wgs')`),
    check('tariffs_unit_check', sql`${t.unit} IN ('uur', 'dagdeel', 'etmaal', 'stuk', 'week', 'maand')`),
    check('tariffs_price_check', sql`${t.priceCents} >= 0`),
    check('tariffs_period_check', sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** The budget of a municipality for a law in a year, in cents. A policy figure: never suppressed. */
export const budgets = pgTable(
  'budgets',
  {
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    law: text('law', { enum: costLaws }).notNull(),
    year: integer('year').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.law, t.year] }),
    check('budgets_law_check', sql`${t.law} IN ('wmo', 'jeugdwet', 'participatiewet', 'wgs')`),
    check('budgets_year_check', sql`${t.year} BETWEEN 2000 AND 2100`),
    check('budgets_amount_check', sql`${t.amountCents} >= 0`),
  ],
);
