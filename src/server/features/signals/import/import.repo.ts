import { type SQL, sql } from 'drizzle-orm';
import type { Ctx, Executor, Tx } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import type { SignalImportFormat, SignalImportStatus } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { STAGE_TABLE } from '../pipeline/batch.ts';
import { ARREARS_CATEGORY } from '../settings.ts';
import type { RowIssue, SignalRow } from './signal-row.ts';
import { sourceKeyOf } from './signal-row.ts';

/** The progress counters of a run, as stored in signal_imports. */
export type RunCounts = { read: number; new: number; duplicate: number; rejected: number };

export type Run = { id: string; resumed: boolean; counts: RunCounts };

/**
 * Finds or starts the run of this file for this municipality (keyed by SHA-256). A run that did not finish
 * ('bezig': the process was killed; 'mislukt': it stopped on an error) is continued with its counters, so the rows it
 * already committed are skipped. A finished run ('klaar') starts again from zero on the same row: everything will
 * be a duplicate, and the counts are those of the last complete run. An advisory lock keeps two starts apart.
 */
export async function claimRun(
  ctx: Ctx,
  file: { name: string; format: SignalImportFormat; sha256: string; sizeBytes: number },
  municipalityCode: string,
): Promise<Run> {
  return inTransaction(ctx, async (tx) => {
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext(${`signal-import:${municipalityCode}:${file.sha256}`}))`,
    );
    const found = await tx.execute<{
      id: string;
      status: SignalImportStatus;
      rows_read: number;
      rows_new: number;
      rows_duplicate: number;
      rows_rejected: number;
    }>(sql`SELECT id, status, rows_read, rows_new, rows_duplicate, rows_rejected FROM signal_imports
      WHERE municipality_code = ${municipalityCode} AND file_sha256 = ${file.sha256}
      ORDER BY started_at DESC LIMIT 1`);
    const existing = found.rows[0];
    const startedBy = ctx.actor?.type === 'user' ? ctx.actor.userId : null;
    if (existing && existing.status !== 'klaar') {
      await tx.execute(sql`UPDATE signal_imports SET status = 'bezig', message = NULL, finished_at = NULL,
        file_name = ${file.name} WHERE id = ${existing.id}`);
      return {
        id: existing.id,
        resumed: true,
        counts: {
          read: existing.rows_read,
          new: existing.rows_new,
          duplicate: existing.rows_duplicate,
          rejected: existing.rows_rejected,
        },
      };
    }
    if (existing) {
      await tx.execute(sql`DELETE FROM signal_import_errors WHERE import_id = ${existing.id}`);
      await tx.execute(sql`UPDATE signal_imports SET status = 'bezig', message = NULL, finished_at = NULL,
        rows_read = 0, rows_new = 0, rows_duplicate = 0, rows_rejected = 0, bytes_done = 0,
        file_name = ${file.name}, format = ${file.format}, started_by = ${startedBy}, started_at = ${ctx.now}
        WHERE id = ${existing.id}`);
      return { id: existing.id, resumed: false, counts: { read: 0, new: 0, duplicate: 0, rejected: 0 } };
    }
    const inserted = await tx.execute<{ id: string }>(sql`INSERT INTO signal_imports
      (municipality_code, format, file_name, file_sha256, size_bytes, status, started_by, started_at)
      VALUES (${municipalityCode}, ${file.format}, ${file.name}, ${file.sha256}, ${file.sizeBytes}, 'bezig',
        ${startedBy}, ${ctx.now}) RETURNING id`);
    return {
      id: inserted.rows[0]!.id,
      resumed: false,
      counts: { read: 0, new: 0, duplicate: 0, rejected: 0 },
    };
  });
}

/** A PostgreSQL array literal, for one text parameter per column (unnest): `{"a",NULL,"b\"c"}`. */
function arrayLiteral(values: readonly (string | number | boolean | null)[]): string {
  const items = values.map((v) => {
    if (v === null) return 'NULL';
    if (typeof v === 'number') return String(v);
    if (typeof v === 'boolean') return v ? 't' : 'f';
    return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}

export type InsertMode = 'unnest' | 'values';

export type BatchTarget = {
  importId: string;
  municipalityCode: string;
  source: SignalImportFormat;
  receivedAt: Date;
  /** The signal date of a row without one: the day the file was received. */
  today: string;
};

const COLUMNS =
  sql.raw(`municipality_code, kind, source, source_key, external_id, partner_type, category, urgency,
  crisis, warme_overdracht, amount_euros, arrears_since, signal_date, received_at, bsn, birth_date, gender, postcode,
  huisnummer, huisletter, huisnummertoevoeging, import_id, import_row`);

/**
 * Puts the batch's signals in the staging table (pipeline/stage.ts), leaving out every signal whose source key is
 * already in `signals` (a duplicate: it must not count in thresholds or open a case). Answers how many were staged.
 */
export async function stageSignals(
  tx: Executor,
  target: BatchTarget,
  rows: readonly SignalRow[],
  mode: InsertMode = 'unnest',
): Promise<number> {
  if (rows.length === 0) return 0;
  const query = mode === 'unnest' ? unnestInsert(target, rows) : valuesInsert(target, rows);
  const result = await tx.execute(query);
  return result.rowCount ?? 0;
}

/**
 * A LEFT JOIN LATERAL … LIMIT 1 instead of NOT EXISTS: the planner turned NOT
 * EXISTS into a hash anti join that read every signal of the municipality for each batch, a cost that grows with
 * the table; this is one probe of the unique index per row.
 */
const notStored = (t: BatchTarget) => sql`LEFT JOIN LATERAL (SELECT true AS found FROM signals stored
    WHERE stored.municipality_code = ${t.municipalityCode} AND stored.source_key = u.source_key LIMIT 1) e ON true
  WHERE e.found IS NULL`;

function unnestInsert(t: BatchTarget, rows: readonly SignalRow[]): SQL {
  const col = <T extends string | number | boolean | null>(f: (r: SignalRow) => T) =>
    arrayLiteral(rows.map(f));
  return sql`INSERT INTO ${sql.identifier(STAGE_TABLE)} (${COLUMNS})
    SELECT ${t.municipalityCode}, 'vroegsignaal', ${t.source}, u.source_key, u.external_id, u.partner_type,
      ${ARREARS_CATEGORY}, CASE WHEN u.crisis THEN 'hoog' ELSE 'normaal' END, u.crisis, u.warme_overdracht,
      u.amount_euros, u.arrears_since, u.signal_date, ${t.receivedAt}, u.bsn, u.birth_date, u.gender, u.postcode,
      u.huisnummer, u.huisletter, u.huisnummertoevoeging, ${t.importId}, u.import_row
    FROM unnest(
      ${col((r) => sourceKeyOf(r.externalId))}::text[], ${col((r) => r.externalId)}::text[],
      ${col((r) => r.partnerType)}::text[], ${col((r) => r.crisis)}::boolean[],
      ${col((r) => r.warmeOverdracht)}::boolean[], ${col((r) => r.amountEuros)}::int[],
      ${col((r) => r.arrearsSince)}::date[], ${col((r) => r.signalDate ?? t.today)}::date[],
      ${col((r) => r.bsn)}::text[], ${col((r) => r.birthDate)}::date[], ${col((r) => r.gender)}::text[],
      ${col((r) => r.postcode)}::text[], ${col((r) => r.huisnummer)}::int[], ${col((r) => r.huisletter)}::text[],
      ${col((r) => r.huisnummertoevoeging)}::text[], ${col((r) => r.row)}::int[]
    ) AS u(source_key, external_id, partner_type, crisis, warme_overdracht, amount_euros, arrears_since,
      signal_date, bsn, birth_date, gender, postcode, huisnummer, huisletter, huisnummertoevoeging, import_row)
    ${notStored(t)}`;
}

function valuesInsert(t: BatchTarget, rows: readonly SignalRow[]): SQL {
  const values = rows.map(
    (
      r,
    ) => sql`(${t.municipalityCode}, 'vroegsignaal', ${t.source}, ${sourceKeyOf(r.externalId)}, ${r.externalId},
      ${r.partnerType}, ${ARREARS_CATEGORY}, ${r.crisis ? 'hoog' : 'normaal'}, ${r.crisis}, ${r.warmeOverdracht},
      ${r.amountEuros}::int, ${r.arrearsSince}::date, ${r.signalDate ?? t.today}::date, ${t.receivedAt}, ${r.bsn},
      ${r.birthDate}::date, ${r.gender}, ${r.postcode}, ${r.huisnummer}::int, ${r.huisletter},
      ${r.huisnummertoevoeging}, ${t.importId}::uuid, ${r.row}::int)`,
  );
  return sql`INSERT INTO ${sql.identifier(STAGE_TABLE)} (${COLUMNS})
    SELECT u.* FROM (VALUES ${sql.join(values, sql`, `)}) AS u(${COLUMNS}) ${notStored(t)}`;
}

/** Stores rejected rows; a row already stored (a resumed run) is left as it is. */
export async function insertErrors(
  tx: Executor,
  importId: string,
  issues: readonly RowIssue[],
): Promise<void> {
  if (issues.length === 0) return;
  await tx.execute(sql`INSERT INTO signal_import_errors (import_id, row, field, reason)
    SELECT ${importId}, u.row, u.field, u.reason
    FROM unnest(${arrayLiteral(issues.map((i) => i.row))}::int[], ${arrayLiteral(issues.map((i) => i.field))}::text[],
      ${arrayLiteral(issues.map((i) => i.reason))}::text[]) AS u(row, field, reason)
    ON CONFLICT DO NOTHING`);
}

/**
 * Moves the run's counters forward by one batch's counts, in the batch's transaction. Guarded by the number of rows
 * read before the batch: when another process advanced the same run meanwhile, or the batch before this one did not
 * commit, this one stops instead of counting twice or leaving a gap.
 */
export async function advanceRun(
  tx: Tx,
  importId: string,
  before: number,
  batch: RunCounts,
  bytesDone: number,
): Promise<void> {
  const updated = await tx.execute(sql`UPDATE signal_imports SET rows_read = rows_read + ${batch.read},
    rows_new = rows_new + ${batch.new}, rows_duplicate = rows_duplicate + ${batch.duplicate},
    rows_rejected = rows_rejected + ${batch.rejected}, bytes_done = GREATEST(bytes_done, ${bytesDone})
    WHERE id = ${importId} AND rows_read = ${before} AND status = 'bezig' RETURNING id`);
  if (updated.rows.length === 0) {
    throw new DomainError('conflict', 'Dit bestand wordt al door een ander proces ingelezen.');
  }
}

export async function finishRun(
  tx: Executor,
  importId: string,
  status: Exclude<SignalImportStatus, 'bezig'>,
  finishedAt: Date,
  message: string | null,
  bytesDone?: number,
): Promise<void> {
  await tx.execute(sql`UPDATE signal_imports SET status = ${status}, finished_at = ${finishedAt},
    message = ${message}, bytes_done = ${bytesDone === undefined ? sql`bytes_done` : sql`${bytesDone}`}
    WHERE id = ${importId}`);
}

export async function municipalityExists(db: Executor, code: string): Promise<boolean> {
  const found = await db.execute(sql`SELECT 1 FROM municipalities WHERE code = ${code}`);
  return found.rows.length > 0;
}

export type StoredIssue = { rij: number; veld: string; reden: string };

export async function firstErrors(db: Executor, importId: string, limit: number): Promise<StoredIssue[]> {
  const found = await db.execute<StoredIssue>(sql`SELECT row AS rij, field AS veld, reason AS reden
    FROM signal_import_errors WHERE import_id = ${importId} ORDER BY row, field LIMIT ${limit}`);
  return found.rows;
}

export async function countErrors(db: Executor, importId: string): Promise<number> {
  const found = await db.execute<{ n: string }>(
    sql`SELECT count(*) AS n FROM signal_import_errors WHERE import_id = ${importId}`,
  );
  return Number(found.rows[0]?.n ?? 0);
}

/** Up to `limit` signals of a run that were stored but not yet matched (the run was killed in between). */
export async function openSignalsOfRun(db: Executor, importId: string, limit: number): Promise<string[]> {
  const found = await db.execute<{ id: string }>(
    sql`SELECT id FROM signals WHERE import_id = ${importId} AND match_status = 'open' LIMIT ${limit}`,
  );
  return found.rows.map((r) => r.id);
}

/**
 * Whether another import of the municipality is running (or stopped half-way and not resumed): its batches may
 * store signals that this run staged before it took the settling lock.
 */
export async function otherImportRunning(
  tx: Executor,
  municipalityCode: string,
  importId: string,
): Promise<boolean> {
  const found = await tx.execute(sql`SELECT 1 FROM signal_imports
    WHERE municipality_code = ${municipalityCode} AND status = 'bezig' AND id <> ${importId} LIMIT 1`);
  return found.rows.length > 0;
}
