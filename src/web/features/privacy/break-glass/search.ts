// URL search parameters of the FG's review page: unknown or malformed values are dropped, never trusted.
import { compact, pageNumber } from '../../../routes/search.ts';

export interface AccessReviewSearch {
  /** The "Alle" tab; without it only grants still to be reviewed. */
  status?: 'all';
  page?: number;
}

export function validateAccessReviewSearch(search: Record<string, unknown>): AccessReviewSearch {
  return compact({
    status: search.status === 'all' ? ('all' as const) : undefined,
    page: pageNumber(search.page),
  });
}
