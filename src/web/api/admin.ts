// Administration: organisations, users, teams and API keys (beheerder).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type {
  AdminOrganisation,
  AdminTeam,
  AdminUser,
  ApiKey,
  CreatedApiKey,
  Page,
  PageQuery,
} from './types.ts';

export const adminOrganisationsQuery = (query: PageQuery = {}) =>
  queryOptions({
    queryKey: ['admin', 'organisations', query] as const,
    queryFn: ({ signal }) =>
      api.get<Page<AdminOrganisation>>('/api/v1/admin/organisations', { ...query }, signal),
    placeholderData: keepPreviousData,
  });

export const adminUsersQuery = (query: PageQuery = {}) =>
  queryOptions({
    queryKey: ['admin', 'users', query] as const,
    queryFn: ({ signal }) => api.get<Page<AdminUser>>('/api/v1/admin/users', { ...query }, signal),
    placeholderData: keepPreviousData,
  });

export const adminTeamsQuery = (query: PageQuery = {}) =>
  queryOptions({
    queryKey: ['admin', 'teams', query] as const,
    queryFn: ({ signal }) => api.get<Page<AdminTeam>>('/api/v1/admin/teams', { ...query }, signal),
    placeholderData: keepPreviousData,
  });

export const apiKeysQueryKey = ['admin', 'api-keys'] as const;

export const apiKeysQuery = (query: PageQuery = {}) =>
  queryOptions({
    queryKey: [...apiKeysQueryKey, query] as const,
    queryFn: ({ signal }) => api.get<Page<ApiKey>>('/api/v1/admin/api-keys', { ...query }, signal),
    placeholderData: keepPreviousData,
  });

export function createApiKey(input: { organisationId: string; name: string }): Promise<CreatedApiKey> {
  return api.post<CreatedApiKey>('/api/v1/admin/api-keys', input);
}

export function revokeApiKey(id: string): Promise<void> {
  return api.delete(`/api/v1/admin/api-keys/${encodeURIComponent(id)}`);
}
