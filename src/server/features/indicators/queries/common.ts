import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../context.ts';
import type { Period } from '../indicators.periods.ts';
import type { RawRow } from '../indicators.suppression.ts';

/** What every indicator query gets: one municipality, its periods, and the request's day (for running terms). */
export type QueryInput = { db: Executor; municipalityCode: string; periods: Period[]; today: string };

/** A breakdown value every period lists, also when it counts nothing (a missing row would say "0"). */
export type BreakdownValue = { code: string; label: string };

/** The key of rows without a breakdown value (an address without wijk, a signal without organisation). */
export const UNKNOWN = 'onbekend';

/** The periods as an SQL row source p(period, start_on, end_on, peil): one statement computes every period. */
export function periodsRelation(periods: Period[]): SQL {
  return sql`(SELECT * FROM jsonb_to_recordset(${JSON.stringify(periods)}::jsonb)
    AS x("period" text, "startOn" date, "endOn" date, "peil" date))`;
}

/**
 * The days all periods together span, as constants: statements repeat the per-period condition with these bounds,
 * so the planner can use a range index and estimate the rows (it cannot see into the periods' JSON). Redundant for
 * the result; it matters when the job refreshes only the running period over years of data.
 */
export function periodSpan(periods: readonly Period[]) {
  const starts = periods.map((p) => p.startOn).sort();
  const ends = periods.map((p) => p.endOn).sort();
  const peils = periods.map((p) => p.peil).sort();
  return {
    first: sql`${starts[0] ?? '1900-01-01'}::date`,
    last: sql`${ends.at(-1) ?? '1900-01-01'}::date`,
    firstPeil: sql`${peils[0] ?? '1900-01-01'}::date`,
    lastPeil: sql`${peils.at(-1) ?? '1900-01-01'}::date`,
  };
}

/** The calendar day of a moment in the Netherlands, as the rest of Regie turns moments into legal dates. */
export function amsterdamDay(column: SQL): SQL {
  return sql`(${column} AT TIME ZONE 'Europe/Amsterdam')::date`;
}

/**
 * A row of an indicator statement: the period, whether it is the total (GROUPING() = 1), the breakdown code (null
 * for "unknown" in a breakdown row) and the figures.
 */
export type GroupedRow = { period: string; total: number; code: string | null } & Record<string, unknown>;

/**
 * Per period the total row and one row per breakdown value (in the given order, unknown last), with zeros where the
 * statement returned nothing. `keys` are the figures to take from each statement row.
 */
export function assemble(
  periods: Period[],
  rows: GroupedRow[],
  keys: readonly string[],
  breakdown: BreakdownValue[] | null,
): Map<string, RawRow[]> {
  const pick = (row: GroupedRow | undefined) =>
    Object.fromEntries(
      keys.map((k) => {
        const v = row?.[k];
        return [k, v === null || v === undefined ? (row ? null : 0) : Number(v)];
      }),
    ) as Record<string, number | null>;
  const out = new Map<string, RawRow[]>();
  for (const p of periods) {
    const mine = rows.filter((r) => r.period === p.period);
    const total: RawRow = { breakdown: null, values: pick(mine.find((r) => Number(r.total) === 1)) };
    const parts = (breakdown ?? []).map((b) => ({
      breakdown: b,
      values: pick(mine.find((r) => Number(r.total) === 0 && (r.code ?? UNKNOWN) === b.code)),
    }));
    out.set(p.period, [total, ...parts]);
  }
  return out;
}
