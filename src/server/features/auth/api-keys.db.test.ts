import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { apiKeys, auditLog } from '../../db/schema/index.ts';

describe('partner API keys', () => {
  let t: TestApp;
  let corporatieId: string;
  before(async () => {
    t = await createTestApp({ households: 0 });
    const [row] = (
      await t.database.db.execute<{ id: string }>(
        sql`SELECT id FROM organisations WHERE name = 'Woonstichting De Sleutel'`,
      )
    ).rows;
    corporatieId = row!.id;
  });
  after(() => t.close());

  test('created by a beheerder, shown once, stored only as a hash, bound to one organisation', async () => {
    const admin = await signedIn(t, 'beheerder');
    const res = await admin.fetch('/api/v1/admin/api-keys', {
      method: 'POST',
      json: { organisationId: corporatieId, name: 'Koppeling huurachterstanden' },
    });
    assert.equal(res.status, 201);
    const { id, key } = (await res.json()) as { id: string; key: string };
    assert.match(key, /^rgk_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const [row] = await t.database.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    assert.equal(row!.organisationId, corporatieId);
    // The secret is base64url and may itself contain '_': it is everything after 'rgk_' + 12-character prefix + '_'.
    const secret = key.slice('rgk_'.length + 12 + 1);
    assert.equal(secret.length, 43);
    assert.ok(!row!.keyHash.includes(secret), 'the secret part is not stored');
    assert.notEqual(row!.keyHash, key);
    const list = (await (await admin.fetch('/api/v1/admin/api-keys')).json()) as { items: object[] };
    assert.ok(!JSON.stringify(list).includes(key), 'listing never shows the key');

    const me = await t.request('/api/v1/me/organisation', { headers: { authorization: `Bearer ${key}` } });
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as { name: string }).name, 'Woonstichting De Sleutel');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'api_key.create'));
    assert.deepEqual(
      audit.map((a) => a.resourceIds),
      [[id]],
    );
  });

  test('a revoked, altered or unknown key is refused', async () => {
    const admin = await signedIn(t, 'beheerder');
    const created = (await (
      await admin.fetch('/api/v1/admin/api-keys', {
        method: 'POST',
        json: { organisationId: corporatieId, name: 'tijdelijk' },
      })
    ).json()) as { id: string; key: string };
    const altered = `${created.key.slice(0, -1)}${created.key.endsWith('A') ? 'B' : 'A'}`;
    assert.equal(
      (await t.request('/api/v1/me/organisation', { headers: { authorization: `Bearer ${altered}` } }))
        .status,
      401,
    );
    assert.equal(
      (await t.request('/api/v1/me/organisation', { headers: { authorization: 'Bearer rgk_x' } })).status,
      401,
    );
    assert.equal(
      (await admin.fetch(`/api/v1/admin/api-keys/${created.id}`, { method: 'DELETE' })).status,
      204,
    );
    const res = await t.request('/api/v1/me/organisation', {
      headers: { authorization: `Bearer ${created.key}` },
    });
    assert.equal(res.status, 401);
    assert.match(((await res.json()) as { detail: string }).detail, /ingetrokken/);
    assert.equal(
      (await admin.fetch(`/api/v1/admin/api-keys/${created.id}`, { method: 'DELETE' })).status,
      404,
    );
  });

  test('only a beheerder manages keys; a denied call creates nothing', async () => {
    const before = await t.database.db.execute(sql`SELECT count(*)::int AS n FROM api_keys`);
    for (const username of ['regisseur', 'fg', 'partner']) {
      const b = await signedIn(t, username);
      const res = await b.fetch('/api/v1/admin/api-keys', {
        method: 'POST',
        json: { organisationId: corporatieId, name: 'mag niet' },
      });
      assert.equal(res.status, 403, username);
      assert.equal((await b.fetch('/api/v1/admin/api-keys')).status, 403, username);
    }
    assert.deepEqual(
      (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM api_keys`)).rows,
      before.rows,
    );
  });

  test('bad input gets a Dutch message naming the field', async () => {
    const admin = await signedIn(t, 'beheerder');
    const res = await admin.fetch('/api/v1/admin/api-keys', {
      method: 'POST',
      json: { organisationId: 'x', name: '' },
    });
    assert.equal(res.status, 400);
    const problem = (await res.json()) as { errors: { path: string; message: string }[] };
    assert.deepEqual(problem.errors.map((e) => e.path).sort(), ['name', 'organisationId']);
    assert.ok(problem.errors.some((e) => e.message === 'Geef de sleutel een naam'));
  });

  test('an API key cannot use session-only routes', async () => {
    const admin = await signedIn(t, 'beheerder');
    const { key } = (await (
      await admin.fetch('/api/v1/admin/api-keys', {
        method: 'POST',
        json: { organisationId: corporatieId, name: 'k' },
      })
    ).json()) as { key: string };
    assert.equal(
      (await t.request('/api/v1/households', { headers: { authorization: `Bearer ${key}` } })).status,
      403,
    );
    assert.equal(
      (await t.request('/api/v1/admin/users', { headers: { authorization: `Bearer ${key}` } })).status,
      403,
    );
  });
});
