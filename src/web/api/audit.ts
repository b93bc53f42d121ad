// The audit log, for the functionaris gegevensbescherming.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { AuditEntry, Page, PageQuery } from './types.ts';

export interface AuditQuery extends PageQuery {
  from?: string;
  to?: string;
  action?: string;
}

export const auditQuery = (query: AuditQuery) =>
  queryOptions({
    queryKey: ['audit', query] as const,
    queryFn: ({ signal }) => api.get<Page<AuditEntry>>('/api/v1/audit', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
