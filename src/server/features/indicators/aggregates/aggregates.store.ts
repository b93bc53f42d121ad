import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../context.ts';
import { indicatorAggregates } from '../../../db/schema/index.ts';
import type { IsoDate } from '../../../lib/dates.ts';
import type { Indicator } from '../indicators.catalogue.ts';
import type { Period } from '../indicators.periods.ts';
import type { RawRow } from '../indicators.suppression.ts';

/** The figures of one period and when they were computed (the answer says how fresh they are). */
export type StoredTable = { rows: RawRow[]; computedAt: Date };

/**
 * The version of an indicator's statement: the newest version in the catalogue. A new definition is a new catalogue
 * version, so figures materialised under the old one are never read again (the next refresh replaces them).
 */
export function queryVersionOf(indicator: Indicator): number {
  return Math.max(...indicator.versions.map((v) => v.version));
}

/**
 * The materialised tables of these periods that hold for `today`: computed for this day, with this statement
 * version and for the same peildatum. A period without such a row is missing from the map (the caller computes it
 * from scratch), so a reader never gets figures of another day.
 */
export async function readAggregates(
  db: Executor,
  municipalityCode: string,
  indicator: Indicator,
  periods: readonly Period[],
  today: IsoDate,
): Promise<Map<string, StoredTable>> {
  if (periods.length === 0) return new Map();
  const rows = await db
    .select({
      period: indicatorAggregates.period,
      peil: indicatorAggregates.peil,
      rows: indicatorAggregates.rows,
      computedAt: indicatorAggregates.computedAt,
    })
    .from(indicatorAggregates)
    .where(
      and(
        eq(indicatorAggregates.municipalityCode, municipalityCode),
        eq(indicatorAggregates.indicatorCode, indicator.code),
        inArray(
          indicatorAggregates.period,
          periods.map((p) => p.period),
        ),
        eq(indicatorAggregates.computedFor, today),
        eq(indicatorAggregates.queryVersion, queryVersionOf(indicator)),
      ),
    );
  const peilOf = new Map(periods.map((p) => [p.period, p.peil]));
  return new Map(
    rows
      .filter((r) => peilOf.get(r.period) === r.peil)
      .map((r) => [r.period, { rows: r.rows, computedAt: r.computedAt }]),
  );
}

export type AggregateWrite = {
  municipalityCode: string;
  indicator: Indicator;
  periods: readonly Period[];
  tables: Map<string, RawRow[]>;
  today: IsoDate;
  /** When the computation started: a slower, older refresh never overwrites a newer one. */
  computedAt: Date;
  durationMs: number;
};

/** Stores the tables of a refresh, replacing older ones of the same periods. */
export async function writeAggregates(db: Executor, w: AggregateWrite): Promise<void> {
  if (w.periods.length === 0) return;
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  await db
    .insert(indicatorAggregates)
    .values(
      w.periods.map((p) => ({
        municipalityCode: w.municipalityCode,
        indicatorCode: w.indicator.code,
        period: p.period,
        queryVersion: queryVersionOf(w.indicator),
        computedFor: w.today,
        peil: p.peil,
        rows: w.tables.get(p.period) ?? [],
        computedAt: w.computedAt,
        durationMs: Math.round(w.durationMs),
      })),
    )
    .onConflictDoUpdate({
      target: [
        indicatorAggregates.municipalityCode,
        indicatorAggregates.indicatorCode,
        indicatorAggregates.period,
      ],
      set: {
        queryVersion: excluded('query_version'),
        computedFor: excluded('computed_for'),
        peil: excluded('peil'),
        rows: excluded('rows'),
        computedAt: excluded('computed_at'),
        durationMs: excluded('duration_ms'),
      },
      // Two app servers may refresh at once; the figures computed last (from the newer data) win.
      setWhere: sql`${indicatorAggregates.computedAt} <= ${excluded('computed_at')}`,
    });
}
