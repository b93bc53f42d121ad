import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { publishedSeries, seriesRequest } from '../indicators/indicators.service.ts';
import { PACK_TITLE, packCellText, ROW_HEADER } from './oversight.csv.ts';
import type { SupervisorPack } from './oversight.service.ts';

/** The supervisor pack (issue 7, item 5) on the demo data of 200 households: figures, CSV, access, audit. */

const GM = 'GM9901';
const TODAY = '2026-11-23'; // the test clock's day
const PATH = `/api/v1/oversight/supervisor-pack?municipality=${GM}&year=2026`;
const CSV_PATH = PATH.replace('supervisor-pack?', 'supervisor-pack.csv?');

let t: TestApp;

async function get(username: string | null, path: string): Promise<Response> {
  if (!username) return t.request(path);
  return (await signedIn(t, username)).fetch(path);
}

async function packOf(username: string): Promise<SupervisorPack> {
  const res = await get(username, PATH);
  assert.equal(res.status, 200);
  return (await res.json()) as SupervisorPack;
}

const auditRows = async () =>
  (
    await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'oversight.supervisor_pack'`,
    )
  ).rows[0]!.n;

before(async () => {
  t = await createTestApp();
});

after(async () => {
  await t.close();
});

describe('supervisor pack', () => {
  test('the pack answers each question per half-year, with the definitions and no personal data', async () => {
    const pack = await packOf('beleid');
    assert.equal(pack.municipality.code, GM);
    assert.equal(pack.year, 2026);
    assert.equal(pack.madeOn, TODAY);
    assert.equal(pack.personalData, 'geen persoonsgegevens');
    assert.deepEqual(
      pack.tables.map((x) => x.indicator),
      [
        'samenhang-huishoudtype',
        'stapeling',
        'zaken-zonder-regisseur',
        'caseload-regisseur',
        'vroegsignalering',
      ],
    );
    const byKey = Object.fromEntries(pack.tables.map((x) => [x.key, x]));
    // Samenhang: both half-years, the municipality and six household types each.
    const samenhang = byKey.samenhang!;
    assert.deepEqual(
      samenhang.rows.map((r) => `${r.period} ${r.label}`),
      ['2026-H1', '2026-H2'].flatMap((p) =>
        [
          'Regiedam',
          'Eenpersoonshuishouden',
          'Paar zonder kinderen',
          'Paar met kinderen',
          'Eenouderhuishouden',
          'Overig meerpersoonshuishouden',
          'Samenstelling onbekend',
        ].map((l) => `${p} ${l}`),
      ),
    );
    // Stocks counted per month: the last month of each half-year (November while H2 runs).
    assert.deepEqual(
      byKey['zonder-regisseur']!.rows.map((r) => [r.halfYear, r.period, r.peildatum]),
      [
        ['2026-H1', '2026-06', '2026-06-30'],
        ['2026-H2', '2026-11', TODAY],
      ],
    );
    assert.equal(byKey.caseload!.rows.length, 2);
    assert.equal(byKey.vroegsignalering!.rows.length, 11, 'January to November');
    assert.equal(byKey.stapeling!.rows.length, 2);
    assert.deepEqual(
      pack.definitions.map((d) => `${d.code}@${d.version}`),
      [
        'samenhang-huishoudtype@1',
        'stapeling@1',
        'zaken-zonder-regisseur@1',
        'caseload-regisseur@1',
        'vroegsignalering@1',
      ],
    );
    const text = JSON.stringify(pack);
    const people = await t.database.db.execute<{ bsn: string; geslachtsnaam: string }>(
      sql`SELECT bsn, geslachtsnaam FROM persons WHERE municipality_code = ${GM} LIMIT 200`,
    );
    for (const p of people.rows) {
      assert.ok(!text.includes(p.bsn), 'a BSN in the pack');
      assert.ok(!text.includes(`"${p.geslachtsnaam}"`), 'a name in the pack');
    }
    assert.doesNotMatch(
      text,
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
      'an id in the pack',
    );
  });

  test('every figure is the one the indicator page publishes (same suppression)', async () => {
    const pack = await packOf('beleid');
    const samenhang = pack.tables.find((x) => x.key === 'samenhang')!;
    const request = seriesRequest(
      'samenhang-huishoudtype',
      { from: '2026-01', to: '2026-12', breakdown: 'huishoudtype' },
      TODAY,
    );
    const page = await publishedSeries(t.database.db, request, { code: GM, name: 'Regiedam' });
    const pageRows = page.series.flatMap((p) => p.rows.map((r) => r.cells));
    assert.equal(samenhang.rows.length, pageRows.length);
    for (const [i, r] of samenhang.rows.entries()) {
      assert.deepEqual(r.cells, pageRows[i], `${r.period} ${r.label}`);
    }
  });

  test('the CSV holds the JSON figures cell by cell, "< 10" where suppressed, then the definitions', async () => {
    const pack = await packOf('beleid');
    const res = await get('beleid', CSV_PATH);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(res.headers.get('content-disposition') ?? '', /toezichtpakket-GM9901-2026\.csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'BOM for Excel');
    const body = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    const lines = parse(body, { delimiter: ';', relax_column_count: true }) as string[][];
    assert.deepEqual(lines[0], [PACK_TITLE]);
    assert.deepEqual(lines[1], ['Gemeente', 'Regiedam (GM9901)']);
    assert.deepEqual(lines[4], ['Persoonsgegevens', 'geen persoonsgegevens']);
    let suppressedCells = 0;
    let shownCells = 0;
    for (const [i, table] of pack.tables.entries()) {
      const title = lines.findIndex((l) => l[0] === `Vraag ${i + 1}`);
      assert.ok(title > 0, `table ${i + 1}`);
      assert.deepEqual(lines[title], [`Vraag ${i + 1}`, table.question]);
      assert.deepEqual(lines[title + 2], [
        ...ROW_HEADER,
        table.rowLabel,
        ...table.columns.map((c) => c.label),
      ]);
      table.rows.forEach((row, r) => {
        const line = lines[title + 3 + r]!;
        assert.deepEqual(line.slice(0, 5), [
          row.halfYear,
          row.period,
          row.peildatum,
          String(row.version),
          row.label,
        ]);
        table.columns.forEach((c, k) => {
          const cell = row.cells[c.key]!;
          const text = line[5 + k];
          assert.equal(text, packCellText(cell), `${table.key} ${row.period} ${row.label} ${c.key}`);
          if (cell.suppressed) {
            assert.equal(text, '< 10');
            suppressedCells++;
          } else if (cell.value !== null) {
            assert.equal(Number(text!.replace(',', '.')), cell.value);
            shownCells++;
          }
        });
      });
    }
    assert.ok(suppressedCells > 0 && shownCells > 0, `a mix: ${suppressedCells} hidden, ${shownCells} shown`);
    const defs = lines.findIndex((l) => l[0] === 'Definities');
    assert.ok(defs > 0);
    assert.deepEqual(
      lines.slice(defs + 2, defs + 2 + pack.definitions.length).map((l) => `${l[0]}@${l[1]}`),
      pack.definitions.map((d) => `${d.code}@${d.version}`),
    );
    assert.deepEqual(lines.at(-1), ['Kleine aantallen', pack.suppression]);
  });

  test('one audit row per export, naming the municipality and year, without figures', async () => {
    const before = await auditRows();
    await get('teamleider', CSV_PATH);
    await get('teamleider', PATH);
    assert.equal(await auditRows(), before + 2);
    const last = await t.database.db.execute<{
      resource_ids: string[];
      municipality_code: string;
      details: Record<string, unknown>;
      actor_id: string;
    }>(sql`SELECT resource_ids, municipality_code, details, actor_id FROM audit_log
      WHERE action = 'oversight.supervisor_pack' ORDER BY occurred_at DESC, chain_seq DESC LIMIT 2`);
    const teamleider = await t.database.db.execute<{ id: string }>(
      sql`SELECT id FROM users WHERE username = 'teamleider'`,
    );
    for (const row of last.rows) {
      assert.deepEqual(row.resource_ids, [GM]);
      assert.equal(row.municipality_code, GM);
      assert.equal(row.actor_id, teamleider.rows[0]!.id);
      assert.equal(row.details.jaar, 2026);
    }
    assert.deepEqual(last.rows.map((r) => r.details.formaat).sort(), ['csv', 'json']);
  });

  test('access: 403 without population.aggregate, 404 for another municipality, 401 without session', async () => {
    const before = await auditRows();
    for (const username of ['regisseur', 'partner', 'beheerder']) {
      assert.equal((await get(username, PATH)).status, 403, username);
      assert.equal((await get(username, CSV_PATH)).status, 403, username);
    }
    assert.equal((await get('beleid', PATH.replace(GM, 'GM9902'))).status, 404);
    assert.equal((await get('beleid', CSV_PATH.replace(GM, 'GM9902'))).status, 404);
    assert.equal((await get(null, PATH)).status, 401);
    assert.equal(await auditRows(), before, 'a refused request writes no export row');
    assert.equal((await get('fg', PATH)).status, 200);
  });

  test('bad input gets a Dutch message naming the field', async () => {
    const future = await get('beleid', PATH.replace('2026', '2027'));
    assert.equal(future.status, 400);
    assert.match(await future.text(), /year/);
    const bad = await get('beleid', '/api/v1/oversight/supervisor-pack?municipality=9901&year=twintig');
    assert.equal(bad.status, 400);
    const text = await bad.text();
    assert.match(text, /municipality/);
    assert.match(text, /year/);
  });
});
