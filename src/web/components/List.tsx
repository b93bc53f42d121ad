// Lists (NL DS Utrecht OrderedList / UnorderedList), e.g. the steps of a calculation or a list of sources.
import {
  OrderedList as UtrechtOrderedList,
  OrderedListItem as UtrechtOrderedListItem,
  UnorderedList as UtrechtUnorderedList,
  UnorderedListItem as UtrechtUnorderedListItem,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface ListProps {
  children: ReactNode;
  className?: string;
}

export function OrderedList({ children, className }: ListProps) {
  return <UtrechtOrderedList className={className}>{children}</UtrechtOrderedList>;
}

export function OrderedListItem({ children, className }: ListProps) {
  return <UtrechtOrderedListItem className={className}>{children}</UtrechtOrderedListItem>;
}

export function UnorderedList({ children, className }: ListProps) {
  return <UtrechtUnorderedList className={className}>{children}</UtrechtUnorderedList>;
}

export function UnorderedListItem({ children, className }: ListProps) {
  return <UtrechtUnorderedListItem className={className}>{children}</UtrechtUnorderedListItem>;
}
