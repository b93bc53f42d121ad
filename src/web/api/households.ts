// Households in the areas the signed-in user's teams serve.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { HouseholdDetail, HouseholdSummary, Page, PageQuery } from './types.ts';

export interface HouseholdsQuery extends PageQuery {
  search?: string;
  wijk?: string;
}

export const householdsQuery = (query: HouseholdsQuery) =>
  queryOptions({
    queryKey: ['households', 'list', query] as const,
    queryFn: ({ signal }) => api.get<Page<HouseholdSummary>>('/api/v1/households', { ...query }, signal),
    placeholderData: keepPreviousData,
  });

export const householdQuery = (id: string) =>
  queryOptions({
    queryKey: ['households', 'detail', id] as const,
    queryFn: ({ signal }) =>
      api.get<HouseholdDetail>(`/api/v1/households/${encodeURIComponent(id)}`, undefined, signal),
    // Person-level data: every read is audited, so do not refetch it behind the user's back.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
