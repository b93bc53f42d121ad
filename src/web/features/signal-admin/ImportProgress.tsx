// Two progress bars: the upload (bytes sent by the browser) and the processing on the server (bytes read of the
// file), with the counts so far. Screen readers hear the progress in steps of 25% through the page's polite live
// region, not every second.
import { useEffect, useRef } from 'react';
import type { SignalImport } from '../../api/signal-admin.ts';
import { Heading, ProgressBar, Section } from '../../components/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { formatBytes, percentOf, progressStep } from './importProgress.ts';

const m = t.signalAdmin.import;

export interface UploadState {
  fileName: string;
  loaded: number;
  total: number;
}

export interface ImportProgressProps {
  fileName: string;
  /** The upload of this session; null when the page was opened on an import that is already running. */
  upload: UploadState | null;
  /** The server's state of the import; null while the upload is still going. */
  run: SignalImport | null;
  announce: (text: string) => void;
}

/** Announces `text(step)` each time the step (0/25/50/75/100) changes. */
function useStepAnnouncement(
  percent: number | null,
  text: (step: number) => string,
  announce: (s: string) => void,
) {
  const last = useRef<number | null>(null);
  useEffect(() => {
    if (percent === null) return;
    const step = progressStep(percent);
    if (step === last.current) return;
    last.current = step;
    announce(text(step));
  }, [percent, text, announce]);
}

export function ImportCounts({ run }: { run: SignalImport }) {
  const counts = [
    { key: 'gelezen', label: m.gelezen, value: run.gelezen },
    { key: 'nieuw', label: m.nieuw, value: run.nieuw },
    { key: 'dubbel', label: m.dubbel, value: run.dubbel },
    { key: 'afgekeurd', label: m.afgekeurd, value: run.afgekeurd },
  ];
  return (
    <dl className="regie-figures">
      {counts.map((count) => (
        <div key={count.key} className="regie-figure" data-count={count.key}>
          <dt>{count.label}</dt>
          <dd className="regie-figure__value">{formatNumber(count.value)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ImportProgress({ fileName, upload, run, announce }: ImportProgressProps) {
  const uploadPercent = upload ? percentOf(upload.loaded, upload.total) : null;
  const processPercent = run ? percentOf(run.bytesVerwerkt, run.bytesTotaal) : null;
  useStepAnnouncement(uploadPercent, m.announceUpload, announce);
  useStepAnnouncement(processPercent, m.announceProcess, announce);

  return (
    <section className="regie-card regie-import-progress" aria-labelledby="import-voortgang">
      <Heading level={2} id="import-voortgang">
        {m.progressTitle(fileName)}
      </Heading>
      {upload && (
        <ProgressBar
          label={m.uploadLabel}
          value={uploadPercent ?? 0}
          status={m.uploadStatus(uploadPercent ?? 0, formatBytes(upload.loaded), formatBytes(upload.total))}
        />
      )}
      {run ? (
        <ProgressBar
          label={m.processLabel}
          value={processPercent ?? 0}
          status={m.processStatus(
            processPercent ?? 0,
            formatBytes(run.bytesVerwerkt),
            formatBytes(run.bytesTotaal),
          )}
        />
      ) : upload && uploadPercent === 100 ? (
        <ProgressBar label={m.processLabel} status={m.processWaiting} />
      ) : null}
      {run && (
        <Section title={m.countsTitle} level={3} className="regie-stack">
          <ImportCounts run={run} />
        </Section>
      )}
    </section>
  );
}
