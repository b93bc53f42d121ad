import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { stableUuid } from '../../db/stable-uuid.ts';

/**
 * Per mille of households that get bijstand in the synthetic data. Nationally about 403,000 of 8.37 million
 * households (≈ 4.8%) receive algemene bijstand. Bijstand households share their home with other adults more often
 * than average, so a household with an `overig` member (a housemate who is not partner or child) is picked more
 * often: 150‰ of those and 45‰ of the others, about 5% overall. The two rates are illustrative, not CBS figures;
 * they make the kostendelersnorm visible in the demo (about one in six bijstand households shares the home).
 */
export const BIJSTAND_PER_MILLE_SHARED_HOME = 150;
export const BIJSTAND_PER_MILLE_OTHER = 45;

/** Earliest start of a seeded bijstand provision; the start is spread over about seven years from here. */
const FIRST_START = '2018-01-01';
const START_SPREAD_DAYS = 2500;

/**
 * Gives a deterministic ~5% of the current households of these municipalities an active Participatiewet
 * `algemene-bijstand` provision (status `toegekend`, no end date) for the head of the household.
 *
 * One set-based INSERT … SELECT, so it is fast for a million households on PostgreSQL and PGlite alike. The choice
 * and the start date come from an md5 of the household id (stable across PostgreSQL versions, unlike hashtext), and
 * the provision id is derived the same way, so running it twice adds nothing. The start date is never before the
 * head joined the household or turned 18. Returns the number of provisions inserted.
 */
export async function seedProvisions(db: Db, municipalityCodes: readonly string[]): Promise<number> {
  if (municipalityCodes.length === 0) return 0;
  const result = await db.execute(sql`
    INSERT INTO provisions (id, municipality_code, household_id, person_id, law, product, start_date, status)
    SELECT ${stableUuid(sql`h.id::text || ':participatiewet:algemene-bijstand'`)},
      h.municipality_code, h.id, m.person_id, 'participatiewet', 'algemene-bijstand',
      GREATEST(
        m.from_date,
        (p.geboortedatum + interval '18 years')::date,
        ${FIRST_START}::date + (x.r / 1000) % ${START_SPREAD_DAYS}::int
      ),
      'toegekend'
    FROM households h
    CROSS JOIN LATERAL (
      SELECT ('x' || substr(md5(h.id::text || ':bijstand'), 1, 7))::bit(28)::int AS r
    ) x
    JOIN household_members m ON m.household_id = h.id AND m.relation = 'hoofd' AND m.to_date IS NULL
    JOIN persons p ON p.id = m.person_id
    WHERE h.municipality_code = ANY(${sql.param([...municipalityCodes])}::text[])
      AND h.ended_on IS NULL
      AND x.r % 1000 < CASE
        WHEN EXISTS (SELECT 1 FROM household_members o
          WHERE o.household_id = h.id AND o.relation = 'overig' AND o.to_date IS NULL)
        THEN ${BIJSTAND_PER_MILLE_SHARED_HOME}::int
        ELSE ${BIJSTAND_PER_MILLE_OTHER}::int
      END
    ON CONFLICT (id) DO NOTHING`);
  return result.rowCount ?? 0;
}

/**
 * Per mille of households with Wmo huishoudelijke ondersteuning, and of households with a child under 18 with
 * Jeugdwet ambulante jeugdhulp for that child. Illustrative: nationally about one in ten households uses some Wmo
 * provision and about one in ten young people some jeugdhulp (CBS), of which these two products are the largest.
 */
export const WMO_PER_MILLE = 70;
export const JEUGD_PER_MILLE_WITH_CHILD = 90;

/** Earliest start of a seeded care provision; starts spread over about four years from here. */
const CARE_FIRST_START = '2022-01-01';
const CARE_START_SPREAD_DAYS = 1460;

/**
 * Gives a deterministic share of the current households WITHOUT a case a running Wmo `huishoudelijke-ondersteuning`
 * (for the head) and, where a child under 18 lives, Jeugdwet `ambulante-jeugdhulp` (for the youngest child), so the
 * indicators and cost control have Wmo and Jeugdwet figures above the suppression threshold and households under
 * two or three laws without one plan (stapeling). Households with a case keep exactly the provisions the demo
 * cases give them. Set-based and idempotent like seedProvisions (ids from an md5 of the household id).
 */
export async function seedCareProvisions(db: Db, municipalityCodes: readonly string[]): Promise<number> {
  if (municipalityCodes.length === 0) return 0;
  const chosen = (salt: string, perMille: number) =>
    sql`('x' || substr(md5(h.id::text || ${salt}), 1, 7))::bit(28)::int % 1000 < ${perMille}::int`;
  const start = (salt: string) =>
    sql`${CARE_FIRST_START}::date + ('x' || substr(md5(h.id::text || ${salt}), 8, 7))::bit(28)::int % ${CARE_START_SPREAD_DAYS}::int`;
  const withoutCase = sql`h.municipality_code = ANY(${sql.param([...municipalityCodes])}::text[])
    AND h.ended_on IS NULL AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.household_id = h.id)`;
  const wmo = await db.execute(sql`
    INSERT INTO provisions (id, municipality_code, household_id, person_id, law, product, start_date, status, extent)
    SELECT ${stableUuid(sql`h.id::text || ':wmo:huishoudelijke-ondersteuning'`)}, h.municipality_code, h.id, m.person_id,
      'wmo', 'huishoudelijke-ondersteuning', GREATEST(m.from_date, ${start(':wmo-start')}), 'toegekend',
      '3 uur per week'
    FROM households h
    JOIN household_members m ON m.household_id = h.id AND m.relation = 'hoofd' AND m.to_date IS NULL
    WHERE ${withoutCase} AND ${chosen(':wmo', WMO_PER_MILLE)}
    ON CONFLICT (id) DO NOTHING`);
  const jeugd = await db.execute(sql`
    INSERT INTO provisions (id, municipality_code, household_id, person_id, law, product, start_date, status, extent)
    SELECT ${stableUuid(sql`h.id::text || ':jeugdwet:ambulante-jeugdhulp'`)}, h.municipality_code, h.id, k.person_id,
      'jeugdwet', 'ambulante-jeugdhulp', GREATEST(k.from_date, k.geboortedatum, ${start(':jeugd-start')}),
      'toegekend', '1 dagdeel per week'
    FROM households h
    CROSS JOIN LATERAL (SELECT km.person_id, km.from_date, p.geboortedatum FROM household_members km
      JOIN persons p ON p.id = km.person_id
      WHERE km.household_id = h.id AND km.relation = 'kind' AND km.to_date IS NULL
        AND p.geboortedatum > (CURRENT_DATE - interval '18 years')::date
      ORDER BY p.geboortedatum DESC, km.person_id LIMIT 1) k
    WHERE ${withoutCase} AND ${chosen(':jeugd', JEUGD_PER_MILLE_WITH_CHILD)}
    ON CONFLICT (id) DO NOTHING`);
  return (wmo.rowCount ?? 0) + (jeugd.rowCount ?? 0);
}
