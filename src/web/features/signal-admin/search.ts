// URL search parameters of the signal admin pages: unknown or malformed values are dropped, never trusted.
import { compact, optionalString, pageNumber } from '../../routes/search.ts';

export interface ReviewSearch {
  /** The "Beslist" tab; without it the queue of signals to review. */
  status?: 'beslist';
  page?: number;
}

export function validateReviewSearch(search: Record<string, unknown>): ReviewSearch {
  return compact({
    status: search.status === 'beslist' ? ('beslist' as const) : undefined,
    page: pageNumber(search.page),
  });
}

export interface ImportSearch {
  /** The import whose progress or report is shown. */
  import?: string;
  /** Page of the history table. */
  page?: number;
  /** Page of the rejected rows of the shown import. */
  fouten?: number;
}

function uuid(value: unknown): string | undefined {
  return typeof value === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
    ? value.toLowerCase()
    : undefined;
}

export function validateImportSearch(search: Record<string, unknown>): ImportSearch {
  return compact({
    import: uuid(search.import),
    page: pageNumber(search.page),
    fouten: pageNumber(search.fouten),
  });
}

export interface RoutingSearch {
  gemeente?: string;
}

export function validateRoutingSearch(search: Record<string, unknown>): RoutingSearch {
  return compact({ gemeente: optionalString(search.gemeente, 10) });
}
