import type { Actor, Ctx } from '../../context.ts';
import { executePrepared } from '../../db/prepared.ts';
import { statementTemplate, TemplateCache } from '../../db/statement-template.ts';
import { DomainError } from '../../http/errors.ts';
import { addressLine } from '../../lib/address-line.ts';
import { dateInAmsterdam } from '../../lib/dates.ts';
import { requireCapability, todayOf } from '../access/policy.ts';
import { auditRead } from '../audit/audit.service.ts';
import { lifecycleDefinition, phaseLabel } from '../cases/lifecycle.ts';
import { parseCaseSettings } from '../deadlines/case-settings.ts';
import { deadlineLabel } from '../deadlines/deadline-kinds.ts';
import { deadlineStatus } from '../deadlines/engine.ts';
import { catalogueFrom, categoryLabel } from '../signals/intake/categories.ts';
import { type OverviewRow, overviewQuery } from './overview.query.ts';
import { timelineFrom } from './overview.timeline.ts';

/**
 * The household page: one answer to "what is going on here". Everything is read in one transaction and limited
 * in SQL by what the viewer may see: the household by householdScope; signals by signalScope or through a case the
 * viewer works on; the case's plan, deadlines, phases and regisseurs only with access to that case (caseScope);
 * provisions of a case likewise, provisions outside a case with access to the household.
 */

export const TIMELINE_LIMIT = 100;

type OverviewInput = { householdId: string; now: Date };
/** One compiled household-page statement per actor (its scopes); 1,000 actors at most are kept. */
const templates = new TemplateCache<OverviewInput>(1000);

/** The household page's statement for this actor: compiled once per actor, then only filled (statement-template.ts). */
export function overviewStatement(actor: Actor | null, input: OverviewInput) {
  const key = JSON.stringify(
    actor?.type === 'user'
      ? [actor.type, actor.userId, actor.organisationId, actor.roles]
      : actor?.type === 'api_key'
        ? [actor.type, actor.apiKeyId, actor.organisationId]
        : [actor?.type ?? null, actor?.type === 'system' ? actor.name : null],
  );
  const template = templates.get(key, () =>
    statementTemplate(
      (i: OverviewInput) => overviewQuery(actor, i.now, i.householdId, TIMELINE_LIMIT),
      (i) => ({ household: i.householdId, now: i.now.toISOString(), today: todayOf(i.now) }),
      OVERVIEW_PROBES,
    ),
  );
  return template.fill(input);
}

// Two inputs that differ in every slot, including the Amsterdam date (today) and not only the moment.
const OVERVIEW_PROBES = [
  { householdId: '00000000-0000-4000-8000-00000000000a', now: new Date('2001-01-01T11:11:11.111Z') },
  { householdId: '00000000-0000-4000-8000-00000000000b', now: new Date('2002-02-02T12:12:12.222Z') },
] as const;

export async function getHouseholdOverview(ctx: Ctx, householdId: string) {
  requireCapability(ctx, 'household.read');
  const today = dateInAmsterdam(ctx.now);
  // No transaction: the page is one statement (one snapshot), and its audit row is appended, committed, before
  // the answer is returned; BEGIN and COMMIT were two of the request's round trips.
  const result = await executePrepared<OverviewRow>(
    ctx.db,
    overviewStatement(ctx.actor, { householdId, now: ctx.now }),
  );
  const row = result.rows[0];
  const h = row?.household;
  if (!row || !h)
    throw new DomainError('not_found', 'Dit huishouden bestaat niet of u heeft er geen toegang toe');
  const catalogue = catalogueFrom(
    [...row.open_signals, ...row.tl_signals].map((s) => s.municipality_code),
    row.signal_settings,
  );
  const openCase = caseOf(row);
  const access = openCase?.access === true;
  const provisions = row.provisions.map((r) => ({
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
  const signals = row.open_signals.map((r) => ({
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
  await auditRead(ctx, ctx.db, 'household', [{ id: h.id, municipalityCode: h.municipality_code }], {
    via: 'household.overview',
    personIds: row.members.map((m) => m.id),
    caseId: access ? openCase?.id : null,
    signalIds: signals.map((s) => s.id),
    provisionIds: provisions.map((p) => p.id),
  });
  const settings = parseCaseSettings(row.case_settings);
  return {
    id: h.id,
    municipalityCode: h.municipality_code,
    startedOn: h.started_on,
    address: {
      postcode: h.postcode,
      huisnummer: h.huisnummer,
      huisletter: h.huisletter,
      toevoeging: h.huisnummertoevoeging,
      straat: h.straat,
      woonplaats: h.woonplaats,
      wijkCode: h.wijk_code,
      buurtCode: h.buurt_code,
    },
    addressLine: addressLine(h),
    members: row.members,
    case: openCase,
    signals,
    plan: openCase && access ? planOf(row, openCase.id) : null,
    provisions,
    deadlines:
      openCase && access
        ? row.deadlines.map((r) => ({
            id: r.id,
            caseId: openCase.id,
            kind: r.kind,
            label: deadlineLabel(r.kind, r.threatening),
            startedOn: r.started_on,
            dueOn: r.due_on,
            metOn: r.met_on,
            status: deadlineStatus(
              { dueOn: r.due_on, metOn: r.met_on, suspensions: r.suspensions },
              today,
              settings,
            ),
          }))
        : [],
    timeline: timelineFrom(row, catalogue, TIMELINE_LIMIT),
    /** There is an open case the viewer does not work on: its plan and deadlines are not shown. */
    restricted: openCase !== null && !access,
  };
}

/** The open case: who leads it is shown to every viewer of the household (so they know whom to call). */
function caseOf(row: OverviewRow) {
  const c = row.open_case;
  if (!c) return null;
  const active = row.regisseurs.find((r) => r.status === 'actief');
  const offered = row.regisseurs.find((r) => r.status === 'aangeboden');
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
      ? { userId: offered.user_id, displayName: offered.display_name, offeredAt: offered.offered_at }
      : null,
    access: c.access,
  };
}

function planOf(row: OverviewRow, caseId: string) {
  const latest = row.plan;
  const agreement = row.agreement;
  return {
    caseId,
    version: latest?.version ?? 0,
    savedAt: latest?.saved_at ?? null,
    savedBy:
      latest?.saved_by && latest.display_name
        ? { userId: latest.saved_by, displayName: latest.display_name }
        : null,
    goals: latest?.goals ?? 0,
    openActions: latest?.open_actions ?? 0,
    transitionGoals: latest?.transition_goals ?? 0,
    agreement: agreement
      ? { planVersion: agreement.plan_version, agreedOn: agreement.agreed_on, how: agreement.how }
      : null,
  };
}
