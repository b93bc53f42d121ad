// The household's provisions (voorzieningen) that the viewer may see: law, what, for whom, period, status.
import type { HouseholdOverview } from '../../api/board.ts';
import type { HouseholdMember } from '../../api/types.ts';
import { DataTable, EmptyState, Section } from '../../components/index.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { memberName } from '../rules/householdPrefill.ts';
import { lawLabels, overviewTexts as o, productLabel, provisionStatusLabels } from './overviewLabels.ts';

type Provision = HouseholdOverview['provisions'][number];

export function HouseholdProvisions({
  provisions,
  members,
}: {
  provisions: Provision[];
  members: HouseholdMember[];
}) {
  const personName = (id: string | null) => {
    const member = members.find((m) => m.id === id);
    return member ? memberName(member) : o.wholeHousehold;
  };
  return (
    <Section title={o.provisionsTitle}>
      {provisions.length === 0 ? (
        <EmptyState>{o.noProvisions}</EmptyState>
      ) : (
        <DataTable<Provision>
          caption={o.provisionsCaption}
          captionHidden
          stacked
          rows={provisions}
          rowKey={(p) => p.id}
          columns={[
            {
              key: 'product',
              header: o.product,
              rowHeader: true,
              render: (p) => p.reference ?? productLabel(p.product),
            },
            { key: 'law', header: o.law, render: (p) => lawLabels[p.law] ?? p.law },
            { key: 'person', header: o.person, render: (p) => personName(p.personId) },
            {
              key: 'period',
              header: o.period,
              render: (p) =>
                o.from(formatCalendarDate(p.startDate), p.endDate ? formatCalendarDate(p.endDate) : null),
            },
            { key: 'extent', header: o.extent, render: (p) => p.extent ?? '' },
            { key: 'status', header: o.status, render: (p) => provisionStatusLabels[p.status] ?? p.status },
          ]}
        />
      )}
    </Section>
  );
}
