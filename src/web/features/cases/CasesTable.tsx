// A page of cases as a table (rows become readable blocks on a phone). Each case links to its case page; the
// regisseur column says in words when there is none yet.
import type { CaseSummary } from '../../api/cases.ts';
import { DataTable, RouterLink, VisuallyHidden } from '../../components/index.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { caseTexts, phaseLabel } from './labels.ts';

const l = caseTexts.list;

export function CasesTable({ cases, busy }: { cases: CaseSummary[]; busy?: boolean }) {
  return (
    <DataTable<CaseSummary>
      caption={l.caption}
      captionHidden
      stacked
      busy={busy}
      rows={cases}
      rowKey={(row) => row.id}
      columns={[
        {
          key: 'address',
          header: l.address,
          rowHeader: true,
          render: (row) => (
            <RouterLink to="/casussen/$caseId" params={{ caseId: row.id }}>
              {row.addressLine}
              <VisuallyHidden>{l.linkContext(row.team.name)}</VisuallyHidden>
            </RouterLink>
          ),
        },
        { key: 'phase', header: l.phase, render: (row) => phaseLabel(row.phase) },
        { key: 'team', header: l.team, render: (row) => row.team.name },
        {
          key: 'regisseur',
          header: l.regisseur,
          render: (row) => row.regisseur?.displayName ?? caseTexts.common.noRegisseur,
        },
        { key: 'opened', header: l.openedOn, render: (row) => formatCalendarDate(row.openedOn) },
      ]}
    />
  );
}
