import { sql } from 'drizzle-orm';
import { organisationKinds } from '../../../db/schema/index.ts';
import type { RawRow } from '../indicators.suppression.ts';
import {
  assemble,
  type BreakdownValue,
  type GroupedRow,
  periodSpan,
  periodsRelation,
  type QueryInput,
  UNKNOWN,
} from './common.ts';

const kindLabels: Record<(typeof organisationKinds)[number], string> = {
  gemeente: 'Gemeente',
  woningcorporatie: 'Woningcorporatie',
  zorgaanbieder: 'Zorgaanbieder',
  schuldhulpverlening: 'Schuldhulpverlening',
  energieleverancier: 'Energieleverancier',
  drinkwaterbedrijf: 'Drinkwaterbedrijf',
  zorgverzekeraar: 'Zorgverzekeraar',
  clientenraad: 'Cliëntenraad',
  huurdersorganisatie: 'Huurdersorganisatie',
};

const partnerTypes: BreakdownValue[] = [
  ...organisationKinds.map((k) => ({ code: k, label: kindLabels[k] })),
  { code: UNKNOWN, label: 'Onbekend (signaalplatform)' },
];

/**
 * Signals received per month (the received moment's day in the Netherlands, as every signal term counts), by the
 * kind of the filing organisation, with the municipality's inhabitants: persons who are now a member of a current
 * household in the municipality. The month bounds are turned into moments so signals_received_idx is used.
 */
export async function signalRateRows(input: QueryInput): Promise<Map<string, RawRow[]>> {
  const span = periodSpan(input.periods);
  const result = await input.db.execute<GroupedRow>(sql`
    WITH inhabitants AS (
      SELECT count(*)::int AS n FROM household_members m JOIN households h ON h.id = m.household_id
      WHERE h.municipality_code = ${input.municipalityCode} AND h.ended_on IS NULL AND m.to_date IS NULL
    ),
    s AS (
      SELECT p.period, o.kind AS partner
      FROM ${periodsRelation(input.periods)} p
      JOIN signals s ON s.municipality_code = ${input.municipalityCode}
        AND s.received_at >= (p."startOn"::timestamp AT TIME ZONE 'Europe/Amsterdam')
        AND s.received_at < ((p."endOn" + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
        AND s.received_at >= (${span.first}::timestamp AT TIME ZONE 'Europe/Amsterdam')
        AND s.received_at < ((${span.last} + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
      LEFT JOIN organisations o ON o.id = s.partner_organisation_id
    ),
    grouped AS (
      SELECT s.period, GROUPING(s.partner) AS total, s.partner AS code, count(*)::int AS signalen
      FROM s GROUP BY GROUPING SETS ((s.period), (s.period, s.partner))
    )
    SELECT p.period, g.total, g.code, coalesce(g.signalen, 0) AS signalen, i.n AS inwoners
    FROM ${periodsRelation(input.periods)} p CROSS JOIN inhabitants i
    LEFT JOIN grouped g ON g.period = p.period`);
  // A month without any signal comes back as one row with total null: it is the total row with 0 signals.
  const rows = result.rows.map((r) => (r.total === null ? { ...r, total: 1 } : r));
  const byPeriod = assemble(input.periods, rows, ['signalen', 'inwoners'], partnerTypes);
  // Every row has the same inhabitants (the denominator of each partner type's rate).
  for (const table of byPeriod.values()) {
    const inhabitants = table[0]?.values.inwoners ?? 0;
    for (const row of table) row.values.inwoners = inhabitants;
  }
  return byPeriod;
}
