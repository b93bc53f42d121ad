import { dateInAmsterdam, formatDutchDate } from '../../lib/dates.ts';
import { lawList } from '../board/board.texts.ts';
import { lifecycleDefinition, phaseLabel } from '../cases/lifecycle.ts';
import { type CategoryCatalogue, categoryLabel } from '../signals/intake/categories.ts';
import type { TimelineRows } from './overview.query.ts';

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
 * source was limited in SQL (overview.query.ts) to its `limit` newest, so the merged first `limit` are exactly the
 * newest overall.
 */
export function timelineFrom(
  rows: TimelineRows,
  catalogue: CategoryCatalogue,
  limit: number,
): TimelineEvent[] {
  const events: Sortable[] = [];

  for (const r of rows.tl_signals) {
    events.push(
      moment(r.received_at, {
        kind: 'signaal',
        title: `Signaal ontvangen: ${categoryLabel(catalogue, r.municipality_code, r.category)}`,
        detail: r.status,
        link: r.can_open ? `/signalen/${r.id}` : null,
      }),
    );
  }

  for (const r of rows.tl_attempts) {
    events.push(
      day(r.datum, {
        kind: 'contactpoging',
        title: `Contactpoging: ${r.soort}`,
        detail: `${r.bereikt ? 'Bereikt' : 'Niet bereikt'}${r.dagdeel ? ` (${r.dagdeel.toLowerCase()})` : ''}`,
        link: null,
      }),
    );
  }

  for (const r of rows.tl_decisions) {
    events.push(
      day(r.decided_on, {
        kind: 'besluit',
        title: `Besluit ${lawList([r.law])}: ${r.product.replace(/[-_]+/g, ' ')}`,
        detail: `${PROVISION_STATUS[r.status] ?? r.status}, vanaf ${formatDutchDate(r.start_date)}`,
        link: r.case_id ? `/casussen/${r.case_id}?tab=voorzieningen` : null,
      }),
    );
  }

  for (const r of rows.tl_versions) {
    events.push(
      moment(r.saved_at, {
        kind: 'planversie',
        title: `Plan versie ${r.version} opgeslagen`,
        detail: r.display_name ? `Door ${r.display_name}` : null,
        link: `/casussen/${r.case_id}?tab=plan`,
      }),
    );
  }
  for (const r of rows.tl_agreements) {
    events.push(
      day(r.agreed_on, {
        kind: 'planversie',
        title: `Plan versie ${r.plan_version} afgesproken met het huishouden`,
        detail: `Instemming: ${r.how}`,
        link: `/casussen/${r.case_id}?tab=plan`,
      }),
    );
  }

  for (const r of rows.tl_transitions) {
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

  for (const r of rows.tl_regisseurs) {
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
