// Benchmark of the pages a team works from (issue 4, item 9): the worklist, the household page and the signals
// board, on PostgreSQL with 1,000,000 households, 10,000,000 signals and 300,000 cases. Target: household page
// p50 ≤ 50 ms and p95 ≤ 150 ms at 16 concurrent users on a 2-core machine.
//
//   npm run bench:worklist                                              full size, on a throwaway cluster
//   npm run bench:worklist -- --households 100000 --signals 1000000 --cases 30000    a quick run
//   DATABASE_URL=postgres://… npm run bench:worklist -- --reuse         on that server; seeds only when empty
//   options: --duration S (measured seconds per run, 20) --warmup S (3) --concurrency 1,16,64
//            --timeout S (60: a request or SQL run that takes longer is stopped and counted as over time)
//            --only worklist,household,board (which endpoints to measure)
//   BENCH_CPU_PROFILE=/tmp/prof npm run bench:worklist -- …          also writes a V8 CPU profile of the server
//
// Steps: a throwaway PostgreSQL cluster (bench/cluster.ts) or DATABASE_URL → migrations → a set-based seed
// (bench/worklist/seed.ts; 35,000 households per fictional municipality, two wijkteams each) → VACUUM ANALYZE →
// the Regie server in a child process (bench/worklist/server.ts: `regie start` with production settings and the
// production pool of 10 connections, on a free port), signed in as one bench regisseur per team (a virtual user per
// session, teams in turn) → per endpoint every request of the virtual users sent once, unmeasured, so the runs see a
// warm cache → for each endpoint and concurrency a closed loop over real HTTP, then the same
// endpoint's SQL alone: the read statements the server sent for that request (recorded in the server process) run
// in order on one connection of a pool as large as the server's, at the same concurrency. The ratio app/SQL is the
// app's own overhead: HTTP, session check, validation, the transaction with its audit row (a write the bare run
// leaves out), JSON. A benchmark, not a test: it never fails on a slow machine.
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { databaseFromUrl } from '../src/server/db/client.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { hashPassword } from '../src/server/features/auth/passwords.ts';
import { seedProvisions } from '../src/server/features/seed/provisions.ts';
import { dateInAmsterdam } from '../src/server/lib/dates.ts';
import { benchDatabase } from './cluster.ts';
import { closedLoop, type LoadResult } from './worklist/load.ts';
import { type BenchUser, benchUsers, type SeedSize, seedBench, seededSize } from './worklist/seed.ts';
import type { Captured, ServerMessage } from './worklist/server.ts';

const PASSWORD = 'Bench-worklist-2026';
/** The server's pool (openDatabase's default); the bare-SQL run gets a pool of the same size. */
const POOL_SIZE = 10;
const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

type Endpoint = {
  name: string;
  path: (user: number, iteration: number) => string;
  /** Recorded SQL per request variant (a team, a household), read statements only. */
  bare: Captured[][];
  statements: { reads: number; writes: number };
};

function isRead(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (/^(begin|commit|rollback|savepoint|release)/.test(t)) return false;
  if (t.includes('set_config(')) return false;
  if (isWrite(text)) return false;
  return t.startsWith('select') || t.startsWith('with') || t.startsWith('(');
}

/** A write: a plain one, a row lock, or a WITH whose body inserts or updates (the audit append is one). */
function isWrite(text: string): boolean {
  const t = text.trim().toLowerCase();
  return (
    /^(insert|update|delete)/.test(t) ||
    /\bfor update\b/.test(t) ||
    /^with\b[\s\S]*\b(insert into|update \w+ set|delete from)\b/.test(t)
  );
}

class Server {
  private waiting: ((m: ServerMessage) => void) | null = null;
  constructor(
    readonly child: ChildProcess,
    readonly base: string,
  ) {
    child.on('message', (m: ServerMessage) => {
      const w = this.waiting;
      this.waiting = null;
      w?.(m);
    });
  }

  static async start(url: string): Promise<Server> {
    const child = fork(fileURLToPath(new URL('./worklist/server.ts', import.meta.url)), [], {
      execArgv: [
        '--import',
        'tsx',
        ...(process.env.BENCH_CPU_PROFILE
          ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
          : []),
      ],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: url,
        SESSION_SECRET: randomBytes(32).toString('hex'),
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        REGIE_SEED_DEMO: 'no',
        // The virtual users all sign in from 127.0.0.1; lockout limits are not what this measures.
        LOGIN_IP_MAX_PER_15_MIN: '100000',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m: ServerMessage) =>
        'ready' in m ? resolve(m.ready.port) : reject(new Error('no ready')),
      );
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    return new Server(child, `http://127.0.0.1:${port}`);
  }

