// Consents (toestemming) and case data shares (delen per wet): shapes follow src/server/features/privacy/consent/
// consent.schemas.ts (the OpenAPI source). Reads are personal data and audited: never refetched behind the back.
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import type { ProvisionLaw } from '../../../api/plans.ts';

export type ConsentMethod = 'mondeling' | 'schriftelijk' | 'digitaal';
export type ShareBasis = 'wettelijke_grondslag' | 'toestemming';

export interface Ref {
  id: string;
  name: string;
}

export interface Consent {
  id: string;
  personId: string;
  purpose: string;
  purposeName: string;
  recipient: Ref;
  givenOn: string;
  givenHow: ConsentMethod;
  note: string | null;
  recordedBy: { userId: string; displayName: string } | null;
  withdrawnOn: string | null;
  withdrawnHow: ConsentMethod | null;
  active: boolean;
}

export interface MemberConsents {
  personId: string;
  name: string;
  relation: string;
  current: boolean;
  consents: Consent[];
}

export interface NewConsent {
  purpose: string;
  recipientOrganisationId: string;
  givenOn: string;
  givenHow: ConsentMethod;
  note?: string | null;
}

export interface Withdrawal {
  withdrawnOn: string;
  withdrawnHow: ConsentMethod;
}

export interface Share {
  id: string;
  law: ProvisionLaw;
  sharedWithLaw: ProvisionLaw | null;
  basis: ShareBasis;
  legalBasis: string | null;
  consent: {
    id: string;
    personId: string;
    personName: string;
    purposeName: string;
    recipient: Ref;
    withdrawnOn: string | null;
    active: boolean;
  } | null;
  createdBy: { userId: string; displayName: string } | null;
  createdAt: string;
  endedAt: string | null;
  endedBy: { userId: string; displayName: string } | null;
  active: boolean;
}

export interface NewShare {
  law: ProvisionLaw;
  sharedWithLaw: ProvisionLaw | null;
  basis: ShareBasis;
  legalBasis?: string | null;
  consentId?: string | null;
}

export interface Purpose {
  code: string;
  name: string;
  description: string;
}

const audited = { staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false } as const;
const caseBase = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

export const consentKeys = {
  consents: (caseId: string) => ['cases', caseId, 'consents'] as const,
  shares: (caseId: string) => ['cases', caseId, 'shares'] as const,
};

export const caseConsentsQuery = (caseId: string) =>
  queryOptions({
    queryKey: consentKeys.consents(caseId),
    queryFn: ({ signal }) => api.get<MemberConsents[]>(`${caseBase(caseId)}/consents`, undefined, signal),
    ...audited,
  });

export const sharesQuery = (caseId: string) =>
  queryOptions({
    queryKey: consentKeys.shares(caseId),
    queryFn: ({ signal }) => api.get<Share[]>(`${caseBase(caseId)}/shares`, undefined, signal),
    ...audited,
  });

/** Organisation names and register purposes: no personal data, they may be cached for the session. */
export const recipientsQuery = (municipality: string) =>
  queryOptions({
    queryKey: ['organisations', 'recipients', municipality] as const,
    queryFn: ({ signal }) => api.get<Ref[]>('/api/v1/organisations/recipients', { municipality }, signal),
    staleTime: 5 * 60_000,
  });

export const purposesQuery = () =>
  queryOptions({
    queryKey: ['consents', 'purposes'] as const,
    queryFn: ({ signal }) => api.get<Purpose[]>('/api/v1/consents/purposes', undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const recordConsent = (personId: string, input: NewConsent) =>
  api.post<Consent>(`/api/v1/persons/${encodeURIComponent(personId)}/consents`, input);

export const withdrawConsent = (consentId: string, input: Withdrawal) =>
  api.post<Consent>(`/api/v1/consents/${encodeURIComponent(consentId)}/withdraw`, input);

export const createShare = (caseId: string, input: NewShare) =>
  api.post<Share>(`${caseBase(caseId)}/shares`, input);

export const endShare = (caseId: string, shareId: string) =>
  api.post<Share>(`${caseBase(caseId)}/shares/${encodeURIComponent(shareId)}/end`);
