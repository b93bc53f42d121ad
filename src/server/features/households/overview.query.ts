import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../context.ts';
import type { CasePhase, DeadlineKind } from '../../db/schema/index.ts';
import { householdScope, signalScope } from '../access/policy.ts';
import type { Suspension } from '../deadlines/engine.ts';
import { iso, visibleCase, visibleDeadline, visibleProvision, visibleSignal } from './overview.scopes.ts';

/**
 * The household page in ONE statement. The page used to send some twenty statements per view; each costs a round
 * trip, a parse and a plan on both sides, which at 16 users on two cores was most of the time. Every part is a
 * JSON subquery over the same CTEs, limited in SQL by the viewer's scopes exactly as before:
 *   h  = the household, only when householdScope allows it (everything else hangs on h.id, so no h, no data);
 *   oc = the open case with the viewer's access to it; cs = the household's cases the viewer works on;
 *   vs = the household's signals the viewer may see.
 * The plan's content stays in the database: only its counts are returned.
 */
export function overviewQuery(
  actor: Actor | null,
  now: Date,
  householdId: string,
  timelineLimit: number,
): SQL {
  const limit = timelineLimit;
  const accessibleCase = sql`(SELECT oc.id FROM oc WHERE oc.access)`;
  const goals = sql`(CASE WHEN jsonb_typeof(v.content->'goals') = 'array' THEN v.content->'goals' ELSE '[]'::jsonb END)`;
  return sql`WITH h AS (
    SELECT households.id, households.municipality_code, households.started_on, a.postcode, a.huisnummer,
      a.huisletter, a.huisnummertoevoeging, a.straat, a.woonplaats, a.wijk_code, a.buurt_code
    FROM households JOIN addresses a ON a.id = households.address_id
    WHERE households.id = ${householdId} AND ${householdScope(actor, now)}),
  oc AS (
    SELECT c.id, c.phase, c.lifecycle_version, c.opened_on, c.last_evaluated_on, c.team_id, t.name AS team_name,
      ${visibleCase(actor, now, sql`c.id`)} AS access
    FROM cases c JOIN teams t ON t.id = c.team_id
    WHERE c.household_id = (SELECT h.id FROM h) AND c.phase <> 'afgesloten'),
  cs AS (
    SELECT c.id FROM cases c WHERE c.household_id = (SELECT h.id FROM h) AND ${visibleCase(actor, now, sql`c.id`)}),
  vs AS (
    SELECT signals.id, signals.municipality_code, signals.kind, signals.category, signals.status,
      signals.received_at, signals.deadline, signals.crisis, signals.team_id, signals.case_id,
      ${signalScope(actor)} AS can_open
    FROM signals WHERE signals.household_id = (SELECT h.id FROM h) AND ${visibleSignal(actor, now)})
  SELECT
    (SELECT row_to_json(h) FROM h) AS household,
    (SELECT coalesce(json_agg(x ORDER BY x.geboortedatum ASC NULLS LAST, x.id), '[]') FROM (
      SELECT p.id, p.bsn, p.voornamen, p.voorvoegsel, p.geslachtsnaam, p.geboortedatum, m.relation,
        m.from_date AS since
      FROM household_members m JOIN persons p ON p.id = m.person_id
      WHERE m.household_id = (SELECT h.id FROM h) AND m.to_date IS NULL) x) AS members,
    (SELECT row_to_json(oc) FROM oc) AS open_case,
    (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT r.user_id, u.display_name, r.status, ${iso(sql`r.accepted_at`)} AS accepted_at,
        ${iso(sql`r.offered_at`)} AS offered_at
      FROM case_regisseurs r JOIN users u ON u.id = r.user_id
      WHERE r.case_id = (SELECT oc.id FROM oc) AND r.status IN ('actief', 'aangeboden')) x) AS regisseurs,
    (SELECT coalesce(json_agg(x ORDER BY x.received_at DESC, x.id), '[]') FROM (
      SELECT vs.id, vs.municipality_code, vs.kind, vs.category, vs.status,
        ${iso(sql`vs.received_at`)} AS received_at, vs.deadline, vs.crisis, vs.team_id, t.name AS team_name,
        vs.can_open
      FROM vs LEFT JOIN teams t ON t.id = vs.team_id LEFT JOIN signal_cases sc ON sc.id = vs.case_id
      WHERE vs.status = 'Nog niet opgepakt' OR (vs.status = 'Opgepakt' AND sc.closed_on IS NULL)
      ORDER BY vs.received_at DESC, vs.id LIMIT 100) x) AS open_signals,
    (SELECT row_to_json(x) FROM (
      SELECT v.version, ${iso(sql`v.saved_at`)} AS saved_at, v.saved_by, u.display_name,
        jsonb_array_length(${goals}) AS goals,
        (SELECT count(*) FROM jsonb_array_elements(${goals}) g,
          jsonb_array_elements(CASE WHEN jsonb_typeof(g->'actions') = 'array' THEN g->'actions' ELSE '[]'::jsonb END) a
          WHERE a->>'status' IN ('open', 'bezig'))::int AS open_actions,
        (SELECT count(*) FROM jsonb_array_elements(${goals}) g WHERE g->'transition18' = 'true'::jsonb)::int
          AS transition_goals
      FROM plan_versions v LEFT JOIN users u ON u.id = v.saved_by
      WHERE v.case_id = ${accessibleCase} ORDER BY v.version DESC LIMIT 1) x) AS plan,
    (SELECT row_to_json(x) FROM (
      SELECT a.plan_version, a.agreed_on, a.how FROM plan_agreements a WHERE a.case_id = ${accessibleCase}
      ORDER BY a.plan_version DESC, a.agreed_on DESC, a.recorded_at DESC LIMIT 1) x) AS agreement,
    (SELECT coalesce(json_agg(x ORDER BY (x.met_on IS NULL) DESC, x.due_on ASC, x.id), '[]') FROM (
      SELECT d.id, d.kind, d.started_on, d.due_on, d.met_on, d.suspensions,
        COALESCE((d.basis->>'threatening')::boolean, false) AS threatening
      FROM case_deadlines d WHERE d.case_id = ${accessibleCase} AND ${visibleDeadline(actor, now)}) x) AS deadlines,
    (SELECT coalesce(json_agg(x ORDER BY (x.status = 'toegekend') DESC, x.start_date DESC, x.id), '[]') FROM (
      SELECT pr.id, pr.law, pr.product, pr.reference, pr.status, pr.start_date, pr.end_date, pr.extent,
        pr.person_id, pr.case_id, pr.decided_on
      FROM provisions pr WHERE pr.household_id = (SELECT h.id FROM h) AND ${visibleProvision(actor, now)}
      ORDER BY (pr.status = 'toegekend') DESC, pr.start_date DESC, pr.id LIMIT 100) x) AS provisions,
    (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT vs.municipality_code, vs.category, vs.status, ${iso(sql`vs.received_at`)} AS received_at, vs.id,
        vs.can_open
      FROM vs ORDER BY vs.received_at DESC LIMIT ${limit}) x) AS tl_signals,
    (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT a.soort, a.bereikt, a.datum, a.dagdeel FROM signal_contact_attempts a
      JOIN signal_cases sc ON sc.id = a.case_id
      WHERE sc.household_id = (SELECT h.id FROM h) AND EXISTS (SELECT 1 FROM vs WHERE vs.case_id = sc.id)
      ORDER BY a.datum DESC, a.created_at DESC LIMIT ${limit}) x) AS tl_attempts,
    (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT pr.law, pr.product, pr.status, pr.decided_on, pr.start_date, pr.case_id FROM provisions pr
      WHERE pr.household_id = (SELECT h.id FROM h) AND pr.decided_on IS NOT NULL AND ${visibleProvision(actor, now)}
      ORDER BY pr.decided_on DESC LIMIT ${limit}) x) AS tl_decisions,
    (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT v.case_id, v.version, ${iso(sql`v.saved_at`)} AS saved_at, u.display_name FROM plan_versions v
      LEFT JOIN users u ON u.id = v.saved_by
      WHERE v.case_id IN (SELECT cs.id FROM cs) ORDER BY v.saved_at DESC LIMIT ${limit}) x) AS tl_versions,
    (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT a.case_id, a.plan_version, a.agreed_on, a.how FROM plan_agreements a
      WHERE a.case_id IN (SELECT cs.id FROM cs) ORDER BY a.agreed_on DESC LIMIT ${limit}) x) AS tl_agreements,
    (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT t.case_id, t.from_phase, t.to_phase, t.lifecycle_version, t.reason, ${iso(sql`t.at`)} AS at,
        u.display_name
      FROM case_transitions t LEFT JOIN users u ON u.id = t.actor_id
      WHERE t.case_id IN (SELECT cs.id FROM cs) ORDER BY t.at DESC LIMIT ${limit}) x) AS tl_transitions,
    (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT r.case_id, r.status, u.display_name, ${iso(sql`r.offered_at`)} AS offered_at,
        ${iso(sql`r.accepted_at`)} AS accepted_at, ${iso(sql`r.ended_at`)} AS ended_at, r.reason
      FROM case_regisseurs r JOIN users u ON u.id = r.user_id
      WHERE r.case_id IN (SELECT cs.id FROM cs)
      ORDER BY GREATEST(r.offered_at, r.accepted_at, r.ended_at) DESC NULLS LAST LIMIT ${limit}) x) AS tl_regisseurs,
    (SELECT cset.settings FROM case_settings cset
      WHERE cset.municipality_code = (SELECT h.municipality_code FROM h)) AS case_settings,
    (SELECT coalesce(json_object_agg(ss.municipality_code, ss.settings), '{}') FROM signal_settings ss
      WHERE ss.municipality_code IN (SELECT vs.municipality_code FROM vs)) AS signal_settings`;
}

