import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { Browser, createTestApp, type TestApp } from '../../../../test/helpers/app.ts';
import { forecastBasis } from './costs.formulas.ts';
import { type CostRawRow, costRows } from './costs.query.ts';

const GM = 'GM9901';
const TODAY = '2026-11-23'; // the test clock's day: window Aug–Oct 2026, 1 remaining month (December)

let t: TestApp;
const ids: Record<string, string> = {};
let bsnCounter = 0;

function nextBsn(): string {
  for (;;) {
    const n = `999${String(300000 + bsnCounter++).slice(-6)}`;
    const digits = [...n].map(Number);
    const sum = digits.slice(0, 8).reduce((s, d, i) => s + d * (9 - i), 0) - digits[8]!;
    if (sum % 11 === 0) return n;
  }
}

async function one<T = Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T> {
  return (await t.database.db.execute(query)).rows[0] as T;
}

async function household(name: string, wijk: string | null) {
  const a = await one<{
    id: string;
  }>(sql`INSERT INTO addresses (municipality_code, straat, huisnummer, postcode,
    woonplaats, wijk_code) VALUES (${GM}, 'Kostenstraat', ${bsnCounter + 1}, '9810AA', 'Regiedam', ${wijk}) RETURNING id`);
  const h = await one<{ id: string }>(sql`INSERT INTO households (municipality_code, address_id, started_on)
    VALUES (${GM}, ${a.id}, '2020-01-01') RETURNING id`);
  const p = await one<{
    id: string;
  }>(sql`INSERT INTO persons (municipality_code, bsn, voornamen, geslachtsnaam)
    VALUES (${GM}, ${nextBsn()}, 'Testpersoon', ${`Kosten-${name}`}) RETURNING id`);
  await t.database.db.execute(sql`INSERT INTO household_members (municipality_code, household_id, person_id,
    relation, from_date) VALUES (${GM}, ${h.id}, ${p.id}, 'hoofd', '2020-01-01')`);
  ids[name] = h.id;
}

type P = {
  hh: string;
  law: string;
  product: string;
  start: string;
  end?: string | null;
  status?: string;
  extent?: [number, string, string] | null;
  amount?: number | null;
  kase?: string | null;
  provider?: string | null;
};

async function provision(p: P) {
  const [q, unit, per] = p.extent ?? [null, null, null];
  await t.database.db.execute(sql`INSERT INTO provisions (municipality_code, household_id, law, product, start_date,
    end_date, status, extent_quantity, extent_unit, extent_per, amount_cents, case_id, provider_id)
    VALUES (${GM}, ${ids[p.hh]}, ${p.law}, ${p.product}, ${p.start}, ${p.end ?? null}, ${p.status ?? 'toegekend'},
      ${q}, ${unit}, ${per}, ${p.amount ?? null}, ${p.kase ? ids[p.kase] : null},
      ${p.provider ? ids[p.provider] : null})`);
}

async function tariff(
  law: string,
  product: string,
  unit: string,
  cents: number,
  from: string,
  to: string | null,
) {
  await t.database.db.execute(sql`INSERT INTO tariffs (municipality_code, law, product, unit, price_cents,
    valid_from, valid_to, created_at) VALUES (${GM}, ${law}, ${product}, ${unit}, ${cents}, ${from}, ${to}, now())`);
}

async function kase(name: string, hh: string, team: string) {
  const c = await one<{ id: string }>(sql`INSERT INTO cases (municipality_code, household_id, team_id, phase,
    lifecycle_version, opened_on) VALUES (${GM}, ${ids[hh]}, ${ids[team]}, 'uitvoering', 1, '2025-11-01') RETURNING id`);
  ids[name] = c.id;
}

const rows = (breakdown: 'wet' | 'wijk' | 'team' | 'aanbieder') =>
  costRows(t.database.db, GM, breakdown, forecastBasis(2026, TODAY));

