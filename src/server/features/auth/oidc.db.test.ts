import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { Browser, createTestApp, type TestApp } from '../../../../test/helpers/app.ts';
import { loadConfig } from '../../config.ts';
import { auditLog, users } from '../../db/schema/index.ts';
import { createOidcClient } from './oidc.ts';

/**
 * Single sign-on end to end: a real OpenID Provider (oidc-provider) listens on 127.0.0.1, Regie discovers it,
 * and every sign-in below is a real authorization code flow with PKCE over HTTP: Regie's login redirect, the
 * provider's own login and consent screens (its development interactions), the redirect back with code and
 * state, and Regie's callback, which redeems the code at the provider's token endpoint.
 */

const CLIENT_ID = 'regie';
const CLIENT_SECRET = 'regie-test-client-secret-0123456789';
// The in-process app answers on http://localhost; the callback route trusts the configured redirect URI's host.
const REDIRECT_URI = 'http://localhost/api/v1/auth/oidc/callback';

/** People known to the test provider: account id (the subject) → claims. Tests change them between sign-ins. */
type ProviderAccount = { email?: string; email_verified?: boolean };
const providerAccounts = () =>
  new Map<string, ProviderAccount>([
    ['sso-anna', { email: 'regisseur@regiedam.example', email_verified: true }],
    ['sso-onbekend', { email: 'onbekend@elders.example', email_verified: true }],
    ['sso-niet-bevestigd', { email: 'wijkteam@regiedam.example', email_verified: false }],
    ['sso-zonder-bevestiging', { email: 'intake@regiedam.example' }],
    ['sso-teamleider', { email: 'teamleider@regiedam.example', email_verified: true }],
  ]);

/** The little of oidc-provider's API this test uses (the package ships no type declarations). */
type OidcProvider = { callback(): (req: IncomingMessage, res: ServerResponse) => void };
type OidcProviderClass = new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;

async function startProvider(
  accounts: Map<string, ProviderAccount>,
  emailInIdToken: boolean,
): Promise<{ issuer: string; server: Server }> {
  // A variable specifier keeps tsc from looking for declarations; importing here (not at the top) lets the
  // console filter below catch the warnings oidc-provider prints while it loads.
  const moduleName = 'oidc-provider';
  const { default: Provider } = (await import(moduleName)) as { default: OidcProviderClass };
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = createServer((req, res) => handle(req, res));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        // openid-client sends the secret in the body when it is given as a string, as Regie does.
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: true } },
    // true (the default, as OIDC Core 5.4 has it): in the code flow the email claims come only from userinfo;
    // false: they are in the ID token too, as many providers (Keycloak, Entra ID) do.
    conformIdTokenClaims: !emailInIdToken,
    cookies: { keys: ['oidc-test-cookie-key-0123456789abcdef'] },
    async findAccount(_ctx: unknown, id: string) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...accounts.get(id) }) };
    },
  });
  handle = provider.callback();
  return { issuer, server };
}

