// A paginated administration list: heading, intro, table, empty state and page navigation.
import { type UseQueryOptions, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Page } from '../../api/types.ts';
import { type Column, DataTable, Heading, PagedResults, Paragraph } from '../../components/index.ts';
import { usePageTitle } from '../shell/usePageTitle.ts';

export interface AdminListPageProps<T> {
  title: string;
  intro: string;
  caption: string;
  empty: string;
  // biome-ignore lint/suspicious/noExplicitAny: query keys differ per list
  query: UseQueryOptions<Page<T>, Error, Page<T>, any>;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  page: number;
  onPageChange: (page: number) => void;
  children?: ReactNode;
}

export function AdminListPage<T>(props: AdminListPageProps<T>) {
  usePageTitle(props.title);
  const query = useQuery(props.query);
  return (
    <>
      <Heading level={1}>{props.title}</Heading>
      <Paragraph lead>{props.intro}</Paragraph>
      {props.children}
      <PagedResults query={query} empty={props.empty} onPageChange={props.onPageChange}>
        {(rows) => (
          <DataTable<T>
            caption={props.caption}
            captionHidden
            rows={rows}
            rowKey={props.rowKey}
            columns={props.columns}
            busy={query.isPlaceholderData}
          />
        )}
      </PagedResults>
    </>
  );
}