/** The figures of one row: level 3 = all laws, 1 = a law, 0 = a law × breakdown value (code null = unknown). */
function pick(all: CostRawRow[], level: number, law: string | null, code: string | null = null) {
  const r = all.find((x) => x.level === level && x.law === law && x.code === code);
  assert.ok(r, `row ${level} ${law} ${code}`);
  const { households, committed, realised, forecast, zonderTarief } = r;
  return { households, committed, realised, forecast, zonderTarief };
}

before(async () => {
  t = await createTestApp({ households: 0 });
  for (const [key, name] of [
    ['noord', 'Wijkteam Noord'],
    ['zuid', 'Wijkteam Zuid'],
  ] as const)
    ids[key] = (await one<{ id: string }>(sql`SELECT id FROM teams WHERE name = ${name}`)).id;
  ids.horizon = (
    await one<{ id: string }>(sql`SELECT id FROM organisations WHERE name = 'Zorggroep Horizon'`)
  ).id;

  // Tariffs: help per hour changes on 1 January (a provision keeps the tariff of its start date).
  await tariff('wmo', 'test-hulp', 'uur', 3000, '2025-01-01', '2025-12-31');
  await tariff('wmo', 'test-hulp', 'uur', 3500, '2026-01-01', null);
  await tariff('jeugdwet', 'test-jeugd', 'dagdeel', 20000, '2020-01-01', null);
  await tariff('wmo', 'test-rolstoel', 'stuk', 150000, '2020-01-01', null);

  await household('hA', 'WK990101');
  await household('hB', 'WK990101');
  await household('hC', 'WK990102');
  await household('hD', null);
  await household('hE', 'WK990102');
  await kase('cA', 'hA', 'noord');
  await kase('cC', 'hC', 'zuid');

  // P1: 2 uur per week since 1 Dec 2025 (crosses the year boundary; 2025 tariff 30,00): 6000 per week.
  await provision({
    hh: 'hA',
    law: 'wmo',
    product: 'test-hulp',
    start: '2025-12-01',
    extent: [2, 'uur', 'week'],
    kase: 'cA',
    provider: 'horizon',
  });
  // P2: 4 uur per week, 1 March – 30 June 2026, beëindigd (tariff 35,00): 14000 per week over 122 days.
  await provision({
    hh: 'hB',
    law: 'wmo',
    product: 'test-hulp',
    start: '2026-03-01',
    end: '2026-06-30',
    status: 'beeindigd',
    extent: [4, 'uur', 'week'],
  });
  // P3: a wheelchair, once (totaal), started in the window (September).
  await provision({
    hh: 'hC',
    law: 'wmo',
    product: 'test-rolstoel',
    start: '2026-09-15',
    extent: [1, 'stuk', 'totaal'],
    provider: 'horizon',
  });
  // P4: 2 dagdelen per maand since 1 August (window): 40000 per month.
  await provision({
    hh: 'hC',
    law: 'jeugdwet',
    product: 'test-jeugd',
    start: '2026-08-01',
    extent: [2, 'dagdeel', 'maand'],
    kase: 'cC',
    provider: 'horizon',
  });
  // P5: bijstand of 1.200,00 per month since 1 October (window), no tariff needed.
  await provision({
    hh: 'hD',
    law: 'participatiewet',
    product: 'algemene-bijstand',
    start: '2026-10-01',
    amount: 120000,
  });
  // P6: a product without any tariff; P10: a tariff exists, but per uur, not per dagdeel. Both "zonder tarief".
  await provision({
    hh: 'hE',
    law: 'wmo',
    product: 'test-geen-tarief',
    start: '2026-02-01',
    extent: [1, 'uur', 'week'],
  });
  await provision({
    hh: 'hD',
    law: 'wmo',
    product: 'test-hulp',
    start: '2026-10-05',
    extent: [1, 'dagdeel', 'week'],
  });
  // Not counted: applied for only; ended before the year; a one-off of last year; no structured extent.
  await provision({
    hh: 'hA',
    law: 'wmo',
    product: 'test-hulp',
    start: '2026-05-01',
    status: 'aangevraagd',
    extent: [5, 'uur', 'week'],
  });
  await provision({
    hh: 'hB',
    law: 'wmo',
    product: 'test-hulp',
    start: '2024-01-01',
    end: '2025-06-30',
    status: 'beeindigd',
    extent: [1, 'uur', 'week'],
  });
  await provision({
    hh: 'hE',
    law: 'wmo',
    product: 'test-rolstoel',
    start: '2025-05-01',
    extent: [1, 'stuk', 'totaal'],
  });
  await provision({ hh: 'hE', law: 'wmo', product: 'test-hulp', start: '2026-01-01' });
});

