import { sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import type { CasePhase, DeadlineKind } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { addressLine } from '../../lib/address-line.ts';
import { dateInAmsterdam } from '../../lib/dates.ts';
import { caseScope, householdScope, requireCapability, signalScope } from '../access/policy.ts';
import { auditRead } from '../audit/audit.service.ts';
import { lifecycleDefinition, phaseLabel } from '../cases/lifecycle.ts';
import { loadCaseSettings } from '../deadlines/case-settings.ts';
import { deadlineLabel } from '../deadlines/deadline-kinds.ts';
import { deadlineStatus, type Suspension } from '../deadlines/engine.ts';
import { categoryLabel, loadCategories } from '../signals/intake/categories.ts';
import { iso, visibleProvision, visibleSignal } from './overview.scopes.ts';
import { timelineOf } from './overview.timeline.ts';

/**
 * The household page: one answer to "what is going on here". Everything is read in one transaction and limited
 * in SQL by what the viewer may see: the household by householdScope; signals by signalScope or through a case the
 * viewer works on; the case's plan, deadlines, phases and regisseurs only with access to that case (caseScope);
 * provisions of a case likewise, provisions outside a case with access to the household.
 */

const TIMELINE_LIMIT = 100;

type Person = { userId: string; displayName: string };

async function householdRow(ctx: Ctx, tx: Tx, id: string) {
  const rows = await tx.execute<{
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
  }>(sql`SELECT households.id, households.municipality_code, households.started_on, a.postcode, a.huisnummer,
      a.huisletter, a.huisnummertoevoeging, a.straat, a.woonplaats, a.wijk_code, a.buurt_code
    FROM households JOIN addresses a ON a.id = households.address_id
    WHERE households.id = ${id} AND ${householdScope(ctx.actor)}`);
  const row = rows.rows[0];
  if (!row) throw new DomainError('not_found', 'Dit huishouden bestaat niet of u heeft er geen toegang toe');
  return row;
}

async function membersOf(tx: Tx, householdId: string) {
  const rows = await tx.execute<{
    id: string;
    bsn: string;
    voornamen: string;
    voorvoegsel: string | null;
    geslachtsnaam: string;
    geboortedatum: string | null;
    relation: string;
    since: string;
  }>(sql`SELECT p.id, p.bsn, p.voornamen, p.voorvoegsel, p.geslachtsnaam, p.geboortedatum, m.relation,
      m.from_date AS since
    FROM household_members m JOIN persons p ON p.id = m.person_id
    WHERE m.household_id = ${householdId} AND m.to_date IS NULL
    ORDER BY p.geboortedatum ASC NULLS LAST, p.id`);
  return rows.rows;
}

/** The open case: who leads it is shown to every viewer of the household (so they know whom to call). */
async function openCaseOf(ctx: Ctx, tx: Tx, householdId: string) {
  const rows = await tx.execute<{
    id: string;
    phase: CasePhase;
    lifecycle_version: number;
    opened_on: string;
    last_evaluated_on: string | null;
    team_id: string;
    team_name: string;
    access: boolean;
  }>(sql`SELECT c.id, c.phase, c.lifecycle_version, c.opened_on, c.last_evaluated_on, c.team_id,
      t.name AS team_name, ${caseScope(ctx.actor, sql`c.id`)} AS access
    FROM cases c JOIN teams t ON t.id = c.team_id
    WHERE c.household_id = ${householdId} AND c.phase <> 'afgesloten'`);
  const c = rows.rows[0];
  if (!c) return null;
  const regisseurs = await tx.execute<{
    user_id: string;
    display_name: string;
    status: string;
    accepted_at: string | null;
    offered_at: string | null;
  }>(sql`SELECT r.user_id, u.display_name, r.status, ${iso(sql`r.accepted_at`)} AS accepted_at,
      ${iso(sql`r.offered_at`)} AS offered_at
    FROM case_regisseurs r JOIN users u ON u.id = r.user_id
    WHERE r.case_id = ${c.id} AND r.status IN ('actief', 'aangeboden')`);
  const active = regisseurs.rows.find((r) => r.status === 'actief');
  const offered = regisseurs.rows.find((r) => r.status === 'aangeboden');
  return {
    id: c.id,
    phase: c.phase,
    phaseLabel: phaseLabel(lifecycleDefinition(c.lifecycle_version), c.phase),
    openedOn: c.opened_on,
    lastEvaluatedOn: c.last_evaluated_on,
    team: { id: c.team_id, name: c.team_name },
    regisseur: active
      ? {
          userId: active.user_id,
          displayName: active.display_name,
          since: active.accepted_at ?? active.offered_at,
        }
      : null,
    pendingRegisseur: offered
      ? {
          userId: offered.user_id,
          displayName: offered.display_name,
          offeredAt: offered.offered_at,
        }
      : null,
    access: c.access,
  };
}

async function openSignalsOf(ctx: Ctx, tx: Tx, householdId: string) {
  const rows = await tx.execute<{
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
  }>(sql`SELECT signals.id, signals.municipality_code, signals.kind, signals.category, signals.status,
      ${iso(sql`signals.received_at`)} AS received_at, signals.deadline, signals.crisis, signals.team_id, t.name AS team_name,
      ${signalScope(ctx.actor)} AS can_open
    FROM signals LEFT JOIN teams t ON t.id = signals.team_id
    LEFT JOIN signal_cases sc ON sc.id = signals.case_id
    WHERE signals.household_id = ${householdId} AND ${visibleSignal(ctx.actor)}
      AND (signals.status = 'Nog niet opgepakt' OR (signals.status = 'Opgepakt' AND sc.closed_on IS NULL))
    ORDER BY signals.received_at DESC, signals.id
    LIMIT 100`);
  const catalogue = await loadCategories(
    tx,
    rows.rows.map((r) => r.municipality_code),
  );
  return rows.rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    category: r.category,
    categoryLabel: categoryLabel(catalogue, r.municipality_code, r.category),
    status: r.status,
    receivedAt: r.received_at,
    deadline: r.deadline,
    crisis: r.crisis,
    team: r.team_id && r.team_name ? { id: r.team_id, name: r.team_name } : null,
    canOpen: r.can_open,
  }));
}

