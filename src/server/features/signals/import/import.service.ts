import { sql } from 'drizzle-orm';
import type { Ctx } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import type { SignalImportFormat, SignalImportStatus } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { dateInAmsterdam } from '../../../lib/dates.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { processSignals } from '../pipeline/process.ts';
import { ensureStage, processStaged, writeStaged } from '../pipeline/stage.ts';
import { CsvFileError, checkCsvRow, readHeader, streamCsvRecords } from './csv-rows.ts';
import { checkVroegsignaal, envelopeIssues, idOf } from './ddas-schema.ts';
import { DdasFileError, DdasScanner, streamVroegsignalen } from './ddas-stream.ts';
import {
  advanceRun,
  type BatchTarget,
  claimRun,
  countErrors,
  finishRun,
  firstErrors,
  type InsertMode,
  insertErrors,
  lockBatches,
  municipalityExists,
  openSignalsOfRun,
  type RunCounts,
  type StoredIssue,
  stageSignals,
} from './import.repo.ts';
import type { SignalFile } from './signal-file.ts';
import { utf8Chunks } from './signal-file.ts';
import type { RowIssue, RowResult, SignalRow } from './signal-row.ts';

/**
 * `importSignals`: a DDAS v1.2 or CSV file of a signal platform into `signals`, for one municipality. Used by
 * `regie import signals` and by the upload API (import.jobs.ts). See README.md in this folder.
 *
 * - Streaming: rows are read one by one and written in batches (default 10,000 rows). Writing is pipelined with
 *   backpressure: the next batch is read and checked while PostgreSQL writes one, and the reader waits when that
 *   one is full too, so at most two batches are in memory whatever the file size.
 * - Each batch is one transaction: its new signals go into a staging table, through the pipeline there, and into
 *   `signals` once with their final values (../pipeline/stage.ts; source key `platform:<ID>`, the same for DDAS and
 *   CSV), with the batch's rejected rows and the run's counters, so a killed run leaves whole batches and counters
 *   that match them.
 * - A run is keyed by the file's SHA-256 and the municipality (import.repo.ts `claimRun`); running the same file
 *   again after a kill or a failure skips the rows already committed and ends with exactly the right counts.
 */

export type ImportOptions = {
  municipality: string;
  /** Rows per transaction. */
  batchSize?: number;
  insertMode?: InsertMode;
  onProgress?: (progress: ImportProgress) => void;
  /** When given, milliseconds spent are added up here (for the benchmark): insert, pipeline, the rest of a batch. */
  timings?: ImportTimings;
  /** Called once the run exists (its id is known), before any row is read. */
  onStarted?: (importId: string) => void;
};

/**
 * Milliseconds, added up over the batches: in PostgreSQL `stage` (rows into the staging table), `pipeline`,
 * `write` (into signals), `bookkeeping` (errors, counters); `waiting` is the time the reader waited for a batch to
 * be written (the rest of the run is reading and checking, overlapping with PostgreSQL's work).
 */
export type ImportTimings = {
  stage: number;
  pipeline: number;
  write: number;
  bookkeeping: number;
  waiting: number;
};

/** Rows per transaction: big enough that a statement's fixed cost is small per row, small enough for memory. */
export const DEFAULT_BATCH_SIZE = 10_000;

export type ImportProgress = RunCounts & { bytesDone: number; bytesTotal: number };

export type SignalImportReport = {
  importId: string;
  bestandsnaam: string;
  formaat: SignalImportFormat;
  gemeente: string;
  status: SignalImportStatus;
  /** True when this run continued an earlier one that had stopped. */
  hervat: boolean;
  gelezen: number;
  nieuw: number;
  dubbel: number;
  afgekeurd: number;
  /** Stored problems (rows and, at row 0 / header row, the file itself). */
  fouten: number;
  eersteFouten: StoredIssue[];
  melding: string | null;
};

/** A row as the readers hand it to the writer: checked, or rejected with its reasons. */
type Item = { result: RowResult; bytesDone: number };
/** Problems of the file itself (row 0, or the CSV header): stored, not counted as rows. */
type FileIssues = { fileIssues: RowIssue[]; bytesDone: number };
/** The readers hand out lists (one per piece of file read): an async step per row would cost more than the row. */
type Entries = AsyncGenerator<(Item | FileIssues)[]>;

