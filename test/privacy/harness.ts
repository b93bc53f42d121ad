import { loadConfig } from '../../src/server/config.ts';
import type { Database } from '../../src/server/db/client.ts';
import { createSession } from '../../src/server/features/auth/sessions.ts';
import { createApp } from '../../src/server/http/app.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createTestDatabase } from '../helpers/db.ts';
import { type Materialized, materialize, NOW, type Registered, registry } from './materialize.ts';
import type { World } from './world.ts';

/**
 * One database and one app for the whole property file (no demo seed: every personal id in it belongs to a
 * generated world). Sessions are created directly (no argon2 sign-in) and routes are called in-process.
 */
export type Harness = {
  database: Database;
  insert: (w: World) => Promise<Materialized>;
  sessionCookie: (userId: string) => Promise<string>;
  get: (
    path: string,
    auth: { cookie?: string; bearer?: string },
  ) => Promise<{ status: number; body: unknown }>;
  close: () => Promise<void>;
};

export async function createHarness(): Promise<Harness> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  // REGIE_PROPERTY_LOG=error shows the server's log lines (e.g. the cause of a 500) while debugging.
  const log = createLogger((process.env.REGIE_PROPERTY_LOG ?? 'silent') as 'silent');
  const database = await createTestDatabase();
  const app = createApp({ db: database.db, config, log, clock: () => new Date(NOW) }, { serveWeb: false });
  return {
    database,
    insert: async (w) => {
      const m = materialize(w, config.sessionSecret);
      await database.pool.query(m.sql);
      return m;
    },
    sessionCookie: async (userId) => {
      const { token } = await createSession(database.db, config, userId, 'password', NOW);
      return `regie_session=${token}`;
    },
    get: async (path, auth) => {
      const headers = new Headers();
      if (auth.cookie) headers.set('cookie', auth.cookie);
      if (auth.bearer) headers.set('authorization', `Bearer ${auth.bearer}`);
      const res = await app.request(`http://localhost${path}`, { headers });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // PDFs and other non-JSON answers are checked as text.
      }
      return { status: res.status, body };
    },
    close: () => database.close(),
  };
}

/** A route that is not mounted (yet) answers the API's catch-all 404. */
export function notMounted(status: number, body: unknown): boolean {
  return (
    status === 404 &&
    typeof body === 'object' &&
    body !== null &&
    (body as { detail?: string }).detail === 'Dit API-adres bestaat niet'
  );
}

/** Every string in a response (values and object keys) that is a registered personal id or BSN. */
export function registeredIn(body: unknown): { value: string; where: string; reg: Registered }[] {
  const found: { value: string; where: string; reg: Registered }[] = [];
  const seen = new Set<string>();
  const visit = (v: unknown, path: string) => {
    if (typeof v === 'string') {
      const reg = registry.get(v);
      if (reg && !seen.has(`${v}@${path}`)) {
        seen.add(`${v}@${path}`);
        found.push({ value: v, where: path, reg });
      }
      // Ids inside text (a link such as /huishoudens/<id>) count too.
      if (!reg && v.length > 36) {
        for (const m of v.matchAll(
          /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b\d{9}\b/g,
        )) {
          const inner = registry.get(m[0]);
          if (inner) found.push({ value: m[0], where: `${path} (in text)`, reg: inner });
        }
      }
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        visit(x, `${path}[${i}]`);
      });
      return;
    }
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const reg = registry.get(k);
        if (reg) found.push({ value: k, where: `${path} (key)`, reg });
        visit(x, `${path}.${k}`);
      }
    }
  };
  visit(body, '$');
  return found;
}
