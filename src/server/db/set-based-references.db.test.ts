import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createTestDatabase } from '../../../test/helpers/db.ts';
import type { Tx } from '../context.ts';
import type { Database } from './client.ts';
import { insertWithSetBasedReferences, MissingReferenceError } from './set-based-references.ts';

/**
 * Bulk insert with the foreign keys checked once per batch (set-based-references.ts): the same rows end up as with
 * the per-row checks, a missing reference is refused, the referenced rows are locked, and the per-row checks run
 * whenever triggers may not be switched off.
 */

class Rollback extends Error {}

describe('insertWithSetBasedReferences', () => {
  let database: Database;

  before(async () => {
    database = await createTestDatabase();
    await database.db.execute(sql`
      CREATE TABLE ref_parent (id int PRIMARY KEY);
      CREATE TABLE ref_kind (code text PRIMARY KEY);
      CREATE TABLE ref_child (id int PRIMARY KEY, parent_id int REFERENCES ref_parent (id),
        kind_code text CONSTRAINT ref_child_kind_fk REFERENCES ref_kind (code), note text);
      CREATE TABLE ref_watched (LIKE ref_child INCLUDING ALL);
      ALTER TABLE ref_watched ADD FOREIGN KEY (parent_id) REFERENCES ref_parent (id);
      CREATE FUNCTION ref_watched_note() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN NEW.note := 'trigger ran'; RETURN NEW; END $$;
      CREATE TRIGGER ref_watched_note BEFORE INSERT ON ref_watched FOR EACH ROW EXECUTE FUNCTION ref_watched_note();
      INSERT INTO ref_parent VALUES (1), (2);
      INSERT INTO ref_kind VALUES ('a'), ('b');`);
  });
  after(() => database.close());

  /** Runs fn in a transaction with a temporary source table of `rows` (id, parent, kind) like ref_child. */
  async function withSource<T>(
    rows: [number, number | null, string | null][],
    fn: (tx: Tx) => Promise<T>,
    keep = false,
  ): Promise<T> {
    let value: T | undefined;
    try {
      await database.db.transaction(async (tx) => {
        await tx.execute(sql`CREATE TEMPORARY TABLE ref_source (LIKE ref_child) ON COMMIT DROP`);
        for (const [id, parent, kind] of rows) {
          await tx.execute(
            sql`INSERT INTO ref_source (id, parent_id, kind_code) VALUES (${id}, ${parent}, ${kind})`,
          );
        }
        value = await fn(tx);
        if (!keep) throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    return value as T;
  }

  test('rows with existing (or no) references are inserted; ON CONFLICT is honoured; triggers are back on', async () => {
    const result = await withSource(
      [
        [1, 1, 'a'],
        [2, 2, null],
        [3, null, 'b'],
        [4, 1, 'a'],
      ],
      async (tx) => {
        const first = await insertWithSetBasedReferences(
          tx,
          'ref_child',
          'ref_source',
          'ON CONFLICT (id) DO NOTHING',
        );
        const again = await insertWithSetBasedReferences(
          tx,
          'ref_child',
          'ref_source',
          'ON CONFLICT (id) DO NOTHING',
        );
        const role = await tx.execute<{ role: string }>(
          sql`SELECT current_setting('session_replication_role') AS role`,
        );
        const stored = await tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ref_child`);
        // With the triggers back on, the per-row check refuses a missing parent again.
        await tx.execute(sql`SAVEPOINT probe`);
        const refused = await tx.execute(sql`INSERT INTO ref_child VALUES (9, 99, NULL)`).then(
          () => null,
          (error: { code?: string; cause?: { code?: string } }) => error.cause?.code ?? error.code,
        );
        await tx.execute(sql`ROLLBACK TO SAVEPOINT probe`);
        return { first, again, role: role.rows[0]?.role, stored: stored.rows[0]?.n, refused };
      },
    );
    assert.deepEqual(result, { first: 4, again: 0, role: 'origin', stored: 4, refused: '23503' });
  });

  test('a missing reference refuses the whole batch and names the constraint', async () => {
    await assert.rejects(
      withSource(
        [
          [1, 1, 'a'],
          [2, 7, 'a'],
        ],
        (tx) => insertWithSetBasedReferences(tx, 'ref_child', 'ref_source', ''),
        true,
      ),
      (error: unknown) =>
        error instanceof MissingReferenceError && /ref_child_parent_id/.test(error.constraint),
    );
    await assert.rejects(
      withSource(
        [[1, 1, 'z']],
        (tx) => insertWithSetBasedReferences(tx, 'ref_child', 'ref_source', ''),
        true,
      ),
      (error: unknown) => error instanceof MissingReferenceError && error.constraint === 'ref_child_kind_fk',
    );
    const stored = await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ref_child`);
    assert.equal(stored.rows[0]?.n, 0);
  });

  test('per row when asked, and when the target has a trigger of its own (switching off would skip it)', async () => {
    await assert.rejects(
      withSource([[1, 7, 'a']], (tx) =>
        insertWithSetBasedReferences(tx, 'ref_child', 'ref_source', '', { perRow: true }),
      ),
      (error: { code?: string; cause?: { code?: string } }) => (error.cause?.code ?? error.code) === '23503',
    );
    const notes = await withSource([[1, 1, 'a']], async (tx) => {
      await insertWithSetBasedReferences(tx, 'ref_watched', 'ref_source', '');
      return (await tx.execute<{ note: string }>(sql`SELECT note FROM ref_watched`)).rows.map((r) => r.note);
    });
    assert.deepEqual(notes, ['trigger ran']);
  });

  test('a role that may not switch triggers off gets the per-row checks', async () => {
    const code = await withSource([[1, 7, 'a']], async (tx) => {
      await tx.execute(sql`CREATE ROLE ref_plain_role`);
      await tx.execute(sql`GRANT SELECT, INSERT ON ref_child, ref_parent, ref_kind TO ref_plain_role`);
      await tx.execute(sql`GRANT SELECT ON ref_source TO ref_plain_role`);
      await tx.execute(sql`SET LOCAL ROLE ref_plain_role`);
      return insertWithSetBasedReferences(tx, 'ref_child', 'ref_source', '').then(
        () => 'inserted',
        (error: { code?: string; cause?: { code?: string } }) => error.cause?.code ?? error.code,
      );
    });
    assert.equal(code, '23503');
  });

  test('the referenced rows stay locked until the transaction ends (PostgreSQL only)', async (t) => {
    if (!process.env.TEST_DATABASE_URL) {
      t.skip('needs a second connection: runs against PostgreSQL (TEST_DATABASE_URL)');
      return;
    }
    const other = new pg.Client({
      connectionString: (database.pool.options as { connectionString: string }).connectionString,
    });
    await other.connect();
    await other.query("SET lock_timeout = '300ms'");
    try {
      const code = await withSource([[1, 2, 'a']], async (tx) => {
        await insertWithSetBasedReferences(tx, 'ref_child', 'ref_source', '');
        return other.query('DELETE FROM ref_parent WHERE id = 2 RETURNING id').then(
          () => 'deleted',
          (error: { code?: string }) => error.code,
        );
      });
      assert.equal(code, '55P03', 'the delete could not take the lock');
    } finally {
      await other.end();
    }
  });
});
