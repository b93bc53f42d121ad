import { sql } from 'drizzle-orm';
import type { Ctx } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import type { SignalImportFormat, SignalImportStatus } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { dateInAmsterdam } from '../../../lib/dates.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { processSignals } from '../pipeline/process.ts';
import { lockSettling } from '../pipeline/settle-lock.ts';
import { ensureStage, matchStaged, settleStaged, unstageStored, writeStaged } from '../pipeline/stage.ts';
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
  municipalityExists,
  openSignalsOfRun,
  otherImportRunning,
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
 *   backpressure: the next batch is read and checked while PostgreSQL writes two (one matching, one settling; see
 *   BatchWriter), and the reader waits when those are in flight and the next is full, so at most three batches are
 *   in memory whatever the file size.
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
  /**
   * Batches in PostgreSQL at once, each on its own connection (default 2: the next batch is staged and matched while
   * the one before settles). On the embedded database, which has one connection, they simply take turns.
   */
  parallel?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** When given, milliseconds spent per step are added up here (for the benchmark; see ImportTimings). */
  timings?: ImportTimings;
  /** Called once the run exists (its id is known), before any row is read. */
  onStarted?: (importId: string) => void;
};

/**
 * Milliseconds, added up over the batches (batches overlap, so the sum can exceed the run): in PostgreSQL `stage`
 * (rows into the staging table), `match`, `lock` (waiting for the batch before to commit), `settle` (the rest of the
 * pipeline), `write` (into signals), `bookkeeping` (errors, counters); `waiting` is the time the reader waited for
 * a batch to be written (the rest of the run is reading and checking, overlapping with PostgreSQL's work).
 */
export type ImportTimings = {
  stage: number;
  match: number;
  lock: number;
  settle: number;
  write: number;
  bookkeeping: number;
  waiting: number;
};

/** Batches in PostgreSQL at once (see ImportOptions.parallel). */
export const DEFAULT_PARALLEL = 2;

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

/** A batch handed to PostgreSQL: its write, and the moment it holds the settling lock (or has ended). */
type InFlight = { written: Promise<void>; locked: Promise<void>; ids: Set<string> };

/**
 * Collects rows into batches and writes each in one transaction (see `write`). Writing is pipelined: while batches
 * are in PostgreSQL, the reader reads and checks the next one, and waits only when `parallel` batches are in flight
 * (backpressure: at most `parallel + 1` batches in memory, whatever the file size). With `parallel` 2, a batch is
 * staged and matched on its own connection while the batch before it settles: matching reads only the register, and
 * the settling lock, taken after matching and in the order of the file, keeps settling and committing in that order.
 * Rows the run already committed (a resumed run) are counted off first: the readers hand out rows in the same order
 * every time.
 */
