import { type SQL, sql } from 'drizzle-orm';

/**
 * Routing: which team a signal goes to. One implementation serves the pipeline (stored rules) and the preview
 * (stored rules with a proposed one added or swapped in): both build a relation of rules and evaluate it with
 * `firstMatchingRule`.
 *
 * A rule holds when each of its conditions holds (a null condition always holds): the area is the wijk or the buurt
 * of the signal's address, the category and the urgency are the signal's, and a crisis-only rule takes only crises.
 * The first rule by priority wins; among equal priorities the most specific (a buurt counts more than a wijk, each
 * other condition one), then the oldest rule. No rule → no team ("niet gerouteerd").
 */

/** A rule as the evaluation needs it. `createdAt` breaks ties, so a rule tried in the preview ranks as when saved. */
export type RuleRow = {
  id: string;
  priority: number;
  areaCode: string | null;
  category: string | null;
  urgency: string | null;
  crisisOnly: boolean;
  teamId: string;
  createdAt: Date;
};

const RULE_COLUMNS = sql.raw('id, priority, area_code, category, urgency, crisis_only, team_id, created_at');

/** The active stored rules of a municipality, minus one (the rule a preview replaces). */
export function storedRules(municipalityCode: string, exceptId?: string): SQL {
  return sql`SELECT ${RULE_COLUMNS} FROM routing_rules
    WHERE municipality_code = ${municipalityCode} AND active
    ${exceptId ? sql`AND id <> ${exceptId}::uuid` : sql``}`;
}

/** Rules that are not stored (yet), as a VALUES list with the same columns. */
export function listedRules(rules: readonly RuleRow[]): SQL {
  if (rules.length === 0) return sql`SELECT ${RULE_COLUMNS} FROM routing_rules WHERE false`;
  const rows = rules.map(
    (r) =>
      sql`(${r.id}::uuid, ${r.priority}::int, ${r.areaCode}::text, ${r.category}::text, ${r.urgency}::text,
        ${r.crisisOnly}::boolean, ${r.teamId}::uuid, ${r.createdAt.toISOString()}::timestamptz)`,
  );
  return sql`SELECT * FROM (VALUES ${sql.join(rows, sql`, `)}) AS v(${RULE_COLUMNS})`;
}

/** A rule relation ranked for evaluation: adds `specificity`. Use as a CTE, then `firstMatchingRule` on its name. */
export function rankedRules(rules: SQL): SQL {
  return sql`SELECT r.*, (CASE WHEN r.area_code IS NULL THEN 0 WHEN ar.kind = 'buurt' THEN 2 ELSE 1 END
      + (r.category IS NOT NULL)::int + (r.urgency IS NOT NULL)::int + r.crisis_only::int) AS specificity
    FROM (${rules}) r LEFT JOIN areas ar ON ar.code = r.area_code`;
}

/**
 * `LEFT JOIN LATERAL` of the first rule of CTE `rules` that holds for `subject`, a relation with columns
 * wijk_code, buurt_code, category, urgency and crisis. Gives `<as>.rule_id` and `<as>.team_id` (null: no rule).
 */
export function firstMatchingRule(rules: string, subject: string, as: string): SQL {
  const r = sql.identifier(rules);
  const x = sql.identifier(subject);
  return sql`LEFT JOIN LATERAL (
      SELECT rr.id AS rule_id, rr.team_id FROM ${r} rr
      WHERE (rr.area_code IS NULL OR rr.area_code = ${x}.wijk_code OR rr.area_code = ${x}.buurt_code)
        AND (rr.category IS NULL OR rr.category = ${x}.category)
        AND (rr.urgency IS NULL OR rr.urgency = ${x}.urgency)
        AND (NOT rr.crisis_only OR ${x}.crisis)
      ORDER BY rr.priority, rr.specificity DESC, rr.created_at, rr.id
      LIMIT 1) ${sql.identifier(as)} ON true`;
}

/**
 * Joins that find the address of signal `s` for routing: the household's address for a matched signal; otherwise
 * the address at the signal's postcode and huisnummer, else any address with that postcode in its municipality.
 * Use `signalWijk` / `signalBuurt` for the codes.
 */
export function signalAddressJoins(s: string): SQL {
  const a = sql.identifier(s);
  // Lookups by key per signal (LATERAL … LIMIT 1), not joins: for a batch of thousands the planner hash-joined
  // every household and address of the register, a cost per batch that grows with the register.
  return sql`LEFT JOIN LATERAL (
      SELECT ha.wijk_code, ha.buurt_code FROM households h JOIN addresses ha ON ha.id = h.address_id
      WHERE h.id = ${a}.household_id LIMIT 1) route_ha ON true
    LEFT JOIN LATERAL (
      SELECT pa.wijk_code, pa.buurt_code FROM addresses pa
      WHERE ${a}.household_id IS NULL AND pa.municipality_code = ${a}.municipality_code
        AND pa.postcode = upper(replace(${a}.postcode, ' ', ''))
      ORDER BY (pa.huisnummer IS NOT DISTINCT FROM ${a}.huisnummer) DESC, pa.wijk_code, pa.buurt_code, pa.id
      LIMIT 1) route_pa ON true`;
}

export const signalWijk = sql`coalesce(route_ha.wijk_code, route_pa.wijk_code)`;
export const signalBuurt = sql`coalesce(route_ha.buurt_code, route_pa.buurt_code)`;
