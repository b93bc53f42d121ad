// Benchmark of the batch import of signals (issue 3: 1,000,000 DDAS signals against 500,000 households; targets
// ≥ 20,000 signals/s, ≤ 3× a plain COPY of the same rows, peak RSS ≤ 300 MB and flat in file size).
//
//   npm run bench:import                                         1,000,000 signals, 500,000 households
//   npm run bench:import -- --signals 100000 --households 50000   a quick run
//   npm run bench:import -- --insert-mode values                 multi-row VALUES instead of unnest arrays
//   npm run bench:import -- --parallel 1                         one batch in PostgreSQL at a time (default 2)
//   npm run bench:import -- --batch-size 2000 --profile           smaller batches; CPU profile of the importer
//   npm run bench:import -- --max-heap 64                        the importer's V8 heap capped at 64 MB (bounded memory)
//   BENCH_PG_SETTINGS="shared_buffers=1GB max_wal_size=4GB" npm run bench:import   a cluster tuned like a server
//   DATABASE_URL=postgres://user@host/db npm run bench:import     on that server instead of a throwaway cluster
//
// Steps: a throwaway PostgreSQL cluster (bench/cluster.ts; or DATABASE_URL) → the scale seed (`regie seed
// --households N`, fictional municipalities of 35,000 households each) → DDAS files written as streams in a temp dir,
// one per scale municipality (a DDAS levering is one municipality's, and the test range of BSNs makes residents
// unique only within a municipality), with a realistic mix: ~70 % BSN of residents, ~20 % address only (postcode,
// huisnummer, birth date), ~5 % unknown residents, ~3 % bad rows, ~2 % repeats of an earlier signal → imported
// with `importSignals`, the service `regie import signals` uses, in a child process (its memory is the import's
// alone, not the seeding's or the file writing's). First a run with a quarter of the signals (its peak RSS shows that
// memory does not grow with the file), then the full run, each in a fresh child, then a plain COPY (psql \copy) of
// the same rows as CSV into an unindexed table. Prints signals/s, seconds per step in PostgreSQL, CPU seconds of the
// importer and of PostgreSQL (on a shared machine wall time mostly measures the neighbours), peak RSS of both runs
// (sampled every 100 ms, and maxRSS), COPY seconds and the ratio. `--profile` writes a CPU profile of the importer.
// A benchmark, not a test: it never fails on a slow machine.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { withDatabase } from '../src/cli/commands/database.ts';
import type { Ctx } from '../src/server/context.ts';
import type { InsertMode } from '../src/server/features/signals/import/import.repo.ts';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_PARALLEL,
  type ImportTimings,
  importSignals,
} from '../src/server/features/signals/import/import.service.ts';
import { signalFileFromPath } from '../src/server/features/signals/import/signal-file.ts';
import { testRangeBsns } from '../src/server/lib/bsn.ts';
import { benchDatabase, clusterCpuSeconds, findPgBin } from './cluster.ts';

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const mib = (bytes: number) => bytes / 2 ** 20;

type Resident = { bsn: string; geboortedatum: string | null; postcode: string; huisnummer: number };

/** A small deterministic PRNG (mulberry32), so a run is repeatable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTNERS = ['Energie', 'Huur', 'Water', 'Zorg', 'CAK Zorgverzekeringen', 'Hypotheek'];

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

async function close(out: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

const csvField = (v: string | number | boolean | null) => (v === null ? '' : String(v));

/**
 * Writes one municipality's DDAS file (and the CSV of the same loadable rows for COPY), streamed. Answers the number
 * of signals written.
 */
