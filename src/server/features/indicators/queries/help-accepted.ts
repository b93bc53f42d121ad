import { sql } from 'drizzle-orm';
import { EINDRESULTATEN, type Eindresultaat } from '../../../../shared/ddas.ts';
import type { RawRow } from '../indicators.suppression.ts';
import { assemble, type GroupedRow, periodsRelation, type QueryInput } from './common.ts';

/**
 * The DDAS end results (EnumEindresultaat) that mean the resident accepted help after the signal: advice or a quick
 * fix, or follow-up help or a referral (financial or not). Not counted: no contact, no reaction, the resident
 * arranges it alone or already paid, already known at schuldhulpverlening or in another traject, not picked up,
 * deceased or moved away, and "Verwijzing zonder tussenkomst inwoner" (a referral the resident took no part in).
 */
export const HELP_ACCEPTED: readonly Eindresultaat[] = [
  '(Budget)advies en/of quick fix',
  'Vervolghulp en/of verwijzing',
  'Vervolghulp en/of verwijzing financieel',
  'Vervolghulp en/of verwijzing niet financieel',
];

// A typo here would silently count nothing: every code must be one of the DDAS list.
for (const code of HELP_ACCEPTED) if (!EINDRESULTATEN.includes(code)) throw new Error(`Not DDAS: ${code}`);

export const HELP_ACCEPTED_KEYS = ['gesloten', 'geaccepteerd', 'nietGeaccepteerd'] as const;

/** Vroegsignaalzaken closed in the month (closed_on), and of those the ones whose end result is in HELP_ACCEPTED. */
export async function helpAcceptedRows(input: QueryInput): Promise<Map<string, RawRow[]>> {
  const accepted = sql.join(
    HELP_ACCEPTED.map((code) => sql`${code}`),
    sql`, `,
  );
  const result = await input.db.execute<GroupedRow>(sql`
    SELECT p.period, 1 AS total, NULL AS code,
      count(*)::int AS gesloten,
      count(*) FILTER (WHERE sc.result IN (${accepted}))::int AS geaccepteerd,
      count(*) FILTER (WHERE sc.result IS NULL OR sc.result NOT IN (${accepted}))::int AS "nietGeaccepteerd"
    FROM ${periodsRelation(input.periods)} p
    JOIN signal_cases sc ON sc.municipality_code = ${input.municipalityCode} AND sc.kind = 'vroegsignaalzaak'
      AND sc.closed_on BETWEEN p."startOn" AND p."endOn"
    GROUP BY p.period`);
  return assemble(input.periods, result.rows, HELP_ACCEPTED_KEYS, null);
}
