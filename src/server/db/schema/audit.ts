import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Append-only audit log (a trigger rejects UPDATE, DELETE and TRUNCATE). Rows are hash-chained per chain key
 * (the municipality code, or '-' for rows that belong to no municipality) so `regie audit verify` can prove
 * that nothing was altered or removed.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    chainKey: text('chain_key').notNull(),
    chainSeq: bigint('chain_seq', { mode: 'number' }).notNull(),
    municipalityCode: text('municipality_code'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorType: text('actor_type', { enum: ['user', 'api_key', 'system'] }).notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceIds: jsonb('resource_ids').$type<string[]>().notNull(),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_chain_idx').on(t.chainKey, t.chainSeq),
    index('audit_occurred_idx').on(t.occurredAt),
    index('audit_actor_idx').on(t.actorId),
  ],
);

/** The last link of each chain; its row lock serialises appends per municipality. */
export const auditChainHeads = pgTable('audit_chain_heads', {
  chainKey: text('chain_key').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
