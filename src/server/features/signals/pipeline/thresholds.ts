import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../context.ts';
import type { IsoDate } from '../../../lib/dates.ts';
import type { SignalSettings } from '../settings.ts';
import { allSignals, type SignalSet, setRows, setTable } from './batch.ts';
import { receivedDate } from './deadlines.ts';
import { STATUS } from './statuses.ts';

/** A signal whose status the thresholds changed outside the batch (it came back to life), with its received date. */
export type Revived = { id: string; rdate: IsoDate };

/** The thresholds that can reject anything: a minimum amount above 0 or more than one signal. */
function activeThresholds(settings: SignalSettings) {
  return Object.entries(settings.thresholds)
    .filter(([, t]) => t && (t.minAmountEuros > 0 || t.minSignals > 1))
    .map(([partnerType, t]) => ({
      partner_type: partnerType,
      min_amount: t?.minAmountEuros ?? 0,
      min_signals: t?.minSignals ?? 1,
    }));
}

/**
 * The municipal thresholds per partner type, for the matched vroegsignalen of the batch. One statement.
 *
 * A signal is "onterecht" (not picked up, kept until its retention ends) when its amount is below the minimum, or
 * when the household has fewer than `minSignals` signals of that partner type (with an amount at or above the
 * minimum) within `bundlingWindowDays`. An unknown amount is not below the minimum: we do not reject what we do not know.
 *
 * Choice: the count is the number of qualifying signals in a window of `bundlingWindowDays` days ending on some
 * signal's received date. When a later signal brings the household to the minimum, every qualifying signal within
 * the window before it counts, so those earlier signals go back to "Nog niet opgepakt" and join the case with it
 * (they are returned, to be routed, bundled and given their terms like the batch). A signal that already left the
 * pipeline (it has a case) is never changed, and a signal outside the batch never goes from waiting to onterecht.
 * Because windows are computed with window functions over received days, the result is the same whether signals
 * arrive one by one or in one batch.
 */
export async function applyThresholds(
  db: Executor,
  municipalityCode: string,
  settings: SignalSettings,
  set: SignalSet,
): Promise<Revived[]> {
  const thresholds = activeThresholds(settings);
  if (thresholds.length === 0) return [];
  const window = sql.raw(String(Math.trunc(settings.bundlingWindowDays)));
  const { rows } = await db.execute<{ id: string; rdate: IsoDate; in_batch: boolean }>(sql`
    WITH thr AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(thresholds)}::jsonb)
        AS t(partner_type text, min_amount int, min_signals int)
    ),
    touched AS (
      SELECT DISTINCT s.household_id, s.partner_type FROM ${setRows(set)}
      JOIN thr ON thr.partner_type = s.partner_type
      WHERE s.municipality_code = ${municipalityCode} AND s.kind = 'vroegsignaal' AND s.match_status = 'gematcht'
        AND s.household_id IS NOT NULL
    ),
    pool AS (
      SELECT o.id, o.status, o.case_id, o.household_id, o.partner_type, thr.min_signals,
        ${receivedDate('o')} AS rdate, ${receivedDate('o')} - DATE '2000-01-01' AS day,
        (o.amount_euros IS NULL OR o.amount_euros >= thr.min_amount) AS amount_ok,
        o.in_set AS in_batch
      FROM touched t JOIN thr ON thr.partner_type = t.partner_type
      JOIN ${allSignals(set)} o ON o.household_id = t.household_id AND o.partner_type = t.partner_type
        AND o.kind = 'vroegsignaal' AND o.match_status = 'gematcht'
    ),
    counted AS (
      SELECT p.*, p.amount_ok AND count(*) FILTER (WHERE p.amount_ok) OVER (
          PARTITION BY p.household_id, p.partner_type ORDER BY p.day
          RANGE BETWEEN ${window} PRECEDING AND CURRENT ROW) >= p.min_signals AS reaches
      FROM pool p
    ),
    verdict AS (
      SELECT c.id, c.rdate, c.in_batch, c.case_id, c.status AS old_status,
        CASE WHEN c.amount_ok AND bool_or(c.reaches) OVER (
            PARTITION BY c.household_id, c.partner_type ORDER BY c.day
            RANGE BETWEEN CURRENT ROW AND ${window} FOLLOWING)
          THEN ${STATUS.waiting} ELSE ${STATUS.unfounded} END AS status
      FROM counted c
    )
    ${update(set)}`);
  return rows.filter((r) => !r.in_batch).map((r) => ({ id: r.id, rdate: r.rdate }));
}

/**
 * The verdicts written back: a signal of the set in the set's table, one outside it in `signals` (and returned, to
 * be settled with the batch). A signal that already left the pipeline (it has a case) is never changed, and a signal
 * outside the batch never goes from waiting to onterecht.
 */
function update(set: SignalSet): SQL {
  const changes = (table: SQL, inBatch: boolean) => sql`UPDATE ${table} s SET status = v.status
    FROM verdict v
    WHERE s.id = v.id AND v.case_id IS NULL AND s.status <> v.status
      AND ${
        inBatch
          ? sql`v.in_batch AND v.old_status IN (${STATUS.waiting}, ${STATUS.unfounded})`
          : sql`NOT v.in_batch AND v.old_status = ${STATUS.unfounded}`
      }
    RETURNING s.id, v.rdate::text AS rdate, v.in_batch`;
  return sql`, changed_in_set AS (${changes(setTable(set), true)}),
    changed_outside AS (${changes(sql`signals`, false)})
    SELECT * FROM changed_in_set UNION ALL SELECT * FROM changed_outside`;
}