/** Just enough of a browser's cookie store for the provider: name and path, removal by expiry. */
class CookieJar {
  private readonly cookies = new Map<string, { name: string; value: string; path: string }>();

  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eqAt = pair.indexOf('=');
      const name = pair.slice(0, eqAt).trim();
      const value = pair.slice(eqAt + 1).trim();
      let path = '/';
      let expired = value === '';
      for (const attribute of attributes) {
        const [key = '', val = ''] = attribute.trim().split('=');
        if (key.toLowerCase() === 'path') path = val;
        if (key.toLowerCase() === 'expires' && new Date(val).getTime() <= Date.now()) expired = true;
        if (key.toLowerCase() === 'max-age' && Number(val) <= 0) expired = true;
      }
      if (expired) this.cookies.delete(`${name};${path}`);
      else this.cookies.set(`${name};${path}`, { name, value, path });
    }
  }

  header(url: URL): string {
    return [...this.cookies.values()]
      .filter(
        (c) =>
          url.pathname === c.path || url.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`),
      )
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }
}

const htmlUnescape = (s: string) =>
  s
    .replaceAll('&#x2F;', '/')
    .replaceAll('&#47;', '/')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

for (const emailInIdToken of [false, true]) {
  describe(`single sign-on (OpenID Connect) against a real provider, e-mail from ${emailInIdToken ? 'the ID token' : 'userinfo'}`, () => {
    const accounts = providerAccounts();
    let t: TestApp;
    let issuer: string;
    let providerServer: Server;
    const consoleWarn = console.warn;
    const consoleInfo = console.info;

    before(async () => {
      // oidc-provider warns about its development interactions, in-memory adapter and signing keys (all meant for a
      // test like this one): keep those out of the output, let anything else through.
      const quiet =
        (write: (...args: unknown[]) => void) =>
        (...args: unknown[]) => {
          if (typeof args[0] === 'string' && args[0].startsWith('oidc-provider ')) return;
          write(...args);
        };
      console.warn = quiet(consoleWarn);
      console.info = quiet(consoleInfo);
      ({ issuer, server: providerServer } = await startProvider(accounts, emailInIdToken));
      const env = {
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: CLIENT_SECRET,
        OIDC_REDIRECT_URI: REDIRECT_URI,
      };
      const { oidc: oidcConfig } = loadConfig({ NODE_ENV: 'test', ...env });
      assert.ok(oidcConfig);
      const oidc = await createOidcClient(oidcConfig);
      t = await createTestApp({ households: 0, env, oidc });
    });

    after(async () => {
      await t?.close();
      providerServer?.closeAllConnections();
      await new Promise<void>((resolve) =>
        providerServer ? providerServer.close(() => resolve()) : resolve(),
      );
      console.warn = consoleWarn;
      console.info = consoleInfo;
    });

    /**
     * Starts a sign-in at Regie and walks the provider as a browser would: follows its redirects with its cookies,
     * fills in its login form as `accountId` and accepts its consent screen (or cancels there). Stops at the
     * redirect back to Regie and returns that callback URL, without calling it.
     */
    async function throughProvider(
      regie: Browser,
      accountId: string,
      options: { cancel?: boolean } = {},
    ): Promise<{ callback: URL; screens: string[] }> {
      const start = await regie.fetch('/api/v1/auth/oidc/login');
      assert.equal(start.status, 302);
      let url = new URL(start.headers.get('location') ?? '');
      assert.equal(url.origin, issuer, 'Regie sends the browser to the provider');
      assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
      assert.ok(url.searchParams.get('state') && url.searchParams.get('nonce'));
      const jar = new CookieJar();
      const screens: string[] = [];
      let init: RequestInit = {};
      for (let hop = 0; hop < 20; hop++) {
        if (url.href.startsWith(REDIRECT_URI)) return { callback: url, screens };
        const headers = new Headers(init.headers);
        const cookie = jar.header(url);
        if (cookie) headers.set('cookie', cookie);
        const res = await fetch(url, { ...init, headers, redirect: 'manual' });
        jar.store(res);
        init = {};
        if (res.status >= 300 && res.status < 400) {
          await res.body?.cancel();
          url = new URL(res.headers.get('location') ?? '', url);
          continue;
        }
        const html = await res.text();
        assert.equal(
          res.status,
          200,
          `provider answered ${res.status} at ${url.pathname}: ${html.slice(0, 500)}`,
        );
        const action = /<form[^>]* action="([^"]+)"/.exec(html)?.[1];
        const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
        assert.ok(action && prompt, `a form on the provider's page ${url.pathname}`);
        screens.push(prompt);
        if (options.cancel) {
          url = new URL(`${new URL(htmlUnescape(action), url).pathname}/abort`, url);
          continue;
        }
        const form = new URLSearchParams({ prompt });
        if (prompt === 'login') {
          form.set('login', accountId);
          form.set('password', 'wat-dan-ook');
        }
        url = new URL(htmlUnescape(action), url);
        init = { method: 'POST', body: form };
      }
      assert.fail('the provider never redirected back to Regie');
    }

    /** Calls Regie's callback with the browser that started the sign-in. */
    const callRegie = (regie: Browser, callback: URL) => regie.fetch(callback.pathname + callback.search);

    async function userRow(username: string) {
      const [row] = await t.database.db.select().from(users).where(eq(users.username, username));
      assert.ok(row, `user ${username}`);
      return row;
    }

    async function oidcLogins(userId: string) {
      const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'session.login'));
      return rows.filter((r) => r.resourceIds.includes(userId) && r.details.method === 'oidc');
    }

    test('the sign-in options say SSO is available', async () => {
      const res = await t.request('/api/v1/auth/config');
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { oidc: true });
    });

    test('a provider user whose verified e-mail matches a Regie account signs in and is linked', async () => {
      assert.equal((await userRow('regisseur')).oidcSubject, null, 'not linked before');
      const regie = new Browser(t);
      const { callback, screens } = await throughProvider(regie, 'sso-anna');
      assert.deepEqual(screens, ['login', 'consent'], "through the provider's own login and consent screens");
      assert.ok(callback.searchParams.get('code'));
      const res = await callRegie(regie, callback);
      assert.equal(res.status, 302);
      assert.equal(res.headers.get('location'), '/');
      const cookie = res.headers.get('set-cookie') ?? '';
      assert.match(cookie, /^regie_session=[^;]+;/);
      assert.match(cookie, /HttpOnly/i);
      assert.match(cookie, /SameSite=Lax/i);

      const session = await regie.fetch('/api/v1/auth/session');
      assert.equal(session.status, 200);
      const body = (await session.json()) as { user: { username: string }; csrfToken: string };
      assert.equal(body.user.username, 'regisseur');
      assert.ok(body.csrfToken);

      const user = await userRow('regisseur');
      assert.equal(user.oidcIssuer, issuer);
      assert.equal(user.oidcSubject, 'sso-anna');
      assert.equal((await oidcLogins(user.id)).length, 1, 'one audit row session.login with method oidc');
    });

    test('the same subject signs in again after the provider changed its e-mail address', async () => {
      const user = await userRow('regisseur');
      // First to an address Regie does not know, then to another Regie user's address: the subject decides.
      for (const email of ['anna.nieuw@elders.example', 'beleid@regiedam.example']) {
        accounts.set('sso-anna', { email, email_verified: true });
        const regie = new Browser(t);
        const res = await callRegie(regie, (await throughProvider(regie, 'sso-anna')).callback);
        assert.equal(res.status, 302);
        assert.equal(res.headers.get('location'), '/');
        const session = await regie.fetch('/api/v1/auth/session');
        assert.equal(session.status, 200);
        assert.equal(((await session.json()) as { user: { username: string } }).user.username, 'regisseur');
      }
      assert.equal((await oidcLogins(user.id)).length, 3);
      assert.equal((await userRow('beleid')).oidcSubject, null, 'the other account was not linked');
    });

    test('someone the provider knows but Regie does not is refused without a session', async () => {
      const before = await t.database.db.select().from(auditLog);
      const regie = new Browser(t);
      const res = await callRegie(regie, (await throughProvider(regie, 'sso-onbekend')).callback);
      assert.equal(res.status, 302);
      assert.equal(res.headers.get('location'), '/inloggen?fout=oidc_unknown_user');
      assert.equal(res.headers.get('set-cookie'), null);
      assert.equal((await regie.fetch('/api/v1/auth/session')).status, 401);
      const linked = await t.database.db.select().from(users).where(eq(users.oidcSubject, 'sso-onbekend'));
      assert.equal(linked.length, 0);
      const audit = await t.database.db.select().from(auditLog);
      assert.equal(
        audit.filter((a) => a.action === 'session.login').length,
        before.filter((a) => a.action === 'session.login').length,
      );
    });

    test('an e-mail address the provider has not verified does not link an account', async () => {
      for (const [accountId, username] of [
        ['sso-niet-bevestigd', 'wijkteam'], // email_verified: false
        ['sso-zonder-bevestiging', 'intake'], // no email_verified claim at all
      ] as const) {
        const regie = new Browser(t);
        const res = await callRegie(regie, (await throughProvider(regie, accountId)).callback);
        assert.equal(res.status, 302);
        assert.equal(res.headers.get('location'), '/inloggen?fout=oidc_unknown_user', accountId);
        assert.equal(res.headers.get('set-cookie'), null);
        assert.equal((await userRow(username)).oidcSubject, null, `${username} stays unlinked`);
      }
    });

    test('a tampered state is refused, the real one works once, and a replay is refused', async () => {
      const regie = new Browser(t);
      const { callback } = await throughProvider(regie, 'sso-teamleider');

      const tampered = new URL(callback);
      tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
      const refused = await callRegie(regie, tampered);
      assert.equal(refused.status, 302);
      assert.equal(refused.headers.get('location'), '/inloggen?fout=oidc_failed');
      assert.equal(refused.headers.get('set-cookie'), null);

      const ok = await callRegie(regie, callback);
      assert.equal(ok.status, 302);
      assert.equal(ok.headers.get('location'), '/');
      assert.match(ok.headers.get('set-cookie') ?? '', /^regie_session=/);

      const replay = await callRegie(new Browser(t), callback);
      assert.equal(replay.status, 302);
      assert.equal(replay.headers.get('location'), '/inloggen?fout=oidc_failed');
      assert.equal(replay.headers.get('set-cookie'), null);
      assert.equal((await oidcLogins((await userRow('teamleider')).id)).length, 1);
    });

    test("a code from one sign-in with another sign-in's state is refused (PKCE binds them)", async () => {
      const first = await throughProvider(new Browser(t), 'sso-teamleider');
      const second = await throughProvider(new Browser(t), 'sso-teamleider');
      const mixed = new URL(first.callback);
      mixed.searchParams.set('code', second.callback.searchParams.get('code') ?? '');
      const res = await callRegie(new Browser(t), mixed);
      assert.equal(res.status, 302);
      assert.equal(res.headers.get('location'), '/inloggen?fout=oidc_failed');
      assert.equal(res.headers.get('set-cookie'), null);
    });

    test('a callback without a started sign-in is refused', async () => {
      for (const query of [
        '',
        '?code=verzonnen&state=verzonnen',
        `?code=verzonnen&state=verzonnen&iss=${issuer}`,
      ]) {
        const regie = new Browser(t);
        const res = await regie.fetch(`/api/v1/auth/oidc/callback${query}`);
        assert.equal(res.status, 302, query);
        assert.equal(res.headers.get('location'), '/inloggen?fout=oidc_failed', query);
        assert.equal(res.headers.get('set-cookie'), null);
        assert.equal((await regie.fetch('/api/v1/auth/session')).status, 401);
      }
    });

    test('cancelling at the provider comes back as a failed sign-in', async () => {
      const regie = new Browser(t);
      const { callback, screens } = await throughProvider(regie, 'sso-anna', { cancel: true });
      assert.deepEqual(screens, ['login']);
      assert.equal(callback.searchParams.get('error'), 'access_denied');
      const res = await callRegie(regie, callback);
      assert.equal(res.headers.get('location'), '/inloggen?fout=oidc_failed');
      assert.equal(res.headers.get('set-cookie'), null);
    });
  });
}

describe('without SSO configured', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ households: 0 });
  });
  after(() => t.close());

  test('the sign-in options say SSO is not available and its routes answer so', async () => {
    const config = await t.request('/api/v1/auth/config');
    assert.equal(config.status, 200);
    assert.deepEqual(await config.json(), { oidc: false });
    const login = await t.request('/api/v1/auth/oidc/login');
    assert.equal(login.status, 404);
    assert.equal(((await login.json()) as { code: string }).code, 'oidc_not_configured');
    const callback = await t.request('/api/v1/auth/oidc/callback?code=x&state=y');
    assert.equal(callback.status, 302);
    assert.equal(callback.headers.get('location'), '/inloggen?fout=oidc_not_configured');
  });
});
