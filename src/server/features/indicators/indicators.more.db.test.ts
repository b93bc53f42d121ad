import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.ts';
import { findIndicator } from './indicators.catalogue.ts';
import { periodsBetween } from './indicators.periods.ts';
import type { RawRow } from './indicators.suppression.ts';
import { HELP_ACCEPTED, helpAcceptedRows } from './queries/help-accepted.ts';
import { transition18Rows } from './queries/transition-18.ts';
import { zrmImprovementRows } from './queries/zrm-improvement.ts';

/** Issue 7, item 1: hulp-geaccepteerd, zrm-verbetering and overgang-18 on hand-made data with the answer written out. */

const GM = 'GM9901';
const TODAY = '2026-11-23'; // the test clock's day

let t: TestApp;
const ids: Record<string, string> = {};
let bsnCounter = 800;
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

/** A household with members: [person key, relation, birth date]. */
async function household(name: string, members: [string, string, string | null][]) {
  const a = await one<{
    id: string;
  }>(sql`INSERT INTO addresses (municipality_code, straat, huisnummer, postcode,
    woonplaats) VALUES (${GM}, 'Meetstraat', ${houseNumber++}, '9810AC', 'Regiedam') RETURNING id`);
  const h = await one<{ id: string }>(sql`INSERT INTO households (municipality_code, address_id, started_on)
    VALUES (${GM}, ${a.id}, '2000-01-01') RETURNING id`);
  ids[name] = h.id;
  for (const [key, relation, born] of members) {
    const p = await one<{
      id: string;
    }>(sql`INSERT INTO persons (municipality_code, bsn, voornamen, geslachtsnaam,
      geboortedatum) VALUES (${GM}, ${nextBsn()}, 'Testpersoon', 'Meting', ${born}) RETURNING id`);
    ids[key] = p.id;
    await t.database.db.execute(sql`INSERT INTO household_members (municipality_code, household_id, person_id,
      relation, from_date) VALUES (${GM}, ${h.id}, ${p.id}, ${relation}, '2000-01-01')`);
  }
}

async function kase(name: string, hh: string, opened = '2024-01-01') {
  const c = await one<{ id: string }>(sql`INSERT INTO cases (municipality_code, household_id, team_id, phase,
    lifecycle_version, opened_on) VALUES (${GM}, ${ids[hh]}, ${ids.noord}, 'uitvoering', 1, ${opened})
    RETURNING id`);
  ids[name] = c.id;
}

async function signalCase(hh: string, kind: string, closed: string | null, result: string | null) {
  await t.database.db.execute(sql`INSERT INTO signal_cases (municipality_code, household_id, kind, opened_on,
    closed_on, result) VALUES (${GM}, ${ids[hh]}, ${kind}, '2026-08-01', ${closed}, ${result})`);
}

async function zrm(kaseName: string, person: string, on: string, scores: Record<string, number>) {
  await t.database.db.execute(sql`INSERT INTO zrm_assessments (case_id, person_id, assessed_on, scores)
    VALUES (${ids[kaseName]}, ${ids[person]}, ${on}, ${JSON.stringify(scores)}::jsonb)`);
}

let planVersion = 1;
/** A plan version with goals: [transition18, personId key or null]. */
async function plan(kaseName: string, savedAt: string, goals: [boolean, string | null][]) {
  const content = {
    situation: { network: '', strengths: '', worries: '', earlierHelp: '' },
    goals: goals.map(([transition18, person]) => ({
      id: randomUUID(),
      domain: 'werk_opleiding',
      text: 'Een plek na je 18e',
      personId: person ? ids[person] : null,
      transition18,
      actions: [],
    })),
  };
  await t.database.db.execute(sql`INSERT INTO plan_versions (case_id, version, content, saved_at)
    VALUES (${ids[kaseName]}, ${planVersion++}, ${JSON.stringify(content)}::jsonb, ${savedAt})`);
}

async function jeugdwet(hh: string, person: string | null, start: string, end: string | null = null) {
  await t.database.db.execute(sql`INSERT INTO provisions (municipality_code, household_id, person_id, law, product,
    start_date, end_date, status) VALUES (${GM}, ${ids[hh]}, ${person ? ids[person] : null}, 'jeugdwet', 'test',
    ${start}, ${end}, 'toegekend')`);
}

