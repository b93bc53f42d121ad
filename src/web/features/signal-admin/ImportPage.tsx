// "Signalen importeren": upload a DDAS (.json) or CSV file with a real upload progress bar, follow the processing
// on the server (polled every second) and read the row-level report; below, the earlier imports and which files
// and columns are accepted.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { myOrganisationQuery } from '../../api/me.ts';
import { importQuery, importsQueryKey, uploadSignalFile } from '../../api/signal-admin.ts';
import type { Municipality } from '../../api/types.ts';
import { EmptyState, Heading, Paragraph, QueryState, RouterLink, Section } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { ImportHelp } from './ImportHelp.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import { ImportProgress, type UploadState } from './ImportProgress.tsx';
import { ImportReport } from './ImportReport.tsx';
import { ImportUploadForm } from './ImportUploadForm.tsx';
import './signal-admin.css';

const route = getRouteApi('/_app/signalen/import');
const m = t.signalAdmin.import;

export function ImportPage() {
  return (
    <RoleGate page="signalImport">
      <ImportContent />
    </RoleGate>
  );
}

function ImportContent() {
  usePageTitle(m.title);
  const organisation = useQuery(myOrganisationQuery);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // One polite live region for the whole page, present before anything is announced.
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement(text), []);

  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      <div aria-live="polite" aria-atomic="true" className="regie-visually-hidden" data-testid="import-live">
        {announcement}
      </div>
      <QueryState query={organisation}>
        {({ municipalities }) =>
          municipalities.length === 0 ? (
            <EmptyState>{t.signalAdmin.noMunicipality}</EmptyState>
          ) : (
            <ImportWork municipalities={municipalities} importId={search.import} announce={announce} />
          )
        }
      </QueryState>
      <Section title={m.historyTitle}>
        <ImportHistory
          page={search.page ?? 1}
          onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
        />
      </Section>
      <ImportHelp />
    </>
  );
}

interface ImportWorkProps {
  municipalities: Municipality[];
  importId: string | undefined;
  announce: (text: string) => void;
}

/** The form, the upload in flight, or the import named in the address (progress, then report). */
function ImportWork({ municipalities, importId, announce }: ImportWorkProps) {
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const [upload, setUpload] = useState<UploadState | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const controller = useRef<AbortController | null>(null);

  // Leaving the page stops an upload that is still going.
  useEffect(() => () => controller.current?.abort(), []);

  const start = (gemeente: string, file: File) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setUploadError(null);
    setUpload({ fileName: file.name, loaded: 0, total: file.size });
    uploadSignalFile({
      gemeente,
      file,
      signal: abort.signal,
      onProgress: ({ loaded, total }) => setUpload({ fileName: file.name, loaded, total }),
    }).then(
      ({ id }) => {
        // The same file again reuses its import (same id): forget the old report so the new run is followed.
        queryClient.removeQueries({ queryKey: importQuery(id).queryKey });
        void navigate({ search: { import: id } });
      },
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setUpload(null);
        setUploadError(error);
        setAttempt((n) => n + 1);
      },
    );
  };

  if (importId) {
    return (
      <ImportRun
        key={importId}
        id={importId}
        upload={upload}
        announce={announce}
        onNew={() => {
          setUpload(null);
          void navigate({ search: {} });
        }}
      />
    );
  }
  if (upload)
    return <ImportProgress fileName={upload.fileName} upload={upload} run={null} announce={announce} />;
  return (
    <Section title={m.formTitle}>
      <ImportUploadForm
        municipalities={municipalities}
        uploading={false}
        uploadError={uploadError}
        attempt={attempt}
        onUpload={start}
      />
    </Section>
  );
}

interface ImportRunProps {
  id: string;
  upload: UploadState | null;
  announce: (text: string) => void;
  onNew: () => void;
}

function ImportRun({ id, upload, announce, onNew }: ImportRunProps) {
  const queryClient = useQueryClient();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(importQuery(id));
  const status = query.data?.status;
  const finishedRef = useRef(false);

  useEffect(() => {
    if (!query.data || status === 'bezig' || finishedRef.current) return;
    finishedRef.current = true;
    announce(
      status === 'klaar'
        ? m.announceDone(query.data.bestandsnaam)
        : m.announceFailed(query.data.bestandsnaam),
    );
    void queryClient.invalidateQueries({ queryKey: [...importsQueryKey, 'list'] });
    // Focus goes to the report heading when this session watched the import finish.
    if (upload) requestAnimationFrame(() => document.getElementById('import-rapport')?.focus());
  }, [query.data, status, announce, queryClient, upload]);

  return (
    <div className="regie-stack">
      <QueryState query={query}>
        {(run) =>
          run.status === 'bezig' ? (
            <ImportProgress fileName={run.bestandsnaam} upload={upload} run={run} announce={announce} />
          ) : (
            <ImportReport
              run={run}
              errorsPage={search.fouten ?? 1}
              onErrorsPageChange={(fouten) => void navigate({ search: (prev) => ({ ...prev, fouten }) })}
            />
          )
        }
      </QueryState>
      <Paragraph>
        <RouterLink
          to="/signalen/import"
          search={{}}
          onClick={(event) => {
            event.preventDefault();
            onNew();
          }}
        >
          {m.newImport}
        </RouterLink>
      </Paragraph>
    </div>
  );
}
