import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../context.ts';
import { amsterdamDay, type BreakdownValue, UNKNOWN } from './common.ts';

/**
 * A case is open on day D when it was opened on or before D and not closed on or before D (a case closed on D no
 * longer counts on D). `c` is the cases alias.
 */
export function caseOpenOn(day: SQL): SQL {
  return sql`c.opened_on <= ${day} AND (c.closed_on IS NULL OR c.closed_on > ${day})`;
}

/**
 * The regisseur row of a case that was accepted on day D: accepted on or before D and not ended on or before D.
 * An offer that was never accepted (aangeboden, geweigerd, ingetrokken) has no accepted_at. `cr` is the alias.
 */
export function regisseurAcceptedOn(day: SQL): SQL {
  return sql`cr.status IN ('actief', 'beeindigd') AND cr.accepted_at IS NOT NULL
    AND ${amsterdamDay(sql`cr.accepted_at`)} <= ${day}
    AND (cr.ended_at IS NULL OR ${amsterdamDay(sql`cr.ended_at`)} > ${day})`;
}

/** The wijken of a municipality in code order, then "Wijk onbekend" (addresses without a wijk). */
export async function wijken(db: Executor, municipalityCode: string): Promise<BreakdownValue[]> {
  const rows = await db.execute<{ code: string; name: string }>(sql`SELECT code, name FROM areas
    WHERE municipality_code = ${municipalityCode} AND kind = 'wijk' ORDER BY code`);
  return [
    ...rows.rows.map((r) => ({ code: r.code, label: r.name })),
    { code: UNKNOWN, label: 'Wijk onbekend' },
  ];
}

/** The teams that serve a municipality, by name. Team names are no personal data. */
export async function teamsOf(db: Executor, municipalityCode: string): Promise<BreakdownValue[]> {
  const rows = await db.execute<{ id: string; name: string }>(sql`SELECT t.id, t.name FROM teams t
    JOIN team_municipalities tm ON tm.team_id = t.id WHERE tm.municipality_code = ${municipalityCode}
    ORDER BY t.name, t.id`);
  return [...rows.rows.map((r) => ({ code: r.id, label: r.name })), { code: UNKNOWN, label: 'Ander team' }];
}
