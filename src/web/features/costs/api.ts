// Cost control (issue 7, item 4): the figures, tariffs and budgets. Types only from the server's zod schemas.
import type { z } from '@hono/zod-openapi';
import { queryOptions } from '@tanstack/react-query';
import type {
  BudgetListSchema,
  CostOverviewSchema,
  NewTariffSchema,
  PutBudgetSchema,
  TariffListSchema,
  TariffSchema,
} from '../../../server/features/costs/costs.schemas.ts';
import { api, buildUrl, request } from '../../api/client.ts';

export type CostOverview = z.infer<typeof CostOverviewSchema>;
export type CostLawFigures = CostOverview['laws'][number];
export type CostRow = CostLawFigures['total'];
export type CostCell = CostRow['cells'][string];
export type CostBreakdown = CostOverview['breakdown'];
export type Tariff = z.infer<typeof TariffSchema>;
export type TariffList = z.infer<typeof TariffListSchema>;
export type NewTariff = z.input<typeof NewTariffSchema>;
export type BudgetList = z.infer<typeof BudgetListSchema>;
export type PutBudget = z.input<typeof PutBudgetSchema>;

export interface CostRequest {
  municipality: string;
  year: number;
  breakdown: CostBreakdown;
}

export const costKeys = {
  all: ['costs'] as const,
  overview: (r: CostRequest) => ['costs', 'overview', r.municipality, r.year, r.breakdown] as const,
  tariffs: (municipality: string) => ['costs', 'tariffs', municipality] as const,
  budgets: (municipality: string, year: number) => ['costs', 'budgets', municipality, year] as const,
};

export const costOverviewQuery = (r: CostRequest) =>
  queryOptions({
    queryKey: costKeys.overview(r),
    queryFn: ({ signal }) => api.get<CostOverview>('/api/v1/costs', { ...r }, signal),
  });

export const tariffsQuery = (municipality: string) =>
  queryOptions({
    queryKey: costKeys.tariffs(municipality),
    queryFn: ({ signal }) => api.get<TariffList>('/api/v1/tariffs', { municipality }, signal),
  });

export const budgetsQuery = (municipality: string, year: number) =>
  queryOptions({
    queryKey: costKeys.budgets(municipality, year),
    queryFn: ({ signal }) => api.get<BudgetList>('/api/v1/budgets', { municipality, year }, signal),
  });

export const createTariff = (input: NewTariff) => api.post<Tariff>('/api/v1/tariffs', input);
export const endTariff = (id: string, validTo: string) =>
  api.post<Tariff>(`/api/v1/tariffs/${encodeURIComponent(id)}/end`, { validTo });
export const putBudget = (input: PutBudget) => request<BudgetList>('PUT', '/api/v1/budgets', { body: input });

/** The download address of the same figures as CSV (suppressed cells as "< 10"). */
export const costCsvUrl = (r: CostRequest) => buildUrl('/api/v1/costs/csv', { ...r });
