import { sql } from 'drizzle-orm';
import type { Ctx } from '../../../context.ts';
import { inTransaction } from '../../../context.ts';
import type { SignalImportFormat, SignalImportStatus } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import { type PageQuery, toLimitOffset } from '../../../http/pagination.ts';
import { municipalityScope, requireCapability } from '../../access/policy.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import type { StoredIssue } from './import.repo.ts';

/**
 * What the upload page reads: a run's status and progress, the history, the rejected rows (paged) and the whole
 * report as CSV. Everything is limited, in SQL, to the municipalities of the actor's teams; a run outside them is a
 * 404. The report holds row numbers, field names and reasons, never values; reading it is audited all the same.
 */

export type SignalImportView = {
  id: string;
  gemeente: string;
  bestandsnaam: string;
  formaat: SignalImportFormat;
  status: SignalImportStatus;
  gelezen: number;
  nieuw: number;
  dubbel: number;
  afgekeurd: number;
  bytesVerwerkt: number;
  bytesTotaal: number;
  gestartOp: string;
  klaarOp: string | null;
  melding: string | null;
};

type Row = {
  id: string;
  municipality_code: string;
  file_name: string;
  format: SignalImportFormat;
  status: SignalImportStatus;
  rows_read: number;
  rows_new: number;
  rows_duplicate: number;
  rows_rejected: number;
  bytes_done: string | number;
  size_bytes: string | number;
  started_at: Date | string;
  finished_at: Date | string | null;
  message: string | null;
};

const iso = (v: Date | string) => (v instanceof Date ? v : new Date(v)).toISOString();

function view(r: Row): SignalImportView {
  return {
    id: r.id,
    gemeente: r.municipality_code,
    bestandsnaam: r.file_name,
    formaat: r.format,
    status: r.status,
    gelezen: r.rows_read,
    nieuw: r.rows_new,
    dubbel: r.rows_duplicate,
    afgekeurd: r.rows_rejected,
    bytesVerwerkt: Number(r.bytes_done),
    bytesTotaal: Number(r.size_bytes),
    gestartOp: iso(r.started_at),
    klaarOp: r.finished_at === null ? null : iso(r.finished_at),
    melding: r.message,
  };
}

const COLUMNS = sql.raw(`i.id, i.municipality_code, i.file_name, i.format, i.status, i.rows_read, i.rows_new,
  i.rows_duplicate, i.rows_rejected, i.bytes_done, i.size_bytes, i.started_at, i.finished_at, i.message`);

/** May the actor import for this municipality? Throws forbidden otherwise (before the upload is read). */
export async function requireImportMunicipality(ctx: Ctx, municipality: string): Promise<void> {
  requireCapability(ctx, 'signal.import');
  const found = await ctx.db.execute(
    sql`SELECT 1 FROM municipalities m WHERE m.code = ${municipality} AND ${municipalityScope(ctx.actor, sql`m.code`)}`,
  );
  if (found.rows.length === 0) {
    throw new DomainError('forbidden', `U mag geen signalen inlezen voor gemeente ${municipality}.`);
  }
}

export async function getSignalImport(ctx: Ctx, id: string): Promise<SignalImportView> {
  requireCapability(ctx, 'signal.import');
  const found = await ctx.db.execute<Row>(sql`SELECT ${COLUMNS} FROM signal_imports i
    WHERE i.id = ${id} AND ${municipalityScope(ctx.actor, sql`i.municipality_code`)}`);
  const row = found.rows[0];
  if (!row) throw new DomainError('not_found', 'Deze import bestaat niet.');
  return view(row);
}

export async function listSignalImports(
  ctx: Ctx,
  page: PageQuery,
): Promise<{ items: SignalImportView[]; total: number }> {
  requireCapability(ctx, 'signal.import');
  const { limit, offset } = toLimitOffset(page);
  const scope = municipalityScope(ctx.actor, sql`i.municipality_code`);
  const found = await ctx.db.execute<Row>(sql`SELECT ${COLUMNS} FROM signal_imports i WHERE ${scope}
    ORDER BY i.started_at DESC, i.id LIMIT ${limit} OFFSET ${offset}`);
  const total = await ctx.db.execute<{ n: string }>(
    sql`SELECT count(*) AS n FROM signal_imports i WHERE ${scope}`,
  );
  return { items: found.rows.map(view), total: Number(total.rows[0]?.n ?? 0) };
}

async function auditReportRead(
  ctx: Ctx,
  run: SignalImportView,
  details: Record<string, unknown>,
): Promise<void> {
  await inTransaction(ctx, (tx) =>
    appendAudit(ctx, tx, {
      action: 'signal_import.read',
      resourceType: 'signal_import',
      resourceIds: [run.id],
      municipalityCode: run.gemeente,
      details,
    }),
  );
}

export async function listImportErrors(
  ctx: Ctx,
  id: string,
  page: PageQuery,
): Promise<{ items: StoredIssue[]; total: number }> {
  const run = await getSignalImport(ctx, id);
  const { limit, offset } = toLimitOffset(page);
  const found = await ctx.db.execute<StoredIssue>(sql`SELECT row AS rij, field AS veld, reason AS reden
    FROM signal_import_errors WHERE import_id = ${id} ORDER BY row, field COLLATE "C" LIMIT ${limit} OFFSET ${offset}`);
  const total = await ctx.db.execute<{ n: string }>(
    sql`SELECT count(*) AS n FROM signal_import_errors WHERE import_id = ${id}`,
  );
  await auditReportRead(ctx, run, { onderdeel: 'fouten', pagina: page.page });
  return { items: found.rows, total: Number(total.rows[0]?.n ?? 0) };
}

/**
 * The whole report, in pages read by key (row, field) so a report of a million rejected rows is never in memory.
 * Answers the run (for the file name) and the pages; the read is audited before the first page.
 */
export async function importReport(
  ctx: Ctx,
  id: string,
): Promise<{ run: SignalImportView; pages: AsyncGenerator<StoredIssue[]> }> {
  const run = await getSignalImport(ctx, id);
  await auditReportRead(ctx, run, { onderdeel: 'rapport' });
  async function* pages(): AsyncGenerator<StoredIssue[]> {
    let after: { row: number; field: string } | null = null;
    for (;;) {
      const cursor: { row: number; field: string } | null = after;
      const found: { rows: StoredIssue[] } =
        await ctx.db.execute<StoredIssue>(sql`SELECT row AS rij, field AS veld, reason AS reden
        FROM signal_import_errors WHERE import_id = ${id}
        ${cursor ? sql`AND (row, field COLLATE "C") > (${cursor.row}, ${cursor.field} COLLATE "C")` : sql``}
        ORDER BY row, field COLLATE "C" LIMIT 5000`);
      if (found.rows.length === 0) return;
      yield found.rows;
      const last: StoredIssue = found.rows[found.rows.length - 1]!;
      after = { row: last.rij, field: last.veld };
    }
  }
  return { run, pages: pages() };
}