const input = (type: 'maand' | 'halfjaar', from: string, to: string) => ({
  db: t.database.db,
  municipalityCode: GM,
  periods: periodsBetween(type, from, to, TODAY),
  today: TODAY,
});

const total = (table: RawRow[] | undefined) => {
  const found = table?.find((r) => r.breakdown === null);
  assert.ok(found, 'total row');
  return found.values;
};

before(async () => {
  t = await createTestApp({ households: 0 });
  ids.noord = (await one<{ id: string }>(sql`SELECT id FROM teams WHERE name = 'Wijkteam Noord'`)).id;

  // Hulp geaccepteerd, September 2026.
  await household('s', [['s-hoofd', 'hoofd', '1980-01-01']]);
  await signalCase('s', 'vroegsignaalzaak', '2026-09-03', '(Budget)advies en/of quick fix'); // accepted
  await signalCase('s', 'vroegsignaalzaak', '2026-09-10', 'Vervolghulp en/of verwijzing financieel'); // accepted
  await signalCase('s', 'vroegsignaalzaak', '2026-09-12', 'Verwijzing zonder tussenkomst inwoner');
  await signalCase('s', 'vroegsignaalzaak', '2026-09-20', 'Definitief geen contact kunnen krijgen');
  await signalCase('s', 'vroegsignaalzaak', '2026-09-30', null); // closed without an end result
  await signalCase('s', 'intake', '2026-09-15', 'Vervolghulp en/of verwijzing'); // not a vroegsignaalzaak
  await signalCase('s', 'vroegsignaalzaak', '2026-10-01', 'Vervolghulp en/of verwijzing'); // October
  await signalCase('s', 'vroegsignaalzaak', null, null); // still open

  // ZRM.
  await household('za', [
    ['pa', 'hoofd', '1980-01-01'],
    ['pb', 'partner', '1981-01-01'],
  ]);
  await kase('ka', 'za');
  await zrm('ka', 'pa', '2025-10-01', { financien: 2, huisvesting: 3 });
  await zrm('ka', 'pa', '2026-02-01', { financien: 4, huisvesting: 3 }); // within 6 months: not the follow-up
  await zrm('ka', 'pa', '2026-04-15', { financien: 2, huisvesting: 3 }); // follow-up: no domain higher
  await zrm('ka', 'pb', '2025-11-01', { werk_opleiding: 1 });
  await zrm('ka', 'pb', '2026-05-10', { werk_opleiding: 2 }); // follow-up: higher → the household improved
  await household('zb', [['pc', 'hoofd', '1980-01-01']]);
  await kase('kb', 'zb');
  await zrm('kb', 'pc', '2026-01-10', { financien: 3 });
  // Exactly 6 months later; huisvesting was not scored at first, so it does not count as better.
  await zrm('kb', 'pc', '2026-07-10', { financien: 3, huisvesting: 4 });
  await household('zc', [['pd', 'hoofd', '1980-01-01']]);
  await kase('kc', 'zc');
  await zrm('kc', 'pd', '2026-01-01', { financien: 1 });
  await zrm('kc', 'pd', '2026-03-01', { financien: 5 }); // no follow-up 6 months on: not counted
  await household('zd', [['pe', 'hoofd', '1980-01-01']]);
  await kase('kd', 'zd');
  await zrm('kd', 'pe', '2025-06-01', { financien: 1 });
  await zrm('kd', 'pe', '2025-12-01', { financien: 2 }); // improved, in 2025-H2

  // Overgang 18-/18+.
  await household('y1', [
    ['y1-ouder', 'hoofd', '1975-01-01'],
    ['j1', 'kind', '2008-03-15'],
  ]);
  await jeugdwet('y1', 'j1', '2024-01-01', '2025-12-31'); // ended within the year before the birthday: counts
  await kase('c1', 'y1');
  await plan('c1', '2025-09-01T10:00:00Z', [[true, 'j1']]); // before 2025-09-15: in time
  await household('y2', [
    ['y2-ouder', 'hoofd', '1975-01-01'],
    ['j2', 'kind', '2008-04-20'],
  ]);
  await jeugdwet('y2', null, '2020-01-01'); // for the household
  await kase('c2', 'y2');
  await plan('c2', '2025-06-01T10:00:00Z', [[false, 'j2']]); // a goal, but not about 18
  await plan('c2', '2025-12-01T10:00:00Z', [[true, 'j2']]); // after 2025-10-20: too late
  await household('y3', [
    ['y3-ouder', 'hoofd', '1975-01-01'],
    ['j3', 'kind', '2008-05-05'],
    ['y3-zus', 'kind', '2012-01-01'],
  ]);
  await jeugdwet('y3', 'y3-zus', '2020-01-01'); // help for the sister, not for y3: not counted
  await household('y4', [['j4', 'kind', '2008-02-01']]);
  await jeugdwet('y4', 'j4', '2020-01-01', '2024-12-31'); // ended more than a year before: not counted
  await household('y5', [
    ['j5', 'kind', '2008-06-10'],
    ['y5-broer', 'kind', '2010-01-01'],
  ]);
  await jeugdwet('y5', 'j5', '2020-01-01');
  await kase('c5', 'y5');
  await plan('c5', '2025-11-01T10:00:00Z', [[true, 'y5-broer']]); // in time, but the goal is for the brother
  await household('y6', [['j6', 'kind', '2008-09-01']]);
  await jeugdwet('y6', 'j6', '2020-01-01');
  await kase('c6', 'y6');
  await plan('c6', '2026-01-01T10:00:00Z', [[true, null]]); // for no one in particular, before 2026-03-01
});

