import { type SQL, sql } from 'drizzle-orm';
import { stableUuid } from '../../../db/stable-uuid.ts';
import { STATUS } from './statuses.ts';

/**
 * Bundling into cases, as parts of the one statement in settle.ts. A vroegsignaal joins the household's open
 * vroegsignaalzaak, any other signal the household's open intake, when that case was opened within the bundling
 * window before the signal's received date (the most recent such case). Otherwise a new case is opened: one per
 * household and kind for the whole batch, opened on the received date of its first signal and given that signal's
 * team. Rejected signals (onterecht, deceased) and signals without a household stay out; a repeat joins, so the
 * team sees it.
 *
 * The id of a new case is derived from the id of its first signal (md5 → uuid), so the statement can link the
 * signals to the case it inserts without joining the inserted rows back (a join the planner gets wrong on fresh,
 * unanalysed rows).
 */

/** Whether a decided signal (columns match_status, household_id, status) goes onto a case. */
export function joinsCase(d: string): SQL {
  const x = sql.identifier(d);
  return sql`(${x}.match_status = 'gematcht' AND ${x}.household_id IS NOT NULL
    AND ${x}.status NOT IN (${STATUS.unfounded}, ${STATUS.deceased}, ${STATUS.pickedUp}))`;
}

export function caseKindOf(signalKind: SQL): SQL {
  return sql`CASE ${signalKind} WHEN 'vroegsignaal' THEN 'vroegsignaalzaak' ELSE 'intake' END`;
}

/** The open case of the same kind that signal `d` (columns household_id, case_kind, rdate) joins, or null. */
export function openCaseWithinWindow(d: string, windowDays: SQL): SQL {
  const x = sql.identifier(d);
  return sql`(SELECT c.id FROM signal_cases c
    WHERE c.household_id = ${x}.household_id AND c.kind = ${x}.case_kind AND c.closed_on IS NULL
      AND c.opened_on >= ${x}.rdate - ${windowDays}
    ORDER BY c.opened_on DESC, c.created_at DESC, c.id
    LIMIT 1)`;
}

/** The first signal (by received moment, signal date, id) of the household and kind among those that open a case. */
export function firstOfNewCase(d: string, opensCase: SQL): SQL {
  const x = sql.identifier(d);
  return sql`CASE WHEN ${opensCase} THEN first_value(${x}.id) OVER (
      PARTITION BY ${x}.household_id, ${x}.case_kind, ${opensCase}
      ORDER BY ${x}.received_at, ${x}.signal_date, ${x}.id) END`;
}

/** The id of the case a first signal opens: stable, so a re-run of an interrupted import finds the same case. */
export function newCaseId(firstSignal: SQL): SQL {
  return stableUuid(sql`${firstSignal}::text || ':signal-case'`);
}