async function writeFiles(
  path: string,
  copy: WriteStream,
  municipality: string,
  residents: Resident[],
  unknownBsns: string[],
  count: number,
  prefix: string,
  seed: number,
): Promise<void> {
  const rnd = random(seed);
  const out = createWriteStream(path);
  await write(
    out,
    `{"startdatumLevering":"2026-10-01","einddatumLevering":"2026-10-31","aanleverdatumEnTijd":"2026-11-01T06:00:00Z","codeGegevensleverancier":"BENCH","leveringen":[{"teller":1,"gemeentecode":"${municipality}","aanleverendeOrganisatie":{"naam":"Benchmarkplatform"},"vroegsignalen":[`,
  );
  let lastGood = '';
  for (let i = 0; i < count; i++) {
    const r = rnd();
    const pick = residents[Math.floor(rnd() * residents.length)]!;
    let id = `${prefix}-${municipality}-${i}`;
    const partner = PARTNERS[i % PARTNERS.length]!;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const bedrag = 50 + Math.floor(rnd() * 2000);
    let client: Record<string, string>;
    let extra = '';
    let loadable = true;
    if (r < 0.7) client = { burgerservicenummer: pick.bsn };
    else if (r < 0.9) {
      client = { postcode: pick.postcode, huisnummer: String(pick.huisnummer) };
      if (pick.geboortedatum) client.geboortedatum = pick.geboortedatum;
    } else if (r < 0.95) {
      client =
        i % 2 === 0
          ? { burgerservicenummer: unknownBsns[i % unknownBsns.length]! }
          : { postcode: '9999ZZ', huisnummer: String(1 + (i % 200)) };
    } else if (r < 0.98) {
      loadable = false;
      switch (i % 5) {
        case 0:
          client = { burgerservicenummer: '999999991' }; // fails the 11-proof
          break;
        case 1:
          client = { burgerservicenummer: pick.bsn };
          extra = ',"signaaldatum":"2026-02-31"';
          break;
        case 2:
          client = { burgerservicenummer: pick.bsn };
          extra = ',"bedrag":-10';
          break;
        case 3:
          client = {};
          break;
        default:
          client = { postcode: '12345', huisnummer: '1' };
      }
    } else {
      client = { burgerservicenummer: pick.bsn };
      if (lastGood) id = lastGood; // a repeat of an earlier signal
    }
    const signal = `{"ID":"${id}","signaalpartner":{"type":"${partner}"},"signaaldatum":"2026-10-${day}","ontstaansdatum":"2026-08-${day}","bedrag":${bedrag},"crisissignaal":${i % 50 === 0},"warmeOverdracht":false,"client":${JSON.stringify(client)}${extra}}`;
    await write(out, i === 0 ? signal : `,${signal}`);
    if (loadable && id !== lastGood) {
      lastGood = r < 0.7 ? id : lastGood;
      await write(
        copy,
        `${[
          municipality,
          'vroegsignaal',
          'ddas',
          `platform:${id}`,
          id,
          partner,
          'betalingsachterstand',
          'normaal',
          i % 50 === 0,
          false,
          bedrag,
          `2026-08-${day}`,
          `2026-10-${day}`,
          '2026-11-01T06:00:00Z',
          client.burgerservicenummer ?? null,
          client.geboortedatum ?? null,
          client.postcode ?? null,
          client.huisnummer ?? null,
        ]
          .map(csvField)
          .join(',')}\n`,
      );
    }
  }
  await write(out, ']}]}\n');
  await close(out);
}

/** What the importing child process reports (see `childMain`). */
type ChildResult = {
  seconds: number;
  baselineRssMiB: number;
  peakRssMiB: number;
  maxRssMiB: number;
  /** CPU seconds (user + system) of the importing process during the imports. */
  cpu: number;
  timings: ImportTimings;
  totals: { gelezen: number; nieuw: number; dubbel: number; afgekeurd: number };
};

type Phase = ChildResult & { name: string; signals: number; bytes: number; files: number; serverCpu: number };

const RESULT_PREFIX = 'bench-import-result ';

/**
 * Imports the files in a child process, so its memory is the import's alone (not the seeding's or the file
 * writing's), and the quarter and the full run each start from a fresh process.
 */