after(async () => {
  await t.close();
});

describe('cost figures on a hand-made data set (year 2026, today 23 November)', () => {
  // Written out by hand:
  // P1 committed 6000 × 365 / 7 = 312,857.14; realised (327 days to 23 Nov) 6000 × 327 / 7 = 280,285.71
  // P2 committed = realised = 14000 × 122 / 7 = 244,000
  // P3 committed = realised = 150,000; inflow 150,000 / 3 × 1 month = 50,000
  // P4 committed 40000 × 153 × 12 / 365 = 201,205.48; realised (115 days) 151,232.88; inflow 40000 × 1 × 2 / 6 = 13,333.33
  // P5 committed 120000 × 92 × 12 / 365 = 362,958.90; realised (54 days) 213,041.10; inflow 120000 / 3 = 40,000
  test('per law (wet), and all laws together', async () => {
    const all = await rows('wet');
    assert.deepEqual(pick(all, 1, 'wmo'), {
      households: 3,
      committed: 706_857, // 312,857.14 + 244,000 + 150,000
      realised: 674_286, // 280,285.71 + 244,000 + 150,000
      forecast: 756_857, // + 50,000
      zonderTarief: 2,
    });
    assert.deepEqual(pick(all, 1, 'jeugdwet'), {
      households: 1,
      committed: 201_205,
      realised: 151_233,
      forecast: 214_539,
      zonderTarief: 0,
    });
    assert.deepEqual(pick(all, 1, 'participatiewet'), {
      households: 1,
      committed: 362_959,
      realised: 213_041,
      forecast: 402_959,
      zonderTarief: 0,
    });
    assert.equal(
      all.some((r) => r.law === 'wgs'),
      false,
      'no Wgs provisions: no row',
    );
    assert.deepEqual(pick(all, 3, null), {
      households: 4, // hC has Wmo and Jeugdwet: counted once
      committed: 1_271_022,
      realised: 1_038_560,
      forecast: 1_374_355,
      zonderTarief: 2,
    });
  });

  test('per wijk (the household address), unknown wijk apart', async () => {
    const all = await rows('wijk');
    assert.deepEqual(pick(all, 0, 'wmo', 'WK990101'), {
      households: 2,
      committed: 556_857,
      realised: 524_286,
      forecast: 556_857,
      zonderTarief: 0,
    });
    assert.deepEqual(pick(all, 0, 'wmo', 'WK990102'), {
      households: 1,
      committed: 150_000,
      realised: 150_000,
      forecast: 200_000,
      zonderTarief: 1,
    });
    assert.deepEqual(pick(all, 0, 'wmo', null), {
      households: 0,
      committed: 0,
      realised: 0,
      forecast: 0,
      zonderTarief: 1,
    });
    assert.equal(pick(all, 0, 'participatiewet', null).households, 1);
    // The law totals are the same figures as without a breakdown (one statement, GROUPING SETS).
    assert.deepEqual(pick(all, 1, 'wmo'), pick(await rows('wet'), 1, 'wmo'));
  });

  test('per team (owning team of the case; no case: "Geen zaak")', async () => {
    const all = await rows('team');
    assert.equal(pick(all, 0, 'wmo', ids.noord!).committed, 312_857);
    assert.deepEqual(pick(all, 0, 'wmo', 'geen-zaak'), {
      households: 2,
      committed: 394_000,
      realised: 394_000,
      forecast: 444_000,
      zonderTarief: 2,
    });
    assert.equal(pick(all, 0, 'jeugdwet', ids.zuid!).forecast, 214_539);
  });

  test('per aanbieder (none: unknown)', async () => {
    const all = await rows('aanbieder');
    assert.deepEqual(pick(all, 0, 'wmo', ids.horizon!), {
      households: 2,
      committed: 462_857,
      realised: 430_286,
      forecast: 512_857,
      zonderTarief: 0,
    });
    assert.deepEqual(pick(all, 0, 'wmo', null), {
      households: 1,
      committed: 244_000,
      realised: 244_000,
      forecast: 244_000,
      zonderTarief: 2,
    });
  });

  test('a past year is all realised and has no inflow; committed counts only its days', async () => {
    const all = await costRows(t.database.db, GM, 'wet', forecastBasis(2025, TODAY));
    // 2025: P1 from 1 to 31 December (31 days at 6000 per week); the old one-off wheelchair of May.
    const wmo = pick(all, 1, 'wmo');
    assert.equal(wmo.committed, Math.round((6000 * 31) / 7 + 150_000));
    // The 2024–2025 provision started before any tariff of its product: its start date decides, so no tariff.
    assert.equal(wmo.zonderTarief, 1);
    assert.equal(wmo.realised, wmo.committed);
    assert.equal(wmo.forecast, wmo.committed);
  });
});

