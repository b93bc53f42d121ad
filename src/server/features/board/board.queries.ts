import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../context.ts';
import { deadlineLaw, lawVisible, provisionVisible } from '../access/law-visibility.ts';
import { caseScope, householdFullScope, signalScope } from '../access/policy.ts';
import type { BoardKind } from './board.kinds.ts';
import type { BoardParams } from './board.params.ts';

/**
 * One SQL query per board kind. Each selects the same columns (kind, household_id, municipality_code, case_id,
 * signal_id, due_on, sort_on, team_id, detail) so the service treats them alike. Every query joins `params`, the
 * municipality's dates (board.params.ts), and is limited by the actor's scopes from policy.ts: nothing is filtered
 * in JS. The scopes name the tables `signals` and `households` unaliased, so these queries do too.
 */
export type BoardQueryInput = { actor: Actor | null; now: Date; today: string; teamId: string | null };

/** The params CTE: one row per municipality the actor works in. */
export function paramsCte(params: readonly BoardParams[]): SQL {
  const rows = params.map(
    (p) =>
      sql`(${p.municipalityCode}::text, ${p.riskUntil}::date, ${p.evaluatedBefore}::date, ${p.evaluationIntervalMonths}::int, ${p.bornAfter}::date, ${p.bornUntil}::date)`,
  );
  return sql`params(municipality_code, risk_until, evaluated_before, evaluation_months, born_after, born_until) AS (VALUES ${sql.join(rows, sql`, `)})`;
}

const openCase = sql`c.phase <> 'afgesloten'`;

/** A deadline whose suspension (Awb 4:15) has not ended is paused: its due date is still moving. */
const openSuspension = sql`EXISTS (SELECT 1 FROM jsonb_array_elements(d.suspensions) s WHERE s->>'to' IS NULL)`;

/** Provisions in force today: granted and the period covers today (end_date is the last day). */
const currentProvision = (today: string) =>
  sql`pr.status = 'toegekend' AND pr.start_date <= ${today}::date AND (pr.end_date IS NULL OR pr.end_date >= ${today}::date)`;

/** The household's open case, if the actor works on it (otherwise no link: the case page would answer 404). */
const openCaseInScope = (input: BoardQueryInput, householdColumn: SQL) =>
  sql`(SELECT c.id FROM cases c WHERE c.household_id = ${householdColumn} AND ${openCase}
    AND ${caseScope(input.actor, input.now, sql`c.id`)} LIMIT 1)`;

/**
 * A household belongs to a team on the board when its open case is the team's, or, without an open case, when
 * the team serves its wijk or buurt.
 */
const householdOfTeam = (teamId: string) => sql`(
  EXISTS (SELECT 1 FROM cases c WHERE c.household_id = households.id AND ${openCase} AND c.team_id = ${teamId})
  OR (NOT EXISTS (SELECT 1 FROM cases c WHERE c.household_id = households.id AND ${openCase})
    AND households.address_id IN (SELECT a.id FROM addresses a
      JOIN team_areas ta ON ta.area_code = a.wijk_code OR ta.area_code = a.buurt_code WHERE ta.team_id = ${teamId})))`;

const householdTeam = sql`(SELECT c.team_id FROM cases c WHERE c.household_id = households.id AND ${openCase} LIMIT 1)`;

function signalNotPickedUp(input: BoardQueryInput): SQL {
  return sql`SELECT 'signaal_niet_opgepakt' AS kind, signals.household_id, signals.municipality_code,
      ${openCaseInScope(input, sql`signals.household_id`)} AS case_id, signals.id AS signal_id,
      signals.deadline AS due_on, signals.deadline AS sort_on, signals.team_id,
      jsonb_build_object('category', signals.category, 'crisis', signals.crisis) AS detail
    FROM signals JOIN params p ON p.municipality_code = signals.municipality_code
    WHERE ${signalScope(input.actor)} AND signals.status = 'Nog niet opgepakt'
      AND signals.deadline < ${input.today}::date
      ${input.teamId ? sql`AND signals.team_id = ${input.teamId}` : sql``}`;
}

function noRegisseur(input: BoardQueryInput): SQL {
  return sql`SELECT 'geen_regisseur' AS kind, c.household_id, c.municipality_code, c.id AS case_id,
      NULL::uuid AS signal_id, NULL::date AS due_on, c.opened_on AS sort_on, c.team_id,
      jsonb_build_object('openedOn', c.opened_on, 'offeredTo', u.display_name,
        'offeredOn', (o.offered_at AT TIME ZONE 'Europe/Amsterdam')::date) AS detail
    FROM cases c JOIN params p ON p.municipality_code = c.municipality_code
    LEFT JOIN case_regisseurs o ON o.case_id = c.id AND o.status = 'aangeboden'
    LEFT JOIN users u ON u.id = o.user_id
    WHERE ${openCase} AND ${caseScope(input.actor, input.now, sql`c.id`)}
      AND NOT EXISTS (SELECT 1 FROM case_regisseurs r WHERE r.case_id = c.id AND r.status = 'actief')
      ${input.teamId ? sql`AND c.team_id = ${input.teamId}` : sql``}`;
}

