// Benchmark of the kostendelersnorm impact report (issue 6: "in under 5 s on 1,000,000 households on PostgreSQL").
//
//   DATABASE_URL=postgres://user@host/db npm run bench:impact
//   DATABASE_URL=... npm run bench:impact -- --households 1000000 --seed 1 --runs 3 --peildatum 2026-11-23
//
// Uses the PostgreSQL server in DATABASE_URL: applies the migrations, seeds --households with `seedScale` (seed
// --seed) unless that population is already there, seeds bijstand provisions for municipalities that have none (a
// database seeded before provisions existed), runs ANALYZE, then times the report over the whole
// database (all municipalities), the same code the API runs minus the access check and the audit row. Prints the
// seconds of a cold run and the median of --runs warm runs, split into reading (SQL and transfer) and the whole report.
// A benchmark, not a test: it never fails on a slow machine.
//
// It does not start a throwaway cluster itself: bench/seed.ts has that code but does not export it (importing that
// file runs its benchmark). Once the cluster helper lives in its own module, this script can use it too.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { databaseFromUrl } from '../src/server/db/client.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { bijstandHouseholds } from '../src/server/features/rules/impact.repo.ts';
import { computeImpactFigures, publishImpactReport } from '../src/server/features/rules/impact.service.ts';
import { seedProvisions } from '../src/server/features/seed/provisions.ts';
import { seedScale } from '../src/server/features/seed/scale.ts';

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      households: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '3' },
      peildatum: { type: 'string', default: '2026-11-23' },
    },
  });
  const households = Number(values.households);
  const seed = Number(values.seed);
  const runs = Number(values.runs);
  const peildatum = values.peildatum;
  if (!Number.isInteger(households) || households < 1 || !Number.isInteger(seed) || !(runs >= 1)) {
    console.error(
      'usage: npm run bench:impact -- [--households N] [--seed S] [--runs R] [--peildatum YYYY-MM-DD]',
    );
    return 2;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'bench:impact needs DATABASE_URL (a PostgreSQL ≥ 15 database it may fill), e.g.\n' +
        '  createdb regie_bench && DATABASE_URL=postgres://localhost/regie_bench npm run bench:impact',
    );
    return 2;
  }

  const database = databaseFromUrl(url, 'postgres', 2);
  try {
    const { db } = database;
    await migrate(database.pool);
    const settings = await db.execute<{ name: string; setting: string }>(sql`
      SELECT name, current_setting(name) AS setting FROM pg_settings
      WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'max_parallel_workers_per_gather')
      ORDER BY name`);
    console.log(
      `bench:impact on DATABASE_URL (${settings.rows.map((r) => `${r.name}=${r.setting}`).join(', ')})`,
    );

    const seedStarted = performance.now();
    const seeded = await seedScale(db, households, seed, (done, total) => {
      if (done === total || done % 100_000 === 0)
        process.stderr.write(`\rseeding ${fmt(done)} / ${fmt(total)}`);
    });
    if (!seeded.skipped) process.stderr.write('\n');
    const all = (
      await db.execute<{ code: string }>(sql`SELECT code FROM municipalities ORDER BY code`)
    ).rows.map((r) => r.code);
    // Databases seeded before provisions existed have none: seed them (one INSERT … SELECT per call, idempotent).
    const without = (
      await db.execute<{ code: string }>(sql`
        SELECT m.code FROM municipalities m
        WHERE EXISTS (SELECT 1 FROM households h WHERE h.municipality_code = m.code)
          AND NOT EXISTS (SELECT 1 FROM provisions p WHERE p.municipality_code = m.code)`)
    ).rows.map((r) => r.code);
    const added = await seedProvisions(db, without);
    await db.execute(sql`ANALYZE provisions`);
    await db.execute(sql`ANALYZE household_members`);
    await db.execute(sql`ANALYZE persons`);
    const counts = (
      await db.execute<{ households: number; provisions: number }>(sql`
        SELECT (SELECT count(*)::int FROM households) AS households, (SELECT count(*)::int FROM provisions) AS provisions`)
    ).rows[0]!;
    console.log(
      seeded.skipped
        ? `population: seed ${seed} already present`
        : `population: seeded ${fmt(households)} households in ${seeded.municipalities.length} municipalities in ${seconds(performance.now() - seedStarted)} s`,
    );
    console.log(
      `database: ${fmt(counts.households)} households, ${fmt(counts.provisions)} provisions` +
        (added > 0 ? ` (${fmt(added)} bijstand provisions added now)` : '') +
        `, ${all.length} municipalities`,
    );

    // Reading alone, as the report reads (one transaction, JIT off), to split the time into SQL and calculation.
    const readOnly = async () => {
      const started = performance.now();
      let n = 0;
      await db.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('jit', 'off', true)`);
        for await (const batch of bijstandHouseholds(tx, all, peildatum)) n += batch.length;
      });
      return { ms: performance.now() - started, n };
    };
    const report = async () => {
      const started = performance.now();
      const computation = await computeImpactFigures(db, all, peildatum);
      const published = publishImpactReport(
        computation,
        all.map((code) => ({ code, naam: code })),
      );
      JSON.stringify(published);
      return { ms: performance.now() - started, computation, published };
    };

    const cold = await report();
    const reads: number[] = [];
    const reports: number[] = [];
    for (let i = 0; i < runs; i++) {
      reads.push((await readOnly()).ms);
      reports.push((await report()).ms);
    }
    const raw = cold.computation.raw;
    const one = all.find((code) => code !== 'GM9901' && code !== 'GM9902') ?? all[0]!;
    const single = await (async () => {
      const started = performance.now();
      await computeImpactFigures(db, [one], peildatum);
      return performance.now() - started;
    })();

    console.log('');
    console.log(`result (peildatum ${peildatum}, all ${all.length} municipalities)`);
    console.log(`  bijstand households   ${fmt(raw.households).padStart(12)}`);
    console.log(`  affected (A ≥ 2)      ${fmt(raw.affected).padStart(12)}`);
    console.log(`  not computed          ${fmt(raw.notComputed).padStart(12)}`);
    console.log(`  reduction / month     ${`€ ${fmt(raw.reductionCent / 100)}`.padStart(12)}`);
    console.log(`  cold run              ${seconds(cold.ms).padStart(12)} s`);
    console.log(`  warm run (median ${runs})   ${seconds(median(reports)).padStart(12)} s  (target: < 5 s)`);
    console.log(
      `    of which reading    ${seconds(median(reads)).padStart(12)} s  (SQL and transfer, batches of 20,000)`,
    );
    console.log(`  one municipality      ${seconds(single).padStart(12)} s  (${one})`);
    console.log(
      `  peak RSS              ${((process.resourceUsage().maxRSS * 1024) / 2 ** 20).toFixed(0).padStart(12)} MiB`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
