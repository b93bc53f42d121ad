// The indicator catalogue and one indicator's series (issue 7). Aggregates only: the server hides cells under 10.
// Types only (erased from the bundle): the server's zod schemas are the one description of these answers.
import type { z } from '@hono/zod-openapi';
import { queryOptions } from '@tanstack/react-query';
import type {
  CatalogueSchema,
  RegionListSchema,
  RegionSeriesSchema,
  SeriesSchema,
} from '../../../server/features/indicators/indicators.schemas.ts';
import { api, buildUrl } from '../../api/client.ts';

export type IndicatorCatalogue = z.infer<typeof CatalogueSchema>;
export type IndicatorEntry = IndicatorCatalogue['items'][number];
export type IndicatorDefinition = IndicatorEntry['versions'][number];
export type IndicatorSeries = z.infer<typeof SeriesSchema>;
export type SeriesPeriod = IndicatorSeries['series'][number];
export type SeriesRow = SeriesPeriod['rows'][number];
export type Cell = SeriesRow['cells'][string];
export type Measure = IndicatorDefinition['measures'][number];
export type BreakdownCode = NonNullable<IndicatorSeries['breakdown']>;
export type Region = z.infer<typeof RegionListSchema>['items'][number];
export type RegionSeries = z.infer<typeof RegionSeriesSchema>;
/**
 * What the figures show: a municipality's series, or a region's with its municipalities as the breakdown (then
 * `municipality` is the region and `note` says how the region row is made).
 */
export type ShownSeries = Omit<IndicatorSeries, 'breakdown'> & { breakdown: string | null; note?: string };

/** A region's answer in the shape the figures show. */
export function regionAsShown(r: RegionSeries): ShownSeries {
  return {
    ...r,
    municipality: { code: r.region.code, name: r.region.name },
    breakdowns: [{ code: 'gemeente', label: 'Gemeente' }],
  };
}

const PATH = '/api/v1/indicators';

export const indicatorCatalogueQuery = queryOptions({
  queryKey: ['indicators', 'catalogue'] as const,
  queryFn: ({ signal }) => api.get<IndicatorCatalogue>(PATH, undefined, signal),
  // Definitions change only with a new release.
  staleTime: 60 * 60 * 1000,
});

export interface SeriesRequest {
  code: string;
  municipality: string;
  from: string;
  to: string;
  breakdown?: BreakdownCode;
}

export const indicatorSeriesQuery = ({ code, municipality, from, to, breakdown }: SeriesRequest) =>
  queryOptions({
    queryKey: ['indicators', 'series', code, municipality, from, to, breakdown ?? null] as const,
    queryFn: ({ signal }) =>
      api.get<IndicatorSeries>(
        `${PATH}/${encodeURIComponent(code)}`,
        { municipality, from, to, breakdown },
        signal,
      ),
  });

/** The download address of the same series as CSV (suppressed cells as "< 10"); the server names the file. */
export function indicatorCsvUrl({ code, municipality, from, to, breakdown }: SeriesRequest): string {
  return buildUrl(`${PATH}/${encodeURIComponent(code)}/csv`, { municipality, from, to, breakdown });
}

export const regionsQuery = queryOptions({
  queryKey: ['indicators', 'regions'] as const,
  queryFn: ({ signal }) => api.get<{ items: Region[] }>(`${PATH}/regions`, undefined, signal),
  staleTime: 60 * 60 * 1000,
});

export interface RegionSeriesRequest {
  code: string;
  region: string;
  from: string;
  to: string;
}

export const regionSeriesQuery = ({ code, region, from, to }: RegionSeriesRequest) =>
  queryOptions({
    queryKey: ['indicators', 'region', code, region, from, to] as const,
    queryFn: ({ signal }) =>
      api.get<RegionSeries>(`${PATH}/${encodeURIComponent(code)}/region`, { region, from, to }, signal),
  });

export function regionCsvUrl({ code, region, from, to }: RegionSeriesRequest): string {
  return buildUrl(`${PATH}/${encodeURIComponent(code)}/region/csv`, { region, from, to });
}