type PlanGoal = { transition18?: unknown; actions?: { status?: unknown }[] };

async function planOf(tx: Tx, caseId: string) {
  const versions = await tx.execute<{
    version: number;
    saved_at: string;
    saved_by: string | null;
    display_name: string | null;
    content: { goals?: PlanGoal[] };
  }>(sql`SELECT v.version, ${iso(sql`v.saved_at`)} AS saved_at, v.saved_by, u.display_name, v.content
    FROM plan_versions v LEFT JOIN users u ON u.id = v.saved_by
    WHERE v.case_id = ${caseId} ORDER BY v.version DESC LIMIT 1`);
  const agreements = await tx.execute<{ plan_version: number; agreed_on: string; how: string }>(sql`
    SELECT a.plan_version, a.agreed_on, a.how FROM plan_agreements a WHERE a.case_id = ${caseId}
    ORDER BY a.plan_version DESC, a.agreed_on DESC, a.recorded_at DESC LIMIT 1`);
  const latest = versions.rows[0];
  const agreement = agreements.rows[0];
  const goals = Array.isArray(latest?.content.goals) ? latest.content.goals : [];
  const savedBy: Person | null =
    latest?.saved_by && latest.display_name
      ? { userId: latest.saved_by, displayName: latest.display_name }
      : null;
  return {
    caseId,
    version: latest?.version ?? 0,
    savedAt: latest?.saved_at ?? null,
    savedBy,
    goals: goals.length,
    openActions: goals
      .flatMap((g) => (Array.isArray(g.actions) ? g.actions : []))
      .filter((a) => a.status === 'open' || a.status === 'bezig').length,
    transitionGoals: goals.filter((g) => g.transition18 === true).length,
    agreement: agreement
      ? { planVersion: agreement.plan_version, agreedOn: agreement.agreed_on, how: agreement.how }
      : null,
  };
}

