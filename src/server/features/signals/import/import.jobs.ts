import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Ctx } from '../../../context.ts';
import type { SignalImportFormat } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { importSignals } from './import.service.ts';
import { detectFormat, readFileBytes, type SignalFile } from './signal-file.ts';

/**
 * Uploads processed in the background of this server process. The request body is streamed to a temporary file
 * while it is hashed (never held in memory), the run is claimed, the client gets 202 with the import id, and the
 * import goes on after the response. Progress is in signal_imports (bytes_done, counters). A job that fails ends as
 * 'mislukt' with a Dutch message (importSignals does that itself); nothing here may crash the server.
 */

/** 1 GiB: a DDAS file of about three million signals. */
export const MAX_UPLOAD_BYTES = 2 ** 30;

type Upload = { dir: string; path: string; sha256: string; sizeBytes: number };

class TooLarge extends Error {}

/** Streams the body to a temp file while hashing; refuses more than `limit` bytes with 413. */
export async function receiveUpload(
  body: ReadableStream<Uint8Array> | null,
  limit = MAX_UPLOAD_BYTES,
): Promise<Upload> {
  if (body === null)
    throw new DomainError('validation', 'Het bestand ontbreekt: stuur het als inhoud van het verzoek.');
  const dir = await mkdtemp(join(tmpdir(), 'regie-import-'));
  const path = join(dir, 'upload');
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sizeBytes += chunk.length;
      if (sizeBytes > limit) return done(new TooLarge());
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), meter, createWriteStream(path));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error instanceof TooLarge) {
      throw new DomainError(
        'payload_too_large',
        `Het bestand is groter dan ${Math.round(limit / 2 ** 20)} MiB. Splits het in kleinere bestanden.`,
      );
    }
    throw error;
  }
  if (sizeBytes === 0) {
    await rm(dir, { recursive: true, force: true });
    throw new DomainError('validation', 'Het bestand is leeg.');
  }
  return { dir, path, sha256: hash.digest('hex'), sizeBytes };
}

/** Running jobs by municipality and file hash: the same file uploaded twice while running is one job. */
const running = new Map<string, { importId: Promise<string>; done: Promise<void> }>();

/**
 * Starts the import of an uploaded file in the background and answers its id once the run exists. The temp file
 * is removed when the job ends, whatever happens.
 */
export async function startImportJob(
  ctx: Ctx,
  upload: Upload,
  request: { municipality: string; fileName: string; format?: SignalImportFormat },
): Promise<string> {
  const key = `${request.municipality}:${upload.sha256}`;
  if (running.has(key)) return joinRunning(key, upload);
  let format: SignalImportFormat;
  try {
    format = request.format ?? (await detectFormat(upload.path, request.fileName));
  } catch (error) {
    // The upload holds personal data: never leave it behind in the temp folder.
    await rm(upload.dir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  if (running.has(key)) return joinRunning(key, upload);
  const file: SignalFile = {
    name: request.fileName,
    format,
    sizeBytes: upload.sizeBytes,
    sha256: upload.sha256,
    open: () => readFileBytes(upload.path),
  };
  let started: (id: string) => void = () => {};
  const idKnown = new Promise<string>((resolve) => {
    started = resolve;
  });
  const work = importSignals(ctx, file, { municipality: request.municipality, onStarted: started });
  // Errors before the run exists (such as an unknown municipality) go back to the client.
  const importId = Promise.race([idKnown, work.then(() => idKnown)]);
  const done = work
    .then(
      () => undefined,
      (error: unknown) => {
        // The class only: a database message can quote a value from the file.
        ctx.log.error({ err: { name: (error as Error).name } }, 'signal import job failed');
      },
    )
    .finally(async () => {
      running.delete(key);
      await rm(upload.dir, { recursive: true, force: true }).catch(() => undefined);
    });
  running.set(key, { importId, done });
  return importId;
}

async function joinRunning(key: string, upload: Upload): Promise<string> {
  const job = running.get(key)!;
  await rm(upload.dir, { recursive: true, force: true });
  return job.importId;
}

/** For tests and shutdown: waits until every running job has ended. */
export async function settleImportJobs(): Promise<void> {
  await Promise.all([...running.values()].map((j) => j.done));
}
