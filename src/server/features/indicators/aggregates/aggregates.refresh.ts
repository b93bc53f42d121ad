import { sql } from 'drizzle-orm';
import type { Executor } from '../../../context.ts';
import type { IsoDate } from '../../../lib/dates.ts';
import { catalogue, versionOn } from '../indicators.catalogue.ts';
import { computeIndicator } from '../indicators.compute.ts';
import { periodsBetween } from '../indicators.periods.ts';
import { readAggregates, writeAggregates } from './aggregates.store.ts';

/**
 * The months the job keeps materialised: all of last year and this year up to now (at most 24 months), which
 * covers the indicator page's default range, a year's agreements and the comparison with the year before. Older
 * periods are still answered, from scratch.
 */
export function refreshWindow(today: IsoDate): { from: string; to: string } {
  return { from: `${Number(today.slice(0, 4)) - 1}-01`, to: today.slice(0, 7) };
}

export type RefreshOptions = {
  today: IsoDate;
  now: Date;
  /** Only these municipalities (default: all). */
  municipalities?: readonly string[] | undefined;
  /**
   * `missing` (the job): periods without figures for today, plus the running periods, whose figures change during
   * the day. `all`: every period of the window again (after a correction in old data, or a new statement).
   */
  mode: 'missing' | 'all';
};

export type RefreshStep = { municipality: string; indicator: string; periods: number; ms: number };

/**
 * Computes and stores the indicator tables of the window for every municipality, one statement per indicator and
 * municipality (all its periods at once), and reports what it did. Nothing here is suppressed: suppression runs
 * when the figures are read. Safe to run on two servers at once (the newest computation wins).
 */
export async function refreshAggregates(db: Executor, options: RefreshOptions): Promise<RefreshStep[]> {
  const { today, now } = options;
  const { rows } = await db.execute<{ code: string }>(sql`SELECT code FROM municipalities
    WHERE ${options.municipalities ? sql`code = ANY(${sql.param([...options.municipalities])}::text[])` : sql`true`}
    ORDER BY code`);
  const window = refreshWindow(today);
  const steps: RefreshStep[] = [];
  const runStarted = performance.now();
  for (const { code: municipalityCode } of rows) {
    for (const indicator of catalogue) {
      const compute = computeIndicator[indicator.code];
      if (!compute) continue;
      const version = versionOn(indicator, today) ?? indicator.versions[0]!;
      const periods = periodsBetween(version.periodType, window.from, window.to, today);
      const fresh =
        options.mode === 'all'
          ? new Map()
          : await readAggregates(db, municipalityCode, indicator, periods, today);
      const todo = periods.filter((p) => !fresh.has(p.period) || p.peil === today);
      if (todo.length === 0) continue;
      const started = performance.now();
      const computedAt = new Date(now.getTime() + (started - runStarted));
      const tables = await compute({ db, municipalityCode, periods: todo, today });
      const ms = performance.now() - started;
      await writeAggregates(db, {
        municipalityCode,
        indicator,
        periods: todo,
        tables,
        today,
        computedAt,
        durationMs: ms,
      });
      steps.push({ municipality: municipalityCode, indicator: indicator.code, periods: todo.length, ms });
    }
  }
  return steps;
}
