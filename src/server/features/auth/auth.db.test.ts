import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { auditLog, sessions, users } from '../../db/schema/index.ts';
import { runHousekeeping } from './housekeeping.ts';

describe('sign-in, sessions and CSRF', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ households: 20, env: { LOGIN_IP_MAX_PER_15_MIN: '12' } });
  });
  after(() => t.close());

  test('a demo account signs in; only the HMAC of the token is stored; the session answers', async () => {
    const b = new Browser(t);
    const res = await b.login('regisseur');
    assert.equal(res.status, 200);
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /regie_session=/);
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
    const token = b.cookie.split('=')[1]!;
    const stored = await t.database.db.select().from(sessions);
    assert.ok(stored.length >= 1);
    assert.ok(stored.every((s) => s.tokenHash !== token && !s.tokenHash.includes(token)));
    const session = await b.fetch('/api/v1/auth/session');
    assert.equal(session.status, 200);
    const body = (await session.json()) as { user: { username: string; roles: string[] } };
    assert.equal(body.user.username, 'regisseur');
    assert.deepEqual(body.user.roles, ['regisseur', 'wijkteam_professional']);
    const [row] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'session.login'));
    assert.equal(row!.actorType, 'user', 'the person who signed in is the actor of the audit row');
    assert.equal(row!.actorId, (body.user as unknown as { id: string }).id);
    assert.deepEqual(row!.details, { method: 'password' });
  });

  test('wrong password and unknown user get the same 401 with a Dutch message', async () => {
    const b = new Browser(t);
    const wrong = await b.login('wijkteam', 'niet-het-wachtwoord');
    const unknown = await b.login('bestaat-niet', 'niet-het-wachtwoord');
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.equal(wrong.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    const problem = (await wrong.json()) as { code: string; detail: string };
    assert.equal(problem.code, 'invalid_credentials');
    assert.match(problem.detail, /wachtwoord/);
    assert.equal(((await unknown.json()) as { code: string }).code, 'invalid_credentials');
  });

  test('an empty form is a 400 naming the fields', async () => {
    const res = await new Browser(t).fetch('/api/v1/auth/login', {
      method: 'POST',
      json: { username: '', password: '' },
    });
    assert.equal(res.status, 400);
    const problem = (await res.json()) as { errors: { path: string; message: string }[] };
    assert.deepEqual(problem.errors.map((e) => e.path).sort(), ['password', 'username']);
    assert.ok(problem.errors.some((e) => e.message === 'Vul uw gebruikersnaam in'));
  });

  test('five failures lock the account, even for the right password, until the lock ends', async () => {
    const b = new Browser(t);
    for (let i = 0; i < 5; i++) assert.equal((await b.login('intake', 'fout-wachtwoord-123')).status, 401);
    const locked = await b.login('intake');
    assert.equal(locked.status, 423);
    assert.equal(((await locked.json()) as { code: string }).code, 'account_locked');
    const [user] = await t.database.db.select().from(users).where(eq(users.username, 'intake'));
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'user.locked'));
    assert.ok(audit.some((a) => a.resourceIds.includes(user!.id)));
    t.clock.advanceMinutes(16);
    assert.equal((await b.login('intake')).status, 200);
  });

  test('one address with too many failures is throttled', async () => {
    // LOGIN_IP_MAX_PER_15_MIN is 12 in this suite; the earlier tests used some of the budget.
    t.clock.advanceMinutes(20);
    const b = new Browser(t);
    let status = 0;
    for (let i = 0; i < 13; i++) status = (await b.login(`onbekend${i}`, 'fout-wachtwoord-123')).status;
    assert.equal(status, 429);
    assert.equal((await b.login('fg')).status, 429, 'throttled even with the right password');
    t.clock.advanceMinutes(16);
    assert.equal((await b.login('fg')).status, 200);
  });

  test('a new token on every sign-in; the old session ends', async () => {
    const b = await signedIn(t, 'beleid');
    const first = b.cookie;
    const res = await b.login('beleid');
    assert.equal(res.status, 200);
    assert.notEqual(b.cookie, first);
    const old = new Browser(t);
    old.cookie = first;
    assert.equal((await old.fetch('/api/v1/auth/session')).status, 401);
  });

  test('idle timeout and absolute timeout end a session', async () => {
    const b = await signedIn(t, 'teamleider');
    t.clock.advanceMinutes(29);
    assert.equal((await b.fetch('/api/v1/auth/session')).status, 200);
    t.clock.advanceMinutes(31);
    assert.equal((await b.fetch('/api/v1/auth/session')).status, 401, 'idle for more than 30 minutes');

    const c = await signedIn(t, 'teamleider');
    for (let i = 0; i < 21; i++) {
      t.clock.advanceMinutes(29);
      await c.fetch('/api/v1/auth/session');
    }
    assert.equal((await c.fetch('/api/v1/auth/session')).status, 401, 'past 10 hours');
  });

  test('a state-changing request without the CSRF token is refused and changes nothing', async () => {
    const b = await signedIn(t, 'beheerder');
    const [org] = (await t.database.db.execute<{ id: string }>(sql`SELECT id FROM organisations LIMIT 1`))
      .rows;
    const before = await t.database.db.execute(sql`SELECT count(*)::int AS n FROM api_keys`);
    const csrf = b.csrf;
    b.csrf = '';
    const res = await b.fetch('/api/v1/admin/api-keys', {
      method: 'POST',
      json: { organisationId: org!.id, name: 'x' },
    });
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as { code: string }).code, 'csrf');
    b.csrf = 'wrong';
    assert.equal(
      (
        await b.fetch('/api/v1/admin/api-keys', {
          method: 'POST',
          json: { organisationId: org!.id, name: 'x' },
        })
      ).status,
      403,
    );
    const afterCount = await t.database.db.execute(sql`SELECT count(*)::int AS n FROM api_keys`);
    assert.deepEqual(afterCount.rows, before.rows);
    b.csrf = csrf;
    assert.equal(
      (
        await b.fetch('/api/v1/admin/api-keys', {
          method: 'POST',
          json: { organisationId: org!.id, name: 'x' },
        })
      ).status,
      201,
    );
  });

  test('a cross-site form post cannot sign in (JSON only, own origin only)', async () => {
    const form = await t.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=regisseur&password=Regie-demo-2026',
    });
    assert.equal(form.status, 403);
    const foreign = await t.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      json: { username: 'regisseur', password: 'Regie-demo-2026' },
    });
    assert.equal(foreign.status, 403);
  });

  test('sign-out ends the session on the server and is audited', async () => {
    const b = await signedIn(t, 'wijkteam');
    const res = await b.fetch('/api/v1/auth/logout', { method: 'POST' });
    assert.equal(res.status, 204);
    const again = new Browser(t);
    again.cookie = b.cookie;
    assert.equal((await b.fetch('/api/v1/auth/session')).status, 401);
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'session.logout'));
    assert.equal(rows.length, 1);
  });

  test('housekeeping removes ended sessions and old sign-in attempts, and keeps live ones', async () => {
    await signedIn(t, 'schuldhulp');
    t.clock.advanceMinutes(24 * 60 + 1);
    const live = await signedIn(t, 'schuldhulp');
    await runHousekeeping(t.database.db, t.config, t.clock.now());
    const left = await t.database.db.select().from(sessions);
    assert.equal(left.length, 1, 'only the session of a minute ago is left');
    assert.equal((await live.fetch('/api/v1/auth/session')).status, 200);
    const attempts = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM login_attempts WHERE attempted_at < ${new Date(t.clock.current.getTime() - 86_400_000)}`,
    );
    assert.equal(attempts.rows[0]!.n, 0);
  });

  test('secure headers are set on every response', async () => {
    const res = await t.request('/health');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(res.headers.get('x-request-id'));
  });
});
