// Aggregated population figures per wijk (small numbers are suppressed by the server).
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { PopulationByWijk } from './types.ts';

/** Figures per wijk of one municipality (CBS code, e.g. GM0363). */
export const populationByWijkQuery = (municipality: string) =>
  queryOptions({
    queryKey: ['population', 'by-wijk', municipality] as const,
    queryFn: ({ signal }) =>
      api.get<PopulationByWijk>('/api/v1/population/by-wijk', { municipality }, signal),
  });
