import { sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../context.ts';
import type { CasePhase } from '../../db/schema/index.ts';
import { dateInAmsterdam, formatDutchDate } from '../../lib/dates.ts';
import { caseScope, signalScope } from '../access/policy.ts';
import { lawList } from '../board/board.texts.ts';
import { lifecycleDefinition, phaseLabel } from '../cases/lifecycle.ts';
import { categoryLabel, loadCategories } from '../signals/intake/categories.ts';
import { iso, visibleProvision, visibleSignal } from './overview.scopes.ts';

export const timelineKinds = [
  'signaal',
  'contactpoging',
  'besluit',
  'planversie',
  'fase',
  'regisseur',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

/**
 * One event on the household's timeline. `at` is a moment (ISO timestamp) when the event has one, otherwise the
 * calendar date it happened on (a contact attempt, a decision): those are recorded as dates only.
 */
export type TimelineEvent = {
  at: string;
  kind: TimelineKind;
  title: string;
  detail: string | null;
  link: string | null;
};

type Sortable = TimelineEvent & { day: string; moment: Date | null };

const PROVISION_STATUS: Record<string, string> = {
  aangevraagd: 'aangevraagd',
  toegekend: 'toegekend',
  beeindigd: 'beëindigd',
  afgewezen: 'afgewezen',
};

/**
 * Newest first: by day, and within a day the events with a moment (newest first) before the date-only ones,
 * because a date-only event has no time to compare. Ties keep a fixed order so the page does not jump.
 */
export function compareEvents(a: Sortable, b: Sortable): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  if (a.moment && b.moment) return b.moment.getTime() - a.moment.getTime();
  if (a.moment) return -1;
  if (b.moment) return 1;
  return a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title, 'nl');
}

const moment = (at: string, rest: Omit<TimelineEvent, 'at'>): Sortable => {
  const when = new Date(at);
  return { ...rest, at: when.toISOString(), day: dateInAmsterdam(when), moment: when };
};
const day = (on: string, rest: Omit<TimelineEvent, 'at'>): Sortable => ({
  ...rest,
  at: on,
  day: on,
  moment: null,
});

/**
 * Everything that happened to the household that the viewer may see, newest first, at most `limit` events. Each
 * source is limited in SQL to its `limit` newest, so the merged first `limit` are exactly the newest overall.
 */
