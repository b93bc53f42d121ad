import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { acquireLock } from './lock.ts';

export type EmbeddedDatabase = { connectionString: string; stop: () => Promise<void> };

/**
 * Starts PGlite (file-backed, or in memory when dataDir is 'memory://') and serves it on 127.0.0.1 through
 * pglite-socket, so the application always talks to the database with `pg`, exactly as on PostgreSQL.
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const inMemory = dataDir.startsWith('memory://');
  let release = () => {};
  let pgDir: string | undefined;
  if (!inMemory) {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    release = acquireLock(join(dir, 'regie.lock'));
    pgDir = join(dir, 'pglite');
  }
  try {
    const db = await PGlite.create(pgDir, { extensions: { pg_trgm } });
    // The app's pool holds ONE connection: PGlite runs one query at a time, and two clients' interleaved
    // extended-protocol messages would mix their statements. The server still accepts a few sockets, because
    // pg's pool drops a connection after a query error and reconnects before the old socket has closed.
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
    await server.start();
    return {
      connectionString: `postgres://postgres@${server.getServerConn()}/postgres`,
      stop: async () => {
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