  /** The SQL statements the server sends while `fn` runs (callers run one request at a time). */
  async capture(fn: () => Promise<void>): Promise<Captured[]> {
    this.child.send({ capture: true });
    await fn();
    const answer = new Promise<ServerMessage>((resolve) => {
      this.waiting = resolve;
    });
    this.child.send({ capture: false });
    const m = await answer;
    return 'captured' in m ? m.captured : [];
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ stop: true });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login ${username}: no session cookie`);
  return cookie;
}

/** One GET with the session; over `timeout` seconds it is aborted (a TimeoutError, counted apart). */
async function get(base: string, cookie: string, path: string, timeout = 600): Promise<void> {
  const res = await fetch(`${base}${path}`, {
    headers: { cookie },
    signal: AbortSignal.timeout(timeout * 1000),
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.slice(0, 200)}`);
}

async function seedIfNeeded(url: string, size: SeedSize, reuse: boolean): Promise<SeedSize> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const present = await seededSize(client);
    if (present) {
      if (!reuse) {
        throw new Error(
          `This database already has bench data (${fmt(present.households)} households); use --reuse or an empty database`,
        );
      }
      console.log(
        `reusing: ${fmt(present.households)} households, ${fmt(present.signals)} signals, ${fmt(present.cases)} cases`,
      );
      return present;
    }
    const started = performance.now();
    const progress = (message: string) =>
      console.log(`  [${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${message}`);
    const today = dateInAmsterdam(new Date());
    const codes = await seedBench(client, size, today, await hashPassword(PASSWORD), progress);
    const database = databaseFromUrl(url, 'postgres', 1);
    try {
      const n = await seedProvisions(database.db, codes);
      progress(`bijstand provisions: ${fmt(n)}`);
    } finally {
      await database.close();
    }
    await client.query('VACUUM ANALYZE');
    progress('VACUUM ANALYZE');
    console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return (await seededSize(client)) ?? size;
  } finally {
    await client.end();
  }
}

/** Households in each team's wijken: half with an open case of the team, half any, in a fixed pseudo-random order. */
/**
 * The households each bench regisseur opens: those of the open cases they lead or are in the case team of, and
 * those with a signal on their team's worklist. Under need-to-know access (issue 5) nobody opens a household
 * outside their cases and worklist, so neither does the load.
 */
async function householdsByUser(url: string, users: BenchUser[]): Promise<Map<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out = new Map<string, string[]>();
    for (const user of users) {
      const { rows } = await client.query<{ id: string }>(
        `(SELECT c.household_id AS id FROM cases c
          WHERE c.phase <> 'afgesloten' AND c.id IN (
            SELECT r.case_id FROM case_regisseurs r JOIN users u ON u.id = r.user_id
            WHERE u.username = $1 AND r.status = 'actief'
            UNION SELECT m.case_id FROM case_team_members m JOIN users u ON u.id = m.user_id
            WHERE u.username = $1 AND m.left_on IS NULL)
          ORDER BY md5(c.id::text) LIMIT 100)
        UNION ALL
        (SELECT s.household_id FROM signals s WHERE s.team_id = $2 AND s.household_id IS NOT NULL
          AND s.status = 'Nog niet opgepakt' ORDER BY s.received_at DESC LIMIT 100)`,
        [user.username, user.teamId],
      );
      out.set(
        user.username,
        rows.map((r) => r.id),
      );
    }
    return out;
  } finally {
    await client.end();
  }
}

