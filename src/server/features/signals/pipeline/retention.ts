import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../context.ts';
import { addYearsMonths, type IsoDate } from '../../../lib/dates.ts';
import type { SignalSettings } from '../settings.ts';
import { STATUS } from './statuses.ts';

export type RetentionKind = keyof SignalSettings['retentionMonths'];

/**
 * Until when a signal (or a closed case) is kept, counted in whole months from `from`:
 * unmatched and not picked up from the day it was received, picked up from the day of pick-up, a closed case from
 * the day it was closed. The pipeline sets the first two; pick-up and closing call this for the others.
 */
export function retentionDate(settings: SignalSettings, kind: RetentionKind, from: IsoDate): IsoDate {
  return addYearsMonths(from, 0, settings.retentionMonths[kind]);
}

/** What one municipality's signal destruction removed, per retention category and per table. */
export type SignalDestruction = {
  unmatched: number;
  notPickedUp: number;
  pickedUp: number;
  closedCases: number;
  contactAttempts: number;
  matchDecisions: number;
};

/**
 * A signal case is under a legal hold when its household is, or the household case it became part of is. Holds on
 * a household also keep the household's signals (they are its data), whatever case they are on.
 */
function heldSignalCase(alias: string): SQL {
  const a = sql.identifier(alias);
  return sql`(${a}.household_id IN (SELECT h.household_id FROM legal_holds h
      WHERE h.lifted_at IS NULL AND h.household_id IS NOT NULL)
    OR coalesce(${a}.household_case_id IN (SELECT h.case_id FROM legal_holds h
      WHERE h.lifted_at IS NULL AND h.case_id IS NOT NULL), false))`;
}

/** Closed signal cases of the municipality past their retention date and not under a legal hold. */
function expiredCases(municipalityCode: string, today: IsoDate): SQL {
  return sql`SELECT c.id FROM signal_cases c
    WHERE c.municipality_code = ${municipalityCode} AND c.closed_on IS NOT NULL
      AND c.retention_until < ${today}::date AND NOT ${heldSignalCase('c')}`;
}

/**
 * The signals to destroy: past their own retention date, or on a closed case past its retention date (the case's
 * term governs its signals). A day is kept through its retention date itself. Nothing under a legal hold.
 */
function expiredSignals(municipalityCode: string, today: IsoDate): SQL {
  return sql`SELECT s.id FROM signals s
    WHERE s.municipality_code = ${municipalityCode}
      AND (s.retention_until < ${today}::date OR s.case_id IN (${expiredCases(municipalityCode, today)}))
      AND (s.household_id IS NULL OR s.household_id NOT IN (SELECT h.household_id FROM legal_holds h
        WHERE h.lifted_at IS NULL AND h.household_id IS NOT NULL))
      AND (s.case_id IS NULL OR s.case_id NOT IN (SELECT c.id FROM signal_cases c WHERE ${heldSignalCase('c')}))`;
}

/**
 * Deletes one municipality's expired signals and closed signal cases, with their match decisions and contact
 * attempts, in the caller's transaction (features/privacy/retention runs it with the other categories and writes
 * the destruction record). Set-based: a few statements, whatever the number of rows. The signal rows carry the
 * copies of name, BSN, birth date and address used for matching (there is no separate search index), so deleting
 * the row removes them. Idempotent.
 */
export async function destroyExpiredSignals(
  tx: Tx,
  municipalityCode: string,
  today: IsoDate,
): Promise<SignalDestruction> {
  const decisions = await tx.execute(sql`
    DELETE FROM signal_match_decisions WHERE signal_id IN (${expiredSignals(municipalityCode, today)})`);
  const signals = await tx.execute<{ unmatched: number; picked_up: number; not_picked_up: number }>(sql`
    WITH gone AS (
      DELETE FROM signals WHERE id IN (${expiredSignals(municipalityCode, today)})
      RETURNING match_status, status)
    SELECT count(*) FILTER (WHERE match_status = 'geen_match')::int AS unmatched,
      count(*) FILTER (WHERE match_status <> 'geen_match' AND status = ${STATUS.pickedUp})::int AS picked_up,
      count(*) FILTER (WHERE match_status <> 'geen_match' AND status <> ${STATUS.pickedUp})::int AS not_picked_up
    FROM gone`);
  // A case goes once none of its signals is left (a held signal keeps its case, so the link never dangles).
  const goneCases = sql`SELECT c.id FROM (${expiredCases(municipalityCode, today)}) c
    WHERE NOT EXISTS (SELECT 1 FROM signals s WHERE s.case_id = c.id)`;
  const attempts = await tx.execute(sql`
    DELETE FROM signal_contact_attempts WHERE case_id IN (${goneCases})`);
  const cases = await tx.execute(sql`DELETE FROM signal_cases WHERE id IN (${goneCases})`);
  const s = signals.rows[0];
  return {
    unmatched: s?.unmatched ?? 0,
    notPickedUp: s?.not_picked_up ?? 0,
    pickedUp: s?.picked_up ?? 0,
    closedCases: cases.rowCount ?? 0,
    contactAttempts: attempts.rowCount ?? 0,
    matchDecisions: decisions.rowCount ?? 0,
  };
}
