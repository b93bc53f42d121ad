import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { auditLog, households } from '../../db/schema/index.ts';
import { allowed } from './policy.ts';

type Page = { items: { id: string; address: { wijkCode: string } }[]; total: number };

/** Independent oracle: the households in the wijken of Wijkteam Noord (the first three wijken of Regiedam). */
async function noordHouseholdIds(t: TestApp): Promise<Set<string>> {
  const rows = await t.database.db.execute<{ id: string }>(sql`
    SELECT h.id FROM households h JOIN addresses a ON a.id = h.address_id
    WHERE a.wijk_code IN ('WK990101', 'WK990102', 'WK990103') AND h.ended_on IS NULL`);
  return new Set(rows.rows.map((r) => r.id));
}

describe('need-to-know: households through the policy', () => {
  let t: TestApp;
  let noord: Set<string>;
  let outside: string;
  before(async () => {
    t = await createTestApp({ households: 120 });
    noord = await noordHouseholdIds(t);
    const [row] = (
      await t.database.db.execute<{ id: string }>(sql`
      SELECT h.id FROM households h JOIN addresses a ON a.id = h.address_id WHERE a.wijk_code = 'WK990105' LIMIT 1`)
    ).rows;
    outside = row!.id;
  });
  after(() => t.close());

  test('a regisseur of Wijkteam Noord lists exactly the households in Noord, filtered in the database', async () => {
    const b = await signedIn(t, 'regisseur');
    const res = await b.fetch('/api/v1/households?pageSize=200');
    assert.equal(res.status, 200);
    const page = (await res.json()) as Page;
    assert.equal(page.total, noord.size);
    assert.ok(noord.size > 0 && noord.size < 120);
    assert.deepEqual(new Set(page.items.map((i) => i.id)), noord);
  });

  test('paging returns each household once', async () => {
    const b = await signedIn(t, 'wijkteam');
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(noord.size / 7); page++) {
      const res = (await (await b.fetch(`/api/v1/households?pageSize=7&page=${page}`)).json()) as Page;
      seen.push(...res.items.map((i) => i.id));
    }
    assert.equal(seen.length, noord.size);
    assert.deepEqual(new Set(seen), noord);
  });

  test('every list read is audited with the ids it returned', async () => {
    const b = await signedIn(t, 'regisseur');
    const page = (await (await b.fetch('/api/v1/households?pageSize=5')).json()) as Page;
    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'household.read'))
      .orderBy(sql`${auditLog.id} DESC`)
      .limit(1);
    assert.deepEqual(
      row!.resourceIds,
      page.items.map((i) => i.id),
    );
    assert.equal(row!.municipalityCode, 'GM9901');
  });

  test('a household outside the teams is a 404, the same as one that does not exist', async () => {
    const b = await signedIn(t, 'regisseur');
    const denied = await b.fetch(`/api/v1/households/${outside}`);
    const missing = await b.fetch('/api/v1/households/00000000-0000-4000-8000-000000000000');
    assert.equal(denied.status, 404);
    assert.equal(missing.status, 404);
    assert.deepEqual(
      { ...((await denied.json()) as object), requestId: undefined },
      { ...((await missing.json()) as object), requestId: undefined },
    );
  });

  test('an allowed household shows its members with BSN, and that read is audited', async () => {
    const b = await signedIn(t, 'regisseur');
    const id = [...noord][0]!;
    const res = await b.fetch(`/api/v1/households/${id}`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { members: { id: string; bsn: string }[] };
    assert.ok(body.members.length >= 1);
    assert.ok(body.members.every((m) => /^999\d{6}$/.test(m.bsn)));
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'household.read'),
          sql`${auditLog.resourceIds} = ${JSON.stringify([id])}::jsonb`,
        ),
      );
    assert.equal(rows.length, 1);
    assert.deepEqual(
      (rows[0]!.details as { personIds: string[] }).personIds.sort(),
      body.members.map((m) => m.id).sort(),
    );
  });

  test('roles without need-to-know get 403 and nothing is read', async () => {
    for (const username of ['beheerder', 'beleid', 'fg', 'partner']) {
      const b = await signedIn(t, username);
      const before = await t.database.db.execute(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'household.read'`,
      );
      assert.equal((await b.fetch('/api/v1/households')).status, 403, username);
      assert.equal((await b.fetch(`/api/v1/households/${outside}`)).status, 403, username);
      const afterCount = await t.database.db.execute(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'household.read'`,
      );
      assert.deepEqual(afterCount.rows, before.rows, `${username}: a denied call reads nothing`);
    }
  });

  test('not signed in is a 401', async () => {
    assert.equal((await new Browser(t).fetch('/api/v1/households')).status, 401);
  });

  test('allowed() answers which of the given ids the actor may read', async () => {
    const b = await signedIn(t, 'regisseur');
    const session = (await (await b.fetch('/api/v1/auth/session')).json()) as {
      user: {
        id: string;
        username: string;
        displayName: string;
        roles: never[];
        organisation: { id: string };
      };
    };
    const all = (await t.database.db.select({ id: households.id }).from(households)).map((h) => h.id);
    const actor = {
      type: 'user' as const,
      userId: session.user.id,
      username: session.user.username,
      displayName: session.user.displayName,
      roles: ['regisseur' as const],
      organisationId: session.user.organisation.id,
      sessionId: null,
    };
    const result = await allowed(t.ctx(actor), 'household', all);
    assert.deepEqual(result, noord);
    assert.deepEqual(await allowed(t.ctx({ ...actor, roles: ['beheerder'] }), 'household', all), new Set());
  });
});

describe('aggregates without persons', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ households: 75 });
  });
  after(() => t.close());

  test('beleid sees counts per wijk; wijken under 10 households are suppressed', async () => {
    const b = await signedIn(t, 'beleid');
    const res = await b.fetch('/api/v1/population/by-wijk?municipality=GM9901');
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      items: { wijkCode: string; households: number | null; persons: number | null; suppressed: boolean }[];
    };
    const truth = await t.database.db.execute<{ wijk_code: string; n: number }>(sql`
      SELECT a.wijk_code, count(*)::int AS n FROM households h JOIN addresses a ON a.id = h.address_id
      GROUP BY a.wijk_code`);
    const counts = new Map(truth.rows.map((r) => [r.wijk_code, r.n]));
    assert.equal(body.items.length, 6);
    for (const item of body.items) {
      const n = counts.get(item.wijkCode) ?? 0;
      if (n < 10) assert.deepEqual([item.households, item.persons, item.suppressed], [null, null, true]);
      else assert.deepEqual([item.households, item.suppressed], [n, false]);
    }
  });

  test('a municipality outside the organisation is a 404; a professional role is a 403', async () => {
    const b = await signedIn(t, 'beleid');
    assert.equal((await b.fetch('/api/v1/population/by-wijk?municipality=GM9902')).status, 404);
    assert.equal((await b.fetch('/api/v1/population/by-wijk?municipality=9901')).status, 400);
    const r = await signedIn(t, 'regisseur');
    assert.equal((await r.fetch('/api/v1/population/by-wijk?municipality=GM9901')).status, 403);
  });
});
