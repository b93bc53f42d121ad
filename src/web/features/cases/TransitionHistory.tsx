// The history of the case's phases: who moved it, when, from where to where and why, newest first.
import type { CaseTransition } from '../../api/cases.ts';
import { DataTable, EmptyState, Section } from '../../components/index.ts';
import { formatMoment } from '../../i18n/format.ts';
import { caseTexts, phaseLabel } from './labels.ts';

const h = caseTexts.history;

export function TransitionHistory({ transitions }: { transitions: CaseTransition[] }) {
  const rows = [...transitions]
    .map((row, index) => ({ ...row, key: `${row.at}-${index}` }))
    .sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Section title={h.title} level={3}>
      {rows.length === 0 ? (
        <EmptyState>{h.empty}</EmptyState>
      ) : (
        <DataTable
          caption={h.caption}
          captionHidden
          stacked
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            { key: 'at', header: h.when, rowHeader: true, render: (row) => formatMoment(row.at) },
            {
              key: 'change',
              header: h.change,
              render: (row) =>
                row.from ? h.moved(phaseLabel(row.from), phaseLabel(row.to)) : h.started(phaseLabel(row.to)),
            },
            { key: 'who', header: h.who, render: (row) => row.actor?.displayName ?? h.system },
            { key: 'why', header: h.why, render: (row) => row.reason || caseTexts.common.none },
          ]}
        />
      )}
    </Section>
  );
}
