import { sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../../context.ts';
import { addYearsMonths, dateInAmsterdam, type IsoDate } from '../../../lib/dates.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import type { SignalSettings } from '../settings.ts';

export type RetentionKind = keyof SignalSettings['retentionMonths'];

/**
 * Until when a signal (or a closed case) is kept, counted in whole months from `from`:
 * unmatched and not picked up from the day it was received, picked up from the day of pick-up, a closed case from
 * the day it was closed. The pipeline sets the first two; pick-up and closing call this for the others.
 */
export function retentionDate(settings: SignalSettings, kind: RetentionKind, from: IsoDate): IsoDate {
  return addYearsMonths(from, 0, settings.retentionMonths[kind]);
}

export type PurgeCounts = { signals: number; cases: number };

/**
 * Deletes what is past its retention: signals whose retention_until has passed, and closed cases whose
 * retention_until has passed together with their signals and contact attempts (the case's term governs its
 * signals). A day is kept through its retention date itself. One audit row per municipality with counts only.
 * Idempotent; housekeeping runs it on every app server.
 */
export async function purgeExpiredSignals(ctx: Ctx): Promise<PurgeCounts> {
  const today = dateInAmsterdam(ctx.now);
  return inTransaction(ctx, async (tx) => {
    const counts = new Map<string, PurgeCounts>();
    const bump = (code: string, key: keyof PurgeCounts, n: number) => {
      const c = counts.get(code) ?? { signals: 0, cases: 0 };
      c[key] += n;
      counts.set(code, c);
    };
    // Signals first: they refer to their case.
    const deletedSignals = await tx.execute<{ municipality_code: string; n: number }>(sql`
      WITH gone AS (
        DELETE FROM signals s
        WHERE s.retention_until < ${today}::date
          OR s.case_id IN (SELECT c.id FROM signal_cases c
            WHERE c.closed_on IS NOT NULL AND c.retention_until < ${today}::date)
        RETURNING s.municipality_code)
      SELECT municipality_code, count(*)::int AS n FROM gone GROUP BY municipality_code`);
    for (const r of deletedSignals.rows) bump(r.municipality_code, 'signals', r.n);
    const deletedCases = await tx.execute<{ municipality_code: string; n: number }>(sql`
      WITH gone AS (
        DELETE FROM signal_cases c
        WHERE c.closed_on IS NOT NULL AND c.retention_until < ${today}::date
          AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.case_id = c.id)
        RETURNING c.municipality_code)
      SELECT municipality_code, count(*)::int AS n FROM gone GROUP BY municipality_code`);
    for (const r of deletedCases.rows) bump(r.municipality_code, 'cases', r.n);
    const total: PurgeCounts = { signals: 0, cases: 0 };
    for (const [municipalityCode, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
      await appendAudit(ctx, tx, {
        action: 'signal.purge',
        resourceType: 'signal',
        resourceIds: [],
        municipalityCode,
        details: { signalen: c.signals, zaken: c.cases, bewaardTot: today },
      });
      total.signals += c.signals;
      total.cases += c.cases;
    }
    return total;
  });
}
