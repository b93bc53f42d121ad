import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../../test/helpers/app.ts';
import { findIndicator, catalogue as fullCatalogue, versionOn } from '../indicators.catalogue.ts';
import { computeIndicator } from '../indicators.compute.ts';
import { publishedSeries, seriesRequest } from '../indicators.service.ts';
import { refreshAggregates, refreshWindow } from './aggregates.refresh.ts';
import { readAggregates, writeAggregates } from './aggregates.store.ts';

const GM = 'GM9901';
const TODAY = '2026-11-23';
const NOW = new Date('2026-11-23T10:00:00Z');
const municipality = { code: GM, name: 'Regiedam' };

let t: TestApp;
/** The indicators that have a statement (an entry may be listed before its statement exists). */
const catalogue = fullCatalogue.filter((i) => computeIndicator[i.code]);

/** Every indicator with and without each breakdown, over the whole window, as the pages ask it. */
function requests(today = TODAY) {
  return catalogue.flatMap((indicator) => {
    const version = versionOn(indicator, today) ?? indicator.versions[0]!;
    return [undefined, ...version.breakdowns].map((breakdown) =>
      seriesRequest(indicator.code, { ...refreshWindow(today), breakdown }, today),
    );
  });
}

/** A series without the moment it was counted, to compare figures only. */
async function figures(request: ReturnType<typeof seriesRequest>) {
  const answer = await publishedSeries(t.database.db, request, municipality);
  return answer.series.map(({ computedAt: _, ...rest }) => rest);
}

before(async () => {
  t = await createTestApp({ households: 400 });
});

after(async () => {
  await t.close();
});

describe('indicator aggregates', () => {
  test('the answers from the aggregates equal the answers counted from scratch, for every indicator', async () => {
    const fromScratch = [];
    for (const r of requests()) fromScratch.push(await figures(r));
    const steps = await refreshAggregates(t.database.db, { today: TODAY, now: NOW, mode: 'all' });
    // 23 months (2025-01 … 2026-11) per month indicator, 4 half-years for stapeling.
    const expected = catalogue.reduce(
      (n, i) => n + ((versionOn(i, TODAY) ?? i.versions[0]!).periodType === 'maand' ? 23 : 4),
      0,
    );
    assert.equal(
      steps.filter((s) => s.municipality === GM).reduce((n, s) => n + s.periods, 0),
      expected,
    );
    const stored = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM indicator_aggregates WHERE municipality_code = ${GM}`,
    );
    assert.equal(stored.rows[0]!.n, expected);
    const fromAggregates = [];
    for (const r of requests()) fromAggregates.push(await figures(r));
    assert.deepEqual(fromAggregates, fromScratch);
  });

  test('a page reads the stored figures (not a new count) and says when they were counted', async () => {
    const indicator = findIndicator('zaken-zonder-regisseur')!;
    const request = seriesRequest(indicator.code, { from: '2026-03', to: '2026-03' }, TODAY);
    // Plant a recognisable figure in the stored table: the answer must show it.
    await t.database.db.execute(sql`UPDATE indicator_aggregates
      SET rows = jsonb_set(rows, '{0,values,openZaken}', '4321'::jsonb), computed_at = '2026-11-23T06:00:00Z'
      WHERE municipality_code = ${GM} AND indicator_code = ${indicator.code} AND period = '2026-03'`);
    const answer = await publishedSeries(t.database.db, request, municipality);
    assert.equal(answer.series[0]!.rows[0]!.cells.openZaken!.value, 4321);
    assert.equal(answer.series[0]!.computedAt, '2026-11-23T06:00:00.000Z');
    // Figures of another day are not used: the next day counts from scratch.
    const tomorrow = seriesRequest(indicator.code, { from: '2026-03', to: '2026-03' }, '2026-11-24');
    const next = await publishedSeries(t.database.db, tomorrow, municipality);
    assert.notEqual(next.series[0]!.rows[0]!.cells.openZaken!.value, 4321);
    await refreshAggregates(t.database.db, { today: TODAY, now: NOW, mode: 'all', municipalities: [GM] });
  });

  test('the job recomputes only what is missing for today and the running periods', async () => {
    const steps = await refreshAggregates(t.database.db, {
      today: TODAY,
      now: new Date('2026-11-23T10:10:00Z'),
      mode: 'missing',
    });
    // One running period per indicator (this month, or this half-year) and nothing else.
    assert.deepEqual(
      steps.filter((s) => s.municipality === GM).map((s) => [s.indicator, s.periods]),
      catalogue.map((i) => [i.code, 1]),
    );
    // The next day nothing is fresh: the whole window again.
    const tomorrow = await refreshAggregates(t.database.db, {
      today: '2026-11-24',
      now: new Date('2026-11-24T00:05:00Z'),
      mode: 'missing',
      municipalities: [GM],
    });
    assert.ok(tomorrow.every((s) => s.periods === 4 || s.periods === 23));
  });

  test('an older, slower refresh never overwrites figures counted after it', async () => {
    const indicator = findIndicator('signalen-per-1000-inwoners')!;
    const request = seriesRequest(indicator.code, { from: '2026-02', to: '2026-02' }, TODAY);
    const write = (computedAt: string, signalen: number) =>
      writeAggregates(t.database.db, {
        municipalityCode: GM,
        indicator,
        periods: request.periods,
        tables: new Map([['2026-02', [{ breakdown: null, values: { signalen, inwoners: 1000 } }]]]),
        today: TODAY,
        computedAt: new Date(computedAt),
        durationMs: 1,
      });
    await write('2026-11-25T12:00:00Z', 111);
    await write('2026-11-25T11:00:00Z', 222);
    const stored = await readAggregates(t.database.db, GM, indicator, request.periods, TODAY);
    assert.equal(stored.get('2026-02')!.rows[0]!.values.signalen, 111);
    await write('2026-11-25T13:00:00Z', 333);
    const newer = await readAggregates(t.database.db, GM, indicator, request.periods, TODAY);
    assert.equal(newer.get('2026-02')!.rows[0]!.values.signalen, 333);
  });
});