async function bareLoop(pool: pg.Pool, endpoint: Endpoint, users: number, duration: number, warmup: number) {
  return closedLoop(users, duration, warmup, async (user, i) => {
    const statements = endpoint.bare[(user + i * users) % endpoint.bare.length]!;
    const client = await pool.connect();
    try {
      for (const s of statements) await client.query(s.text, s.values);
    } finally {
      client.release();
    }
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      households: { type: 'string', default: '1000000' },
      signals: { type: 'string', default: '10000000' },
      cases: { type: 'string', default: '300000' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '3' },
      concurrency: { type: 'string', default: '1,16,64' },
      timeout: { type: 'string', default: '60' },
      only: { type: 'string', default: 'worklist,household,board' },
      reuse: { type: 'boolean', default: false },
    },
  });
  const size: SeedSize = {
    households: Number(values.households),
    signals: Number(values.signals),
    cases: Number(values.cases),
  };
  const duration = Number(values.duration);
  const warmup = Number(values.warmup);
  const timeout = Number(values.timeout);
  const levels = values.concurrency.split(',').map(Number);
  if (
    !Number.isInteger(size.households) ||
    size.households < 1000 ||
    !Number.isInteger(size.signals) ||
    size.signals < 0 ||
    !Number.isInteger(size.cases) ||
    size.cases < 0 ||
    size.cases > size.households ||
    !(duration > 0) ||
    !(warmup >= 0) ||
    !(timeout > 0) ||
    levels.some((n) => !Number.isInteger(n) || n < 1)
  ) {
    console.error(
      'usage: npm run bench:worklist -- [--households N (≥ 1000)] [--signals N] [--cases N (≤ households)] [--duration S] [--warmup S] [--concurrency 1,16,64] [--timeout S] [--only worklist,household,board] [--reuse]',
    );
    return 2;
  }

  const { url, where, stop } = await benchDatabase();
  let server: Server | undefined;
  try {
    console.log(
      `bench:worklist: ${fmt(size.households)} households, ${fmt(size.signals)} signals, ${fmt(size.cases)} cases, on ${where}`,
    );
    const migrations = new pg.Pool({ connectionString: url, max: 1 });
    await migrate(migrations);
    await migrations.end();
    const used = await seedIfNeeded(url, size, values.reuse);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const users = await benchUsers(client);
    const version = (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`))
      .rows[0]?.v;
    await client.end();
    if (users.length === 0) throw new Error('no bench accounts found');
    const households = await householdsByUser(url, users);

    server = await Server.start(url);
    const base = server.base;
    const maxUsers = Math.max(...levels);
    const sessions: { cookie: string; teamId: string; username: string }[] = [];
    const loginStarted = performance.now();
    for (let u = 0; u < maxUsers; u++) {
      const user = users[u % users.length]!;
      sessions.push({
        cookie: await login(base, user.username),
        teamId: user.teamId,
        username: user.username,
      });
    }
    console.log(
      `server: PostgreSQL ${version}; ${users.length} teams; ${maxUsers} sessions signed in (${((performance.now() - loginStarted) / 1000).toFixed(1)} s)`,
    );

    const householdOf = (user: number, i: number) => {
      const list = households.get(sessions[user]!.username)!;
      return list[(i * 7919 + user) % list.length]!;
    };
    // The household page: the overview route of the board feature when it is there, else the household itself.
    const probe = sessions[0]!;
    const overview =
      (
        await fetch(`${base}/api/v1/households/${householdOf(0, 0)}/overview`, {
          headers: { cookie: probe.cookie },
        })
      ).status === 200;
    const board = (await fetch(`${base}/api/v1/board`, { headers: { cookie: probe.cookie } })).status === 200;
    const endpoints: Endpoint[] = [
      {
        name: 'worklist',
        path: (u) =>
          `/api/v1/signals/worklist?teamId=${sessions[u]!.teamId}&status=nieuw&sort=deadline&page=1&pageSize=25`,
        bare: [],
        statements: { reads: 0, writes: 0 },
      },
      {
        name: overview ? 'household page' : 'household (no overview)',
        path: (u, i) => `/api/v1/households/${householdOf(u, i)}${overview ? '/overview' : ''}`,
        bare: [],
        statements: { reads: 0, writes: 0 },
      },
    ];
    if (board)
      endpoints.push({
        name: 'board',
        path: () => '/api/v1/board',
        bare: [],
        statements: { reads: 0, writes: 0 },
      });
    else console.log('note: GET /api/v1/board does not answer 200 here; the board is left out');
    const only = values.only.split(',');
    const chosen = endpoints.filter((e) => only.some((o) => e.name.startsWith(o)));
    if (!overview)
      console.log('note: GET /households/{id}/overview is not there; measuring GET /households/{id}');

    // Before the runs, every request the virtual users will make is sent once (16 at a time, not measured): the
    // seeded data is larger than PostgreSQL's cache, and without this the first run that brings in new users (64)
    // measured reading their pages from disk (a household page at 64 users once fell to 15 req/s that way).
    const prime = async (endpoint: Endpoint, users: number) => {
      const started = performance.now();
      const work: [user: number, iteration: number][] = [];
      for (let u = 0; u < users; u++) {
        const count = endpoint.name.startsWith('household')
          ? households.get(sessions[u]!.username)!.length
          : 1;
        for (let i = 0; i < count; i++) work.push([u, i]);
      }
      let next = 0;
      const worker = async () => {
        while (next < work.length) {
          const [u, i] = work[next++]!;
          await get(base, sessions[u]!.cookie, endpoint.path(u, i), timeout);
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
      console.log(
        `  ${endpoint.name}: primed the cache with ${fmt(work.length)} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    };

    // Per endpoint: record its SQL for a sample of variants (teams, households), one request at a time, within a
    // time budget (a slow endpoint gets fewer variants, at least one); then the runs. Results print as they come.
    const pool = new pg.Pool({
      connectionString: url,
      max: POOL_SIZE,
      options: `-c statement_timeout=${timeout * 1000}`,
    });
    // The machine's 1-minute load average after each pair of runs: on a shared machine it explains a lot.
    const results: { endpoint: Endpoint; app: LoadResult; sql: LoadResult; load: number }[] = [];
    for (const endpoint of chosen) {
      let reads = 0;
      let writes = 0;
      const captureStarted = performance.now();
      const wanted = Math.min(maxUsers, 24);
      for (let v = 0; v < wanted && (v === 0 || performance.now() - captureStarted < 60_000); v++) {
        const path = endpoint.path(v, v);
        const captured = await server.capture(() => get(base, sessions[v]!.cookie, path));
        endpoint.bare.push(captured.filter((s) => isRead(s.text)));
        reads += captured.filter((s) => isRead(s.text)).length;
        writes += captured.filter((s) => isWrite(s.text)).length;
      }
      const variants = endpoint.bare.length;
      endpoint.statements = { reads: reads / variants, writes: writes / variants };
      await prime(endpoint, maxUsers);
      for (const n of levels) {
        const app = await closedLoop(n, duration, warmup, (u, i) =>
          get(base, sessions[u]!.cookie, endpoint.path(u, i), timeout),
        );
        const sqlOnly = await bareLoop(pool, endpoint, n, duration, warmup);
        results.push({ endpoint, app, sql: sqlOnly, load: loadavg()[0]! });
        console.log(
          `  ${endpoint.name} × ${n}: p50 ${ms(app.p50)} ms, p95 ${ms(app.p95)} ms, ${app.perSecond.toFixed(2)} req/s` +
            `${app.timeouts ? `, ${app.timeouts} over ${timeout} s` : ''}` +
            `${app.errors ? `, ${app.errors} errors (${app.firstError})` : ''}; SQL p50 ${ms(sqlOnly.p50)} ms, p95 ${ms(sqlOnly.p95)} ms` +
            `${sqlOnly.timeouts ? `, ${sqlOnly.timeouts} over ${timeout} s` : ''}` +
            `${sqlOnly.errors ? `, ${sqlOnly.errors} SQL errors (${sqlOnly.firstError})` : ''} (${variants} variants, load ${loadavg()[0]!.toFixed(1)})`,
        );
      }
    }
    await pool.end();

    console.log('');
    console.log(
      `result (${duration} s per run after ${warmup} s warm-up; closed loop; server pool ${POOL_SIZE}; ${cpus().length} cores; load = 1-minute load average)`,
    );
    console.log(
      `  data: ${fmt(used.households)} households, ${fmt(used.signals)} signals, ${fmt(used.cases)} cases`,
    );
    const header = [
      'endpoint',
      'users',
      'p50 ms',
      'p95 ms',
      'req/s',
      'over time',
      'errors',
      'SQL p50',
      'SQL p95',
      'ratio p50',
      'ratio p95',
      'load',
    ];
    const rows = results.map(({ endpoint, app, sql, load }) => [
      endpoint.name,
      String(app.users),
      ms(app.p50),
      ms(app.p95),
      app.perSecond.toFixed(2),
      String(app.timeouts),
      String(app.errors),
      ms(sql.p50),
      ms(sql.p95),
      (app.p50 / sql.p50).toFixed(1),
      (app.p95 / sql.p95).toFixed(1),
      load.toFixed(1),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
    console.log(line(header));
    for (const r of rows) console.log(line(r));
    for (const e of chosen) {
      console.log(
        `  ${e.name}: ${e.statements.reads.toFixed(1)} read and ${e.statements.writes.toFixed(1)} write statements per request (the writes: audit row, session)`,
      );
    }
    const target = results.find((r) => r.endpoint === endpoints[1] && r.app.users === 16);
    if (target) {
      const ok = target.app.p50 <= 50 && target.app.p95 <= 150;
      console.log(
        `  target household page at 16 users: p50 ≤ 50 ms and p95 ≤ 150 ms: ${ok ? 'met' : 'NOT met'} (p50 ${ms(target.app.p50)}, p95 ${ms(target.app.p95)})`,
      );
    }
    console.log(`  peak RSS of this process: ${fmt((process.resourceUsage().maxRSS * 1024) / 2 ** 20)} MiB`);
    return 0;
  } finally {
    await server?.stop();
    stop();
  }
}

process.exitCode = await main();
