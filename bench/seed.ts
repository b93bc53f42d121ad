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
import { parseArgs } from 'node:util';
import pg from 'pg';
import { seedCommand } from '../src/cli/commands/seed.ts';
import { benchDatabase } from './cluster.ts';

const TABLES = ['addresses', 'persons', 'households', 'household_members'] as const;

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

  const { url, where, stop } = await benchDatabase();
  try {
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
    stop();
  }
}

process.exitCode = await main();
