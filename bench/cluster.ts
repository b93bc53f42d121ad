// A throwaway PostgreSQL cluster for benchmarks (bench:seed, bench:import): initdb in a temp dir, trust auth on
// 127.0.0.1, a free port, default settings (or BENCH_PG_SETTINGS); as root the cluster runs as the postgres user (or nobody). `stop()`
// removes the cluster and its directory.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

const MIN_MAJOR = 15;

/** `bin` is the server's bin dir (psql is there too on Debian). */
export type Cluster = { url: string; describe: string; bin: string; dataDir: string; stop: () => void };

function pgMajor(bin: string): number {
  try {
    const out = execFileSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' });
    return Number(/(\d+)/.exec(out)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The newest PostgreSQL server bin dir (≥ 15) holding initdb, pg_ctl and postgres: PATH first, then Debian's. */
export function findPgBin(): string {
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
export async function startCluster(): Promise<Cluster> {
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
    // BENCH_PG_SETTINGS="shared_buffers=1GB max_wal_size=4GB" runs the cluster tuned like a server (the defaults
    // are sized for a laptop: 128 MB of shared buffers, a checkpoint every GB of WAL).
    const settings = (process.env.BENCH_PG_SETTINGS ?? '')
      .split(/\s+/)
      .filter((s) => /^[a-z_]+=[\w.]+$/.test(s));
    const options = [
      `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir}`,
      ...settings.map((s) => `-c ${s}`),
    ].join(' ');
    started = true;
    run('pg_ctl', ['-D', data, '-l', join(dir, 'postgres.log'), '-o', options, '-w', '-t', '60', 'start']);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      bin,
      dataDir: data,
      describe: `throwaway cluster (PostgreSQL ${pgMajor(bin)} from ${bin}, ${settings.length > 0 ? settings.join(' ') : 'default settings'}${isRoot ? `, run as ${osUser}` : ''})`,
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}

export type BenchDatabase = { url: string; where: string; cluster: Cluster | undefined; stop: () => void };

/**
 * The database a benchmark runs on: DATABASE_URL when set, else a throwaway cluster (and DATABASE_URL is set to it
 * for the code under test). `stop` ends the cluster and runs `cleanUp`; so does Ctrl+C or SIGTERM.
 */
export async function benchDatabase(cleanUp: () => void = () => {}): Promise<BenchDatabase> {
  let cluster: Cluster | undefined;
  const stop = () => {
    cluster?.stop();
    cleanUp();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, where: 'DATABASE_URL', cluster, stop };
  cluster = await startCluster();
  process.env.DATABASE_URL = cluster.url;
  return { url: cluster.url, where: cluster.describe, cluster, stop };
}

/**
 * CPU seconds (user + system) the cluster's processes have used so far: the postmaster with its reaped children
 * (ended backends are counted there) and the backends still running. Linux only (/proc); 0 elsewhere. On a machine
 * shared with other work, wall time says little; CPU time of the importer and the server says what the work costs.
 */
export function clusterCpuSeconds(cluster: Cluster): number {
  try {
    const pid = Number(readFileSync(join(cluster.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const tick = 100; // USER_HZ on Linux
    const fields = (p: number | string) => {
      const text = readFileSync(`/proc/${p}/stat`, 'utf8');
      return text.slice(text.lastIndexOf(')') + 2).split(' ');
    };
    const own = fields(pid); // after the name: state is [0], ppid [1], utime [11], stime [12], cutime [13], cstime [14]
    let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const f = fields(entry);
        if (Number(f[1]) === pid) ticks += Number(f[11]) + Number(f[12]);
      } catch {
        // the process ended meanwhile
      }
    }
    return ticks / tick;
  } catch {
    return 0;
  }
}