describe('the published answer: suppression, access, tariffs and budgets', () => {
  const browsers = new Map<string, Browser>();
  const as = async (username: string) => {
    let b = browsers.get(username);
    if (!b) {
      b = new Browser(t);
      const res = await b.login(username);
      assert.equal(res.status, 200, `login ${username}`);
      browsers.set(username, b);
    }
    return b;
  };
  type Cell = { value: number | null; suppressed: boolean };
  type Row = { breakdown: { code: string; label: string } | null; cells: Record<string, Cell> };
  type Answer = { laws: { law: string; budgetCents: number | null; total: Row; rows: Row[] }[]; total: Row };

  before(async () => {
    // Enough households for figures to show: 14 more with Wmo help in WK990101, 11 in WK990102, 10 on bijstand.
    for (let i = 0; i < 35; i++) {
      const name = `bulk${i}`;
      await household(name, i < 14 ? 'WK990101' : i < 25 ? 'WK990102' : null);
      if (i < 25)
        await provision({
          hh: name,
          law: 'wmo',
          product: 'test-hulp',
          start: '2026-01-05',
          extent: [1, 'uur', 'week'],
        });
      else
        await provision({
          hh: name,
          law: 'participatiewet',
          product: 'algemene-bijstand',
          start: '2025-01-01',
          amount: 100000,
        });
    }
  });

  test('a cell under 10 households is "< 10" in JSON and CSV, and total minus shown cells gives none away', async () => {
    const beleid = await as('beleid');
    const res = await beleid.fetch(`/api/v1/costs?municipality=${GM}&year=2026&breakdown=wijk`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as Answer;
    const wmo = body.laws.find((l) => l.law === 'wmo')!;
    assert.deepEqual(wmo.total.cells.households, { value: 28, suppressed: false });
    const byCode = new Map(wmo.rows.map((r) => [r.breakdown!.code, r.cells]));
    assert.deepEqual(byCode.get('WK990101')!.households, { value: 16, suppressed: false });
    assert.ok(
      (byCode.get('WK990101')!.committed!.value ?? 0) > 0,
      'an amount with a published count is shown',
    );
    // Primary: the unknown wijk (0 households) and the empty wijken. Secondary: WK990102 (12), else the total
    // minus the shown wijk would be the hidden cells' sum, which must not be one small cell.
    for (const [code, cells] of byCode) {
      if (code === 'WK990101') continue;
      assert.deepEqual(cells.households, { value: null, suppressed: true }, code);
      assert.deepEqual(cells.committed, { value: null, suppressed: true }, `${code} amount`);
    }
    // The attacker's sums: for each law and count, when exactly one part is hidden under a shown total, it leaks.
    for (const law of body.laws) {
      for (const key of ['households', 'zonderTarief']) {
        if (law.total.cells[key]!.suppressed) {
          assert.ok(
            law.rows.every((r) => r.cells[key]!.suppressed),
            `${law.law} ${key}: hidden total, hidden parts`,
          );
          continue;
        }
        const hidden = law.rows.filter((r) => r.cells[key]!.suppressed);
        assert.notEqual(
          hidden.length,
          1,
          `${law.law} ${key}: one hidden part would be total minus the others`,
        );
      }
    }
    // Per law: Jeugdwet (1) and Wgs (0) are small, so P-wet (11) is hidden too; Wmo stays.
    const wet = (await (await beleid.fetch(`/api/v1/costs?municipality=${GM}&year=2026`)).json()) as Answer;
    const hiddenLaws = wet.laws.filter((l) => l.total.cells.households!.suppressed).map((l) => l.law);
    assert.deepEqual(hiddenLaws, ['jeugdwet', 'participatiewet', 'wgs']);
    assert.deepEqual(wet.laws[0]!.total.cells, wmo.total.cells, 'the same law total whatever the breakdown');

    const csv = await (
      await beleid.fetch(`/api/v1/costs/csv?municipality=${GM}&year=2026&breakdown=wijk`)
    ).text();
    assert.match(csv, /^\uFEFF?Jaar;Wet;Wijk;Huishoudens;Vastgelegd \(euro\);/);
    const line = csv.split('\r\n').find((l) => l.includes(';Wmo 2015;') && l.includes('Wijk onbekend'));
    assert.ok(line, csv);
    assert.match(line, /;< 10;< 10;< 10;< 10;;< 10$/);
    assert.ok(csv.split('\r\n').some((l) => /^2026;Jeugdwet;Regiedam;< 10;/.test(l)));
    assert.doesNotMatch(csv, /Kosten-|Kostenstraat|999\d{6}/, 'no person data');
  });

  test('access: aggregates roles of the municipality only (403 for partner and regisseur, 404 elsewhere)', async () => {
    for (const u of ['partner', 'regisseur']) {
      const res = await (await as(u)).fetch(`/api/v1/costs?municipality=${GM}&year=2026`);
      assert.equal(res.status, 403, u);
    }
    const fg = await as('fg');
    assert.equal((await fg.fetch(`/api/v1/costs?municipality=${GM}&year=2026&breakdown=team`)).status, 200);
    const beleid = await as('beleid');
    assert.equal((await beleid.fetch('/api/v1/costs?municipality=GM9902&year=2026')).status, 404);
    assert.equal((await beleid.fetch('/api/v1/tariffs?municipality=GM9902')).status, 404);
    const bad = await beleid.fetch(`/api/v1/costs?municipality=${GM}&year=twintig&breakdown=buurt`);
    assert.equal(bad.status, 400);
    const problem = (await bad.json()) as { errors: { path: string; message: string }[] };
    assert.ok(
      problem.errors.some((e) => e.message === 'Kies voor de verdeling wet, wijk, team of aanbieder'),
    );
    // fg may look, not manage.
    const put = await fg.fetch('/api/v1/budgets', {
      method: 'PUT',
      json: { municipality: GM, year: 2026, law: 'wmo', amountCents: 1 },
    });
    assert.equal(put.status, 403);
  });

  test('tariffs: an overlapping tariff is 409 in Dutch; ending one is audited and only makes it shorter', async () => {
    const beleid = await as('beleid');
    const body = {
      municipality: GM,
      law: 'wmo',
      product: 'test-hulp',
      unit: 'uur',
      priceCents: 3600,
      validFrom: '2026-07-01',
    };
    const overlap = await beleid.fetch('/api/v1/tariffs', { method: 'POST', json: body });
    assert.equal(overlap.status, 409);
    assert.match(((await overlap.json()) as { detail: string }).detail, /Er is al een tarief voor test-hulp/);
    const invalid = await beleid.fetch('/api/v1/tariffs', {
      method: 'POST',
      json: { ...body, priceCents: -5, validTo: '2026-01-01' },
    });
    assert.equal(invalid.status, 400);
    const errors = ((await invalid.json()) as { errors: { path: string; message: string }[] }).errors;
    assert.ok(errors.some((e) => e.message === 'De prijs kan niet negatief zijn'));
    assert.ok(
      errors.some((e) => e.path.endsWith('validTo') && e.message === 'De einddatum ligt vóór de begindatum'),
    );

    const list = (await (await beleid.fetch(`/api/v1/tariffs?municipality=${GM}`)).json()) as {
      items: { id: string; product: string; validTo: string | null }[];
    };
    const open = list.items.find((x) => x.product === 'test-hulp' && x.validTo === null)!;
    const ended = await beleid.fetch(`/api/v1/tariffs/${open.id}/end`, {
      method: 'POST',
      json: { validTo: '2026-06-30' },
    });
    assert.equal(ended.status, 200);
    assert.equal(((await ended.json()) as { validTo: string }).validTo, '2026-06-30');
    const longer = await beleid.fetch(`/api/v1/tariffs/${open.id}/end`, {
      method: 'POST',
      json: { validTo: '2026-08-31' },
    });
    assert.equal(longer.status, 409);
    const created = await beleid.fetch('/api/v1/tariffs', { method: 'POST', json: body });
    assert.equal(created.status, 201, 'after the old tariff ended, the new one fits');
    const audit = await t.database.db.execute<{ action: string }>(sql`SELECT action FROM audit_log
      WHERE resource_type = 'tariff' ORDER BY id`);
    assert.deepEqual(
      audit.rows.map((r) => r.action),
      ['tariff.end', 'tariff.create'],
    );
    assert.equal(
      (
        await (
          await as('fg')
        ).fetch(`/api/v1/tariffs/${open.id}/end`, { method: 'POST', json: { validTo: '2026-05-31' } })
      ).status,
      403,
    );
  });

  test('budgets: PUT replaces, never suppressed, audited with the previous amount', async () => {
    const beleid = await as('beleid');
    for (const amountCents of [50_000_000, 65_000_000]) {
      const res = await beleid.fetch('/api/v1/budgets', {
        method: 'PUT',
        json: { municipality: GM, year: 2026, law: 'jeugdwet', amountCents },
      });
      assert.equal(res.status, 200);
    }
    const budgets = (await (await beleid.fetch(`/api/v1/budgets?municipality=${GM}&year=2026`)).json()) as {
      items: { law: string; amountCents: number | null }[];
    };
    assert.equal(budgets.items.find((b) => b.law === 'jeugdwet')!.amountCents, 65_000_000);
    const costs = (await (await beleid.fetch(`/api/v1/costs?municipality=${GM}&year=2026`)).json()) as Answer;
    const jw = costs.laws.find((l) => l.law === 'jeugdwet')!;
    assert.equal(jw.budgetCents, 65_000_000, 'a budget is shown while the figures of its law are suppressed');
    assert.equal(jw.total.cells.households!.suppressed, true);
    const audit = await t.database.db.execute<{ details: { previousAmountCents: number | null } }>(sql`
      SELECT details FROM audit_log WHERE action = 'budget.set' ORDER BY id`);
    assert.deepEqual(
      audit.rows.map((r) => r.details.previousAmountCents),
      [null, 50_000_000],
    );
    const negative = await beleid.fetch('/api/v1/budgets', {
      method: 'PUT',
      json: { municipality: GM, year: 2026, law: 'wmo', amountCents: -1 },
    });
    assert.equal(negative.status, 400);
  });

  test('providers: for the provision form (case workers) and beleid; not for partners', async () => {
    const res = await (await as('regisseur')).fetch('/api/v1/providers');
    assert.equal(res.status, 200);
    const names = ((await res.json()) as { items: { name: string }[] }).items.map((o) => o.name);
    assert.ok(names.includes('Zorggroep Horizon'));
    assert.ok(!names.includes('Gemeente Regiedam'));
    assert.equal((await (await as('partner')).fetch('/api/v1/providers')).status, 403);
  });
});
