// Earlier imports, newest first, each with a link to its report.
import { useQuery } from '@tanstack/react-query';
import { importsQuery, type SignalImport } from '../../api/signal-admin.ts';
import { DataTable, PagedResults, RouterLink } from '../../components/index.ts';
import { formatMoment, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';

const m = t.signalAdmin.import;
const PAGE_SIZE = 10;

export function ImportHistory({
  page,
  onPageChange,
}: {
  page: number;
  onPageChange: (page: number) => void;
}) {
  const query = useQuery(importsQuery({ page, pageSize: PAGE_SIZE }));
  return (
    <PagedResults<SignalImport> query={query} empty={m.historyEmpty} onPageChange={onPageChange}>
      {(rows) => (
        <DataTable<SignalImport>
          caption={m.historyCaption}
          captionHidden
          stacked
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            { key: 'bestand', header: m.file, rowHeader: true, render: (row) => row.bestandsnaam },
            { key: 'soort', header: m.format, render: (row) => m.formats[row.formaat] ?? row.formaat },
            { key: 'gestart', header: m.started, render: (row) => formatMoment(row.gestartOp) },
            { key: 'status', header: m.status, render: (row) => m.statuses[row.status] ?? row.status },
            { key: 'nieuw', header: m.nieuw, numeric: true, render: (row) => formatNumber(row.nieuw) },
            { key: 'dubbel', header: m.dubbel, numeric: true, render: (row) => formatNumber(row.dubbel) },
            {
              key: 'afgekeurd',
              header: m.afgekeurd,
              numeric: true,
              render: (row) => formatNumber(row.afgekeurd),
            },
            {
              key: 'rapport',
              header: m.view,
              render: (row) => (
                <RouterLink
                  to="/signalen/import"
                  search={{ import: row.id }}
                  aria-label={m.viewLabel(row.bestandsnaam, formatMoment(row.gestartOp))}
                >
                  {m.view}
                </RouterLink>
              ),
            },
          ]}
        />
      )}
    </PagedResults>
  );
}
