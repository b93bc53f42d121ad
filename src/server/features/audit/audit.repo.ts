import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { auditLog, users } from '../../db/schema/index.ts';
import { officerMunicipalityScope, requireCapability } from '../access/policy.ts';
import { appendAudit } from './audit.service.ts';

export type AuditFilter = { from?: string; to?: string; action?: string; municipalityCode?: string };

/** The FG's view of the audit log, newest first. Reading the log is itself logged. */
export async function listAudit(ctx: Ctx, filter: AuditFilter, page: { limit: number; offset: number }) {
  requireCapability(ctx, 'audit.read');
  // The FG's municipalities (officerMunicipalityScope) and rows without a municipality (sign-ins, configuration):
  // the trail of another municipality names its residents' records, which are not this FG's to see.
  const conditions: SQL[] = [
    sql`(${auditLog.municipalityCode} IS NULL OR ${officerMunicipalityScope(ctx.actor, auditLog.municipalityCode)})`,
  ];
  if (filter.from) conditions.push(gte(auditLog.occurredAt, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to) conditions.push(lt(auditLog.occurredAt, sql`(${filter.to}::date + 1)::timestamptz`));
  if (filter.action) conditions.push(sql`${auditLog.action} LIKE ${`${filter.action}%`}`);
  if (filter.municipalityCode) conditions.push(eq(auditLog.municipalityCode, filter.municipalityCode));
  const where = and(...conditions);
  return inTransaction(ctx, async (tx) => {
    const rows = await tx
      .select({
        id: auditLog.id,
        seq: auditLog.chainSeq,
        occurredAt: auditLog.occurredAt,
        municipalityCode: auditLog.municipalityCode,
        actorType: auditLog.actorType,
        actorDisplayName: users.displayName,
        action: auditLog.action,
        resourceType: auditLog.resourceType,
        resourceIds: auditLog.resourceIds,
        requestId: auditLog.requestId,
      })
      .from(auditLog)
      .leftJoin(users, sql`${users.id}::text = ${auditLog.actorId}`)
      .where(where)
      .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
      .limit(page.limit)
      .offset(page.offset);
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where);
    await appendAudit(ctx, tx, {
      action: 'audit.read',
      resourceType: 'audit_log',
      resourceIds: rows.map((r) => String(r.id)),
      details: { filter },
    });
    return {
      items: rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })),
      total: count?.n ?? 0,
    };
  });
}
