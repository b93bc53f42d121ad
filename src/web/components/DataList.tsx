// Key-value pairs (NL DS Utrecht DataList), e.g. an organisation card or an address.
import {
  DataListItem,
  DataListKey,
  DataListValue,
  DataList as UtrechtDataList,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface DataListEntry {
  key: string;
  label: string;
  value: ReactNode;
}

export function DataList({ entries }: { entries: DataListEntry[] }) {
  return (
    <UtrechtDataList className="regie-data-list">
      {entries.map((entry) => (
        <DataListItem key={entry.key}>
          <DataListKey>{entry.label}</DataListKey>
          <DataListValue>{entry.value}</DataListValue>
        </DataListItem>
      ))}
    </UtrechtDataList>
  );
}
