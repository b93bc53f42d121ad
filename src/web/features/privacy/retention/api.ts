// The retention API (src/server/features/privacy/retention): terms per category, legal holds and destruction
// records. No personal data of residents: ids of cases and households only.
import { queryOptions } from '@tanstack/react-query';
import { request } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';

export interface RetentionCategory {
  code: string;
  label: string;
  months: number;
  defaultMonths: number;
  /** When the term starts counting, in words: "na het afsluiten van de casus". */
  from: string;
  source: 'signal_settings' | 'retention_terms';
}

export interface Municipality {
  code: string;
  name: string;
}

export interface RetentionTerms {
  municipality: Municipality;
  categories: RetentionCategory[];
}

export interface UserRef {
  userId: string;
  displayName: string;
}

export interface LegalHold {
  id: string;
  municipalityCode: string;
  caseId: string | null;
  householdId: string | null;
  reason: string;
  placedBy: UserRef | null;
  placedAt: string;
  liftedBy: UserRef | null;
  liftedAt: string | null;
  liftReason: string | null;
  active: boolean;
}

export interface DestructionRun {
  runId: string;
  ranAt: string;
  cutoff: string;
  total: number;
  categories: { category: string; label: string; count: number; rule: string }[];
}

export type DestructionPage = Page<DestructionRun> & { municipality: Municipality };

export const retentionKeys = {
  all: ['retention'] as const,
  terms: ['retention', 'terms'] as const,
  holds: ['retention', 'holds'] as const,
  destructions: (page: number) => ['retention', 'destructions', page] as const,
};

export function termsQuery() {
  return queryOptions({
    queryKey: retentionKeys.terms,
    queryFn: ({ signal }) => request<RetentionTerms>('GET', '/api/v1/privacy/retention', { signal }),
  });
}

export function saveTerm(code: string, months: number): Promise<RetentionTerms> {
  return request<RetentionTerms>('PUT', `/api/v1/privacy/retention/${encodeURIComponent(code)}`, {
    body: { months },
  });
}

export function holdsQuery() {
  return queryOptions({
    queryKey: retentionKeys.holds,
    queryFn: ({ signal }) =>
      request<{ municipality: Municipality; items: LegalHold[] }>('GET', '/api/v1/privacy/legal-holds', {
        signal,
      }),
  });
}

export function placeHold(input: {
  caseId?: string;
  householdId?: string;
  reason: string;
}): Promise<LegalHold> {
  return request<LegalHold>('POST', '/api/v1/privacy/legal-holds', { body: input });
}

export function liftHold(id: string, reason: string): Promise<LegalHold> {
  return request<LegalHold>('POST', `/api/v1/privacy/legal-holds/${encodeURIComponent(id)}/lift`, {
    body: { reason },
  });
}

export const DESTRUCTIONS_PAGE_SIZE = 10;

export function destructionsQuery(page: number) {
  return queryOptions({
    queryKey: retentionKeys.destructions(page),
    queryFn: ({ signal }) =>
      request<DestructionPage>('GET', '/api/v1/privacy/destructions', {
        signal,
        query: { page, pageSize: DESTRUCTIONS_PAGE_SIZE },
      }),
  });
}
