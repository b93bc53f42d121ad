import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Browser, createTestApp, signedIn, type TestApp } from '../helpers/app.ts';

/**
 * Issue 5's security tests that src/server/features/auth/auth.db.test.ts does not already cover: session fixation
 * with a session id the attacker chose or owns, and a CSRF token taken from another session. (Rotation on sign-in,
 * a missing or wrong CSRF token, cross-site sign-in, login throttling and brute-force lockout are tested there.)
 */

type SessionBody = { user: { username: string } };

async function whoIs(t: TestApp, cookie: string): Promise<{ status: number; username?: string }> {
  const b = new Browser(t);
  b.cookie = cookie;
  const res = await b.fetch('/api/v1/auth/session');
  if (res.status !== 200) return { status: res.status };
  return { status: res.status, username: ((await res.json()) as SessionBody).user.username };
}

describe('session fixation and cross-session CSRF', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ households: 5 });
  });
  after(() => t.close());

  test('a session id chosen by an attacker before sign-in is never adopted', async () => {
    const planted = `regie_session=${randomBytes(32).toString('base64url')}`;
    assert.equal((await whoIs(t, planted)).status, 401, 'an invented session id means nothing');
    const victim = new Browser(t);
    victim.cookie = planted;
    const res = await victim.login('regisseur');
    assert.equal(res.status, 200);
    assert.notEqual(victim.cookie, planted, 'signing in issues a token of its own');
    assert.match(victim.cookie, /^regie_session=.+/);
    assert.equal((await whoIs(t, planted)).status, 401, 'the planted id still opens nothing');
    assert.equal((await whoIs(t, victim.cookie)).username, 'regisseur');
  });

  test("signing in on a browser that carries the attacker's own session never gives that session the victim's rights", async () => {
    const attacker = await signedIn(t, 'beleid');
    // Only the cookie can be planted (the CSRF token lives in the page): a sign-in over a live session without
    // that session's token is refused, and the attacker's session stays the attacker's.
    const victim = new Browser(t);
    victim.cookie = attacker.cookie;
    const refused = await victim.login('regisseur');
    assert.equal(refused.status, 403);
    assert.equal(((await refused.json()) as { code: string }).code, 'csrf');
    assert.equal((await whoIs(t, attacker.cookie)).username, 'beleid');
    // Even with the token too, signing in starts a new session and ends the planted one.
    victim.csrf = attacker.csrf;
    assert.equal((await victim.login('regisseur')).status, 200);
    assert.notEqual(victim.cookie, attacker.cookie);
    assert.equal((await whoIs(t, victim.cookie)).username, 'regisseur');
    assert.equal((await whoIs(t, attacker.cookie)).status, 401, 'the planted session ended at sign-in');
    assert.equal((await attacker.fetch('/api/v1/households')).status, 401);
  });

  test('the CSRF token of another session is refused and changes nothing', async () => {
    const admin = await signedIn(t, 'beheerder');
    const other = await signedIn(t, 'beheerder');
    const [org] = (
      await t.database.pool.query<{ id: string }>('SELECT id FROM organisations ORDER BY id LIMIT 1')
    ).rows;
    const organisationId = org?.id;
    assert.ok(organisationId, 'an organisation to give a key');
    const keysBefore = await t.database.pool.query('SELECT count(*)::int AS n FROM api_keys');
    const own = admin.csrf;
    admin.csrf = other.csrf;
    assert.notEqual(own, other.csrf);
    const refused = await admin.fetch('/api/v1/admin/api-keys', {
      method: 'POST',
      json: { organisationId, name: 'Sleutel via een andere sessie' },
    });
    assert.equal(refused.status, 403);
    assert.equal(((await refused.json()) as { code: string }).code, 'csrf');
    const keysAfter = await t.database.pool.query('SELECT count(*)::int AS n FROM api_keys');
    assert.deepEqual(keysAfter.rows, keysBefore.rows);
    admin.csrf = own;
    const accepted = await admin.fetch('/api/v1/admin/api-keys', {
      method: 'POST',
      json: { organisationId, name: 'Sleutel met het eigen token' },
    });
    assert.equal(accepted.status, 201, 'the same request with the session’s own token works');
  });
});
