// Benchmark of `regie seed --households N --seed S` on PostgreSQL (issue: 1,000,000 households in under 10 minutes).
//
//   npm run bench:seed                                   1,000,000 households, seed 1, on a throwaway cluster
//   npm run bench:seed -- --households 100000 --seed 7
//   DATABASE_URL=postgres://user@host/db npm run bench:seed   on that server (a seed already loaded adds nothing)
//
// Without DATABASE_URL it starts a throwaway PostgreSQL (≥ 15) cluster with default settings: initdb in a temp dir,
// trust auth on 127.0.0.1, a free port; as root the cluster runs as the postgres user (or nobody). The cluster and
// its directory are removed afterwards. Prints households/s, rows inserted per table, total seconds and peak RSS.
// A benchmark, not a test: it never fails on a slow machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { seedCommand } from '../src/cli/commands/seed.ts';

const TABLES = ['addresses', 'persons', 'households', 'household_members'] as const;
const MIN_MAJOR = 15;

type Cluster = { url: string; describe: string; stop: () => void };

function pgMajor(bin: string): number {
  try {
    const out = execFileSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' });
    return Number(/(\d+)/.exec(out)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The newest PostgreSQL server bin dir (≥ 15) holding initdb, pg_ctl and postgres: PATH first, then Debian's. */
function findPgBin(): string {
  const candidates: string[] = [];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const initdb = join(dir, 'initdb');
    if (dir && existsSync(initdb)) candidates.push(dirname(realpathSync(initdb)));
  }
  if (existsSync('/usr/lib/postgresql')) {
    for (const v of readdirSync('/usr/lib/postgresql'))
      candidates.push(join('/usr/lib/postgresql', v, 'bin'));
  }
  let best = '';
  let bestMajor = 0;
  for (const dir of candidates) {
    if (!['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(join(dir, b)))) continue;
    const major = pgMajor(dir);
    if (major >= MIN_MAJOR && major > bestMajor) [best, bestMajor] = [dir, major];
  }
  if (!best) {
    throw new Error(
      `No PostgreSQL ≥ ${MIN_MAJOR} server binaries (initdb, pg_ctl, postgres) found: apt-get install postgresql, or set DATABASE_URL`,
    );
  }
  return best;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** initdb + pg_ctl start in a temp dir; postgres refuses to run as root, so as root it runs as postgres/nobody. */
async function startCluster(): Promise<Cluster> {
  const bin = findPgBin();
  const dir = mkdtempSync(join(tmpdir(), 'regie-bench-pg-'));
  const data = join(dir, 'data');
  const isRoot = process.getuid?.() === 0;
  let osUser = '';
  if (isRoot) {
    osUser = spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody';
    const uid = Number(execFileSync('id', ['-u', osUser], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', osUser], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const [cmd, argv] = isRoot
      ? ['runuser', ['-u', osUser, '--', join(bin, tool), ...args]]
      : [join(bin, tool), args];
    const result = spawnSync(cmd, argv, { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`${tool} failed (${result.status}):\n${result.stdout}${result.stderr}`);
    }
  };
  let started = false;
  const stop = () => {
    try {
      if (started) run('pg_ctl', ['-D', data, 'stop', '-m', 'fast', '-w']);
    } catch {
      // already stopped
    }
    started = false;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', data, '--username=postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
    const port = await freePort();
    const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir}`;
    started = true;
    run('pg_ctl', ['-D', data, '-l', join(dir, 'postgres.log'), '-o', options, '-w', '-t', '60', 'start']);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      describe: `throwaway cluster (PostgreSQL ${pgMajor(bin)} from ${bin}, default settings${isRoot ? `, run as ${osUser}` : ''})`,
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}

async function countRows(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const exists = await client.query('SELECT to_regclass($1) IS NOT NULL AS ok', [table]);
      counts[table] = exists.rows[0]?.ok
        ? Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n ?? 0)
        : 0;
    }
    return counts;
  } finally {
    await client.end();
  }
}

async function serverSettings(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const names = ['server_version', 'shared_buffers', 'max_wal_size', 'fsync', 'synchronous_commit'];
    const { rows } = await client.query<{ name: string; setting: string }>(
      'SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name = ANY($1) ORDER BY name',
      [names],
    );
    return rows.map((r) => `${r.name}=${r.setting}`).join(', ');
  } finally {
    await client.end();
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { households: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '1' } },
  });
  const households = Number(values.households);
  const seed = Number(values.seed);
  if (!Number.isInteger(households) || households < 1 || !Number.isInteger(seed) || seed < 0) {
    console.error('usage: npm run bench:seed -- [--households N (≥ 1)] [--seed S (≥ 0)]');
    return 2;
  }

  let cluster: Cluster | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    cluster?.stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    let url = process.env.DATABASE_URL;
    let where = 'DATABASE_URL';
    if (!url) {
      cluster = await startCluster();
      url = cluster.url;
      where = cluster.describe;
      process.env.DATABASE_URL = url;
    }
    console.log(`bench:seed: ${fmt(households)} households, seed ${seed}, on ${where}`);
    console.log(`server: ${await serverSettings(url)}`);

    const before = await countRows(url);
    const started = performance.now();
    const status = await seedCommand(['--households', String(households), '--seed', String(seed)]);
    const seconds = (performance.now() - started) / 1000;
    if (status !== 0) return status;
    const after = await countRows(url);

    const inserted = TABLES.map((t) => [t, (after[t] ?? 0) - (before[t] ?? 0)] as const);
    const totalRows = inserted.reduce((sum, [, n]) => sum + n, 0);
    const peakRssMiB = (process.resourceUsage().maxRSS * 1024) / 2 ** 20;
    console.log('');
    console.log('result');
    for (const [table, n] of inserted) console.log(`  ${table.padEnd(18)} ${fmt(n).padStart(12)} rows`);
    console.log(
      `  ${'total'.padEnd(18)} ${fmt(totalRows).padStart(12)} rows (${fmt(totalRows / seconds)} rows/s)`,
    );
    console.log(
      `  households/s       ${fmt((after.households! - before.households!) / seconds).padStart(12)}`,
    );
    console.log(
      `  total seconds      ${seconds.toFixed(1).padStart(12)}  (target for 1,000,000 households: < 600 s)`,
    );
    console.log(
      `  peak RSS           ${peakRssMiB.toFixed(0).padStart(12)} MiB  (this process; the server apart)`,
    );
    if (after.households === before.households) {
      console.log('  note: nothing was inserted; this seed was already loaded here (use another --seed)');
    }
    return 0;
  } finally {
    cluster?.stop();
  }
}

process.exitCode = await main();
