import { asc, sql } from 'drizzle-orm';
import type { Actor, Ctx, Executor } from '../../context.ts';
import { actorId } from '../../context.ts';
import { executePrepared } from '../../db/prepared.ts';
import { auditChainHeads, auditLog } from '../../db/schema/index.ts';
import { chainHash, chainPayloadParts, GENESIS_HASH, NO_MUNICIPALITY_CHAIN } from './audit.chain.ts';

export type AuditEntry = {
  action: string;
  resourceType: string;
  resourceIds: string[];
  municipalityCode?: string | null;
  details?: Record<string, unknown>;
};

function actorType(actor: Actor | null): 'user' | 'api_key' | 'system' {
  return actor?.type ?? 'system';
}

/**
 * Appends one audit row, linked to the previous row of its municipality's chain, in ONE statement: it locks the
 * chain head, numbers the row, computes its hash in the database (the same sha256 as chainHash, from the canonical
 * payload around the number) and moves the head. The head's row lock serialises appends per municipality, so the
 * chain never forks; as the lock is taken in the last statement before the commit, it is held for as short as
 * possible (every read of personal data appends, so this is the hottest write there is).
 *
 * `tx` is the caller's transaction, or the pool for a read whose data was read in one statement: the row then
 * commits by itself before the answer leaves (see getHouseholdOverview).
 */
export async function appendAudit(ctx: Ctx, tx: Executor, entry: AuditEntry): Promise<void> {
  const municipalityCode = entry.municipalityCode ?? null;
  const chainKey = municipalityCode ?? NO_MUNICIPALITY_CHAIN;
  const row = {
    chainKey,
    municipalityCode,
    occurredAt: ctx.now,
    actorType: actorType(ctx.actor),
    actorId: actorId(ctx.actor),
    action: entry.action,
    resourceType: entry.resourceType,
    resourceIds: entry.resourceIds,
    requestId: ctx.requestId,
    details: entry.details ?? {},
  };
  const { before, after } = chainPayloadParts(row);
  const at = ctx.now.toISOString();
  // Prepared (named): planning it cost a quarter of its execution, on every read of personal data.
  const append = () =>
    executePrepared(
      tx,
      sql`WITH head AS (
        SELECT last_seq + 1 AS seq, last_hash FROM audit_chain_heads WHERE chain_key = ${chainKey} FOR UPDATE),
      linked AS (
        SELECT head.seq, head.last_hash AS prev_hash, encode(sha256(convert_to(
          head.last_hash || E'\n' || ${before} || head.seq::text || ${after}, 'UTF8')), 'hex') AS hash FROM head),
      appended AS (
        INSERT INTO audit_log (chain_key, chain_seq, municipality_code, occurred_at, actor_type, actor_id, action,
          resource_type, resource_ids, request_id, details, prev_hash, hash)
        SELECT ${chainKey}, linked.seq, ${municipalityCode}, ${at}::timestamptz, ${row.actorType}, ${row.actorId},
          ${row.action}, ${row.resourceType}, ${JSON.stringify(row.resourceIds)}::jsonb, ${row.requestId},
          ${JSON.stringify(row.details)}::jsonb, linked.prev_hash, linked.hash
        FROM linked
        RETURNING chain_seq, hash)
    UPDATE audit_chain_heads h SET last_seq = appended.chain_seq, last_hash = appended.hash,
      updated_at = ${at}::timestamptz
    FROM appended WHERE h.chain_key = ${chainKey}`,
    );
  if (((await append()).rowCount ?? 0) > 0) return;
  // A chain's first row: create its head (a concurrent first append may win; then we wait for its lock).
  await tx
    .insert(auditChainHeads)
    .values({ chainKey, lastSeq: 0, lastHash: GENESIS_HASH, updatedAt: ctx.now })
    .onConflictDoNothing();
  if (((await append()).rowCount ?? 0) === 0) throw new Error('audit chain head missing');
}

/**
 * Audits a read of personal data: one row per municipality touched, listing the ids returned.
 * Reads are audited even when nothing was found, so a search itself leaves a trace.
 */
export async function auditRead(
  ctx: Ctx,
  tx: Executor,
  resourceType: string,
  rows: { id: string; municipalityCode: string }[],
  details: Record<string, unknown> = {},
): Promise<void> {
  const byMunicipality = new Map<string | null, string[]>();
  for (const r of rows)
    byMunicipality.set(r.municipalityCode, [...(byMunicipality.get(r.municipalityCode) ?? []), r.id]);
  if (byMunicipality.size === 0) byMunicipality.set(null, []);
  for (const [municipalityCode, ids] of byMunicipality) {
    await appendAudit(ctx, tx, {
      action: `${resourceType}.read`,
      resourceType,
      resourceIds: ids,
      municipalityCode,
      details,
    });
  }
}

export type VerifyResult =
  | { ok: true; chains: number; rows: number }
  | { ok: false; chainKey: string; seq: number; id: number | null; reason: string };

/** Recomputes every chain from its first row. Reports the first row that does not fit. */
export async function verifyAuditChains(db: Executor, batchSize = 5000): Promise<VerifyResult> {
  const heads = await db.select().from(auditChainHeads).orderBy(asc(auditChainHeads.chainKey));
  const keys = new Set(heads.map((h) => h.chainKey));
  const orphan = await db.execute<{ chain_key: string }>(sql`SELECT DISTINCT chain_key FROM audit_log`);
  for (const r of orphan.rows) {
    if (!keys.has(r.chain_key)) {
      return {
        ok: false,
        chainKey: r.chain_key,
        seq: 0,
        id: null,
        reason: 'keten zonder kop (audit_chain_heads)',
      };
    }
  }
  let total = 0;
  for (const head of heads) {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    for (;;) {
      const rows = await db
        .select()
        .from(auditLog)
        .where(sql`${auditLog.chainKey} = ${head.chainKey} AND ${auditLog.chainSeq} >= ${expectedSeq}`)
        .orderBy(asc(auditLog.chainSeq))
        .limit(batchSize);
      for (const row of rows) {
        if (row.chainSeq !== expectedSeq) {
          return {
            ok: false,
            chainKey: head.chainKey,
            seq: expectedSeq,
            id: null,
            reason: 'rij ontbreekt (verwijderd)',
          };
        }
        if (row.prevHash !== prevHash) {
          return {
            ok: false,
            chainKey: head.chainKey,
            seq: row.chainSeq,
            id: row.id,
            reason: 'vorige hash klopt niet',
          };
        }
        const hash = chainHash(prevHash, row);
        if (hash !== row.hash) {
          return {
            ok: false,
            chainKey: head.chainKey,
            seq: row.chainSeq,
            id: row.id,
            reason: 'inhoud is gewijzigd',
          };
        }
        prevHash = hash;
        expectedSeq++;
        total++;
      }
      if (rows.length < batchSize) break;
    }
    if (expectedSeq - 1 !== head.lastSeq || prevHash !== head.lastHash) {
      return {
        ok: false,
        chainKey: head.chainKey,
        seq: expectedSeq,
        id: null,
        reason: `keten eindigt bij ${expectedSeq - 1}, verwacht ${head.lastSeq} (laatste rijen verwijderd)`,
      };
    }
  }
  return { ok: true, chains: heads.length, rows: total };
}