export async function timelineOf(
  ctx: Ctx,
  tx: Tx,
  householdId: string,
  limit: number,
): Promise<TimelineEvent[]> {
  const actor = ctx.actor;
  const casesInScope = sql`(SELECT c.id FROM cases c WHERE c.household_id = ${householdId}
    AND ${caseScope(actor, sql`c.id`)})`;
  const events: Sortable[] = [];

  const signalRows = await tx.execute<{
    id: string;
    municipality_code: string;
    category: string;
    status: string;
    received_at: string;
    can_open: boolean;
  }>(sql`SELECT signals.id, signals.municipality_code, signals.category, signals.status,
      ${iso(sql`signals.received_at`)} AS received_at,
      ${signalScope(actor)} AS can_open
    FROM signals WHERE signals.household_id = ${householdId} AND ${visibleSignal(actor)}
    ORDER BY signals.received_at DESC LIMIT ${limit}`);
  const catalogue = await loadCategories(
    tx,
    signalRows.rows.map((r) => r.municipality_code),
  );
  for (const r of signalRows.rows) {
    events.push(
      moment(r.received_at, {
        kind: 'signaal',
        title: `Signaal ontvangen: ${categoryLabel(catalogue, r.municipality_code, r.category)}`,
        detail: r.status,
        link: r.can_open ? `/signalen/${r.id}` : null,
      }),
    );
  }

  const attempts = await tx.execute<{
    soort: string;
    bereikt: boolean;
    datum: string;
    dagdeel: string | null;
  }>(sql`
    SELECT a.soort, a.bereikt, a.datum, a.dagdeel FROM signal_contact_attempts a
    JOIN signal_cases sc ON sc.id = a.case_id
    WHERE sc.household_id = ${householdId}
      AND EXISTS (SELECT 1 FROM signals WHERE signals.case_id = sc.id AND ${visibleSignal(actor)})
    ORDER BY a.datum DESC, a.created_at DESC LIMIT ${limit}`);
  for (const r of attempts.rows) {
    events.push(
      day(r.datum, {
        kind: 'contactpoging',
        title: `Contactpoging: ${r.soort}`,
        detail: `${r.bereikt ? 'Bereikt' : 'Niet bereikt'}${r.dagdeel ? ` (${r.dagdeel.toLowerCase()})` : ''}`,
        link: null,
      }),
    );
  }

  const decisions = await tx.execute<{
    law: string;
    product: string;
    status: string;
    decided_on: string;
    start_date: string;
    case_id: string | null;
  }>(sql`SELECT pr.law, pr.product, pr.status, pr.decided_on, pr.start_date, pr.case_id FROM provisions pr
    WHERE pr.household_id = ${householdId} AND pr.decided_on IS NOT NULL AND ${visibleProvision(actor)}
    ORDER BY pr.decided_on DESC LIMIT ${limit}`);
  for (const r of decisions.rows) {
    events.push(
      day(r.decided_on, {
        kind: 'besluit',
        title: `Besluit ${lawList([r.law])}: ${r.product.replace(/[-_]+/g, ' ')}`,
        detail: `${PROVISION_STATUS[r.status] ?? r.status}, vanaf ${formatDutchDate(r.start_date)}`,
        link: r.case_id ? `/casussen/${r.case_id}?tab=voorzieningen` : null,
      }),
    );
  }

  const versions = await tx.execute<{
    case_id: string;
    version: number;
    saved_at: string;
    display_name: string | null;
  }>(sql`SELECT v.case_id, v.version, ${iso(sql`v.saved_at`)} AS saved_at, u.display_name FROM plan_versions v
    LEFT JOIN users u ON u.id = v.saved_by
    WHERE v.case_id IN ${casesInScope} ORDER BY v.saved_at DESC LIMIT ${limit}`);
  for (const r of versions.rows) {
    events.push(
      moment(r.saved_at, {
        kind: 'planversie',
        title: `Plan versie ${r.version} opgeslagen`,
        detail: r.display_name ? `Door ${r.display_name}` : null,
        link: `/casussen/${r.case_id}?tab=plan`,
      }),
    );
  }
  const agreements = await tx.execute<{
    case_id: string;
    plan_version: number;
    agreed_on: string;
    how: string;
  }>(
    sql`SELECT a.case_id, a.plan_version, a.agreed_on, a.how FROM plan_agreements a
      WHERE a.case_id IN ${casesInScope} ORDER BY a.agreed_on DESC LIMIT ${limit}`,
  );
  for (const r of agreements.rows) {
    events.push(
      day(r.agreed_on, {
        kind: 'planversie',
        title: `Plan versie ${r.plan_version} afgesproken met het huishouden`,
        detail: `Instemming: ${r.how}`,
        link: `/casussen/${r.case_id}?tab=plan`,
      }),
    );
  }

  const transitions = await tx.execute<{
    case_id: string;
    from_phase: CasePhase | null;
    to_phase: CasePhase;
    lifecycle_version: number;
    reason: string;
    at: string;
    display_name: string | null;
  }>(sql`SELECT t.case_id, t.from_phase, t.to_phase, t.lifecycle_version, t.reason, ${iso(sql`t.at`)} AS at,
      u.display_name
    FROM case_transitions t LEFT JOIN users u ON u.id = t.actor_id
    WHERE t.case_id IN ${casesInScope} ORDER BY t.at DESC LIMIT ${limit}`);
  for (const r of transitions.rows) {
    const label = phaseLabel(lifecycleDefinition(r.lifecycle_version), r.to_phase);
    events.push(
      moment(r.at, {
        kind: 'fase',
        title: r.from_phase === null ? `Casus gestart (${label})` : `Fase: ${label}`,
        detail:
          [r.reason, r.display_name ? `door ${r.display_name}` : null].filter(Boolean).join(', ') || null,
        link: `/casussen/${r.case_id}`,
      }),
    );
  }

  const regisseurs = await tx.execute<{
    case_id: string;
    status: string;
    display_name: string;
    offered_at: string | null;
    accepted_at: string | null;
    ended_at: string | null;
    reason: string | null;
  }>(sql`SELECT r.case_id, r.status, u.display_name, ${iso(sql`r.offered_at`)} AS offered_at,
      ${iso(sql`r.accepted_at`)} AS accepted_at, ${iso(sql`r.ended_at`)} AS ended_at, r.reason
    FROM case_regisseurs r JOIN users u ON u.id = r.user_id
    WHERE r.case_id IN ${casesInScope}
    ORDER BY GREATEST(r.offered_at, r.accepted_at, r.ended_at) DESC NULLS LAST LIMIT ${limit}`);
  for (const r of regisseurs.rows) {
    const link = `/casussen/${r.case_id}`;
    const name = r.display_name;
    // An assignment accepted at once has offered_at = accepted_at: one event, not two.
    if (r.offered_at && r.offered_at !== r.accepted_at) {
      events.push(
        moment(r.offered_at, {
          kind: 'regisseur',
          title: `${name} gevraagd als regisseur`,
          detail: r.reason,
          link,
        }),
      );
    }
    if (r.accepted_at) {
      events.push(
        moment(r.accepted_at, { kind: 'regisseur', title: `${name} is regisseur`, detail: null, link }),
      );
    }
    if (r.ended_at) {
      const title =
        r.status === 'geweigerd'
          ? `${name} wil geen regisseur worden`
          : r.status === 'ingetrokken'
            ? `Vraag aan ${name} om regisseur te worden is ingetrokken`
            : `${name} is geen regisseur meer`;
      events.push(moment(r.ended_at, { kind: 'regisseur', title, detail: r.reason, link }));
    }
  }

  return events
    .sort(compareEvents)
    .slice(0, limit)
    .map(({ at, kind, title, detail, link }) => ({ at, kind, title, detail, link }));
}
