// The signals board (GET /board) and the household page (GET /households/{id}/overview).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { HouseholdDetail, HouseholdMember } from './types.ts';

export const boardKinds = [
  'signaal_niet_opgepakt',
  'geen_regisseur',
  'termijn_verlopen',
  'termijn_risico',
  'geen_gedeeld_plan',
  'overgang_18',
  'niet_geevalueerd',
] as const;
export type BoardKind = (typeof boardKinds)[number];

export interface BoardItem {
  kind: BoardKind;
  /** Null only for a late signal that is not matched to a household yet. */
  householdId: string | null;
  /** Set only when the user works on the case. */
  caseId: string | null;
  signalId: string | null;
  title: string;
  /** What to do, in plain Dutch. */
  todo: string;
  dueOn: string | null;
  addressLine: string | null;
  team: { id: string; name: string } | null;
}

export interface Board {
  items: BoardItem[];
  counts: Record<BoardKind, number>;
}

export interface BoardQuery {
  team?: string;
  kind?: BoardKind;
}

export const boardQuery = (query: BoardQuery) =>
  queryOptions({
    queryKey: ['board', query] as const,
    queryFn: ({ signal }) => api.get<Board>('/api/v1/board', { ...query }, signal),
    placeholderData: keepPreviousData,
    // Every read is audited: do not refetch behind the user's back.
    refetchOnWindowFocus: false,
  });

export type DeadlineStatus = 'lopend' | 'risico' | 'verlopen' | 'gehaald' | 'opgeschort';
export type TimelineKind = 'signaal' | 'contactpoging' | 'besluit' | 'planversie' | 'fase' | 'regisseur';

export interface HouseholdOverview {
  id: string;
  municipalityCode: string;
  startedOn: string;
  address: HouseholdDetail['address'];
  addressLine: string;
  members: HouseholdMember[];
  case: {
    id: string;
    phase: string;
    phaseLabel: string;
    openedOn: string;
    lastEvaluatedOn: string | null;
    team: { id: string; name: string };
    regisseur: { userId: string; displayName: string; since: string | null } | null;
    pendingRegisseur: { userId: string; displayName: string; offeredAt: string | null } | null;
    /** The user works on this case: its plan and deadlines are shown. */
    access: boolean;
  } | null;
  signals: {
    id: string;
    kind: string;
    category: string;
    categoryLabel: string;
    status: string;
    receivedAt: string;
    deadline: string | null;
    crisis: boolean;
    team: { id: string; name: string } | null;
    canOpen: boolean;
  }[];
  plan: {
    caseId: string;
    version: number;
    savedAt: string | null;
    savedBy: { userId: string; displayName: string } | null;
    goals: number;
    openActions: number;
    transitionGoals: number;
    agreement: { planVersion: number; agreedOn: string; how: string } | null;
  } | null;
  provisions: {
    id: string;
    law: string;
    product: string;
    reference: string | null;
    status: string;
    startDate: string;
    endDate: string | null;
    extent: string | null;
    personId: string | null;
    caseId: string | null;
    decidedOn: string | null;
  }[];
  deadlines: {
    id: string;
    caseId: string;
    kind: string;
    label: string;
    startedOn: string;
    dueOn: string;
    metOn: string | null;
    status: DeadlineStatus;
  }[];
  timeline: { at: string; kind: TimelineKind; title: string; detail: string | null; link: string | null }[];
  /** There is an open case the user does not work on. */
  restricted: boolean;
}

export const householdOverviewQuery = (id: string) =>
  queryOptions({
    queryKey: ['households', 'overview', id] as const,
    queryFn: ({ signal }) =>
      api.get<HouseholdOverview>(`/api/v1/households/${encodeURIComponent(id)}/overview`, undefined, signal),
    // Person-level data: every read is audited, so never refetch behind the user's back (focus, reconnect);
    // each visit of the page reads afresh, so a change made on the case page shows up.
    staleTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
