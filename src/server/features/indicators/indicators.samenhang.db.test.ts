import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.ts';
import { findIndicator } from './indicators.catalogue.ts';
import { periodsBetween } from './indicators.periods.ts';
import { publishedSeries, seriesRequest } from './indicators.service.ts';
import { publishTable, type RawRow } from './indicators.suppression.ts';
import { SAMENHANG_KEYS, samenhangRows } from './queries/samenhang.ts';
import { stapelingRows } from './queries/stapeling.ts';

/** Samenhang per huishoudtype (issue 7, item 5) on a hand-made data set with the answer written out. */

const GM = 'GM9901';
const TODAY = '2026-11-23'; // the test clock's day

let t: TestApp;
const ids: Record<string, string> = {};
let bsnCounter = 500;
let houseNumber = 1;

function nextBsn(): string {
  for (;;) {
    const n = `999${String(100000 + bsnCounter++).slice(-6)}`;
    const digits = [...n].map(Number);
    const sum = digits.slice(0, 8).reduce((s, d, i) => s + d * (9 - i), 0) - digits[8]!;
    if (sum % 11 === 0) return n;
  }
}

async function one<T = Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T> {
  const r = await t.database.db.execute(query);
  return r.rows[0] as T;
}

type Member = { relation: 'hoofd' | 'partner' | 'kind' | 'overig'; from?: string; to?: string };

/** A household with the given memberships (from 2020-01-01 unless said otherwise). */
async function household(name: string, members: Member[]) {
  const a = await one<{
    id: string;
  }>(sql`INSERT INTO addresses (municipality_code, straat, huisnummer, postcode,
    woonplaats, wijk_code) VALUES (${GM}, 'Samenhangstraat', ${houseNumber++}, '9810AB', 'Regiedam', 'WK990101')
    RETURNING id`);
  const h = await one<{ id: string }>(sql`INSERT INTO households (municipality_code, address_id, started_on)
    VALUES (${GM}, ${a.id}, '2020-01-01') RETURNING id`);
  for (const m of members) {
    const p = await one<{
      id: string;
    }>(sql`INSERT INTO persons (municipality_code, bsn, voornamen, geslachtsnaam)
      VALUES (${GM}, ${nextBsn()}, 'Testpersoon', ${`Samenhang-${name}`}) RETURNING id`);
    await t.database.db.execute(sql`INSERT INTO household_members (municipality_code, household_id, person_id,
      relation, from_date, to_date) VALUES (${GM}, ${h.id}, ${p.id}, ${m.relation}, ${m.from ?? '2020-01-01'},
      ${m.to ?? null})`);
  }
  ids[name] = h.id;
}

async function provision(
  hh: string,
  law: string,
  start: string,
  extra: { status?: string; end?: string; kase?: string; decided?: string } = {},
) {
  await t.database.db.execute(sql`INSERT INTO provisions (municipality_code, household_id, law, product, start_date,
    end_date, status, case_id, decided_on) VALUES (${GM}, ${ids[hh]}, ${law}, 'test', ${start}, ${extra.end ?? null},
    ${extra.status ?? 'toegekend'}, ${extra.kase ? ids[extra.kase] : null}, ${extra.decided ?? null})`);
}

async function kase(name: string, hh: string, opened: string, closed: string | null = null) {
  const c = await one<{ id: string }>(sql`INSERT INTO cases (municipality_code, household_id, team_id, phase,
    lifecycle_version, opened_on, closed_on) VALUES (${GM}, ${ids[hh]}, ${ids.noord}, 
    ${closed ? 'afgesloten' : 'uitvoering'}, 1, ${opened}, ${closed}) RETURNING id`);
  ids[name] = c.id;
}

async function regisseur(kaseName: string, accepted: string) {
  await t.database.db.execute(sql`INSERT INTO case_regisseurs (case_id, user_id, status, accepted_at)
    VALUES (${ids[kaseName]}, ${ids.regisseur}, 'actief', ${accepted})`);
}

async function plan(kaseName: string, savedAt: string, version = 1) {
  await t.database.db.execute(sql`INSERT INTO plan_versions (case_id, version, content, saved_at)
    VALUES (${ids[kaseName]}, ${version}, '{}'::jsonb, ${savedAt})`);
}

const periods = (from: string, to: string) => periodsBetween('halfjaar', from, to, TODAY);
const input = (from: string, to: string) => ({
  db: t.database.db,
  municipalityCode: GM,
  periods: periods(from, to),
  today: TODAY,
});

