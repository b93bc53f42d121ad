import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { findIndicator } from './indicators.catalogue.ts';
import { regionRow } from './indicators.region.ts';
import { rawTables, seriesRequest } from './indicators.service.ts';

type Cell = { value: number | null; suppressed: boolean };
type RegionAnswer = {
  region: { code: string; name: string };
  municipalities: { code: string; name: string }[];
  breakdown: string;
  measures: { key: string; kind: string }[];
  series: { period: string; rows: { breakdown: { code: string } | null; cells: Record<string, Cell> }[] }[];
};

const QUERY = 'region=AMR99&from=2026-01&to=2026-11';
let t: TestApp;

before(async () => {
  t = await createTestApp({ households: 600 });
});
after(() => t.close());

describe('an indicator for a region', () => {
  test('the region row adds up counts, takes the largest maximum and leaves medians and staff empty', () => {
    const version = findIndicator('caseload-regisseur')!.versions[0]!;
    const row = regionRow(version, [
      {
        breakdown: null,
        values: {
          openZaken: 30,
          metRegisseur: 20,
          zonderRegisseur: 10,
          regisseurs: 4,
          mediaanCaseload: 5,
          maximumCaseload: 9,
        },
      },
      {
        breakdown: null,
        values: {
          openZaken: 12,
          metRegisseur: 12,
          zonderRegisseur: 0,
          regisseurs: 3,
          mediaanCaseload: 4,
          maximumCaseload: 6,
        },
      },
    ]);
    assert.deepEqual(row.values, {
      openZaken: 42,
      metRegisseur: 32,
      zonderRegisseur: 10,
      regisseurs: null,
      mediaanCaseload: null,
      maximumCaseload: 9,
    });
  });

  test('the region and each municipality, with the region the sum of its municipalities', async () => {
    const beleid = await signedIn(t, 'beleid');
    const res = await beleid.fetch(`/api/v1/indicators/zaken-zonder-regisseur/region?${QUERY}`);
    assert.equal(res.status, 200);
    const answer = (await res.json()) as RegionAnswer;
    assert.equal(answer.region.name, 'Arbeidsmarktregio Delta');
    assert.deepEqual(
      answer.municipalities.map((m) => m.code),
      ['GM9901', 'GM9902'],
    );
    const request = seriesRequest('zaken-zonder-regisseur', { from: '2026-01', to: '2026-11' }, '2026-11-23');
    const raw = await Promise.all(['GM9901', 'GM9902'].map((m) => rawTables(t.database.db, request, m)));
    let published = 0;
    for (const period of answer.series) {
      assert.deepEqual(
        period.rows.map((r) => r.breakdown?.code ?? null),
        [null, 'GM9901', 'GM9902'],
      );
      const [region, ...parts] = period.rows;
      const open = raw.map((r) => r.get(period.period)!.rows[0]!.values.openZaken!);
      for (const [i, part] of parts.entries()) {
        if (!part.cells.openZaken!.suppressed) assert.equal(part.cells.openZaken!.value, open[i]);
      }
      if (!region!.cells.openZaken!.suppressed) {
        assert.equal(region!.cells.openZaken!.value, open[0]! + open[1]!);
        published++;
      }
      for (const key of ['openZaken', 'metRegisseur', 'zonderRegisseur']) {
        // With two municipalities, one hidden municipality under a published region would be total minus the other.
        const hidden = parts.filter((p) => p.cells[key]!.suppressed).length;
        if (!region!.cells[key]!.suppressed) assert.notEqual(hidden, 1, `${period.period} ${key}`);
      }
    }
    assert.ok(published > 0, 'the demo region has published totals');
  });

  test('the CSV holds the region and municipality rows of the JSON answer', async () => {
    const beleid = await signedIn(t, 'beleid');
    const json = (await (
      await beleid.fetch(`/api/v1/indicators/stapeling/region?${QUERY}`)
    ).json()) as RegionAnswer;
    const res = await beleid.fetch(`/api/v1/indicators/stapeling/region/csv?${QUERY}`);
    assert.equal(res.status, 200);
    assert.match(
      res.headers.get('content-disposition') ?? '',
      /indicator-stapeling-AMR99-2026-01-2026-11\.csv/,
    );
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const rows = json.series.flatMap((p) => p.rows);
    assert.equal(lines.length, 1 + rows.length);
    assert.equal(lines[1]!.split(';')[5], 'Arbeidsmarktregio Delta');
    const first = json.measures.findIndex((m) => m.key === 'huishoudens');
    const cell = rows[0]!.cells.huishoudens!;
    assert.equal(lines[1]!.split(';')[6 + first], cell.suppressed ? '< 10' : String(cell.value));
  });

  test('access: aggregates roles only, and only for a region with one of their municipalities', async () => {
    await t.database.db.execute(
      sql`INSERT INTO regions (kind, code, name) VALUES ('zorgregio', 'ZR00', 'Zorgregio zonder gemeenten')`,
    );
    const beleid = await signedIn(t, 'beleid');
    assert.equal(
      (await beleid.fetch(`/api/v1/indicators/stapeling/region?${QUERY.replace('AMR99', 'ZR00')}`)).status,
      404,
    );
    assert.equal(
      (await beleid.fetch(`/api/v1/indicators/stapeling/region?${QUERY.replace('AMR99', 'XX1')}`)).status,
      404,
    );
    const bad = await beleid.fetch(
      '/api/v1/indicators/stapeling/region?region=AMR99&from=2026-13&to=2026-11',
    );
    assert.equal(bad.status, 400);
    for (const user of ['partner', 'regisseur']) {
      const other = await signedIn(t, user);
      assert.equal((await other.fetch(`/api/v1/indicators/stapeling/region?${QUERY}`)).status, 403, user);
    }
    const regions = (await (await beleid.fetch('/api/v1/indicators/regions')).json()) as {
      items: { code: string }[];
    };
    assert.deepEqual(
      regions.items.map((r) => r.code),
      ['AMR99', 'VR99', 'WMR99', 'ZR99'],
      'the regions with a municipality of the actor, not the empty one',
    );
    const teamleider = await signedIn(t, 'teamleider');
    assert.equal((await teamleider.fetch(`/api/v1/indicators/stapeling/region?${QUERY}`)).status, 200);
  });
});
