import { sql } from 'drizzle-orm';
import type { Ctx, Executor } from '../../../context.ts';
import type { IsoDate } from '../../../lib/dates.ts';
import { loadSignalSettings } from '../settings.ts';
import { byIds, type SignalSet, setRows } from './batch.ts';
import { receivedDate, termsOf } from './deadlines.ts';
import { settleSignals } from './settle.ts';
import { lockSettling } from './settle-lock.ts';
import { applyThresholds } from './thresholds.ts';

/**
 * Thresholds, dedup, bundling, routing, crisis term, deadline and retention for signals whose matching is settled
 * (matched or no match; a signal waiting for review is left alone until a person decides, and the review calls
 * this again for it). Set-based: per municipality of the batch one statement for the thresholds (only when any are
 * configured) and one for crisis, dedup, routing, bundling into cases, deadline and retention (settle.ts).
 * Terms are computed in JS once per distinct received date. Calling it again for the same signals changes nothing
 * for signals that are on a case or picked up.
 */
export async function afterMatch(_ctx: Ctx, db: Executor, signalIds: readonly string[]): Promise<void> {
  if (signalIds.length === 0) return;
  await afterMatchSet(db, byIds(signalIds));
}

/** afterMatch for a set of signals: by id in `signals`, or an import batch in the staging table (batch.ts). */
export async function afterMatchSet(db: Executor, set: SignalSet): Promise<void> {
  const { rows } = await db.execute<{ municipality_code: string; rdate: IsoDate }>(sql`
    SELECT DISTINCT s.municipality_code, ${receivedDate('s')}::text AS rdate
    FROM ${setRows(set)}
    WHERE s.match_status IN ('gematcht', 'geen_match')
    ORDER BY 1, 2`);
  const datesByMunicipality = new Map<string, IsoDate[]>();
  for (const r of rows) {
    datesByMunicipality.set(r.municipality_code, [
      ...(datesByMunicipality.get(r.municipality_code) ?? []),
      r.rdate,
    ]);
  }
  for (const [municipalityCode, dates] of datesByMunicipality) {
    await lockSettling(db, municipalityCode);
    const settings = await loadSignalSettings(db, municipalityCode);
    const revived = await applyThresholds(db, municipalityCode, settings, set);
    const terms = termsOf(settings, [...dates, ...revived.map((r) => r.rdate)]);
    await settleSignals(
      db,
      municipalityCode,
      settings,
      set,
      revived.map((r) => r.id),
      terms,
    );
  }
}
