import { type SQL, sql } from 'drizzle-orm';
import type { Actor, Tx } from '../../../context.ts';
import { officerMunicipalityScope } from '../../access/policy.ts';

/**
 * The sections of the inzage dossier, one set-based statement each: every query takes the ids found so far
 * (persons, households, cases) as one array parameter, never a query per row. Raw rows only; inzage.service.ts
 * turns them into the dossier. What belongs to co-residents stays out here, in SQL: their goals, ZRM scores,
 * provisions and signal descriptions are not selected.
 */

/** A uuid[] from a JS array, sent as one JSON parameter (one bind value, whatever the length). */
export function uuids(ids: readonly string[]): SQL {
  return sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::uuid[]`;
}

/** The same ids as text[], for comparing with ids stored in JSON (plan goals, audit resource ids). */
function texts(ids: readonly string[]): SQL {
  return sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;
}

export type PersonRow = {
  id: string;
  municipality_code: string;
  municipality_name: string;
  bsn: string;
  voornamen: string;
  voorvoegsel: string | null;
  geslachtsnaam: string;
  geboortedatum: string | null;
  geslacht: string | null;
  overlijdensdatum: string | null;
};

/**
 * The person with this BSN in the FG's municipalities. A BSN is unique per municipality, so someone who lived in
 * two of them has two rows; the dossier covers both.
 */
export async function personsByBsn(tx: Tx, actor: Actor | null, bsn: string): Promise<PersonRow[]> {
  const { rows } = await tx.execute<PersonRow>(sql`
    SELECT p.id, p.municipality_code, m.name AS municipality_name, p.bsn, p.voornamen, p.voorvoegsel,
      p.geslachtsnaam, p.geboortedatum, p.geslacht, p.overlijdensdatum
    FROM persons p JOIN municipalities m ON m.code = p.municipality_code
    WHERE p.bsn = ${bsn} AND ${officerMunicipalityScope(actor, sql`p.municipality_code`)}
    ORDER BY p.municipality_code`);
  return rows;
}

export type MembershipRow = {
  household_id: string;
  relation: string;
  from_date: string;
  to_date: string | null;
  straat: string;
  huisnummer: number;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
  postcode: string;
  woonplaats: string;
  co_residents: number;
};

/** Where the person lived and with how many others (a count only: co-residents' data is theirs, not ours to give). */
export async function memberships(tx: Tx, personIds: string[]): Promise<MembershipRow[]> {
  const { rows } = await tx.execute<MembershipRow>(sql`
    SELECT hm.household_id, hm.relation, hm.from_date, hm.to_date, a.straat, a.huisnummer, a.huisletter,
      a.huisnummertoevoeging, a.postcode, a.woonplaats,
      (SELECT count(DISTINCT o.person_id)::int FROM household_members o
        WHERE o.household_id = hm.household_id AND o.person_id <> ALL(${uuids(personIds)})
          AND o.from_date <= COALESCE(hm.to_date, 'infinity'::date)
          AND COALESCE(o.to_date, 'infinity'::date) >= hm.from_date) AS co_residents
    FROM household_members hm
    JOIN households h ON h.id = hm.household_id
    JOIN addresses a ON a.id = h.address_id
    WHERE hm.person_id = ANY(${uuids(personIds)})
    ORDER BY hm.from_date, hm.household_id`);
  return rows;
}

export type SignalRow = {
  id: string;
  about_person: boolean;
  kind: string;
  category: string;
  source: string;
  partner_type: string | null;
  partner_organisation: string | null;
  signal_date: string;
  received_at: Date;
  urgency: string;
  crisis: boolean;
  amount_euros: number | null;
  arrears_since: string | null;
  description: string | null;
  status: string;
  match_status: string;
  bsn: string | null;
  name: string | null;
  birth_date: string | null;
  postcode: string | null;
  huisnummer: number | null;
  retention_until: string | null;
  case_id: string | null;
};

/**
 * Signals about the person, or about one of their households without naming another member. A signal about a
 * co-resident is still listed (what, when, partner, status), but its description and the subject's details are
 * not: they are about someone else. No staff names: only the partner's kind and organisation (the source, AVG
 * art. 15 lid 1 sub g).
 */
export async function signalsOf(tx: Tx, personIds: string[], householdIds: string[]): Promise<SignalRow[]> {
  const { rows } = await tx.execute<SignalRow>(sql`
    SELECT s.id, (s.person_id = ANY(${uuids(personIds)})) IS TRUE AS about_person, s.kind, s.category, s.source,
      s.partner_type, o.name AS partner_organisation, s.signal_date, s.received_at, s.urgency, s.crisis,
      s.amount_euros, s.arrears_since,
      CASE WHEN s.person_id IS NULL OR s.person_id = ANY(${uuids(personIds)}) THEN s.description END AS description,
      s.status, s.match_status,
      CASE WHEN s.person_id = ANY(${uuids(personIds)}) THEN s.bsn END AS bsn,
      CASE WHEN s.person_id = ANY(${uuids(personIds)}) THEN s.name END AS name,
      CASE WHEN s.person_id = ANY(${uuids(personIds)}) THEN s.birth_date END AS birth_date,
      CASE WHEN s.person_id = ANY(${uuids(personIds)}) THEN s.postcode END AS postcode,
      CASE WHEN s.person_id = ANY(${uuids(personIds)}) THEN s.huisnummer END AS huisnummer,
      s.retention_until, s.case_id
    FROM signals s LEFT JOIN organisations o ON o.id = s.partner_organisation_id
    WHERE s.person_id = ANY(${uuids(personIds)}) OR s.household_id = ANY(${uuids(householdIds)})
    ORDER BY s.signal_date, s.received_at, s.id`);
  return rows;
}

export type SignalCaseRow = {
  id: string;
  kind: string;
  team: string | null;
  opened_on: string;
  picked_up_on: string | null;
  closed_on: string | null;
  result: string | null;
  retention_until: string | null;
};

/** Vroegsignaalzaken and intakes of the households, and those holding a signal about the person. */
export async function signalCasesOf(
  tx: Tx,
  householdIds: string[],
  signalCaseIds: string[],
): Promise<SignalCaseRow[]> {
  const { rows } = await tx.execute<SignalCaseRow>(sql`
    SELECT sc.id, sc.kind, t.name AS team, sc.opened_on, sc.picked_up_on, sc.closed_on, sc.result,
      sc.retention_until
    FROM signal_cases sc LEFT JOIN teams t ON t.id = sc.team_id
    WHERE sc.household_id = ANY(${uuids(householdIds)}) OR sc.id = ANY(${uuids(signalCaseIds)})
    ORDER BY sc.opened_on, sc.id`);
  return rows;
}

export type CaseRow = {
  id: string;
  phase: string;
  lifecycle_version: number;
  opened_on: string;
  closed_on: string | null;
  team: string;
  organisation: string;
  regisseurs: {
    name: string;
    organisation: string;
    status: string;
    from: string | null;
    to: string | null;
  }[];
  phases: { from: string | null; to: string; at: string; reason: string }[];
};

/**
 * The household cases with their phase history and regisseurs (name and organisation: who helps them is the
 * resident's to know). Offers that were declined or withdrawn never made anyone their regisseur and are left out.
 */
export async function casesOf(tx: Tx, householdIds: string[]): Promise<CaseRow[]> {
  const { rows } = await tx.execute<CaseRow>(sql`
    SELECT c.id, c.phase, c.lifecycle_version, c.opened_on, c.closed_on, t.name AS team, o.name AS organisation,
      COALESCE((SELECT json_agg(json_build_object('name', u.display_name, 'organisation', uo.name,
          'status', cr.status, 'from', COALESCE(cr.accepted_at, cr.offered_at), 'to', cr.ended_at)
          ORDER BY COALESCE(cr.accepted_at, cr.offered_at) NULLS FIRST, cr.id)
        FROM case_regisseurs cr JOIN users u ON u.id = cr.user_id JOIN organisations uo ON uo.id = u.organisation_id
        WHERE cr.case_id = c.id AND cr.status IN ('actief', 'aangeboden', 'beeindigd')), '[]') AS regisseurs,
      COALESCE((SELECT json_agg(json_build_object('from', ct.from_phase, 'to', ct.to_phase, 'at', ct.at,
          'reason', ct.reason) ORDER BY ct.at, ct.id)
        FROM case_transitions ct WHERE ct.case_id = c.id), '[]') AS phases
    FROM cases c JOIN teams t ON t.id = c.team_id JOIN organisations o ON o.id = t.organisation_id
    WHERE c.household_id = ANY(${uuids(householdIds)})
    ORDER BY c.opened_on, c.id`);
  return rows;
}

type StoredGoal = {
  domain: string;
  text: string;
  personId: string | null;
  transition18: boolean;
  actions: {
    description: string;
    owner: { kind: string; name: string };
    dueOn: string | null;
    status: string;
  }[];
};

export type PlanRow = {
  case_id: string;
  version: number;
  saved_at: Date;
  situation: { network: string; strengths: string; worries: string; earlierHelp: string } | null;
  goals: StoredGoal[];
  agreements: { agreedOn: string; how: string }[];
};

/**
 * Every saved plan version, as stored: the situation of the household and the goals for the household as a whole
 * or for this person. Goals for another member stay out (selected away in SQL).
 */
export async function plansOf(tx: Tx, caseIds: string[], personIds: string[]): Promise<PlanRow[]> {
  const { rows } = await tx.execute<PlanRow>(sql`
    SELECT pv.case_id, pv.version, pv.saved_at, pv.content->'situation' AS situation,
      COALESCE((SELECT jsonb_agg(g ORDER BY n) FROM jsonb_array_elements(pv.content->'goals') WITH ORDINALITY AS x(g, n)
        WHERE g->>'personId' IS NULL OR g->>'personId' = ANY(${texts(personIds)})), '[]') AS goals,
      COALESCE((SELECT json_agg(json_build_object('agreedOn', pa.agreed_on, 'how', pa.how) ORDER BY pa.agreed_on)
        FROM plan_agreements pa WHERE pa.case_id = pv.case_id AND pa.plan_version = pv.version), '[]') AS agreements
    FROM plan_versions pv
    WHERE pv.case_id = ANY(${uuids(caseIds)})
    ORDER BY pv.case_id, pv.version`);
  return rows;
}

export type ZrmRow = { case_id: string; assessed_on: string; scores: Record<string, number> };

/** The person's own ZRM assessments (never a co-resident's). */
export async function zrmOf(tx: Tx, personIds: string[]): Promise<ZrmRow[]> {
  const { rows } = await tx.execute<ZrmRow>(sql`
    SELECT z.case_id, z.assessed_on, z.scores FROM zrm_assessments z
    WHERE z.person_id = ANY(${uuids(personIds)})
    ORDER BY z.assessed_on, z.id`);
  return rows;
}

export type ProvisionRow = {
  id: string;
  case_id: string | null;
  for_person: boolean;
  law: string;
  product: string;
  reference: string | null;
  status: string;
  start_date: string;
  end_date: string | null;
  extent: string | null;
  decided_on: string | null;
  decided_by: string | null;
  legal_basis: string | null;
  amount_cents: number | null;
  calculation: Record<string, unknown> | null;
};

/**
 * Provisions for the person, and those for the household as a whole; a co-resident's own provision is theirs.
 * The stored calculation of a decision goes only with the person's own provisions.
 */
export async function provisionsOf(
  tx: Tx,
  personIds: string[],
  householdIds: string[],
): Promise<ProvisionRow[]> {
  const { rows } = await tx.execute<ProvisionRow>(sql`
    SELECT p.id, p.case_id, (p.person_id IS NOT NULL) AS for_person, p.law, p.product, p.reference, p.status,
      p.start_date, p.end_date, p.extent, p.decided_on, u.display_name AS decided_by, p.legal_basis, p.amount_cents,
      CASE WHEN p.person_id IS NOT NULL THEN p.calculation END AS calculation
    FROM provisions p LEFT JOIN users u ON u.id = p.decided_by
    WHERE p.person_id = ANY(${uuids(personIds)})
      OR (p.person_id IS NULL AND p.household_id = ANY(${uuids(householdIds)}))
    ORDER BY p.start_date, p.id`);
  return rows;
}

export type DeadlineRow = {
  id: string;
  case_id: string;
  kind: string;
  started_on: string;
  due_on: string;
  met_on: string | null;
  rule: string | null;
};

export async function deadlinesOf(tx: Tx, caseIds: string[]): Promise<DeadlineRow[]> {
  const { rows } = await tx.execute<DeadlineRow>(sql`
    SELECT d.id, d.case_id, d.kind, d.started_on, d.due_on, d.met_on, d.basis->>'rule' AS rule
    FROM case_deadlines d WHERE d.case_id = ANY(${uuids(caseIds)})
    ORDER BY d.started_on, d.id`);
  return rows;
}

export type ConsentRow = {
  id: string;
  purpose: string;
  recipient: string;
  given_on: string;
  given_how: string;
  note: string | null;
  withdrawn_on: string | null;
  withdrawn_how: string | null;
};

/** The person's consents, read from the consents table itself (withdrawn ones too: they are history). */
export async function consentsOf(tx: Tx, personIds: string[]): Promise<ConsentRow[]> {
  const { rows } = await tx.execute<ConsentRow>(sql`
    SELECT k.id, k.purpose, o.name AS recipient, k.given_on, k.given_how, k.note, k.withdrawn_on, k.withdrawn_how
    FROM consents k JOIN organisations o ON o.id = k.recipient_organisation_id
    WHERE k.person_id = ANY(${uuids(personIds)})
    ORDER BY k.given_on, k.recorded_at, k.id`);
  return rows;
}

export type GrantRow = {
  id: string;
  who: string;
  organisation: string;
  granted_at: Date;
  expires_at: Date;
  ended_at: Date | null;
  reason: string;
  review_status: string;
};

/** Break-the-glass grants on the person's households: who, when, why, and the FG's review. */
export async function grantsOf(tx: Tx, householdIds: string[]): Promise<GrantRow[]> {
  const { rows } = await tx.execute<GrantRow>(sql`
    SELECT g.id, u.display_name AS who, o.name AS organisation, g.granted_at, g.expires_at, g.ended_at, g.reason,
      g.review_status
    FROM access_grants g JOIN users u ON u.id = g.user_id JOIN organisations o ON o.id = u.organisation_id
    WHERE g.household_id = ANY(${uuids(householdIds)})
    ORDER BY g.granted_at, g.id`);
  return rows;
}

export type AccessLogRow = {
  id: number;
  occurred_at: Date;
  actor_type: 'user' | 'api_key' | 'system';
  action: string;
  resource_type: string;
  user_name: string | null;
  user_organisation: string | null;
  key_organisation: string | null;
};

/**
 * The audit rows naming any of the ids of the dossier (person, households, cases, signals, ...), oldest first.
 * Rows are chained per municipality; only the person's municipalities' chains (and the chain of rows without one)
 * can hold them, so the scan stays on those chains' index.
 */
export async function accessLogOf(
  tx: Tx,
  municipalityCodes: string[],
  resourceIds: string[],
): Promise<AccessLogRow[]> {
  const { rows } = await tx.execute<AccessLogRow>(sql`
    SELECT a.id, a.occurred_at, a.actor_type, a.action, a.resource_type, u.display_name AS user_name,
      uo.name AS user_organisation, ko.name AS key_organisation
    FROM audit_log a
    LEFT JOIN users u ON a.actor_type = 'user' AND u.id::text = a.actor_id
    LEFT JOIN organisations uo ON uo.id = u.organisation_id
    LEFT JOIN api_keys k ON a.actor_type = 'api_key' AND k.id::text = a.actor_id
    LEFT JOIN organisations ko ON ko.id = k.organisation_id
    WHERE a.chain_key IN (SELECT jsonb_array_elements_text(${JSON.stringify([...municipalityCodes, '-'])}::jsonb))
      AND a.resource_ids ?| ${texts(resourceIds)}
    ORDER BY a.occurred_at, a.id`);
  return rows;
}
