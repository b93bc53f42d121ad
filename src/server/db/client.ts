import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Config } from '../config.ts';
import * as schema from './schema/index.ts';

export type Db = NodePgDatabase<typeof schema>;

export type Database = {
  kind: 'embedded' | 'postgres';
  pool: pg.Pool;
  db: Db;
  close: () => Promise<void>;
};

// Calendar dates stay strings ('2026-11-23'): a JS Date would shift legal dates across time zones.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// bigint counts fit in a JS number for every table Regie has (< 2^53 rows).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function databaseFromUrl(
  url: string,
  kind: Database['kind'],
  max = 10,
  onClose?: () => Promise<void>,
) {
  // The embedded PGlite serves every socket connection from ONE database session, so a named prepared statement
  // (db/prepared.ts) outlives the connection that made it, while a new pg client believes it has none and would fail
  // with "prepared statement … already exists". So the embedded pool keeps its one connection open, and a new one
  // first forgets the statements of the previous.
  const pool = new pg.Pool({
    connectionString: url,
    max,
    ...(kind === 'embedded'
      ? { idleTimeoutMillis: 0, onConnect: async (client) => void (await client.query('DEALLOCATE ALL')) }
      : {}),
  });
  // An idle client that errors (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const database: Database = {
    kind,
    pool,
    db: drizzle(pool, { schema }),
    close: async () => {
      await pool.end();
      await onClose?.();
    },
  };
  return database;
}

/** DATABASE_URL selects PostgreSQL; otherwise the embedded PGlite under the data dir. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  if (config.databaseUrl) return databaseFromUrl(config.databaseUrl, 'postgres');
  // Loaded only here: the embedded PGlite is large, and a server on PostgreSQL never needs it.
  const { startEmbeddedDatabase } = await import('./embedded.ts');
  const embedded = await startEmbeddedDatabase(config.dataDir);
  return databaseFromUrl(embedded.connectionString, 'embedded', 1, embedded.stop);
}
