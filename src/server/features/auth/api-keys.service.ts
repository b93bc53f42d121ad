import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { ApiKeyActor, Ctx, Executor } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { apiKeys, organisations } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { requireCapability } from '../access/policy.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { randomToken, safeEqual, tokenHash } from './tokens.ts';

const KEY_PATTERN = /^rgk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

/** Creates a partner key. The key itself is returned once and never stored; only its HMAC is. */
export async function createApiKey(ctx: Ctx, input: { organisationId: string; name: string }) {
  requireCapability(ctx, 'admin.manage');
  const prefix = randomToken(9)
    .replace(/[^A-Za-z0-9]/g, 'x')
    .slice(0, 12);
  const key = `rgk_${prefix}_${randomToken(32)}`;
  return inTransaction(ctx, async (tx) => {
    const [org] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId));
    if (!org)
      throw new DomainError('validation', 'De organisatie bestaat niet', [
        { path: 'organisationId', message: 'Kies een bestaande organisatie' },
      ]);
    const [row] = await tx
      .insert(apiKeys)
      .values({
        organisationId: input.organisationId,
        name: input.name,
        prefix,
        keyHash: tokenHash(ctx.config.sessionSecret, key),
        createdAt: ctx.now,
        createdBy: ctx.actor?.type === 'user' ? ctx.actor.userId : null,
      })
      .returning({ id: apiKeys.id });
    if (!row) throw new Error('api key insert returned nothing');
    await appendAudit(ctx, tx, {
      action: 'api_key.create',
      resourceType: 'api_key',
      resourceIds: [row.id],
      details: { organisationId: input.organisationId, prefix },
    });
    return { id: row.id, key, prefix };
  });
}

export async function listApiKeys(ctx: Ctx, page: { limit: number; offset: number }) {
  requireCapability(ctx, 'admin.manage');
  const items = await ctx.db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      organisationId: apiKeys.organisationId,
      organisationName: organisations.name,
      createdAt: apiKeys.createdAt,
      revokedAt: apiKeys.revokedAt,
      lastUsedAt: apiKeys.lastUsedAt,
    })
    .from(apiKeys)
    .innerJoin(organisations, eq(organisations.id, apiKeys.organisationId))
    .orderBy(desc(apiKeys.createdAt))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(apiKeys);
  return { items, total: count?.n ?? 0 };
}

export async function revokeApiKey(ctx: Ctx, id: string): Promise<void> {
  requireCapability(ctx, 'admin.manage');
  await inTransaction(ctx, async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: ctx.now, revokedBy: ctx.actor?.type === 'user' ? ctx.actor.userId : null })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id });
    if (!row) throw new DomainError('not_found', 'Deze sleutel bestaat niet of is al ingetrokken');
    await appendAudit(ctx, tx, { action: 'api_key.revoke', resourceType: 'api_key', resourceIds: [id] });
  });
}

/** Resolves a presented key to its organisation, or null when it is malformed, unknown or revoked. */
export async function authenticateApiKey(
  db: Executor,
  secret: string,
  presented: string,
  now: Date,
): Promise<ApiKeyActor | null> {
  const match = KEY_PATTERN.exec(presented);
  if (!match) return null;
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.prefix, match[1]!));
  if (!row || row.revokedAt || !safeEqual(row.keyHash, tokenHash(secret, presented))) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id));
  }
  return { type: 'api_key', apiKeyId: row.id, organisationId: row.organisationId };
}
