// What belongs to the signed-in user: their teams and their organisation.
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { MyOrganisation, Team } from './types.ts';

/** All teams of the signed-in user (not paginated: a person is in a handful of teams). */
export const myTeamsQuery = queryOptions({
  queryKey: ['me', 'teams'] as const,
  queryFn: ({ signal }) => api.get<{ items: Team[] }>('/api/v1/me/teams', undefined, signal),
});

export const myOrganisationQuery = queryOptions({
  queryKey: ['me', 'organisation'] as const,
  queryFn: ({ signal }) => api.get<MyOrganisation>('/api/v1/me/organisation', undefined, signal),
  staleTime: 5 * 60_000,
});