const row = (table: RawRow[] | undefined, code: string | null) => {
  const found = table?.find((r) => (r.breakdown?.code ?? null) === code);
  assert.ok(found, `row ${code}`);
  return found.values;
};

/** All figures zero except the ones given. */
const figures = (given: Partial<Record<(typeof SAMENHANG_KEYS)[number], number | null>>) => ({
  ...Object.fromEntries(SAMENHANG_KEYS.map((k) => [k, k.startsWith('mediaan') ? null : 0] as const)),
  ...given,
});

before(async () => {
  t = await createTestApp({ households: 0 });
  ids.noord = (await one<{ id: string }>(sql`SELECT id FROM teams WHERE name = 'Wijkteam Noord'`)).id;
  ids.regisseur = (await one<{ id: string }>(sql`SELECT id FROM users WHERE username = 'regisseur'`)).id;

  // Household types on the H1 peildatum 2026-06-30.
  await household('a', [{ relation: 'hoofd' }]); // eenpersoons
  await household('b', [{ relation: 'hoofd' }, { relation: 'partner' }]); // paar zonder kinderen
  await household('c', [{ relation: 'hoofd' }, { relation: 'partner' }, { relation: 'kind' }]); // paar met
  await household('d', [{ relation: 'hoofd' }, { relation: 'kind' }]); // eenouder
  await household('e', [{ relation: 'hoofd' }, { relation: 'overig' }]); // overig meerpersoons
  await household('f', [{ relation: 'hoofd' }, { relation: 'partner' }, { relation: 'overig' }]); // paar zonder
  // The partner left on the peildatum: no longer a member that day, so eenpersoons.
  await household('g', [{ relation: 'hoofd' }, { relation: 'partner', to: '2026-06-30' }]);
  // A child joins on 1 July: eenpersoons in H1, eenouder in H2.
  await household('h', [{ relation: 'hoofd' }, { relation: 'kind', from: '2026-07-01' }]);
  // Nobody lives there any more on the peildatum: onbekend.
  await household('i', [{ relation: 'hoofd', to: '2026-03-01' }]);

  await provision('a', 'wmo', '2025-01-01');
  await provision('b', 'participatiewet', '2025-01-01');
  await provision('d', 'jeugdwet', '2025-01-01');
  await provision('d', 'participatiewet', '2025-01-01');
  await provision('c', 'jeugdwet', '2025-01-01');
  await provision('c', 'wmo', '2025-01-01');
  await provision('c', 'participatiewet', '2025-01-01');
  await provision('e', 'participatiewet', '2025-01-01');
  await provision('f', 'wmo', '2025-01-01');
  await provision('g', 'wmo', '2025-01-01');
  await provision('h', 'jeugdwet', '2025-01-01');
  await provision('i', 'participatiewet', '2025-01-01');

  // Cases opened in H1 2026.
  await kase('cb', 'b', '2026-02-01'); // plan after 10 days, granted decision after 30 days, one plan one regisseur
  await regisseur('cb', '2026-02-02T09:00:00Z');
  await plan('cb', '2026-02-11T09:00:00Z');
  await plan('cb', '2026-03-11T09:00:00Z', 2); // a later version does not move the first plan
  await provision('b', 'wmo', '2026-03-03', { kase: 'cb', decided: '2026-03-03' });
  // A decision of the case from before the case opened is not a step of this case.
  await provision('b', 'jeugdwet', '2025-01-01', { kase: 'cb', decided: '2026-01-15', end: '2025-12-31' });
  await kase('cc', 'c', '2026-03-01'); // regisseur, no plan; a granted decision (since ended) after 20 days
  await regisseur('cc', '2026-03-02T09:00:00Z');
  await provision('c', 'overig', '2026-03-21', { kase: 'cc', decided: '2026-03-21', status: 'beeindigd' });
  await kase('ca', 'a', '2026-04-01'); // plan after 4 days; only a refusal
  await plan('ca', '2026-04-05T09:00:00Z');
  await provision('a', 'wmo', '2026-04-10', { kase: 'ca', decided: '2026-04-10', status: 'afgewezen' });
  await kase('cd', 'd', '2026-05-01', '2026-05-20'); // plan only after the peildatum
  await plan('cd', '2026-07-10T09:00:00Z');
  // Decided the day after the peildatum: not a step in H1 (and from H2 on, d has three laws).
  await provision('d', 'wmo', '2026-07-01', { kase: 'cd', decided: '2026-07-01' });
  await kase('ce', 'e', '2025-12-20'); // opened in 2025-H2
  await plan('ce', '2025-12-22T09:00:00Z');
  // H2 2026.
  await kase('ch', 'h', '2026-08-01');
  await plan('ch', '2026-08-03T09:00:00Z');
});

