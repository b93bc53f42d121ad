import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/helpers/db.ts';
import type { Database } from './client.ts';
import { executePrepared } from './prepared.ts';

let database: Database;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

// The embedded PGlite keeps named statements in its one session across socket connections; a new connection of the
// pool must not trip over a statement the previous one prepared ("prepared statement … already exists").
test('a named statement still runs after the pool replaced its connection', async () => {
  const statement = () => executePrepared<{ n: number }>(database.db, sql`SELECT ${41}::int + 1 AS n`);
  assert.equal((await statement()).rows[0]?.n, 42);
  const client = await database.pool.connect();
  client.release(true); // destroy it: the next query opens a new connection
  assert.equal((await statement()).rows[0]?.n, 42);
  assert.equal((await statement()).rows[0]?.n, 42);
});