after(async () => {
  await t.close();
});

describe('more indicators on a hand-made data set', () => {
  test('hulp-geaccepteerd: closed vroegsignaalzaken with an end result in the help categories', async () => {
    const tables = await helpAcceptedRows(input('maand', '2026-09', '2026-10'));
    assert.deepEqual(total(tables.get('2026-09')), { gesloten: 5, geaccepteerd: 2, nietGeaccepteerd: 3 });
    assert.deepEqual(total(tables.get('2026-10')), { gesloten: 1, geaccepteerd: 1, nietGeaccepteerd: 0 });
    assert.deepEqual(HELP_ACCEPTED, [
      '(Budget)advies en/of quick fix',
      'Vervolghulp en/of verwijzing',
      'Vervolghulp en/of verwijzing financieel',
      'Vervolghulp en/of verwijzing niet financieel',
    ]);
  });

  test('zrm-verbetering: the first measurement against the first one 6 months or more later', async () => {
    const tables = await zrmImprovementRows(input('halfjaar', '2025-07', '2026-12'));
    assert.deepEqual(total(tables.get('2025-H2')), { gemeten: 1, verbeterd: 1, nietVerbeterd: 0 });
    assert.deepEqual(total(tables.get('2026-H1')), { gemeten: 1, verbeterd: 1, nietVerbeterd: 0 });
    assert.deepEqual(total(tables.get('2026-H2')), { gemeten: 1, verbeterd: 0, nietVerbeterd: 1 });
  });

  test('overgang-18: young people with Jeugdwet help turning 18, with a transition goal 6 months before', async () => {
    const tables = await transition18Rows(input('halfjaar', '2026-01', '2026-12'));
    assert.deepEqual(total(tables.get('2026-H1')), { jongeren: 3, metDoelOpTijd: 1, zonderDoelOpTijd: 2 });
    assert.deepEqual(total(tables.get('2026-H2')), { jongeren: 1, metDoelOpTijd: 1, zonderDoelOpTijd: 0 });
  });

  test('each has a catalogue entry with its sum, so suppression can hide a complement', () => {
    for (const [code, total, parts] of [
      ['hulp-geaccepteerd', 'gesloten', ['geaccepteerd', 'nietGeaccepteerd']],
      ['zrm-verbetering', 'gemeten', ['verbeterd', 'nietVerbeterd']],
      ['overgang-18', 'jongeren', ['metDoelOpTijd', 'zonderDoelOpTijd']],
    ] as const) {
      const v = findIndicator(code)?.versions[0];
      assert.ok(v, code);
      assert.deepEqual(v.additive, [{ total, parts: [...parts] }], code);
    }
  });
});