export type OverviewRow = {
  household: {
    id: string;
    municipality_code: string;
    started_on: string;
    postcode: string;
    huisnummer: number;
    huisletter: string | null;
    huisnummertoevoeging: string | null;
    straat: string;
    woonplaats: string;
    wijk_code: string | null;
    buurt_code: string | null;
  } | null;
  members: {
    id: string;
    bsn: string;
    voornamen: string;
    voorvoegsel: string | null;
    geslachtsnaam: string;
    geboortedatum: string | null;
    relation: string;
    since: string;
  }[];
  open_case: {
    id: string;
    phase: CasePhase;
    lifecycle_version: number;
    opened_on: string;
    last_evaluated_on: string | null;
    team_id: string;
    team_name: string;
    access: boolean;
  } | null;
  regisseurs: {
    user_id: string;
    display_name: string;
    status: string;
    accepted_at: string | null;
    offered_at: string | null;
  }[];
  open_signals: {
    id: string;
    municipality_code: string;
    kind: string;
    category: string;
    status: string;
    received_at: string;
    deadline: string | null;
    crisis: boolean;
    team_id: string | null;
    team_name: string | null;
    can_open: boolean;
  }[];
  plan: {
    version: number;
    saved_at: string;
    saved_by: string | null;
    display_name: string | null;
    goals: number;
    open_actions: number;
    transition_goals: number;
  } | null;
  agreement: { plan_version: number; agreed_on: string; how: string } | null;
  deadlines: {
    id: string;
    kind: DeadlineKind;
    started_on: string;
    due_on: string;
    met_on: string | null;
    suspensions: Suspension[];
    threatening: boolean;
  }[];
  provisions: {
    id: string;
    law: string;
    product: string;
    reference: string | null;
    status: string;
    start_date: string;
    end_date: string | null;
    extent: string | null;
    person_id: string | null;
    case_id: string | null;
    decided_on: string | null;
  }[];
  case_settings: unknown;
  signal_settings: Record<string, unknown>;
} & TimelineRows;

export type TimelineRows = {
  tl_signals: {
    id: string;
    municipality_code: string;
    category: string;
    status: string;
    received_at: string;
    can_open: boolean;
  }[];
  tl_attempts: { soort: string; bereikt: boolean; datum: string; dagdeel: string | null }[];
  tl_decisions: {
    law: string;
    product: string;
    status: string;
    decided_on: string;
    start_date: string;
    case_id: string | null;
  }[];
  tl_versions: { case_id: string; version: number; saved_at: string; display_name: string | null }[];
  tl_agreements: { case_id: string; plan_version: number; agreed_on: string; how: string }[];
  tl_transitions: {
    case_id: string;
    from_phase: CasePhase | null;
    to_phase: CasePhase;
    lifecycle_version: number;
    reason: string;
    at: string;
    display_name: string | null;
  }[];
  tl_regisseurs: {
    case_id: string;
    status: string;
    display_name: string;
    offered_at: string | null;
    accepted_at: string | null;
    ended_at: string | null;
    reason: string | null;
  }[];
};