class BatchWriter {
  readonly counts: RunCounts;
  private skip: number;
  private seen = 0;
  private batch: Batch = emptyBatch();
  private ids = new Set<string>();
  private inFlight: InFlight[] = [];
  /** Rows read by the batches handed to PostgreSQL: the run's `rows_read` once they are all committed. */
  private submittedRead: number;
  bytesDone = 0;
  private readonly batchSize: number;
  private readonly parallel: number;

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
    this.submittedRead = start.read;
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.parallel = Math.max(1, options.parallel ?? DEFAULT_PARALLEL);
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
    } else if (this.isRepeat(result.signal.externalId)) {
      batch.duplicate++;
    } else {
      this.ids.add(result.signal.externalId);
      batch.rows.push(result.signal);
    }
    return batch.read >= this.batchSize;
  }

  /**
   * The same ID earlier in this batch, or in a batch still being written (which this one may stage before that one
   * is stored); an ID of a committed batch is found in `signals` when staging.
   */
  private isRepeat(id: string): boolean {
    return this.ids.has(id) || this.inFlight.some((f) => f.ids.has(id));
  }

  /**
   * Hands the current batch to PostgreSQL and returns without waiting for it, once fewer than `parallel` batches
   * are in flight: the caller reads on. A failed write surfaces at a later submit or at `finish`.
   */
  async submit(bytesDone: number): Promise<void> {
    while (this.inFlight.length >= this.parallel) await this.settleOldest();
    const batch = this.batch;
    if (batch.read === 0 && batch.issues.length === 0) return;
    batch.bytesDone = bytesDone;
    this.batch = emptyBatch();
    const before = this.submittedRead;
    this.submittedRead += batch.read;
    const previousLocked = this.inFlight.at(-1)?.locked ?? Promise.resolve();
    let lockTaken = () => {};
    const locked = new Promise<void>((resolve) => {
      lockTaken = resolve;
    });
    const written = this.write(batch, before, previousLocked, lockTaken).finally(lockTaken);
    written.catch(() => {}); // awaited in settleOldest(); this only keeps it from counting as unhandled meanwhile
    this.inFlight.push({ written, locked, ids: this.ids });
    this.ids = new Set();
  }

  /** Writes what is left and waits until every batch is written. */
  async finish(bytesDone: number): Promise<void> {
    await this.submit(bytesDone);
    while (this.inFlight.length > 0) await this.settleOldest();
  }

  /** After a failure: waits until every batch in PostgreSQL has ended, whether it failed or not. */
  async abandon(): Promise<void> {
    const writes = this.inFlight.map((f) => f.written);
    this.inFlight = [];
    await Promise.allSettled(writes);
  }

  /** Waits for the oldest batch in PostgreSQL (the time the reader waits is measured); throws when it failed. */
  private async settleOldest(): Promise<void> {
    const oldest = this.inFlight.shift();
    if (!oldest) return;
    const started = performance.now();
    try {
      await oldest.written;
    } finally {
      if (this.options.timings) this.options.timings.waiting += performance.now() - started;
    }
  }

  /**
   * One transaction per batch, so a killed run leaves whole batches and counters that match them: the new signals
   * go into the staging table and are matched; then, holding the municipality's settling lock (taken after the batch
   * before took it, so batches settle and commit in the order of the file), they go through the rest of the
   * pipeline and into `signals` once with their final values (pipeline/stage.ts); then the rejected rows and the
   * run's counters.
   */
  private async write(
    batch: Batch,
    before: number,
    previousLocked: Promise<void>,
    lockTaken: () => void,
  ): Promise<void> {
    const timings = this.options.timings;
    let at = performance.now();
    const lap = (key: keyof ImportTimings) => {
      const now = performance.now();
      if (timings) timings[key] += now - at;
      at = now;
    };
    const { municipalityCode } = this.target;
    const counts = await inTransaction(this.ctx, async (tx) => {
      await ensureStage(tx);
      let staged = await stageSignals(tx, this.target, batch.rows, this.options.insertMode);
      lap('stage');
      if (staged > 0) await matchStaged(tx);
      lap('match');
      await previousLocked;
      await lockSettling(tx, municipalityCode);
      lockTaken();
      lap('lock');
      if (staged > 0 && (await otherImportRunning(tx, municipalityCode, this.importId))) {
        staged -= await unstageStored(tx, municipalityCode);
      }
      let written = 0;
      if (staged > 0) {
        await settleStaged(tx);
        lap('settle');
        written = await writeStaged(tx);
        lap('write');
      }
      await insertErrors(tx, this.importId, batch.issues);
      const counts: RunCounts = {
        read: batch.read,
        new: written,
        duplicate: batch.duplicate + batch.rows.length - written,
        rejected: batch.rejected,
      };
      await advanceRun(tx, this.importId, before, counts, batch.bytesDone);
      lap('bookkeeping');
      return counts;
    });
    const newBefore = this.counts.new;
    this.counts.read += counts.read;
    this.counts.new += counts.new;
    this.counts.duplicate += counts.duplicate;
    this.counts.rejected += counts.rejected;
    if (counts.new > 0) await analyseWhenGrown(this.ctx, newBefore, this.counts.new);
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