function runChild(
  url: string,
  paths: string[],
  options: ChildOptions & { profile: boolean; maxHeapMb: number | undefined },
): ChildResult {
  const profile = options.profile
    ? ['--cpu-prof', `--cpu-prof-dir=${join(tmpdir(), 'regie-bench-profile')}`]
    : [];
  const result = spawnSync(
    process.execPath,
    [
      ...profile,
      ...(options.maxHeapMb ? [`--max-old-space-size=${options.maxHeapMb}`] : []),
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--child',
      '--batch-size',
      String(options.batchSize),
      '--insert-mode',
      options.insertMode,
      '--parallel',
      String(options.parallel),
      ...paths,
    ],
    { encoding: 'utf8', env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = result.stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (result.status !== 0 || !line) throw new Error(`the import process failed (${result.status})`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildResult;
}

/** The child: imports each file (its municipality is in its name) and prints one result line. */
type ChildOptions = { batchSize: number; insertMode: InsertMode; parallel: number };

async function childMain(paths: string[], options: ChildOptions): Promise<number> {
  return withDatabase('bench-import', async (ctx) => {
    const timings: ImportTimings = {
      stage: 0,
      match: 0,
      lock: 0,
      settle: 0,
      write: 0,
      bookkeeping: 0,
      waiting: 0,
    };
    const totals = { gelezen: 0, nieuw: 0, dubbel: 0, afgekeurd: 0 };
    const baseline = process.memoryUsage().rss;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const { peak } = await sampled(async () => {
      for (const path of paths) {
        const municipality = /-(GM\d{4})\.json$/.exec(path)![1]!;
        const file = await signalFileFromPath(path);
        const report = await importSignals(ctx, file, { municipality, ...options, timings });
        if (report.status !== 'klaar') throw new Error(`import failed: ${report.melding}`);
        totals.gelezen += report.gelezen;
        totals.nieuw += report.nieuw;
        totals.dubbel += report.dubbel;
        totals.afgekeurd += report.afgekeurd;
      }
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const result: ChildResult = {
      seconds,
      baselineRssMiB: mib(baseline),
      peakRssMiB: mib(peak),
      maxRssMiB: (process.resourceUsage().maxRSS * 1024) / 2 ** 20,
      cpu: (cpu.user + cpu.system) / 1e6,
      timings,
      totals,
    };
    console.log(`${RESULT_PREFIX}${JSON.stringify(result)}`);
    return 0;
  });
}

/** Samples RSS every 100 ms while `fn` runs. */
async function sampled<T>(fn: () => Promise<T>): Promise<{ value: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  try {
    const value = await fn();
    return { value, peak: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer);
  }
}

async function residentsOf(ctx: Ctx, municipality: string): Promise<Resident[]> {
  const found = await ctx.db.execute<Resident>(sql`SELECT p.bsn, p.geboortedatum::text AS geboortedatum,
    a.postcode, a.huisnummer FROM persons p
    JOIN household_members m ON m.person_id = p.id AND m.to_date IS NULL
    JOIN households h ON h.id = m.household_id JOIN addresses a ON a.id = h.address_id
    WHERE p.municipality_code = ${municipality}`);
  return found.rows;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      signals: { type: 'string', default: '1000000' },
      households: { type: 'string', default: '500000' },
      'insert-mode': { type: 'string', default: 'unnest' },
      parallel: { type: 'string', default: String(DEFAULT_PARALLEL) },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      profile: { type: 'boolean', default: false },
      'max-heap': { type: 'string' },
      child: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.child)
    return childMain(positionals, {
      batchSize: Number(values['batch-size']),
      insertMode: values['insert-mode'] as InsertMode,
      parallel: Number(values.parallel),
    });
  const signals = Number(values.signals);
  const households = Number(values.households);
  const insertMode = values['insert-mode'] as InsertMode;
  const batchSize = Number(values['batch-size']);
  const parallel = Number(values.parallel);
  const maxHeapMb = values['max-heap'] === undefined ? undefined : Number(values['max-heap']);
  if (
    !Number.isInteger(signals) ||
    signals < 100 ||
    !Number.isInteger(households) ||
    households < 100 ||
    !['unnest', 'values'].includes(insertMode) ||
    !Number.isInteger(batchSize) ||
    batchSize < 1 ||
    !Number.isInteger(parallel) ||
    parallel < 1 ||
    (maxHeapMb !== undefined && !(Number.isInteger(maxHeapMb) && maxHeapMb >= 16))
  ) {
    console.error(
      'usage: npm run bench:import -- [--signals N (≥ 100)] [--households N (≥ 100)] [--insert-mode unnest|values] [--batch-size N] [--parallel N] [--max-heap MB]',
    );
    return 2;
  }

  const dir = mkdtempSync(join(tmpdir(), 'regie-bench-import-'));
  const { url, where, cluster, stop } = await benchDatabase(() =>
    rmSync(dir, { recursive: true, force: true }),
  );
  try {
    process.env.REGIE_SEED_DEMO = 'no';
    console.log(
      `bench:import: ${fmt(signals)} signals against ${fmt(households)} households (insert: ${insertMode}, batch ${fmt(batchSize)}, ${parallel} in parallel${maxHeapMb ? `, importer heap ≤ ${maxHeapMb} MB` : ''}), on ${where}`,
    );
    const seedStarted = performance.now();
    // Loaded here, not at the top: the importing child runs this file too, and its memory is the import's alone.
    const { seedCommand } = await import('../src/cli/commands/seed.ts');
    const seeded = await seedCommand(['--households', String(households), '--seed', '1']);
    if (seeded !== 0) return seeded;
    console.log(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s`);

    return await withDatabase('bench-import', async (ctx) => {
      const version = await ctx.db.execute<{ v: string }>(sql`SELECT current_setting('server_version') AS v`);
      const municipalities = (
        await ctx.db.execute<{ code: string }>(sql`SELECT municipality_code AS code FROM households
          GROUP BY municipality_code HAVING count(*) > 100 AND municipality_code NOT LIKE 'GM990%'
          ORDER BY municipality_code`)
      ).rows.map((r) => r.code);
      console.log(`server: PostgreSQL ${version.rows[0]?.v}; ${municipalities.length} scale municipalities`);
      // A register in use has been vacuumed and analysed long ago; a freshly seeded one has not, and the first
      // reads would set hint bits and run on guessed statistics. Not part of the measured import.
      await ctx.db.execute(sql`VACUUM ANALYZE`);

      // Write the files (two sets: a quarter size first, then the full size) and the CSV for COPY.
      const copyPath = join(dir, 'copy.csv');
      const copy = createWriteStream(copyPath);
      const sets = [
        { name: 'quarter', prefix: 'Q', total: Math.round(signals / 4), paths: [] as string[] },
        { name: 'full', prefix: 'F', total: signals, paths: [] as string[] },
      ];
      const allBsns = testRangeBsns();
      const writeStarted = performance.now();
      for (const [m, municipality] of municipalities.entries()) {
        const residents = await residentsOf(ctx, municipality);
        const living = new Set(residents.map((r) => r.bsn));
        const unknown = allBsns.filter((b) => !living.has(b)).slice(0, 2000);
        for (const set of sets) {
          const count =
            Math.floor(set.total / municipalities.length) + (m < set.total % municipalities.length ? 1 : 0);
          const path = join(dir, `${set.prefix}-${municipality}.json`);
          const copyTarget = set.name === 'full' ? copy : createWriteStream('/dev/null');
          await writeFiles(path, copyTarget, municipality, residents, unknown, count, set.prefix, m + 1);
          if (copyTarget !== copy) await close(copyTarget);
          set.paths.push(path);
        }
      }
      await close(copy);
      console.log(`files written in ${((performance.now() - writeStarted) / 1000).toFixed(0)} s`);

      const phases: Phase[] = [];
      const totals = { gelezen: 0, nieuw: 0, dubbel: 0, afgekeurd: 0 };
      for (const set of sets) {
        const bytes = set.paths.reduce((n, p) => n + statSync(p).size, 0);
        const serverCpuBefore = cluster ? clusterCpuSeconds(cluster) : 0;
        const child = runChild(url, set.paths, {
          batchSize,
          insertMode,
          parallel,
          profile: values.profile ?? false,
          maxHeapMb,
        });
        const serverCpu = cluster ? clusterCpuSeconds(cluster) - serverCpuBefore : 0;
        if (set.name === 'full') Object.assign(totals, child.totals);
        phases.push({
          ...child,
          name: set.name,
          signals: set.total,
          bytes,
          files: set.paths.length,
          serverCpu,
        });
        console.log(
          `${set.name} run: ${fmt(set.total)} signals (${mib(bytes).toFixed(0)} MiB in ${set.paths.length} files) in ${child.seconds.toFixed(1)} s = ${fmt(set.total / child.seconds)} signals/s, peak RSS ${child.peakRssMiB.toFixed(0)} MiB (${child.baselineRssMiB.toFixed(0)} MiB before it), CPU: importer ${child.cpu.toFixed(1)} s, PostgreSQL ${serverCpu.toFixed(1)} s`,
        );
      }

      // A plain COPY of the same (loadable) rows into an unindexed table, with psql \copy.
      await ctx.db.execute(sql`CREATE TABLE bench_copy_signals (LIKE signals INCLUDING DEFAULTS)`);
      const psqlBin = cluster ? join(cluster.bin, 'psql') : join(findPgBin(), 'psql');
      const psql = existsSync(psqlBin) ? psqlBin : 'psql';
      const columns =
        'municipality_code, kind, source, source_key, external_id, partner_type, category, urgency, crisis, warme_overdracht, amount_euros, arrears_since, signal_date, received_at, bsn, birth_date, postcode, huisnummer';
      const copyStarted = performance.now();
      const result = spawnSync(
        psql,
        [
          url,
          '-v',
          'ON_ERROR_STOP=1',
          '-c',
          `\\copy bench_copy_signals (${columns}) FROM '${copyPath}' WITH (FORMAT csv)`,
        ],
        { encoding: 'utf8' },
      );
      const copySeconds = (performance.now() - copyStarted) / 1000;
      if (result.status !== 0) throw new Error(`psql \\copy failed: ${result.stderr}`);
      const copied = Number(/COPY (\d+)/.exec(result.stdout)?.[1] ?? 0);

      const full = phases[1]!;
      const quarter = phases[0]!;
      console.log('');
      console.log('result (full run)');
      console.log(
        `  signals            ${fmt(totals.gelezen).padStart(12)} read: ${fmt(totals.nieuw)} new, ${fmt(totals.dubbel)} duplicate, ${fmt(totals.afgekeurd)} rejected`,
      );
      console.log(`  signals/s          ${fmt(full.signals / full.seconds).padStart(12)}  (target ≥ 20,000)`);
      const t = full.timings;
      const s1 = (ms: number) => (ms / 1000).toFixed(1);
      console.log(
        `  total seconds      ${full.seconds.toFixed(1).padStart(12)}  (summed over batches, which overlap: staging ${s1(t.stage)} s, matching ${s1(t.match)} s, waiting for the batch before ${s1(t.lock)} s, settling ${s1(t.settle)} s, write ${s1(t.write)} s, errors+counters ${s1(t.bookkeeping)} s; reader waited ${s1(t.waiting)} s)`,
      );
      console.log(
        `  CPU seconds        ${(full.cpu + full.serverCpu).toFixed(1).padStart(12)}  (importer ${full.cpu.toFixed(1)} s, PostgreSQL ${full.serverCpu.toFixed(1)} s; wall time suffers on a shared machine, CPU time less)`,
      );
      console.log(
        `  COPY seconds       ${copySeconds.toFixed(1).padStart(12)}  (${fmt(copied)} loadable rows, psql \\copy into an unindexed table)`,
      );
      console.log(
        `  ratio to COPY      ${(full.seconds / copySeconds).toFixed(2).padStart(12)}× (target ≤ 3×)`,
      );
      console.log(
        `  peak RSS           ${full.peakRssMiB.toFixed(0).padStart(12)} MiB full run, ${quarter.peakRssMiB.toFixed(0)} MiB quarter run (the importing process only, sampled every 100 ms; maxRSS ${full.maxRssMiB.toFixed(0)} / ${quarter.maxRssMiB.toFixed(0)} MiB; target ≤ 300 MB, flat)`,
      );
      return 0;
    });
  } finally {
    stop();
  }
}

process.exitCode = await main();
