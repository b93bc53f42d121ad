// Break-the-glass (noodtoegang) on the wire: ask for access, my grants, end one; the FG's review queue.
// The server is src/server/features/privacy/break-glass (see its README for the rules).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';

export type ReviewStatus = 'open' | 'gerechtvaardigd' | 'onterecht';
export type ReviewOutcome = Exclude<ReviewStatus, 'open'>;

/** Exactly one identifier: the BSN of someone in the household, or the address (postcode + huisnummer). */
export type GrantRequest = (
  | { bsn: string }
  | { postcode: string; huisnummer: number; toevoeging?: string }
  | { householdId: string }
) & { reason: string; hours: number };

export interface GrantCreated {
  id: string;
  householdId: string;
  expiresAt: string;
}

export interface MyGrant {
  id: string;
  householdId: string;
  addressLine: string;
  reason: string;
  grantedAt: string;
  expiresAt: string;
  endedAt: string | null;
  active: boolean;
  reviewStatus: ReviewStatus;
}

export interface ReviewItem {
  id: string;
  user: { userId: string; displayName: string; organisation: string };
  householdId: string;
  municipalityCode: string;
  reason: string;
  grantedAt: string;
  expiresAt: string;
  endedAt: string | null;
  active: boolean;
  views: number;
  review: {
    status: ReviewStatus;
    reviewedBy: { userId: string; displayName: string } | null;
    reviewedAt: string | null;
    note: string | null;
  };
}

export const breakGlassKeys = {
  all: ['access-grants'] as const,
  mine: ['access-grants', 'mine'] as const,
  review: ['access-grants', 'review'] as const,
};

export const myGrantsQuery = queryOptions({
  queryKey: breakGlassKeys.mine,
  queryFn: ({ signal }) =>
    api.get<{ active: MyGrant[]; recent: MyGrant[] }>('/api/v1/access-grants/mine', undefined, signal),
  // The remaining time and whether a grant still runs change with the clock.
  refetchInterval: 60_000,
});

export function reviewQueueQuery(params: { status: 'open' | 'all'; page: number; pageSize: number }) {
  return queryOptions({
    queryKey: [...breakGlassKeys.review, params] as const,
    queryFn: ({ signal }) => api.get<Page<ReviewItem>>('/api/v1/access-grants/review', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

export const requestGrant = (body: GrantRequest) => api.post<GrantCreated>('/api/v1/access-grants', body);

export const endGrant = (id: string) => api.post<MyGrant>(`/api/v1/access-grants/${id}/end`);

export const reviewGrant = (id: string, body: { outcome: ReviewOutcome; note?: string }) =>
  api.post<ReviewItem>(`/api/v1/access-grants/${id}/review`, body);
