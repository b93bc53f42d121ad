import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, databaseFromUrl } from '../../src/server/db/client.ts';
import { startEmbeddedDatabase } from '../../src/server/db/embedded.ts';
import { migrate } from '../../src/server/db/migrate.ts';

/**
 * A fresh, migrated database for one test file. With TEST_DATABASE_URL (CI's second run) it is a new database
 * on that PostgreSQL server, dropped afterwards; otherwise an in-memory PGlite behind pglite-socket, exactly
 * as the embedded default runs.
 */
export async function createTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase('memory://');
    const database = databaseFromUrl(embedded.connectionString, 'embedded', 1, embedded.stop);
    await migrate(database.pool);
    return database;
  }
  const name = `regie_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = databaseFromUrl(url.toString(), 'postgres', 5, async () => {
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  });
  await migrate(database.pool);
  return database;
}
