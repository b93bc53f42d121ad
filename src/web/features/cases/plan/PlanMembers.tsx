// The members of the household as the plan sees them (read-only: they come from the BRP, not from the plan).
import type { PlanMember } from '../../../api/plans.ts';
import { DataTable, EmptyState, Section } from '../../../components/index.ts';
import { formatCalendarDate } from '../../../i18n/format.ts';
import { relationLabel } from '../../../i18n/index.ts';
import { planTexts as m } from './texts.ts';

export function PlanMembers({ members }: { members: PlanMember[] }) {
  return (
    <Section title={m.membersTitle} level={3}>
      {members.length === 0 ? (
        <EmptyState>{m.noMembers}</EmptyState>
      ) : (
        <DataTable
          caption={m.membersCaption}
          captionHidden
          stacked
          rows={members}
          rowKey={(row) => row.personId}
          columns={[
            { key: 'name', header: m.member.name, rowHeader: true, render: (row) => row.name },
            {
              key: 'birth',
              header: m.member.birthDate,
              render: (row) => formatCalendarDate(row.geboortedatum),
            },
            { key: 'relation', header: m.member.relation, render: (row) => relationLabel(row.relation) },
            {
              key: 'adult',
              header: m.member.adult,
              render: (row) => (row.adult ? m.member.yes : m.member.no),
            },
          ]}
        />
      )}
    </Section>
  );
}
