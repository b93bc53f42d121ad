import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.ts';
import { appendAudit, verifyAuditChains } from './audit.service.ts';

/** Simulates an attacker with full database access: the append-only trigger is switched off around the change. */
async function tamper(t: TestApp, statement: ReturnType<typeof sql>) {
  await t.database.db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    await tx.execute(statement);
    await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
  });
}

describe('audit log: append-only and hash-chained per municipality', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ households: 10 });
    // Rows in two municipality chains besides the chain of rows without a municipality.
    for (let i = 0; i < 5; i++) {
      for (const municipalityCode of ['GM9901', 'GM9902']) {
        await t.database.db.transaction((tx) =>
          appendAudit(t.ctx(), tx, {
            action: 'household.read',
            resourceType: 'household',
            resourceIds: [`h-${municipalityCode}-${i}`],
            municipalityCode,
            details: { z: 1, a: { y: [1, 2], b: 'x' } },
          }),
        );
      }
    }
  });
  after(() => t.close());

  test('an intact log verifies', async () => {
    const result = await verifyAuditChains(t.database.db);
    assert.equal(result.ok, true);
    if (result.ok) {
      assert.equal(result.chains, 3);
      assert.ok(result.rows >= 10 + 9, 'demo users were created with audit rows too');
    }
  });

  test('UPDATE, DELETE and TRUNCATE are rejected by the database', async () => {
    for (const statement of [
      sql`UPDATE audit_log SET action = 'x'`,
      sql`DELETE FROM audit_log`,
      sql`TRUNCATE audit_log`,
    ]) {
      await assert.rejects(t.database.db.execute(statement), (err: Error) => {
        assert.match(String((err.cause as Error | undefined)?.message), /append-only/);
        return true;
      });
    }
  });

  test('an altered row is found and named', async () => {
    const [row] = (
      await t.database.db.execute<{ id: number; chain_seq: number }>(
        sql`SELECT id, chain_seq FROM audit_log WHERE chain_key = 'GM9902' AND chain_seq = 3`,
      )
    ).rows;
    await tamper(t, sql`UPDATE audit_log SET resource_ids = '["someone-else"]' WHERE id = ${row!.id}`);
    const result = await verifyAuditChains(t.database.db);
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.chainKey, 'GM9902');
      assert.equal(result.seq, 3);
      assert.equal(Number(result.id), Number(row!.id));
      assert.match(result.reason, /gewijzigd/);
    }
    await tamper(t, sql`UPDATE audit_log SET resource_ids = '["h-GM9902-2"]' WHERE id = ${row!.id}`);
    assert.equal(
      (await verifyAuditChains(t.database.db)).ok,
      true,
      'restoring the content restores the chain',
    );
  });

  test('a removed row in the middle is found', async () => {
    await tamper(t, sql`DELETE FROM audit_log WHERE chain_key = 'GM9901' AND chain_seq = 2`);
    const result = await verifyAuditChains(t.database.db);
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.chainKey, 'GM9901');
      assert.equal(result.seq, 2);
    }
  });
});

describe('audit log: removing the newest rows', () => {
  test('is found through the chain head', async () => {
    const t = await createTestApp({ households: 0 });
    try {
      await t.database.db.transaction(async (tx) => {
        await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
        await tx.execute(sql`DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)`);
        await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
      });
      const result = await verifyAuditChains(t.database.db);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.reason, /laatste rijen verwijderd/);
    } finally {
      await t.close();
    }
  });
});

describe('audit log: concurrent appends', () => {
  test('a new chain, appended to at once from the whole pool, gets one unbroken chain with hashes that verify', async () => {
    const t = await createTestApp({ households: 0 });
    try {
      const n = 40;
      // Half in their own transaction, half as a single statement outside one (as the household page appends).
      await Promise.all(
        Array.from({ length: n }, (_, i) => {
          const entry = {
            action: 'household.read',
            resourceType: 'household',
            resourceIds: [`h-${i}`],
            municipalityCode: 'GM9903',
            details: { via: 'test', naam: 'Ünïcode ë', i },
          };
          return i % 2 === 0
            ? appendAudit(t.ctx(), t.database.db, entry)
            : t.database.db.transaction((tx) => appendAudit(t.ctx(), tx, entry));
        }),
      );
      const seqs = (
        await t.database.db.execute<{ chain_seq: number }>(
          sql`SELECT chain_seq FROM audit_log WHERE chain_key = 'GM9903' ORDER BY chain_seq`,
        )
      ).rows.map((r) => Number(r.chain_seq));
      assert.deepEqual(
        seqs,
        Array.from({ length: n }, (_, i) => i + 1),
      );
      const result = await verifyAuditChains(t.database.db);
      assert.equal(result.ok, true, JSON.stringify(result));
      if (result.ok) assert.equal(result.rows, n + (await countRows(t, '-')));
    } finally {
      await t.close();
    }
  });
});

async function countRows(t: TestApp, chainKey: string): Promise<number> {
  const [row] = (
    await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE chain_key = ${chainKey}`,
    )
  ).rows;
  return row?.n ?? 0;
}
