// The household case (casus): its lifecycle, the case list, one case with its regisseur, warm handover and case
// team, and the caseload per regisseur. Shapes follow src/server/features/cases/cases.schemas.ts (the OpenAPI
// source); all under /api/v1 with session auth and CSRF like every other module.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { CasePhase, Law } from '../features/cases/labels.ts';
import { api } from './client.ts';
import type { SignaalDetail } from './signals.ts';
import type { Page, PageQuery } from './types.ts';

export type { CasePhase };

export interface UserRef {
  userId: string;
  displayName: string;
}

export interface TeamRef {
  id: string;
  name: string;
}

export interface Lifecycle {
  version: number;
  phases: { code: CasePhase; label: string; description: string }[];
  transitions: { from: CasePhase; to: CasePhase; label: string; reasonRequired: boolean }[];
}

export interface CaseSummary {
  id: string;
  householdId: string;
  addressLine: string;
  phase: CasePhase;
  team: TeamRef;
  regisseur: UserRef | null;
  openedOn: string;
}

export interface AllowedTransition {
  to: CasePhase;
  label: string;
  reasonRequired: boolean;
}

export interface PendingHandover {
  id: string;
  to: UserRef;
  /** Null when the offering user no longer exists. */
  offeredBy: UserRef | null;
  offeredAt: string;
  reason: string | null;
}

export interface CaseTeamMember {
  id: string;
  userId: string;
  displayName: string;
  organisation: { id: string; name: string };
  role: string;
  law: Law | null;
  joinedOn: string;
}

export interface CaseTransition {
  from: CasePhase | null;
  to: CasePhase;
  reason: string;
  actor: UserRef | null;
  at: string;
}

export interface CaseViewer {
  isRegisseur: boolean;
  isOffered: boolean;
  canAssign: boolean;
  canTransition: boolean;
}

export interface CaseDetail {
  id: string;
  municipalityCode: string;
  householdId: string;
  addressLine: string;
  team: TeamRef;
  phase: CasePhase;
  lifecycleVersion: number;
  openedOn: string;
  closedOn: string | null;
  lastEvaluatedOn: string | null;
  allowedTransitions: AllowedTransition[];
  regisseur: (UserRef & { since: string }) | null;
  pendingHandover: PendingHandover | null;
  teamMembers: CaseTeamMember[];
  transitions: CaseTransition[];
  viewer: CaseViewer;
}

export interface CaseCandidate {
  userId: string;
  displayName: string;
  organisation: { id: string; name: string };
  /** Has the role regisseur, so may become regisseur (others may only join the case team). */
  canLead: boolean;
}

export interface CaseloadRegisseur {
  regisseur: UserRef;
  openCases: number;
  byPhase: Partial<Record<CasePhase, number>>;
  overdueDeadlines: number;
  handoversWaiting: number;
}

export interface CaseloadCase extends CaseSummary {
  overdueDeadlines: number;
  pendingHandover: boolean;
}

export interface Caseload {
  team: TeamRef;
  regisseurs: CaseloadRegisseur[];
  cases: CaseloadCase[];
}

export interface CasesQuery extends PageQuery {
  team?: string;
  /** Without a phase the server lists all open cases; 'afgesloten' lists the closed ones. */
  phase?: CasePhase;
  /** Only the cases the user leads, is offered, or is in the case team of. */
  mine?: boolean;
}

/** The signal pick-up answer also names the household's case it started or joined. */
export type PickedUpSignal = SignaalDetail & { householdCaseId?: string | null };

const BASE = '/api/v1/cases';
const caseUrl = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** GET: the phases and allowed transitions; the same for every case of a version, so cached long. */
export const lifecycleQuery = queryOptions({
  queryKey: ['cases', 'lifecycle'] as const,
  queryFn: ({ signal }) => api.get<Lifecycle>(`${BASE}/lifecycle`, undefined, signal),
  staleTime: 60 * 60_000,
});

/** GET: one page of the cases the user may see (own and team cases). */
export const casesQuery = (query: CasesQuery) =>
  queryOptions({
    queryKey: ['cases', 'list', query] as const,
    queryFn: ({ signal }) => api.get<Page<CaseSummary>>(BASE, { ...query }, signal),
    placeholderData: keepPreviousData,
  });

/** GET: one case. Personal data: the server audits every read, so no refetching behind the user's back. */
export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: ['cases', 'detail', id] as const,
    queryFn: ({ signal }) => api.get<CaseDetail>(caseUrl(id), undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

/** GET: the people who may join the case team or become its regisseur. */
export const candidatesQuery = (id: string) =>
  queryOptions({
    queryKey: ['cases', 'candidates', id] as const,
    queryFn: ({ signal }) => api.get<CaseCandidate[]>(`${caseUrl(id)}/candidates`, undefined, signal),
    staleTime: 60_000,
  });

/** GET: the caseload of one of the user's teams. */
export const caseloadQuery = (team: string | undefined) =>
  queryOptions({
    queryKey: ['cases', 'caseload', team ?? null] as const,
    queryFn: ({ signal }) => api.get<Caseload>('/api/v1/caseload', { team }, signal),
    placeholderData: keepPreviousData,
  });

export function startCase(input: { householdId: string; teamId: string }): Promise<CaseDetail> {
  return api.post<CaseDetail>(BASE, input);
}

export function changePhase(id: string, input: { to: CasePhase; reason?: string }): Promise<CaseDetail> {
  return api.post<CaseDetail>(`${caseUrl(id)}/transitions`, input);
}

export function claimRegisseur(id: string): Promise<CaseDetail> {
  return api.post<CaseDetail>(`${caseUrl(id)}/regisseur/claim`);
}

export function assignRegisseur(id: string, input: { userId: string; reason: string }): Promise<CaseDetail> {
  return api.post<CaseDetail>(`${caseUrl(id)}/regisseur/assign`, input);
}

export function offerHandover(id: string, input: { userId: string; reason: string }): Promise<CaseDetail> {
  return api.post<CaseDetail>(`${caseUrl(id)}/regisseur/handover`, input);
}

export type OfferAnswer = 'accept' | 'decline' | 'withdraw';

export function answerOffer(
  id: string,
  offerId: string,
  answer: OfferAnswer,
  reason?: string,
): Promise<CaseDetail> {
  return api.post<CaseDetail>(
    `${caseUrl(id)}/regisseur/offers/${encodeURIComponent(offerId)}/${answer}`,
    reason ? { reason } : {},
  );
}

export function addTeamMember(
  id: string,
  input: { userId: string; role: string; law?: Law },
): Promise<CaseDetail> {
  return api.post<CaseDetail>(`${caseUrl(id)}/team-members`, input);
}

export function leaveCaseTeam(id: string, memberId: string): Promise<CaseDetail> {
  return api.post<CaseDetail>(`${caseUrl(id)}/team-members/${encodeURIComponent(memberId)}/leave`);
}
