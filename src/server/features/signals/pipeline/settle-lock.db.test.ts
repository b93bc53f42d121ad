import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { createTestApp, type TestApp } from '../../../../../test/helpers/app.ts';
import type { Executor } from '../../../context.ts';
import { insertSignal } from './flow-test-support.ts';
import { processSignals } from './process.ts';
import { lockSettling } from './settle-lock.ts';

/**
 * A form or API signal settles under the same lock as an import batch (settle-lock.ts), so the two cannot both open
 * a case for one household. Needs two connections: runs against PostgreSQL (TEST_DATABASE_URL).
 */
describe('settling lock', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ households: 20 });
  });
  after(() => t.close());

  test('a signal sent by id waits for an import batch that is settling in its municipality', async (ctx) => {
    if (!process.env.TEST_DATABASE_URL) {
      ctx.skip('needs a second connection: runs against PostgreSQL (TEST_DATABASE_URL)');
      return;
    }
    const holder = await t.database.pool.connect();
    try {
      await holder.query('BEGIN');
      // The import batch: its transaction on another connection holds the lock.
      await lockSettling(drizzle(holder) as unknown as Executor, 'GM9901');
      const outcome = await t.database.db
        .transaction(async (tx) => {
          await tx.execute(sql`SET LOCAL lock_timeout = '300ms'`);
          const id = await insertSignal(tx, { matchStatus: 'open' });
          await processSignals(t.ctx(), tx, [id]);
          return 'settled';
        })
        .catch((error: { code?: string; cause?: { code?: string } }) => error.cause?.code ?? error.code);
      assert.equal(outcome, '55P03', 'it waited for the lock (lock_timeout)');
      await holder.query('COMMIT');
      const settled = await t.database.db.transaction(async (tx) => {
        const id = await insertSignal(tx, { matchStatus: 'open' });
        await processSignals(t.ctx(), tx, [id]);
        return 'settled';
      });
      assert.equal(settled, 'settled', 'and settles once the lock is free');
    } finally {
      holder.release();
    }
  });
});
