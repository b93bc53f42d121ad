// The report of a finished import: the counts (read, new, duplicate, rejected), the rejected rows with row number,
// field and reason (paged), and the CSV report to download.
import { useQuery } from '@tanstack/react-query';
import {
  type ImportFout,
  importErrorsQuery,
  importReportUrl,
  type SignalImport,
} from '../../api/signal-admin.ts';
import {
  Alert,
  DataTable,
  ExternalLink,
  Heading,
  PagedResults,
  Paragraph,
  Section,
} from '../../components/index.ts';
import { formatMoment, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { ImportCounts } from './ImportProgress.tsx';

const m = t.signalAdmin.import;
const PAGE_SIZE = 25;

export interface ImportReportProps {
  run: SignalImport;
  errorsPage: number;
  onErrorsPageChange: (page: number) => void;
}

export function ImportReport({ run, errorsPage, onErrorsPageChange }: ImportReportProps) {
  const failed = run.status === 'mislukt';
  return (
    <section className="regie-card regie-import-report" aria-labelledby="import-rapport">
      <Heading level={2} id="import-rapport" tabIndex={-1}>
        {m.reportTitle(run.bestandsnaam)}
      </Heading>
      <Paragraph>
        {m.reportStarted(formatMoment(run.gestartOp))}
        {run.klaarOp ? ` ${m.reportDone(formatMoment(run.klaarOp))}` : ''}
      </Paragraph>
      {failed && (
        <Alert type="error" live="off">
          <Paragraph>{run.melding || m.failed}</Paragraph>
        </Alert>
      )}
      {!failed && run.melding && (
        <Alert type="info" live="off">
          <Paragraph>{run.melding}</Paragraph>
        </Alert>
      )}
      <ImportCounts run={run} />
      <Paragraph>
        <ExternalLink href={importReportUrl(run.id)} download>
          {m.download}
        </ExternalLink>
      </Paragraph>
      <Section title={m.rejectedTitle} level={3}>
        {run.afgekeurd === 0 ? (
          <Paragraph>{m.noRejected}</Paragraph>
        ) : (
          <RejectedRows id={run.id} page={errorsPage} onPageChange={onErrorsPageChange} />
        )}
      </Section>
    </section>
  );
}

function RejectedRows({
  id,
  page,
  onPageChange,
}: {
  id: string;
  page: number;
  onPageChange: (p: number) => void;
}) {
  const query = useQuery(importErrorsQuery(id, { page, pageSize: PAGE_SIZE }));
  return (
    <PagedResults<ImportFout> query={query} empty={m.noRejected} onPageChange={onPageChange}>
      {(rows) => (
        <DataTable<ImportFout>
          caption={m.rejectedCaption}
          captionHidden
          rows={rows}
          rowKey={(row) => `${row.rij}:${row.veld}`}
          columns={[
            {
              key: 'rij',
              header: m.row,
              numeric: true,
              rowHeader: true,
              render: (row) => formatNumber(row.rij),
            },
            { key: 'veld', header: m.field, render: (row) => row.veld },
            { key: 'reden', header: m.reason, render: (row) => row.reden },
          ]}
        />
      )}
    </PagedResults>
  );
}
