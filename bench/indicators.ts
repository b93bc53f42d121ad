// Benchmark of the indicators and the agreements' live status (issue 7, item 6) on a seeded database, e.g. the one
// bench:worklist builds (1,000,000 households, 10,000,000 signals, 300,000 cases):
//
//   DATABASE_URL=postgres://… npm run bench:indicators [-- --municipality GM7001 --months 12 --runs 3]
//
// For every indicator of the catalogue: the time to compute and suppress one municipality's series over the last
// `months` months, without and with each breakdown, as the indicator page asks it (median of `runs` runs after one
// unmeasured run). These are the times FROM SCRATCH: every request runs the set-based statement over the base tables.
// Materialised aggregates refreshed by a job are not built yet, so there is no "from the aggregates" column; the
// target (≤ 1 s) is checked against these figures. A benchmark, not a test: it never fails on a slow machine.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { databaseFromUrl } from '../src/server/db/client.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { todayOf } from '../src/server/features/access/policy.ts';
import { catalogue, versionOn } from '../src/server/features/indicators/indicators.catalogue.ts';
import { publishedSeries, seriesRequest } from '../src/server/features/indicators/indicators.service.ts';

const ms = (n: number) => n.toFixed(0).padStart(7);

function monthsBack(today: string, months: number): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - (months - 1);
  const from = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return { from, to: today.slice(0, 7) };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      municipality: { type: 'string' },
      months: { type: 'string', default: '12' },
      runs: { type: 'string', default: '3' },
    },
  });
  const url = process.env.DATABASE_URL;
  const months = Number(values.months);
  const runs = Number(values.runs);
  if (!url || !Number.isInteger(months) || months < 1 || months > 36 || !Number.isInteger(runs) || runs < 1) {
    console.error(
      'usage: DATABASE_URL=postgres://… npm run bench:indicators -- [--municipality GMxxxx] [--months 1–36] [--runs N]',
    );
    return 2;
  }
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  await migrate(pool);
  const biggest = await pool.query<{ code: string; name: string; households: number }>(
    `SELECT m.code, m.name, count(h.id)::int AS households FROM municipalities m
     JOIN households h ON h.municipality_code = m.code
     WHERE $1::text IS NULL OR m.code = $1 GROUP BY m.code, m.name ORDER BY count(h.id) DESC LIMIT 1`,
    [values.municipality ?? null],
  );
  await pool.end();
  const municipality = biggest.rows[0];
  if (!municipality) {
    console.error(
      'No households in this database (or not in that municipality): seed it first (bench:worklist).',
    );
    return 2;
  }
  const database = databaseFromUrl(url, 'postgres', 1);
  const today = todayOf(new Date());
  const range = monthsBack(today, months);
  console.log(
    `bench:indicators: ${municipality.name} (${municipality.code}, ${municipality.households.toLocaleString('en-GB')} households), ${range.from} … ${range.to}, median of ${runs} runs`,
  );
  console.log('  indicator                      breakdown      ms from scratch   periods  rows');
  let worst = 0;
  try {
    for (const indicator of catalogue) {
      const version = versionOn(indicator, today) ?? indicator.versions[0]!;
      for (const breakdown of [undefined, ...version.breakdowns]) {
        const request = seriesRequest(indicator.code, { ...range, breakdown }, today);
        const once = () => publishedSeries(database.db, request, municipality);
        const first = await once();
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const started = performance.now();
          await once();
          times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        const median = times[Math.floor(times.length / 2)]!;
        worst = Math.max(worst, median);
        console.log(
          `  ${indicator.code.padEnd(30)} ${(breakdown ?? '-').padEnd(14)} ${ms(median)}        ${String(first.series.length).padStart(7)}  ${String(first.series[0]?.rows.length ?? 0).padStart(4)}`,
        );
      }
    }
  } finally {
    await database.close();
  }
  console.log(
    `  slowest: ${worst.toFixed(0)} ms; target ≤ 1,000 ms per dashboard answer: ${worst <= 1000 ? 'met' : 'NOT met'}`,
  );
  console.log(
    '  from the aggregates: not built yet (no materialised aggregates; every answer is computed from scratch)',
  );
  return 0;
}

process.exitCode = await main();
