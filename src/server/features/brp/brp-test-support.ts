import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../../test/helpers/db.ts';
import { loadConfig } from '../../config.ts';
import type { Ctx } from '../../context.ts';
import type { Database } from '../../db/client.ts';
import { createLogger } from '../../logger.ts';

/**
 * A migrated test database (PGlite, or a fresh database on TEST_DATABASE_URL) with the two fictional demo
 * municipalities and nothing else, and a system context with a pinned clock. For the BRP database tests.
 */
export type BrpTestDb = {
  database: Database;
  ctx: (now?: string) => Ctx;
  count: (
    table: 'persons' | 'addresses' | 'households' | 'household_members' | 'audit_log',
  ) => Promise<number>;
  /** Every row of the register tables in a stable order, to prove that nothing changed. */
  snapshot: () => Promise<string>;
  auditRows: (
    action: string,
  ) => Promise<
    { id: number; municipalityCode: string | null; resourceIds: string[]; details: Record<string, unknown> }[]
  >;
  close: () => Promise<void>;
};

export async function createBrpTestDb(): Promise<BrpTestDb> {
  const database = await createTestDatabase();
  await database.db.execute(
    sql`INSERT INTO municipalities (code, name) VALUES ('GM9901', 'Regiedam'), ('GM9902', 'Samenwerk')`,
  );
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const log = createLogger('silent');
  const ctx = (now = '2026-11-23T09:00:00.000Z'): Ctx => ({
    db: database.db,
    config,
    log,
    requestId: 'brp-test',
    now: new Date(now),
    actor: { type: 'system', name: 'brp-test' },
  });
  const count = async (table: string) => {
    const { rows } = await database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`,
    );
    return rows[0]!.n;
  };
  const snapshot = async () => {
    const parts: unknown[] = [];
    for (const table of ['persons', 'addresses', 'households', 'household_members']) {
      const { rows } = await database.db.execute(sql`SELECT * FROM ${sql.identifier(table)} ORDER BY id`);
      parts.push(rows);
    }
    return JSON.stringify(parts);
  };
  const auditRows = async (action: string) => {
    const { rows } = await database.db.execute<{
      id: number;
      municipalityCode: string | null;
      resourceIds: string[];
      details: Record<string, unknown>;
    }>(sql`SELECT id, municipality_code AS "municipalityCode", resource_ids AS "resourceIds", details
      FROM audit_log WHERE action = ${action} ORDER BY id`);
    return rows;
  };
  return { database, ctx, count, snapshot, auditRows, close: () => database.close() };
}