const FIRST_ERRORS = 20;

export async function importSignals(
  ctx: Ctx,
  file: SignalFile,
  options: ImportOptions,
): Promise<SignalImportReport> {
  const municipality = options.municipality;
  if (!(await municipalityExists(ctx.db, municipality))) {
    throw new DomainError('validation', `Gemeente ${municipality} is niet bekend in Regie.`, [
      { path: 'gemeente', message: `Gemeente ${municipality} is niet bekend in Regie.` },
    ]);
  }
  const run = await claimRun(ctx, file, municipality);
  options.onStarted?.(run.id);
  if (run.resumed) await settleLeftovers(ctx, run.id, 2000);
  const writer = new BatchWriter(ctx, run.id, run.counts, options, file, {
    importId: run.id,
    municipalityCode: municipality,
    source: file.format,
    receivedAt: ctx.now,
    today: dateInAmsterdam(ctx.now),
  });
  let status: Exclude<SignalImportStatus, 'bezig'> = 'klaar';
  let message: string | null = null;
  try {
    const lists = file.format === 'ddas' ? ddasItems(file, municipality) : csvItems(file);
    for await (const list of lists) {
      for (const entry of list) if (writer.add(entry)) await writer.submit(writer.bytesDone);
    }
    await writer.finish(file.sizeBytes);
  } catch (error) {
    // A batch may still be in PostgreSQL while the reader failed: let it end (committed or not) first, so the
    // counts reported and stored are those of the batches that are really there.
    await writer.abandon();
    status = 'mislukt';
    message = failureMessage(error);
    ctx.log.warn({ err: { name: (error as Error).name }, importId: run.id }, 'signal import stopped');
  }
  const counts = writer.counts;
  await inTransaction(ctx, async (tx) => {
    await finishRun(tx, run.id, status, ctx.now, message, status === 'klaar' ? file.sizeBytes : undefined);
    await appendAudit(ctx, tx, {
      action: 'signal.import',
      resourceType: 'signal_import',
      resourceIds: [run.id],
      municipalityCode: municipality,
      details: {
        formaat: file.format,
        status,
        hervat: run.resumed,
        gelezen: counts.read,
        nieuw: counts.new,
        dubbel: counts.duplicate,
        afgekeurd: counts.rejected,
      },
    });
  });
  return {
    importId: run.id,
    bestandsnaam: file.name,
    formaat: file.format,
    gemeente: municipality,
    status,
    hervat: run.resumed,
    gelezen: counts.read,
    nieuw: counts.new,
    dubbel: counts.duplicate,
    afgekeurd: counts.rejected,
    fouten: await countErrors(ctx.db, run.id),
    eersteFouten: await firstErrors(ctx.db, run.id, FIRST_ERRORS),
    melding: message,
  };
}

/**
 * Signals a run killed between its two transactions per batch stored but did not take through the pipeline: an
 * import of an earlier version (batches are one transaction now, so a new run leaves none).
 */
async function settleLeftovers(ctx: Ctx, importId: string, batchSize: number): Promise<void> {
  for (;;) {
    const ids = await openSignalsOfRun(ctx.db, importId, batchSize);
    if (ids.length === 0) return;
    await inTransaction(ctx, (tx) => processSignals(ctx, tx, ids));
  }
}

/** Dutch message for the run's `melding`: the file's own problem, or a general one (never data from the file). */
function failureMessage(error: unknown): string {
  if (error instanceof DdasFileError || error instanceof CsvFileError) return error.message;
  if (error instanceof DomainError) return error.message;
  return 'Het inlezen is afgebroken door een fout. Lees hetzelfde bestand opnieuw in: het gaat verder waar het stopte.';
}

/** What one write takes from the reader: the batch's good rows, its problems and its counts. */
type Batch = {
  rows: SignalRow[];
  issues: RowIssue[];
  read: number;
  duplicate: number;
  rejected: number;
  bytesDone: number;
};

/**
 * Collects rows into batches and writes each in one transaction (stage, pipeline, write; see `write`). Writing is
 * pipelined: while a batch is in PostgreSQL, the reader reads and checks the next one; it waits only when that one
 * is full too, so at most two batches are in memory (backpressure). Rows the run already committed (a resumed run)
 * are counted off first: the readers hand out rows in the same order every time.
 */