after(async () => {
  await t.close();
});

describe('samenhang per huishoudtype on a hand-made data set', () => {
  test('H1 2026: laws, one plan one regisseur, and times to help per household type', async () => {
    const h1 = (await samenhangRows(input('2026-01', '2026-06'))).get('2026-H1');
    assert.deepEqual(
      row(h1, null),
      figures({
        huishoudens: 9,
        wetten1: 6,
        wetten2: 2,
        wetten3: 1,
        wetten2plus: 3,
        eenPlanEenRegisseur: 1,
        zonderPlanOfRegisseur: 2,
        zakenGeopend: 4,
        metPlan: 2,
        zonderPlan: 2,
        mediaanDagenTotPlan: 7,
        metBesluit: 2,
        zonderBesluit: 2,
        mediaanDagenTotBesluit: 25,
      }),
    );
    assert.deepEqual(
      row(h1, 'eenpersoons'),
      figures({
        huishoudens: 3,
        wetten1: 3,
        zakenGeopend: 1,
        metPlan: 1,
        mediaanDagenTotPlan: 4,
        zonderBesluit: 1,
      }),
    );
    assert.deepEqual(
      row(h1, 'paar-zonder-kinderen'),
      figures({
        huishoudens: 2,
        wetten1: 1,
        wetten2: 1,
        wetten2plus: 1,
        eenPlanEenRegisseur: 1,
        zakenGeopend: 1,
        metPlan: 1,
        mediaanDagenTotPlan: 10,
        metBesluit: 1,
        mediaanDagenTotBesluit: 30,
      }),
    );
    assert.deepEqual(
      row(h1, 'paar-met-kinderen'),
      figures({
        huishoudens: 1,
        wetten3: 1,
        wetten2plus: 1,
        zonderPlanOfRegisseur: 1,
        zakenGeopend: 1,
        zonderPlan: 1,
        metBesluit: 1,
        mediaanDagenTotBesluit: 20,
      }),
    );
    assert.deepEqual(
      row(h1, 'eenouder'),
      figures({
        huishoudens: 1,
        wetten2: 1,
        wetten2plus: 1,
        zonderPlanOfRegisseur: 1,
        zakenGeopend: 1,
        zonderPlan: 1,
        zonderBesluit: 1,
      }),
    );
    assert.deepEqual(row(h1, 'overig-meerpersoons'), figures({ huishoudens: 1, wetten1: 1 }));
    assert.deepEqual(row(h1, 'onbekend'), figures({ huishoudens: 1, wetten1: 1 }));
  });

  test('the household type is the one on the peildatum: a child who joined in July makes H2 an eenouder row', async () => {
    const h2 = (await samenhangRows(input('2026-07', '2026-12'))).get('2026-H2');
    assert.deepEqual(
      row(h2, 'eenouder'),
      figures({
        huishoudens: 2,
        wetten1: 1,
        wetten3: 1,
        wetten2plus: 1,
        zonderPlanOfRegisseur: 1,
        zakenGeopend: 1,
        metPlan: 1,
        mediaanDagenTotPlan: 2,
        zonderBesluit: 1,
      }),
    );
    // The case opened in 2025-H2 counts there and nowhere else.
    const h2025 = (await samenhangRows(input('2025-07', '2025-12'))).get('2025-H2');
    assert.equal(row(h2025, null).zakenGeopend, 1);
    assert.equal(row(h2025, 'overig-meerpersoons').mediaanDagenTotPlan, 2);
  });

  test('the totals of the laws are stapeling’s totals (same rules, same SQL pieces)', async () => {
    const tables = await samenhangRows(input('2025-01', '2026-12'));
    const stapeling = await stapelingRows(input('2025-01', '2026-12'));
    for (const p of periods('2025-01', '2026-12')) {
      const mine = row(tables.get(p.period), null);
      const theirs = row(stapeling.get(p.period), null);
      for (const k of [
        'huishoudens',
        'wetten1',
        'wetten2',
        'wetten3',
        'wetten2plus',
        'eenPlanEenRegisseur',
        'zonderPlanOfRegisseur',
      ]) {
        assert.equal(mine[k], theirs[k], `${p.period} ${k}`);
      }
    }
  });
});

