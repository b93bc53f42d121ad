// Audit log entries as a table.
import type { AuditEntry } from '../../api/types.ts';
import { DataTable } from '../../components/index.ts';
import { formatMoment } from '../../i18n/format.ts';
import { actorTypeLabel, auditActionLabel, resourceTypeLabel, t } from '../../i18n/index.ts';

export interface AuditTableProps {
  entries: AuditEntry[];
  caption: string;
  captionHidden?: boolean;
  busy?: boolean;
}

export function AuditTable({ entries, caption, captionHidden, busy }: AuditTableProps) {
  return (
    <DataTable<AuditEntry>
      caption={caption}
      captionHidden={captionHidden}
      busy={busy}
      rows={entries}
      rowKey={(entry) => String(entry.id)}
      columns={[
        { key: 'seq', header: t.audit.seq, numeric: true, render: (entry) => entry.seq },
        {
          key: 'at',
          header: t.audit.occurredAt,
          rowHeader: true,
          render: (entry) => formatMoment(entry.occurredAt),
        },
        {
          key: 'actor',
          header: t.audit.actor,
          render: (entry) => entry.actorDisplayName ?? actorTypeLabel(entry.actorType),
        },
        {
          key: 'action',
          header: t.audit.actionColumn,
          render: (entry) => (
            <>
              {auditActionLabel(entry.action)} (<code>{entry.action}</code>)
            </>
          ),
        },
        {
          key: 'resource',
          header: t.audit.resource,
          render: (entry) => resourceTypeLabel(entry.resourceType),
        },
        {
          key: 'ids',
          header: t.audit.resourceIds,
          numeric: true,
          render: (entry) => entry.resourceIds.length,
        },
        {
          key: 'municipality',
          header: t.audit.municipality,
          render: (entry) => entry.municipalityCode ?? '',
        },
        {
          key: 'request',
          header: t.audit.requestId,
          render: (entry) => (entry.requestId ? <code>{entry.requestId}</code> : ''),
        },
      ]}
    />
  );
}
