import { date, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { municipalities } from './organisation.ts';

/** One unsuppressed row of an indicator table (as features/indicators computes it): a breakdown value and figures. */
export type AggregateRow = {
  breakdown: { code: string; label: string } | null;
  values: Record<string, number | null>;
};

/**
 * The materialised figures of one indicator for one municipality and one period, refreshed by the indicator job
 * (features/indicators/aggregates). Counts only, before suppression: suppression runs when they are read, so a
 * change of the rules never needs a refresh. `computed_for` is the day the figures hold for (terms that are still
 * running and the peildatum of a running period depend on it); a reader only uses figures computed for its own day.
 */
export const indicatorAggregates = pgTable(
  'indicator_aggregates',
  {
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    indicatorCode: text('indicator_code').notNull(),
    /** `2026-03` or `2026-H1`, as the indicator's period type names it. */
    period: text('period').notNull(),
    /** The version of the indicator's statement the figures came from; another version is not used. */
    queryVersion: integer('query_version').notNull(),
    computedFor: date('computed_for', { mode: 'string' }).notNull(),
    peil: date('peil', { mode: 'string' }).notNull(),
    rows: jsonb('rows').$type<AggregateRow[]>().notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    /** How long the statement took for all periods of this refresh, in ms (shown by `regie indicators refresh`). */
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityCode, t.indicatorCode, t.period] })],
);
