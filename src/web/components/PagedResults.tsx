// One page of a paginated list from a query: loading or error, an empty state, or the total, the rows
// (rendered by the caller, e.g. a table) and the page navigation.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Page } from '../api/types.ts';
import { formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { EmptyState } from './EmptyState.tsx';
import { Pagination } from './Pagination.tsx';
import { Paragraph } from './Paragraph.tsx';
import { QueryState } from './QueryState.tsx';

export interface PagedResultsProps<T> {
  query: UseQueryResult<Page<T>>;
  /** Shown when the page has no items. */
  empty: ReactNode;
  onPageChange: (page: number) => void;
  children: (items: T[]) => ReactNode;
}

export function PagedResults<T>({ query, empty, onPageChange, children }: PagedResultsProps<T>) {
  return (
    <QueryState query={query}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState>{empty}</EmptyState>
        ) : (
          <>
            <Paragraph role="status">{t.common.total(formatNumber(data.total))}</Paragraph>
            {children(data.items)}
            <Pagination
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onPageChange={onPageChange}
            />
          </>
        )
      }
    </QueryState>
  );
}
