import { type Config, loadConfig } from '../../src/server/config.ts';
import type { Ctx } from '../../src/server/context.ts';
import type { Database } from '../../src/server/db/client.ts';
import type { OidcClient } from '../../src/server/features/auth/oidc.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/features/seed/demo.ts';
import { createApp } from '../../src/server/http/app.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createTestDatabase } from './db.ts';

export { DEMO_PASSWORD };

/** A clock the test moves by hand. */
export class TestClock {
  constructor(public current = new Date('2026-11-23T09:00:00.000Z')) {}
  now = () => new Date(this.current);
  advanceMinutes(minutes: number) {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export type TestApp = {
  database: Database;
  config: Config;
  clock: TestClock;
  app: ReturnType<typeof createApp>;
  ctx: (actor?: Ctx['actor']) => Ctx;
  request: (path: string, init?: RequestInit & { json?: unknown }) => Promise<Response>;
  close: () => Promise<void>;
};

export async function createTestApp(
  options: { households?: number; env?: Record<string, string>; oidc?: OidcClient } = {},
): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const log = createLogger('silent');
  const database = await createTestDatabase();
  const clock = new TestClock();
  const ctx = (actor: Ctx['actor'] = { type: 'system', name: 'test' }): Ctx => ({
    db: database.db,
    config,
    log,
    requestId: 'test',
    now: clock.now(),
    actor,
  });
  await seedDemo(ctx(), options.households ?? 200);
  const app = createApp(
    { db: database.db, config, log, clock: clock.now },
    { oidc: options.oidc, serveWeb: false },
  );
  const request = (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const headers = new Headers(init.headers);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    }
    return Promise.resolve(app.request(`http://localhost${path}`, { ...init, headers, body }));
  };
  return { database, config, clock, app, ctx, request, close: () => database.close() };
}

/** A signed-in browser: keeps the session cookie and sends the CSRF token on state-changing requests. */
export class Browser {
  cookie = '';
  csrf = '';

  constructor(private readonly t: TestApp) {}

  async login(username: string, password = DEMO_PASSWORD): Promise<Response> {
    const res = await this.fetch('/api/v1/auth/login', { method: 'POST', json: { username, password } });
    if (res.ok) this.csrf = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    return res;
  }

  async fetch(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    if (this.csrf && init.method && init.method !== 'GET') headers.set('x-csrf-token', this.csrf);
    const res = await this.t.request(path, { ...init, headers });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair?.endsWith('=') ? '' : (pair ?? '');
    }
    return res;
  }
}

export async function signedIn(t: TestApp, username: string): Promise<Browser> {
  const b = new Browser(t);
  const res = await b.login(username);
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  return b;
}
