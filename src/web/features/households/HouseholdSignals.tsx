// The household's open signals that the viewer may see, newest first, with a link for signals on their worklist.
import type { HouseholdOverview } from '../../api/board.ts';
import { DataTable, EmptyState, RouterLink, Section } from '../../components/index.ts';
import { formatCalendarDate, formatMoment } from '../../i18n/format.ts';
import { overviewTexts as o } from './overviewLabels.ts';

type Signal = HouseholdOverview['signals'][number];

export function HouseholdSignals({ signals }: { signals: Signal[] }) {
  return (
    <Section title={o.signalsTitle}>
      {signals.length === 0 ? (
        <EmptyState>{o.noSignals}</EmptyState>
      ) : (
        <DataTable<Signal>
          caption={o.signalsCaption}
          captionHidden
          stacked
          rows={signals}
          rowKey={(s) => s.id}
          columns={[
            {
              key: 'category',
              header: o.category,
              rowHeader: true,
              render: (s) => {
                const label = s.crisis ? `${s.categoryLabel} (${o.crisis})` : s.categoryLabel;
                return s.canOpen ? (
                  <RouterLink to="/signalen/$signalId" params={{ signalId: s.id }}>
                    {label}
                  </RouterLink>
                ) : (
                  label
                );
              },
            },
            { key: 'received', header: o.received, render: (s) => formatMoment(s.receivedAt) },
            { key: 'status', header: o.status, render: (s) => s.status },
            { key: 'deadline', header: o.deadline, render: (s) => formatCalendarDate(s.deadline) },
            { key: 'team', header: o.team, render: (s) => s.team?.name ?? '' },
          ]}
        />
      )}
    </Section>
  );
}