class BatchWriter {
  readonly counts: RunCounts;
  private skip: number;
  private seen = 0;
  private batch: Batch = emptyBatch();
  private ids = new Set<string>();
  private inFlight: Promise<void> | null = null;
  bytesDone = 0;
  private readonly batchSize: number;

  constructor(
    private readonly ctx: Ctx,
    private readonly importId: string,
    start: RunCounts,
    private readonly options: ImportOptions,
    private readonly file: SignalFile,
    private readonly target: BatchTarget,
  ) {
    this.counts = { ...start };
    this.skip = start.read;
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  /**
   * Adds a row; answers true when the batch is full (the caller submits it).
   * File-level issues are stored with the next batch and not counted.
   */
  add(item: Item | FileIssues): boolean {
    this.bytesDone = item.bytesDone;
    const batch = this.batch;
    if ('fileIssues' in item) {
      for (const issue of item.fileIssues) batch.issues.push(issue);
      return false;
    }
    if (this.seen++ < this.skip) return false;
    batch.read++;
    const { result } = item;
    if (!result.ok) {
      batch.rejected++;
      for (const issue of result.issues) batch.issues.push(issue);
    } else if (this.ids.has(result.signal.externalId)) {
      batch.duplicate++; // the same ID earlier in this batch
    } else {
      this.ids.add(result.signal.externalId);
      batch.rows.push(result.signal);
    }
    return batch.read >= this.batchSize;
  }

  /**
   * Hands the current batch to PostgreSQL once the previous one is written, and returns without waiting for it:
   * the caller reads on. A failed write surfaces at the next submit or at `finish`.
   */
  async submit(bytesDone: number): Promise<void> {
    await this.settled();
    const batch = this.batch;
    if (batch.read === 0 && batch.issues.length === 0) return;
    batch.bytesDone = bytesDone;
    this.batch = emptyBatch();
    this.ids = new Set();
    const writing = this.write(batch);
    writing.catch(() => {}); // awaited in settled(); this only keeps it from counting as unhandled meanwhile
    this.inFlight = writing;
  }

  /** Writes what is left and waits until every batch is written. */
  async finish(bytesDone: number): Promise<void> {
    await this.submit(bytesDone);
    await this.settled();
  }

  /** After a failure: waits until the batch in PostgreSQL, if any, has ended, whether it failed or not. */
  async abandon(): Promise<void> {
    await this.settled().catch(() => {});
  }

  /** Waits for the batch in PostgreSQL, if any (the time the reader waits is measured). */
  private async settled(): Promise<void> {
    const writing = this.inFlight;
    if (!writing) return;
    this.inFlight = null;
    const started = performance.now();
    await writing;
    if (this.options.timings) this.options.timings.waiting += performance.now() - started;
  }

  /**
   * One transaction per batch, so a killed run leaves whole batches and counters that match them: the new signals
   * go into the staging table, through the pipeline there, and into `signals` once with their final values
   * (pipeline/stage.ts); then the rejected rows and the run's counters.
   */
  private async write(batch: Batch): Promise<void> {
    const before = this.counts.read;
    const next: RunCounts = {
      read: before + batch.read,
      new: this.counts.new,
      duplicate: this.counts.duplicate + batch.duplicate,
      rejected: this.counts.rejected + batch.rejected,
    };
    const timings = this.options.timings;
    let at = performance.now();
    const lap = (key: keyof ImportTimings) => {
      const now = performance.now();
      if (timings) timings[key] += now - at;
      at = now;
    };
    const written = await inTransaction(this.ctx, async (tx) => {
      await lockBatches(tx, this.target.municipalityCode);
      await ensureStage(tx);
      const staged = await stageSignals(tx, this.target, batch.rows, this.options.insertMode);
      lap('stage');
      let written = 0;
      if (staged > 0) {
        await processStaged(tx);
        lap('pipeline');
        written = await writeStaged(tx);
        lap('write');
      }
      await insertErrors(tx, this.importId, batch.issues);
      next.new += written;
      next.duplicate += batch.rows.length - written;
      await advanceRun(tx, this.importId, before, next, batch.bytesDone);
      lap('bookkeeping');
      return written;
    });
    if (written > 0) await analyseWhenGrown(this.ctx, this.counts.new, next.new);
    Object.assign(this.counts, next);
    this.options.onProgress?.({
      ...this.counts,
      bytesDone: batch.bytesDone,
      bytesTotal: this.file.sizeBytes,
    });
  }
}

function emptyBatch(): Batch {
  return { rows: [], issues: [], read: 0, duplicate: 0, rejected: 0, bytesDone: 0 };
}

/**
 * The pipeline's statements join the batch with the municipality's signals and cases. While an import grows those
 * tables from few rows to many, the planner's statistics lag behind (autovacuum analyses later) and it picks plans
 * for a small table: a batch then took seconds instead of milliseconds. Analysing when the number of new signals
 * doubles keeps the statistics close at little cost (ANALYZE samples a fixed number of rows).
 */
async function analyseWhenGrown(ctx: Ctx, before: number, after: number): Promise<void> {
  if (after < 1000 || Math.floor(Math.log2(after)) === Math.floor(Math.log2(Math.max(before, 1)))) return;
  await ctx.db.execute(sql`ANALYZE signals, signal_cases`);
}

function withId(issues: RowIssue[], id: string | null): RowIssue[] {
  if (id === null) return issues;
  return issues.map((i) => ({ ...i, reason: `${i.reason} (signaal-ID ${JSON.stringify(id)})` }));
}

function otherMunicipality(row: number, gemeentecode: unknown, municipality: string): RowIssue {
  return {
    row,
    field: 'gemeentecode',
    reason:
      typeof gemeentecode === 'string'
        ? `Dit signaal hoort bij een levering voor gemeente ${gemeentecode.slice(0, 10)}; alleen leveringen voor ${municipality} worden ingelezen.`
        : `De levering van dit signaal heeft geen geldige gemeentecode; alleen leveringen voor ${municipality} worden ingelezen.`,
  };
}

/**
 * The vroegsignalen of a DDAS file as rows. A levering whose gemeentecode comes after its first signal (JSON keys
 * may come in any order) cannot be judged while it is read, and its signals are not kept in memory either: they are
 * passed over and read in a second pass over the file, when every levering's gemeentecode is known. Producers write
 * gemeentecode first, so normally there is one pass.
 */
async function* ddasItems(file: SignalFile, municipality: string): Entries {
  const deferred = new Set<number>();
  const judge = (value: unknown, position: number, gemeentecode: unknown): RowResult => {
    if (gemeentecode !== municipality) {
      return {
        ok: false,
        issues: withId([otherMunicipality(position, gemeentecode, municipality)], idOf(value)),
      };
    }
    const result = checkVroegsignaal(value, position);
    return result.ok ? result : { ok: false, issues: withId(result.issues, idOf(value)) };
  };

  const scanner = new DdasScanner();
  let bytesDone = 0;
  for await (const list of streamVroegsignalen(utf8Chunks(file.open()), scanner)) {
    const items: Item[] = [];
    for (const s of list) {
      bytesDone = s.bytesDone;
      if (s.gemeentecode === undefined || deferred.has(s.levering)) {
        deferred.add(s.levering);
        continue;
      }
      items.push({ result: judge(s.value, s.position, s.gemeentecode), bytesDone });
    }
    yield items;
  }
  yield [{ fileIssues: envelopeIssues(scanner.envelope), bytesDone }];
  if (deferred.size === 0) return;

  const codes = new Map(scanner.envelope.leveringen.map((l) => [l.index, l.members.gemeentecode]));
  for await (const list of streamVroegsignalen(utf8Chunks(file.open()))) {
    yield list
      .filter((s) => deferred.has(s.levering))
      .map((s) => ({ result: judge(s.value, s.position, codes.get(s.levering)), bytesDone }));
  }
}

/** The data rows of a CSV file, checked; problems of the header row are file issues of row 1. */
async function* csvItems(file: SignalFile): Entries {
  let header: ReturnType<typeof readHeader> | undefined;
  for await (const record of streamCsvRecords(file.open())) {
    if (header === undefined) {
      header = readHeader(record.cells);
      if (header.issues.length > 0) yield [{ fileIssues: header.issues, bytesDone: record.bytesDone }];
      continue;
    }
    yield [{ result: checkCsvRow(record.cells, record.line, header), bytesDone: record.bytesDone }];
  }
  if (header === undefined) throw new CsvFileError('Het CSV-bestand is leeg: er is geen kopregel.');
}
