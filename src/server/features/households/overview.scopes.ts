import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../context.ts';
import { deadlineVisible, provisionVisible } from '../access/law-visibility.ts';
import { caseReadScope, signalScope } from '../access/policy.ts';

// What of a household the household page may show, as SQL conditions (the same for the lists and the timeline).
// The household itself is householdScope(actor, now) (rule 4); everything of a case needs read access to that case
// (rule 2: the case team, the team leader, or a break-the-glass grant on the household), and law-categorised
// records (provisions, deadlines) also the law rule (rule 6). `now` is ctx.now.

/**
 * Read access to a case of the household (its plan, phases, regisseurs, ZRM): the case is in caseScope or the
 * viewer holds an active grant on the household. Use it for the open case's `access` flag and the timeline's cases.
 */
export function visibleCase(actor: Actor | null, now: Date, caseId: SQL | AnyColumn): SQL {
  return caseReadScope(actor, now, caseId);
}

/** A signal the viewer may see (table `signals`): on one of the viewer's teams' worklists, or part of a case the viewer may read. */
export function visibleSignal(actor: Actor | null, now: Date): SQL {
  return sql`(${signalScope(actor)} OR signals.case_id IN (SELECT sc.id FROM signal_cases sc
    WHERE sc.household_case_id IS NOT NULL AND ${caseReadScope(actor, now, sql`sc.household_case_id`)}))`;
}

/**
 * A provision (alias `pr`) the viewer may see: of a case the viewer may read and of a law the viewer may see there;
 * outside any case with full access to the household (a law only where the viewer sees that law).
 */
export function visibleProvision(actor: Actor | null, now: Date): SQL {
  return provisionVisible(actor, now, 'pr');
}

/** A case deadline (alias `d`) the viewer may see: of a case the viewer may read, and its law visible there. */
export function visibleDeadline(actor: Actor | null, now: Date): SQL {
  return deadlineVisible(actor, now, 'd');
}

/**
 * A timestamptz as ISO 8601 text in UTC ("2026-10-01T10:00:00.000Z"): raw queries get timestamps as PostgreSQL
 * text, which is not a format JS dates promise to read.
 */
export function iso(column: SQL): SQL {
  return sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
