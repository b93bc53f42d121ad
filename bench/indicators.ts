// Benchmark of the indicators and the agreements' live status (issue 7, item 6) on a seeded database, e.g. the one
// bench:worklist builds (1,000,000 households, 10,000,000 signals, 300,000 cases):
//
//   DATABASE_URL=postgres://… npm run bench:indicators [-- --municipality GM7001 --months 12 --runs 3 --refresh-all]
//
// For every indicator of the catalogue: the time to answer one municipality's series over the last `months` months,
// without and with each breakdown, as the indicator page and an agreement's status ask it (median of `runs` runs after
// one unmeasured run), twice: FROM SCRATCH (this municipality's aggregates removed first, so the statement runs over
// the base tables) and FROM THE AGGREGATES (after the refresh job stored them). Also the refresh job's own time for
// this municipality: the whole window and the running periods only; `--refresh-all` adds both for all municipalities.
// Then cost control (features/costs) per breakdown, from scratch (it is one statement over the provisions; the cost
// demo data are added to the municipality first when missing). The target (≤ 1 s per answer) is checked against the
// answers from the aggregates. A benchmark, not a test.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Db, databaseFromUrl } from '../src/server/db/client.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { todayOf } from '../src/server/features/access/policy.ts';
import { forecastBasis } from '../src/server/features/costs/costs.formulas.ts';
import { publishCosts } from '../src/server/features/costs/costs.publish.ts';
import { breakdownValues, costBreakdowns, costRows } from '../src/server/features/costs/costs.query.ts';
import {
  refreshAggregates,
  refreshWindow,
} from '../src/server/features/indicators/aggregates/aggregates.refresh.ts';
import { catalogue, versionOn } from '../src/server/features/indicators/indicators.catalogue.ts';
import { publishedSeries, seriesRequest } from '../src/server/features/indicators/indicators.service.ts';
import { seedCosts } from '../src/server/features/seed/costs.ts';
import { seedCareProvisions } from '../src/server/features/seed/provisions.ts';
import { addYearsMonths } from '../src/server/lib/dates.ts';

const ms = (n: number) => n.toFixed(0).padStart(7);

