import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { stableUuid } from '../../db/stable-uuid.ts';

/**
 * Demo data for cost control (issue 7, item 4), set-based so it stays fast at a million households:
 * - tariffs for the products the seed uses: Wmo huishoudelijke ondersteuning per uur and Jeugdwet ambulante
 *   jeugdhulp per dagdeel, each with an older tariff that ended last year (to show a tariff change). The Wgs
 *   product gets no tariff on purpose: its provisions show up as "zonder tarief", the gap beleid should see;
 * - budgets per law for last year and this year, sized to the number of households (illustrative amounts per
 *   household, not CBS figures);
 * - a structured extent and provider on the seeded Wmo, Jeugdwet and Wgs provisions, matching their wording
 *   ("3 uur per week", "1 dagdeel per week", one traject), and an amount per month on seeded algemene bijstand
 *   without a recorded decision (between €1.000 and €1.800, from an md5 of the provision id: deterministic).
 * Running it twice changes nothing (ON CONFLICT / only rows still without the figures).
 */
export async function seedCosts(db: Db, municipalityCodes: readonly string[], year: number): Promise<void> {
  if (municipalityCodes.length === 0) return;
  const codes = sql`${sql.param([...municipalityCodes])}::text[]`;
  const lastYearEnd = `${year - 1}-12-31`;
  const thisYearStart = `${year}-01-01`;
  await db.execute(sql`
    INSERT INTO tariffs (id, municipality_code, law, product, unit, price_cents, valid_from, valid_to, created_at)
    SELECT ${stableUuid(sql`m.code || ':' || t.product || ':' || t.valid_from`)}, m.code, t.law, t.product, t.unit,
      t.price_cents, t.valid_from::date, t.valid_to::date, now()
    FROM unnest(${codes}) AS m(code)
    CROSS JOIN (VALUES
      ('wmo', 'huishoudelijke-ondersteuning', 'uur', 3100, '2018-01-01', ${lastYearEnd}),
      ('wmo', 'huishoudelijke-ondersteuning', 'uur', 3250, ${thisYearStart}, NULL),
      ('jeugdwet', 'ambulante-jeugdhulp', 'dagdeel', 21500, '2018-01-01', ${lastYearEnd}),
      ('jeugdwet', 'ambulante-jeugdhulp', 'dagdeel', 22400, ${thisYearStart}, NULL)
    ) AS t(law, product, unit, price_cents, valid_from, valid_to)
    ON CONFLICT (id) DO NOTHING`);
  await db.execute(sql`
    INSERT INTO budgets (municipality_code, law, year, amount_cents, updated_at)
    SELECT h.municipality_code, b.law, y.year, h.n * b.cents_per_household, now()
    FROM (SELECT municipality_code, count(*)::bigint AS n FROM households
      WHERE municipality_code = ANY(${codes}) AND ended_on IS NULL GROUP BY municipality_code) h
    CROSS JOIN (VALUES ('wmo', 1200), ('jeugdwet', 2500), ('participatiewet', 90000), ('wgs', 500))
      AS b(law, cents_per_household)
    CROSS JOIN (VALUES (${year - 1}::int), (${year}::int)) AS y(year)
    ON CONFLICT DO NOTHING`);
  await db.execute(sql`
    UPDATE provisions p SET
      extent_quantity = x.quantity, extent_unit = x.unit, extent_per = x.per,
      provider_id = (SELECT o.id FROM organisations o JOIN organisation_municipalities om ON om.organisation_id = o.id
        WHERE o.name = x.provider AND om.municipality_code = p.municipality_code LIMIT 1)
    FROM (VALUES
      ('wmo', 'huishoudelijke-ondersteuning', 3, 'uur', 'week', 'Zorggroep Horizon'),
      ('jeugdwet', 'ambulante-jeugdhulp', 1, 'dagdeel', 'week', 'Zorggroep Horizon'),
      ('wgs', 'schuldhulpverlening', 1, 'stuk', 'totaal', 'Kredietbank Delta')
    ) AS x(law, product, quantity, unit, per, provider)
    WHERE p.municipality_code = ANY(${codes}) AND p.law = x.law AND p.product = x.product
      AND p.extent_per IS NULL`);
  await db.execute(sql`
    UPDATE provisions p SET amount_cents = 100000 + ('x' || substr(md5(p.id::text || ':bedrag'), 1, 7))::bit(28)::int % 80001
    WHERE p.municipality_code = ANY(${codes}) AND p.law = 'participatiewet' AND p.product = 'algemene-bijstand'
      AND p.amount_cents IS NULL AND p.calculation IS NULL`);
}