describe('samenhang per huishoudtype: suppression', () => {
  test('the published series hides every small count and the medians built on them', async () => {
    const request = seriesRequest(
      'samenhang-huishoudtype',
      { from: '2026-01', to: '2026-06', breakdown: 'huishoudtype' },
      TODAY,
    );
    const answer = await publishedSeries(t.database.db, request, { code: GM, name: 'Regiedam' });
    const [h1] = answer.series;
    assert.equal(h1?.rows.length, 7, 'the municipality and six household types');
    for (const r of h1!.rows) {
      for (const [key, cell] of Object.entries(r.cells)) {
        assert.deepEqual(cell, { value: null, suppressed: true }, `${r.breakdown?.code ?? 'totaal'} ${key}`);
      }
    }
  });

  test('secondary suppression over household types and the within-row sums, medians only with their base', () => {
    const version = findIndicator('samenhang-huishoudtype')!.versions[0]!;
    const raw = (v: Partial<Record<(typeof SAMENHANG_KEYS)[number], number>>) =>
      figures(v) as Record<string, number | null>;
    const types = [
      raw({
        huishoudens: 40,
        wetten1: 25,
        wetten2: 10,
        wetten3: 5,
        wetten2plus: 15,
        eenPlanEenRegisseur: 10,
      }),
      raw({ huishoudens: 3, wetten1: 3 }),
      raw({ huishoudens: 20, wetten1: 20 }),
      raw({ huishoudens: 12, wetten1: 12 }),
      raw({ huishoudens: 0 }),
      raw({ huishoudens: 0 }),
    ];
    Object.assign(types[0]!, { zonderPlanOfRegisseur: 5 });
    Object.assign(types[2]!, {
      zakenGeopend: 40,
      metPlan: 28,
      zonderPlan: 12,
      mediaanDagenTotPlan: 12,
      zonderBesluit: 40,
    });
    const sum = (k: string) => types.reduce((s, v) => s + (v[k] ?? 0), 0);
    const total: Record<string, number | null> = Object.fromEntries(
      SAMENHANG_KEYS.map((k) => [k, k.startsWith('mediaan') ? null : sum(k)]),
    );
    total.mediaanDagenTotPlan = 12;
    const rows: RawRow[] = [
      { breakdown: null, values: total },
      ...types.map((values, i) => ({ breakdown: { code: `t${i}`, label: `Type ${i}` }, values })),
    ];
    const published = publishTable(version, rows);
    const cell = (r: number, k: string) => published[r]!.cells[k]!;
    assert.deepEqual(cell(0, 'huishoudens'), { value: 75, suppressed: false });
    // The 3 households of type 1 are hidden, and more types next to it, so the 3 cannot be worked out.
    assert.equal(cell(2, 'huishoudens').suppressed, true);
    const hiddenTypes = [1, 2, 3, 4, 5, 6].filter((r) => cell(r, 'huishoudens').suppressed);
    assert.ok(
      hiddenTypes.reduce((s, r) => s + (rows[r]!.values.huishoudens ?? 0), 0) >= 10,
      'the hidden household types hold at least 10 together',
    );
    // wetten3 = 5 is hidden, and so is its neighbour in wetten2plus = wetten2 + wetten3.
    assert.equal(cell(0, 'wetten3').suppressed, true);
    assert.equal(cell(0, 'wetten2').suppressed, true);
    // 5 without plan or regisseur hides the 10 with one, and with them the share.
    assert.equal(cell(0, 'zonderPlanOfRegisseur').suppressed, true);
    assert.equal(cell(0, 'eenPlanEenRegisseur').suppressed, true);
    assert.equal(cell(0, 'aandeelEenPlanEenRegisseur').suppressed, true);
    // A median needs its base: 28 cases with a plan are shown and so is their median; no case had a decision.
    assert.deepEqual(cell(0, 'metPlan'), { value: 28, suppressed: false });
    assert.deepEqual(cell(0, 'mediaanDagenTotPlan'), { value: 12, suppressed: false });
    assert.equal(cell(0, 'metBesluit').suppressed, true);
    assert.deepEqual(cell(0, 'mediaanDagenTotBesluit'), { value: null, suppressed: true });
  });
});