function monthsBack(today: string, months: number): { from: string; to: string } {
  const to = today.slice(0, 7);
  return { from: addYearsMonths(`${to}-01`, 0, -(months - 1)).slice(0, 7), to };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      municipality: { type: 'string' },
      months: { type: 'string', default: '12' },
      runs: { type: 'string', default: '3' },
      'refresh-all': { type: 'boolean' },
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
  const db = database.db;
  const today = todayOf(new Date());
  const range = monthsBack(today, months);
  console.log(
    `bench:indicators: ${municipality.name} (${municipality.code}, ${municipality.households.toLocaleString('en-GB')} households), ${range.from} … ${range.to}, median of ${runs} runs`,
  );
  const requests = catalogue.flatMap((indicator) => {
    const version = versionOn(indicator, today) ?? indicator.versions[0]!;
    return [undefined, ...version.breakdowns].map((breakdown) => ({
      indicator,
      breakdown,
      request: seriesRequest(indicator.code, { ...range, breakdown }, today),
    }));
  });
  /** Median of `runs` timed answers after one unmeasured one (which warms the cache and gives the shape). */
  const measure = async (request: (typeof requests)[number]['request']) => {
    const first = await publishedSeries(db, request, municipality);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await publishedSeries(db, request, municipality);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)]!, first };
  };
  try {
    // From scratch: without aggregates of this municipality every answer runs the statement over the base tables.
    await db.execute(sql`DELETE FROM indicator_aggregates WHERE municipality_code = ${municipality.code}`);
    const scratch: Awaited<ReturnType<typeof measure>>[] = [];
    for (const r of requests) scratch.push(await measure(r.request));

    const refreshed = performance.now();
    const steps = await refreshAggregates(db, {
      today,
      now: new Date(),
      municipalities: [municipality.code],
      mode: 'all',
    });
    const refreshMs = performance.now() - refreshed;
    const again = performance.now();
    const running = await refreshAggregates(db, {
      today,
      now: new Date(),
      municipalities: [municipality.code],
      mode: 'missing',
    });
    const runningMs = performance.now() - again;

    const stored: Awaited<ReturnType<typeof measure>>[] = [];
    for (const r of requests) stored.push(await measure(r.request));

    console.log(
      '  indicator                      breakdown      ms from scratch  ms from aggregates  periods  rows',
    );
    requests.forEach((r, i) => {
      const a = scratch[i]!;
      const b = stored[i]!;
      console.log(
        `  ${r.indicator.code.padEnd(30)} ${(r.breakdown ?? '-').padEnd(14)} ${ms(a.median)}          ${ms(b.median)}         ${String(a.first.series.length).padStart(7)}  ${String(a.first.series[0]?.rows.length ?? 0).padStart(4)}`,
      );
    });
    const worst = (list: { median: number }[]) => Math.max(...list.map((x) => x.median));
    console.log(
      `  slowest from scratch: ${worst(scratch).toFixed(0)} ms; slowest from the aggregates: ${worst(stored).toFixed(1)} ms; ` +
        `target ≤ 1,000 ms per dashboard answer: ${worst(stored) <= 1000 ? 'met' : 'NOT met'} (from the aggregates)`,
    );
    console.log(
      `  refresh job, this municipality: whole window (${refreshWindow(today).from} … ${refreshWindow(today).to}) ${(refreshMs / 1000).toFixed(1)} s ` +
        `(${steps.map((s) => `${s.indicator} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}); ` +
        `running periods only (the run every INDICATOR_REFRESH_MINUTES) ${(runningMs / 1000).toFixed(1)} s for ${running.length} indicators`,
    );
    if (values['refresh-all']) {
      const all = performance.now();
      const allSteps = await refreshAggregates(db, { today, now: new Date(), mode: 'all' });
      const places = new Set(allSteps.map((s) => s.municipality)).size;
      console.log(
        `  refresh job, all ${places} municipalities, whole window: ${((performance.now() - all) / 1000).toFixed(1)} s`,
      );
      const inc = performance.now();
      await refreshAggregates(db, { today, now: new Date(), mode: 'missing' });
      console.log(
        `  refresh job, all municipalities, running periods only: ${((performance.now() - inc) / 1000).toFixed(1)} s`,
      );
    }
    await benchCosts(db, municipality.code, today, runs);
  } finally {
    await database.close();
  }
  return 0;
}

/**
 * Cost control (features/costs) per breakdown: the statement, the breakdown values and the suppression, as the cost
 * page asks them (not materialised: one statement over the provisions). The cost demo data (tariffs, budgets,
 * structured extents, Wmo and Jeugdwet provisions on households without a case) are added to this municipality
 * first when it has none: idempotent, set-based.
 */
async function benchCosts(db: Db, municipalityCode: string, today: string, runs: number): Promise<void> {
  const seeded = performance.now();
  await seedCareProvisions(db, [municipalityCode]);
  await seedCosts(db, [municipalityCode], Number(today.slice(0, 4)));
  const counted = await db.execute<{ costed: number }>(sql`SELECT count(*)::int AS costed FROM provisions
    WHERE municipality_code = ${municipalityCode} AND (extent_per IS NOT NULL OR amount_cents IS NOT NULL)`);
  console.log(
    `  cost control: ${counted.rows[0]?.costed.toLocaleString('en-GB')} provisions with a cost (cost demo data checked in ${((performance.now() - seeded) / 1000).toFixed(1)} s)`,
  );
  const basis = forecastBasis(Number(today.slice(0, 4)), today);
  for (const breakdown of costBreakdowns) {
    const once = async () =>
      publishCosts(
        await costRows(db, municipalityCode, breakdown, basis),
        await breakdownValues(db, municipalityCode, breakdown),
        breakdown !== 'wet',
      );
    await once();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await once();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      `  kosten                         ${breakdown.padEnd(14)} ${ms(times[Math.floor(times.length / 2)]!)}  (from scratch)`,
    );
  }
}

process.exitCode = await main();
