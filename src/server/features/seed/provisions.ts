import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

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
    SELECT md5(h.id::text || ':participatiewet:algemene-bijstand')::uuid,
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
