// The integrated plan of a household case: plan versions, the diff between two versions, the resident's
// agreement, ZRM assessments per adult and provisions. Shapes follow the "Plans" contract in the helper brief and
// src/server/features/plans/ (the OpenAPI source once mounted).
import { queryOptions } from '@tanstack/react-query';
import { api, request } from './client.ts';

export type ActionStatus = 'open' | 'bezig' | 'klaar' | 'vervallen';
export type OwnerKind = 'persoon' | 'organisatie';
export type AgreementHow = 'mondeling' | 'schriftelijk' | 'digitaal';
export type ProvisionLaw = 'wmo' | 'jeugdwet' | 'participatiewet' | 'wgs' | 'overig';
export type ProvisionStatus = 'aangevraagd' | 'toegekend' | 'beeindigd' | 'afgewezen';

export interface UserRef {
  userId: string;
  displayName: string;
}

export interface PlanAction {
  id: string;
  description: string;
  owner: { kind: OwnerKind; name: string };
  dueOn: string | null;
  status: ActionStatus;
}

export interface PlanGoal {
  id: string;
  /** ZRM domain code or 'overig'. */
  domain: string;
  /** The goal in the resident's own words. */
  text: string;
  personId: string | null;
  /** A goal about the move from 18- to 18+ care. */
  transition18: boolean;
  actions: PlanAction[];
}

export interface PlanSituation {
  network: string;
  strengths: string;
  worries: string;
  earlierHelp: string;
}

export interface PlanContent {
  situation: PlanSituation;
  goals: PlanGoal[];
}

export interface PlanMember {
  personId: string;
  name: string;
  geboortedatum: string | null;
  relation: string;
  adult: boolean;
}

export interface PlanAgreement {
  planVersion: number;
  agreedOn: string;
  how: AgreementHow;
  note: string | null;
}

export interface PlanView {
  /** 0 when nothing has been saved yet. */
  version: number;
  content: PlanContent;
  savedAt: string | null;
  savedBy: UserRef | null;
  agreement: PlanAgreement | null;
  members: PlanMember[];
}

export interface PlanVersionSummary {
  version: number;
  savedAt: string;
  savedBy: UserRef | null;
}

export interface PlanChange {
  path: string;
  label: string;
  change: 'toegevoegd' | 'verwijderd' | 'gewijzigd';
  before: unknown;
  after: unknown;
}

export interface PlanDiff {
  from: number;
  to: number;
  changes: PlanChange[];
}

export interface AgreementInput {
  version: number;
  agreedOn: string;
  how: AgreementHow;
  note?: string;
}

export interface ZrmDomain {
  code: string;
  label: string;
}

export interface ZrmScaleStep {
  score: number;
  label: string;
}

export interface ZrmAssessment {
  id: string;
  personId: string;
  assessedOn: string;
  scores: Record<string, number>;
  assessedBy: UserRef | null;
}

export interface ZrmView {
  domains: ZrmDomain[];
  scale: ZrmScaleStep[];
  adults: { personId: string; name: string }[];
  /** Oldest first. */
  assessments: ZrmAssessment[];
}

export interface ZrmInput {
  personId: string;
  assessedOn: string;
  scores: Record<string, number>;
}

export interface Provision {
  id: string;
  law: ProvisionLaw;
  product: string;
  reference: string | null;
  personId: string | null;
  startDate: string;
  endDate: string | null;
  extent: string | null;
  status: ProvisionStatus;
  decidedOn: string | null;
  legalBasis: string | null;
  goalIds: string[];
  /** The structured extent for cost control (issue 7): quantity of `extentUnit` per `extentPer`. */
  extentQuantity: number | null;
  extentUnit: string | null;
  extentPer: string | null;
  /** The organisation that provides it (aanbieder). */
  providerId: string | null;
}

export type ProvisionInput = Omit<Provision, 'id'>;

const base = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

/** Where the browser downloads the printable plan as PDF. */
export const planPdfUrl = (caseId: string) => `${base(caseId)}/plan.pdf`;

// Person-level data: every read is audited, so do not refetch behind the user's back.
const audited = { staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false } as const;

export const planKeys = {
  all: (caseId: string) => ['cases', caseId, 'plan'] as const,
  zrm: (caseId: string) => ['cases', caseId, 'zrm'] as const,
  provisions: (caseId: string) => ['cases', caseId, 'provisions'] as const,
};

export const planQuery = (caseId: string) =>
  queryOptions({
    queryKey: [...planKeys.all(caseId), 'current'] as const,
    queryFn: ({ signal }) => api.get<PlanView>(`${base(caseId)}/plan`, undefined, signal),
    ...audited,
  });

export const planVersionsQuery = (caseId: string) =>
  queryOptions({
    queryKey: [...planKeys.all(caseId), 'versions'] as const,
    queryFn: ({ signal }) =>
      api.get<PlanVersionSummary[]>(`${base(caseId)}/plan/versions`, undefined, signal),
    ...audited,
  });

export const planVersionQuery = (caseId: string, version: number) =>
  queryOptions({
    queryKey: [...planKeys.all(caseId), 'version', version] as const,
    queryFn: ({ signal }) => api.get<PlanView>(`${base(caseId)}/plan/versions/${version}`, undefined, signal),
    ...audited,
  });

export const planDiffQuery = (caseId: string, from: number, to: number) =>
  queryOptions({
    queryKey: [...planKeys.all(caseId), 'diff', from, to] as const,
    queryFn: ({ signal }) => api.get<PlanDiff>(`${base(caseId)}/plan/diff`, { from, to }, signal),
    ...audited,
  });

export const zrmQuery = (caseId: string) =>
  queryOptions({
    queryKey: planKeys.zrm(caseId),
    queryFn: ({ signal }) => api.get<ZrmView>(`${base(caseId)}/zrm`, undefined, signal),
    ...audited,
  });

export const provisionsQuery = (caseId: string) =>
  queryOptions({
    queryKey: planKeys.provisions(caseId),
    queryFn: ({ signal }) => api.get<Provision[]>(`${base(caseId)}/provisions`, undefined, signal),
    ...audited,
  });

export const savePlan = (caseId: string, baseVersion: number, content: PlanContent) =>
  request<PlanView>('PUT', `${base(caseId)}/plan`, { body: { baseVersion, content } });

export const recordAgreement = (caseId: string, input: AgreementInput) =>
  api.post<PlanView>(`${base(caseId)}/plan/agreement`, input);

export const recordZrm = (caseId: string, input: ZrmInput) =>
  api.post<ZrmAssessment>(`${base(caseId)}/zrm`, input);

export const createProvision = (caseId: string, input: ProvisionInput) =>
  api.post<Provision>(`${base(caseId)}/provisions`, input);

export const updateProvision = (caseId: string, provisionId: string, input: ProvisionInput) =>
  request<Provision>('PUT', `${base(caseId)}/provisions/${encodeURIComponent(provisionId)}`, { body: input });