function deadlines(input: BoardQueryInput, kind: 'termijn_risico' | 'termijn_verlopen'): SQL {
  const due =
    kind === 'termijn_verlopen'
      ? sql`d.due_on < ${input.today}::date`
      : sql`d.due_on >= ${input.today}::date AND d.due_on <= p.risk_until`;
  return sql`SELECT ${kind}::text AS kind, c.household_id, c.municipality_code, c.id AS case_id,
      NULL::uuid AS signal_id, d.due_on, d.due_on AS sort_on, c.team_id,
      jsonb_build_object('deadlineId', d.id, 'deadlineKind', d.kind,
        'threatening', COALESCE((d.basis->>'threatening')::boolean, false)) AS detail
    FROM case_deadlines d JOIN cases c ON c.id = d.case_id
    JOIN params p ON p.municipality_code = c.municipality_code
    WHERE d.met_on IS NULL AND ${due} AND NOT ${openSuspension} AND ${openCase}
      AND ${caseScope(input.actor, input.now, sql`c.id`)}
      AND ${lawVisible(input.actor, input.now, sql`c.id`, deadlineLaw('d'))}
      ${input.teamId ? sql`AND c.team_id = ${input.teamId}` : sql``}`;
}

function noSharedPlan(input: BoardQueryInput): SQL {
  return sql`SELECT 'geen_gedeeld_plan' AS kind, households.id AS household_id, households.municipality_code,
      ${openCaseInScope(input, sql`households.id`)} AS case_id, NULL::uuid AS signal_id, NULL::date AS due_on,
      pv.since AS sort_on, ${householdTeam} AS team_id,
      jsonb_build_object('laws', pv.laws) AS detail
    FROM households JOIN params p ON p.municipality_code = households.municipality_code
    JOIN (SELECT pr.household_id, array_agg(DISTINCT pr.law ORDER BY pr.law) AS laws, max(pr.start_date) AS since
      FROM provisions pr WHERE ${currentProvision(input.today)} AND pr.law <> 'overig'
        AND ${householdFullScope(input.actor, input.now, sql`pr.household_id`)}
        AND ${provisionVisible(input.actor, input.now, 'pr')}
      GROUP BY pr.household_id HAVING count(DISTINCT pr.law) >= 2) pv ON pv.household_id = households.id
    WHERE households.ended_on IS NULL
      AND NOT EXISTS (SELECT 1 FROM cases c JOIN plan_versions v ON v.case_id = c.id
        WHERE c.household_id = households.id AND ${openCase})
      ${input.teamId ? sql`AND ${householdOfTeam(input.teamId)}` : sql``}`;
}

function turning18(input: BoardQueryInput): SQL {
  return sql`SELECT 'overgang_18' AS kind, households.id AS household_id, households.municipality_code,
      ${openCaseInScope(input, sql`households.id`)} AS case_id, NULL::uuid AS signal_id, NULL::date AS due_on,
      pe.geboortedatum AS sort_on, ${householdTeam} AS team_id,
      jsonb_build_object('personId', pe.id, 'firstName', split_part(pe.voornamen, ' ', 1),
        'geboortedatum', pe.geboortedatum) AS detail
    FROM (SELECT DISTINCT pr.household_id, pr.person_id FROM provisions pr
      WHERE pr.law = 'jeugdwet' AND pr.person_id IS NOT NULL AND ${currentProvision(input.today)}
        AND ${householdFullScope(input.actor, input.now, sql`pr.household_id`)}
        AND ${provisionVisible(input.actor, input.now, 'pr')}) jw
    JOIN households ON households.id = jw.household_id
    JOIN persons pe ON pe.id = jw.person_id
    JOIN params p ON p.municipality_code = households.municipality_code
    WHERE households.ended_on IS NULL AND pe.overlijdensdatum IS NULL
      AND pe.geboortedatum > p.born_after AND pe.geboortedatum <= p.born_until
      AND NOT EXISTS (SELECT 1 FROM cases c
        CROSS JOIN LATERAL (SELECT v.content FROM plan_versions v WHERE v.case_id = c.id
          ORDER BY v.version DESC LIMIT 1) lv
        CROSS JOIN LATERAL jsonb_array_elements(COALESCE(lv.content->'goals', '[]'::jsonb)) g
        WHERE c.household_id = households.id AND ${openCase}
          AND g->>'transition18' = 'true'
          AND (g->>'personId' IS NULL OR g->>'personId' = pe.id::text))
      ${input.teamId ? sql`AND ${householdOfTeam(input.teamId)}` : sql``}`;
}

function notEvaluated(input: BoardQueryInput): SQL {
  return sql`SELECT 'niet_geevalueerd' AS kind, c.household_id, c.municipality_code, c.id AS case_id,
      NULL::uuid AS signal_id, (b.since + make_interval(months => p.evaluation_months))::date AS due_on,
      b.since AS sort_on, c.team_id, jsonb_build_object('since', b.since) AS detail
    FROM cases c JOIN params p ON p.municipality_code = c.municipality_code
    CROSS JOIN LATERAL (SELECT COALESCE(c.last_evaluated_on,
      (SELECT max((t.at AT TIME ZONE 'Europe/Amsterdam')::date) FROM case_transitions t
        WHERE t.case_id = c.id AND t.to_phase = 'uitvoering'), c.opened_on) AS since) b
    WHERE c.phase IN ('uitvoering', 'evaluatie') AND b.since < p.evaluated_before
      AND ${caseScope(input.actor, input.now, sql`c.id`)}
      ${input.teamId ? sql`AND c.team_id = ${input.teamId}` : sql``}`;
}

export function kindQuery(kind: BoardKind, input: BoardQueryInput): SQL {
  switch (kind) {
    case 'signaal_niet_opgepakt':
      return signalNotPickedUp(input);
    case 'geen_regisseur':
      return noRegisseur(input);
    case 'termijn_risico':
    case 'termijn_verlopen':
      return deadlines(input, kind);
    case 'geen_gedeeld_plan':
      return noSharedPlan(input);
    case 'overgang_18':
      return turning18(input);
    case 'niet_geevalueerd':
      return notEvaluated(input);
  }
}
