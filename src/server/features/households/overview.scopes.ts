import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../context.ts';
import { caseScope, signalScope } from '../access/policy.ts';

// What of a household the household page may show, as SQL conditions (the same for the lists and the timeline).

/** A signal the viewer may see: on one of the viewer's teams' worklists, or part of a case the viewer works on. */
export function visibleSignal(actor: Actor | null): SQL {
  return sql`(${signalScope(actor)} OR signals.case_id IN (SELECT sc.id FROM signal_cases sc
    WHERE sc.household_case_id IS NOT NULL AND ${caseScope(actor, sql`sc.household_case_id`)}))`;
}

/** A provision the viewer may see: one of a case the viewer works on, or one recorded outside any case. */
export function visibleProvision(actor: Actor | null): SQL {
  return sql`(pr.case_id IS NULL OR ${caseScope(actor, sql`pr.case_id`)})`;
}

/**
 * A timestamptz as ISO 8601 text in UTC ("2026-10-01T10:00:00.000Z"): raw queries get timestamps as PostgreSQL
 * text, which is not a format JS dates promise to read.
 */
export function iso(column: SQL): SQL {
  return sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
