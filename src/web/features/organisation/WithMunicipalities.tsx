import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { myOrganisationQuery } from '../../api/me.ts';
import type { Municipality } from '../../api/types.ts';
import { EmptyState, QueryState } from '../../components/index.ts';

/**
 * The municipalities the user's organisation works in, for a page of figures about them; `empty` is shown instead
 * when it works in none (loading and errors as every query: QueryState).
 */
export function WithMunicipalities({
  empty,
  children,
}: {
  empty: ReactNode;
  children: (municipalities: [Municipality, ...Municipality[]]) => ReactNode;
}) {
  const organisation = useQuery(myOrganisationQuery);
  return (
    <QueryState query={organisation}>
      {({ municipalities }) => {
        const [first, ...rest] = municipalities;
        return first ? children([first, ...rest]) : <EmptyState>{empty}</EmptyState>;
      }}
    </QueryState>
  );
}
