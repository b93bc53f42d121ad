// A page of households as a table; each address links to the household.
import type { HouseholdSummary } from '../../api/types.ts';
import { DataTable, RouterLink } from '../../components/index.ts';
import { formatStreetLine } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';

export interface HouseholdsTableProps {
  households: HouseholdSummary[];
  wijkNames: Map<string, string>;
  busy?: boolean;
}

export function HouseholdsTable({ households, wijkNames, busy }: HouseholdsTableProps) {
  return (
    <DataTable<HouseholdSummary>
      caption={t.households.caption}
      captionHidden
      busy={busy}
      rows={households}
      rowKey={(household) => household.id}
      columns={[
        {
          key: 'address',
          header: t.households.address,
          rowHeader: true,
          render: (household) => {
            const street = formatStreetLine(household.address);
            return (
              <RouterLink to="/huishoudens/$householdId" params={{ householdId: household.id }}>
                {street}
              </RouterLink>
            );
          },
        },
        { key: 'postcode', header: t.households.postcode, render: (household) => household.address.postcode },
        {
          key: 'woonplaats',
          header: t.households.woonplaats,
          render: (household) => household.address.woonplaats,
        },
        {
          key: 'wijk',
          header: t.households.wijk,
          render: (household) => {
            const code = household.address.wijkCode;
            return code ? (wijkNames.get(code) ?? code) : t.common.unknown;
          },
        },
        {
          key: 'members',
          header: t.households.members,
          numeric: true,
          render: (household) => household.memberCount,
        },
      ]}
    />
  );
}
