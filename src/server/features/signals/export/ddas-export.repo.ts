import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../context.ts';
import type { CaseExportRow, ContactAttemptRow, SignalExportRow } from './ddas-export.map.ts';

/**
 * The reads of the DDAS export, each in keyset-paginated batches (`id > last ORDER BY id LIMIT n`): every batch is
 * one short index walk, and memory holds one batch whatever the size of the municipality. Plain SQL that runs the
 * same on PostgreSQL and PGlite.
 */

export type ExportPeriod = { municipalityCode: string; from: string; to: string };

/**
 * "Received in the period": received_at from 00:00 on `from` up to (not including) 00:00 on the day after `to`,
 * both in Dutch time, so a signal received at 00:30 on 1 November belongs to November whatever the server's zone.
 */
function receivedInPeriod(p: ExportPeriod, alias: SQL): SQL {
  return sql`${alias}.received_at >= (${p.from}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')
    AND ${alias}.received_at < ((${p.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
}

/** The vroegsignalen of the period. Zorgsignalen are never read: they are not part of the CBS delivery. */
function signalOfPeriod(p: ExportPeriod, alias: SQL): SQL {
  return sql`${alias}.municipality_code = ${p.municipalityCode} AND ${alias}.kind = 'vroegsignaal'
    AND ${receivedInPeriod(p, alias)}`;
}

/**
 * DDAS needs a client with a BSN, or with postcode and huisnummer; the database only guarantees a BSN or a
 * postcode. A signal without either cannot be delivered: it is left out of both lists (so no case refers to a
 * signal missing from the file) and counted instead.
 */
function hasDdasClient(alias: SQL): SQL {
  return sql`(NULLIF(trim(${alias}.bsn), '') IS NOT NULL
    OR (NULLIF(trim(${alias}.postcode), '') IS NOT NULL AND ${alias}.huisnummer IS NOT NULL))`;
}

function deliveredSignal(p: ExportPeriod, alias: SQL): SQL {
  return sql`${signalOfPeriod(p, alias)} AND ${hasDdasClient(alias)}`;
}

/** The period's vroegsignalen that cannot be delivered (no BSN and no postcode + huisnummer). */
export async function countUndeliverable(db: Executor, p: ExportPeriod): Promise<number> {
  const s = sql.raw('s');
  const { rows } = await db.execute<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM signals s WHERE ${signalOfPeriod(p, s)} AND NOT ${hasDdasClient(s)}`);
  return rows[0]?.n ?? 0;
}

export async function* signalBatches(
  db: Executor,
  p: ExportPeriod,
  batchSize: number,
): AsyncGenerator<SignalExportRow[]> {
  const s = sql.raw('s');
  let after: string | null = null;
  for (;;) {
    const { rows }: { rows: SignalExportRow[] } = await db.execute<SignalExportRow>(sql`
      SELECT s.id, s.external_id AS "externalId", s.status, s.partner_type AS "partnerType",
        s.amount_euros AS "amountEuros", s.arrears_since AS "arrearsSince", s.signal_date AS "signalDate",
        s.crisis, s.warme_overdracht AS "warmeOverdracht", s.bsn, s.birth_date AS "birthDate", s.gender,
        s.postcode, s.huisnummer, s.huisletter, s.huisnummertoevoeging
      FROM signals s
      WHERE ${deliveredSignal(p, s)} ${after === null ? sql`` : sql`AND s.id > ${after}::uuid`}
      ORDER BY s.id
      LIMIT ${batchSize}`);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** The vroegsignaalzaken that hold at least one of the period's vroegsignalen. */
export async function* caseBatches(
  db: Executor,
  p: ExportPeriod,
  batchSize: number,
): AsyncGenerator<CaseExportRow[]> {
  const s = sql.raw('s');
  let after: string | null = null;
  for (;;) {
    const { rows }: { rows: CaseExportRow[] } = await db.execute<CaseExportRow>(sql`
      SELECT c.id, c.opened_on AS "openedOn", c.picked_up_on AS "pickedUpOn", c.closed_on AS "closedOn", c.result
      FROM signal_cases c
      WHERE c.municipality_code = ${p.municipalityCode} AND c.kind = 'vroegsignaalzaak'
        ${after === null ? sql`` : sql`AND c.id > ${after}::uuid`}
        AND EXISTS (SELECT 1 FROM signals s WHERE s.case_id = c.id AND ${deliveredSignal(p, s)})
      ORDER BY c.id
      LIMIT ${batchSize}`);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Postgres array literal for a list of uuids: one parameter instead of one per id. */
function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

/**
 * The DDAS ids of the period's vroegsignalen per case, in the order they were received. Only signals of this
 * delivery are referenced, so every reference resolves within the file (a case's earlier signals were delivered
 * with an earlier period).
 */
export async function caseSignalIds(
  db: Executor,
  p: ExportPeriod,
  caseIds: readonly string[],
): Promise<Map<string, string[]>> {
  const s = sql.raw('s');
  const { rows } = await db.execute<{ caseId: string; ref: string }>(sql`
    SELECT s.case_id AS "caseId", COALESCE(NULLIF(s.external_id, ''), s.id::text) AS ref
    FROM signals s
    WHERE s.case_id = ANY(${uuidArray(caseIds)}::uuid[]) AND ${deliveredSignal(p, s)}
    ORDER BY s.case_id, s.received_at, s.id`);
  const byCase = new Map<string, string[]>();
  for (const r of rows) {
    const list = byCase.get(r.caseId);
    if (list) list.push(r.ref);
    else byCase.set(r.caseId, [r.ref]);
  }
  return byCase;
}

/** The contact attempts of the cases, in the order they happened. */
export async function caseContactAttempts(
  db: Executor,
  caseIds: readonly string[],
): Promise<Map<string, ContactAttemptRow[]>> {
  const { rows } = await db.execute<ContactAttemptRow & { caseId: string }>(sql`
    SELECT a.case_id AS "caseId", a.soort, a.bereikt, a.datum, a.dagdeel
    FROM signal_contact_attempts a
    WHERE a.case_id = ANY(${uuidArray(caseIds)}::uuid[])
    ORDER BY a.case_id, a.datum, a.created_at, a.id`);
  const byCase = new Map<string, ContactAttemptRow[]>();
  for (const { caseId, ...attempt } of rows) {
    const list = byCase.get(caseId);
    if (list) list.push(attempt);
    else byCase.set(caseId, [attempt]);
  }
  return byCase;
}

/** The municipality's name, or null when Regie does not know the code. */
export async function municipalityName(db: Executor, code: string): Promise<string | null> {
  const { rows } = await db.execute<{ name: string }>(
    sql`SELECT name FROM municipalities WHERE code = ${code}`,
  );
  return rows[0]?.name ?? null;
}

/** The name of the municipality's own organisation (kind gemeente), the default aanleverende organisatie. */
export async function gemeenteOrganisationName(db: Executor, code: string): Promise<string | null> {
  const { rows } = await db.execute<{ name: string }>(sql`
    SELECT o.name FROM organisations o
    JOIN organisation_municipalities om ON om.organisation_id = o.id
    WHERE om.municipality_code = ${code} AND o.kind = 'gemeente'
    ORDER BY o.created_at, o.name
    LIMIT 1`);
  return rows[0]?.name ?? null;
}