async function provisionsOf(ctx: Ctx, tx: Tx, householdId: string) {
  const rows = await tx.execute<{
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
  }>(sql`SELECT pr.id, pr.law, pr.product, pr.reference, pr.status, pr.start_date, pr.end_date, pr.extent,
      pr.person_id, pr.case_id, pr.decided_on
    FROM provisions pr
    WHERE pr.household_id = ${householdId} AND ${visibleProvision(ctx.actor)}
    ORDER BY (pr.status = 'toegekend') DESC, pr.start_date DESC, pr.id
    LIMIT 100`);
  return rows.rows.map((r) => ({
    id: r.id,
    law: r.law,
    product: r.product,
    reference: r.reference,
    status: r.status,
    startDate: r.start_date,
    endDate: r.end_date,
    extent: r.extent,
    personId: r.person_id,
    caseId: r.case_id,
    decidedOn: r.decided_on,
  }));
}

async function deadlinesOf(tx: Tx, caseId: string, municipalityCode: string, today: string) {
  const settings = await loadCaseSettings(tx, municipalityCode);
  const rows = await tx.execute<{
    id: string;
    kind: DeadlineKind;
    started_on: string;
    due_on: string;
    met_on: string | null;
    suspensions: Suspension[];
    threatening: boolean;
  }>(sql`SELECT d.id, d.kind, d.started_on, d.due_on, d.met_on, d.suspensions,
      COALESCE((d.basis->>'threatening')::boolean, false) AS threatening FROM case_deadlines d
    WHERE d.case_id = ${caseId} ORDER BY (d.met_on IS NULL) DESC, d.due_on ASC, d.id`);
  return rows.rows.map((r) => ({
    id: r.id,
    caseId,
    kind: r.kind,
    label: deadlineLabel(r.kind, r.threatening),
    startedOn: r.started_on,
    dueOn: r.due_on,
    metOn: r.met_on,
    status: deadlineStatus({ dueOn: r.due_on, metOn: r.met_on, suspensions: r.suspensions }, today, settings),
  }));
}

export async function getHouseholdOverview(ctx: Ctx, householdId: string) {
  requireCapability(ctx, 'household.read');
  const today = dateInAmsterdam(ctx.now);
  return inTransaction(ctx, async (tx) => {
    const h = await householdRow(ctx, tx, householdId);
    const members = await membersOf(tx, householdId);
    const openCase = await openCaseOf(ctx, tx, householdId);
    const signals = await openSignalsOf(ctx, tx, householdId);
    const access = openCase?.access === true;
    const plan = openCase && access ? await planOf(tx, openCase.id) : null;
    const deadlines =
      openCase && access ? await deadlinesOf(tx, openCase.id, h.municipality_code, today) : [];
    const provisions = await provisionsOf(ctx, tx, householdId);
    const timeline = await timelineOf(ctx, tx, householdId, TIMELINE_LIMIT);
    await auditRead(ctx, tx, 'household', [{ id: h.id, municipalityCode: h.municipality_code }], {
      via: 'household.overview',
      personIds: members.map((m) => m.id),
      caseId: access ? openCase?.id : null,
      signalIds: signals.map((s) => s.id),
      provisionIds: provisions.map((p) => p.id),
    });
    const address = {
      postcode: h.postcode,
      huisnummer: h.huisnummer,
      huisletter: h.huisletter,
      toevoeging: h.huisnummertoevoeging,
      straat: h.straat,
      woonplaats: h.woonplaats,
      wijkCode: h.wijk_code,
      buurtCode: h.buurt_code,
    };
    return {
      id: h.id,
      municipalityCode: h.municipality_code,
      startedOn: h.started_on,
      address,
      addressLine: addressLine(h),
      members: members.map((m) => ({ ...m })),
      case: openCase,
      signals,
      plan,
      provisions,
      deadlines,
      timeline,
      /** There is an open case the viewer does not work on: its plan and deadlines are not shown. */
      restricted: openCase !== null && !access,
    };
  });
}
