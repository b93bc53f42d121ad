import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { DEFAULT_SIGNAL_SETTINGS } from '../settings.ts';
import { afterMatch } from './after-match.ts';
import { householdIn, insertSignal, replaceRules, teamIds } from './flow-test-support.ts';
import { lastFullMonth } from './routing-preview.ts';

type Rule = { id: string; naam: string; actief: boolean; teamNaam: string; gebiedNaam: string | null };
type Problem = { errors?: { path: string; message: string }[] };
type Preview = {
  periode: { van: string; tot: string };
  totaal: number;
  gewijzigd: number;
  perTeam: { teamId: string | null; teamNaam: string; nu: number; met: number }[];
};

describe('routing rules, preview and signal settings API', () => {
  let t: TestApp;
  let team: Awaited<ReturnType<typeof teamIds>>;
  let leader: Browser;
  let worker: Browser;
  before(async () => {
    t = await createTestApp({ households: 20 });
    team = await teamIds(t.database.db);
    leader = await signedIn(t, 'teamleider');
    worker = await signedIn(t, 'wijkteam');
  });
  after(() => t.close());

  const rule = (extra: Record<string, unknown> = {}) => ({
    gemeente: 'GM9901',
    naam: 'Overlast in Oost naar Zuid',
    prioriteit: 15,
    gebiedCode: 'WK990103',
    categorie: 'overlast',
    urgentie: null,
    alleenCrisis: false,
    teamId: team.zuid,
    ...extra,
  });

  test('the demo rules are listed; teams read them, partners and policy staff may not', async () => {
    const res = await worker.fetch('/api/v1/routing-rules?gemeente=GM9901');
    assert.equal(res.status, 200);
    const items = ((await res.json()) as { items: Rule[] }).items;
    assert.equal(items.length, 11, 'four vroegsignaal rules, six wijken and a fallback');
    assert.equal(items.at(-1)!.naam, 'Vangnet: al het andere naar het loket');
    assert.ok(items.some((r) => r.gebiedNaam === 'Regiedam Centrum' && r.teamNaam === 'Wijkteam Noord'));
    assert.equal(
      (await (await signedIn(t, 'partner')).fetch('/api/v1/routing-rules?gemeente=GM9901')).status,
      403,
    );
    assert.equal(
      (await (await signedIn(t, 'beleid')).fetch('/api/v1/routing-rules?gemeente=GM9901')).status,
      403,
    );
    assert.equal((await t.request('/api/v1/routing-rules?gemeente=GM9901')).status, 401);
    assert.equal(
      (await leader.fetch('/api/v1/routing-rules?gemeente=GM9902')).status,
      404,
      'not their municipality',
    );
    assert.equal((await leader.fetch('/api/v1/routing-rules?gemeente=GM9999')).status, 404);
    const both = await signedIn(t, 'schuldhulp');
    assert.equal((await both.fetch('/api/v1/routing-rules?gemeente=GM9902')).status, 200, 'serves both');
  });

  test('options list the teams, areas and categories of the municipality', async () => {
    const res = await leader.fetch('/api/v1/routing-rules/options?gemeente=GM9901');
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      teams: { naam: string }[];
      gebieden: { code: string; soort: string }[];
      categorieen: { code: string }[];
    };
    assert.deepEqual(
      body.teams.map((x) => x.naam),
      ['Loket Sociaal Domein', 'Schuldhulp Delta (Regiedam en Samenwerk)', 'Wijkteam Noord', 'Wijkteam Zuid'],
    );
    assert.equal(body.gebieden.filter((g) => g.soort === 'wijk').length, 6);
    assert.equal(body.gebieden.filter((g) => g.soort === 'buurt').length, 18);
    assert.ok(!body.gebieden.some((g) => g.code.startsWith('WK9902')));
    assert.equal(body.categorieen.length, DEFAULT_SIGNAL_SETTINGS.categories.length);
  });

  test('create, change and deactivate a rule; audited; only with routing.manage', async () => {
    assert.equal((await worker.fetch('/api/v1/routing-rules', { method: 'POST', json: rule() })).status, 403);
    const created = await leader.fetch('/api/v1/routing-rules', { method: 'POST', json: rule() });
    assert.equal(created.status, 201, await created.clone().text());
    const r = (await created.json()) as Rule & { gebiedCode: string; prioriteit: number };
    assert.equal(r.gebiedNaam, 'Regiedam Oost');
    assert.equal(r.actief, true);

    const admin = await signedIn(t, 'beheerder');
    const changed = await admin.fetch(`/api/v1/routing-rules/${r.id}`, {
      method: 'PUT',
      json: rule({ prioriteit: 16, gebiedCode: 'BU99010301', categorie: '' }),
    });
    assert.equal(changed.status, 200, await changed.clone().text());
    const c = (await changed.json()) as Rule & {
      prioriteit: number;
      categorie: string | null;
      gebiedCode: string;
    };
    assert.equal(c.prioriteit, 16);
    assert.equal(c.categorie, null, 'an empty choice is no condition');
    assert.equal(c.gebiedCode, 'BU99010301');

    assert.equal((await worker.fetch(`/api/v1/routing-rules/${r.id}`, { method: 'DELETE' })).status, 403);
    assert.equal((await leader.fetch(`/api/v1/routing-rules/${r.id}`, { method: 'DELETE' })).status, 204);
    const list = (
      (await (await leader.fetch('/api/v1/routing-rules?gemeente=GM9901')).json()) as { items: Rule[] }
    ).items;
    assert.equal(list.find((x) => x.id === r.id)!.actief, false, 'kept, but inactive');
    const missing = '00000000-0000-4000-8000-000000000000';
    assert.equal((await leader.fetch(`/api/v1/routing-rules/${missing}`, { method: 'DELETE' })).status, 404);
    assert.equal(
      (await leader.fetch(`/api/v1/routing-rules/${missing}`, { method: 'PUT', json: rule() })).status,
      404,
    );

    const { rows } = await t.database.db.execute<{ action: string }>(sql`
      SELECT action FROM audit_log WHERE resource_ids::text LIKE ${`%${r.id}%`} ORDER BY chain_seq`);
    assert.deepEqual(
      rows.map((x) => x.action),
      ['routing-rule.create', 'routing-rule.update', 'routing-rule.deactivate'],
    );
  });

  test('a rule with an area, category or team outside the municipality is refused per field, in Dutch', async () => {
    const res = await leader.fetch('/api/v1/routing-rules', {
      method: 'POST',
      json: rule({
        gebiedCode: 'WK990201',
        categorie: 'onbekend',
        teamId: '00000000-0000-4000-8000-000000000000',
      }),
    });
    assert.equal(res.status, 400);
    const errors = ((await res.json()) as Problem).errors!;
    assert.deepEqual(errors.map((e) => e.path).sort(), ['categorie', 'gebiedCode', 'teamId']);
    assert.match(errors.find((e) => e.path === 'gebiedCode')!.message, /wijk of buurt van deze gemeente/);
    const bad = await leader.fetch('/api/v1/routing-rules', {
      method: 'POST',
      json: rule({ naam: '', prioriteit: 1.5, urgentie: 'spoed' }),
    });
    assert.equal(bad.status, 400);
    const paths = ((await bad.json()) as Problem).errors!.map((e) => e.path).sort();
    assert.deepEqual(paths, ['naam', 'prioriteit', 'urgentie']);
    const other = await leader.fetch('/api/v1/routing-rules', {
      method: 'POST',
      json: rule({ gemeente: 'GM9902' }),
    });
    assert.equal(other.status, 404);
  });

  test("preview: last month's signals per team now and with the proposed rule", async () => {
    const db = t.database.db;
    await db.execute(sql`DELETE FROM signals`);
    await db.execute(sql`DELETE FROM signal_cases`);
    const [noordRule] = await replaceRules(db, [
      { priority: 20, areaCode: 'WK990101', teamId: team.noord },
      { priority: 100, teamId: team.loket },
    ]);
    const ids: string[] = [];
    const inNoord = async (daysAgo: number) =>
      ids.push(
        await insertSignal(db, { householdId: (await householdIn(db, 'BU99010101')).householdId, daysAgo }),
      );
    const inWijk5 = async (daysAgo: number) =>
      ids.push(
        await insertSignal(db, { householdId: (await householdIn(db, 'BU99010501')).householdId, daysAgo }),
      );
    await inNoord(23); // 31 October
    await inNoord(53); // 1 October
    await inWijk5(30);
    await inWijk5(40);
    await inWijk5(45);
    ids.push(await insertSignal(db, { bsn: null, postcode: '0000ZZ', huisnummer: 1, daysAgo: 35 }));
    // Outside October: 30 September, 1 November, and 1 November 00:30 in Amsterdam (31 October 23:30 UTC).
    await inNoord(54);
    await inWijk5(22);
    ids.push(
      await insertSignal(db, {
        householdId: (await householdIn(db, 'BU99010501')).householdId,
        receivedAt: new Date('2026-10-31T23:30:00Z'),
        signalDate: '2026-10-31',
      }),
    );
    await afterMatch(t.ctx(), db, ids);

    const preview = async (body: Record<string, unknown>, who = leader) => {
      const res = await who.fetch('/api/v1/routing-rules/preview', {
        method: 'POST',
        json: { gemeente: 'GM9901', ...body },
      });
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as Preview;
    };
    const counts = (p: Preview) => Object.fromEntries(p.perTeam.map((x) => [x.teamNaam, [x.nu, x.met]]));

    const added = await preview({ regel: rule({ gebiedCode: 'WK990105', categorie: null, prioriteit: 20 }) });
    assert.deepEqual(added.periode, { van: '2026-10-01', tot: '2026-10-31' });
    assert.equal(added.totaal, 6);
    assert.equal(added.gewijzigd, 3);
    assert.deepEqual(counts(added), {
      'Loket Sociaal Domein': [4, 1],
      'Wijkteam Noord': [2, 2],
      'Wijkteam Zuid': [0, 3],
    });

    const replaced = await preview({
      regel: rule({ gebiedCode: 'WK990101', categorie: null, prioriteit: 20 }),
      vervangtRegelId: noordRule,
    });
    assert.equal(replaced.gewijzigd, 2);
    assert.deepEqual(counts(replaced), {
      'Loket Sociaal Domein': [4, 4],
      'Wijkteam Noord': [2, 0],
      'Wijkteam Zuid': [0, 2],
    });

    const { rows } = await db.execute<{ id: string }>(sql`
      SELECT id FROM routing_rules WHERE municipality_code = 'GM9901' AND area_code IS NULL`);
    const crisisOnly = await preview({
      regel: rule({
        gebiedCode: null,
        categorie: null,
        prioriteit: 100,
        alleenCrisis: true,
        teamId: team.loket,
      }),
      vervangtRegelId: rows[0]!.id,
    });
    assert.deepEqual(counts(crisisOnly), {
      'Loket Sociaal Domein': [4, 0],
      'Wijkteam Noord': [2, 2],
      'Niet gerouteerd': [0, 4],
    });
    assert.equal(crisisOnly.perTeam.find((x) => x.teamNaam === 'Niet gerouteerd')!.teamId, null);
    assert.equal(JSON.stringify(crisisOnly).includes('0000ZZ'), false, 'counts only');

    const denied = await worker.fetch('/api/v1/routing-rules/preview', {
      method: 'POST',
      json: { gemeente: 'GM9901', regel: rule() },
    });
    assert.equal(denied.status, 403);
    const invalid = await leader.fetch('/api/v1/routing-rules/preview', {
      method: 'POST',
      json: { gemeente: 'GM9901', regel: rule({ gebiedCode: 'WK990201' }) },
    });
    assert.equal(invalid.status, 400);
  });

  test('the last full calendar month', () => {
    assert.deepEqual(lastFullMonth('2026-11-23'), { van: '2026-10-01', tot: '2026-10-31' });
    assert.deepEqual(lastFullMonth('2027-01-01'), { van: '2026-12-01', tot: '2026-12-31' });
    assert.deepEqual(lastFullMonth('2028-03-31'), { van: '2028-02-01', tot: '2028-02-29' });
  });

  test('signal settings: read by teams, changed by routing.manage, validated whole, audited', async () => {
    await replaceRules(t.database.db, [
      { name: 'Huur naar schuldhulp', priority: 10, category: 'huurachterstand', teamId: team.schuldhulp },
      { priority: 100, teamId: team.loket },
    ]);
    const read = await worker.fetch('/api/v1/signal-settings/GM9901');
    assert.equal(read.status, 200);
    assert.deepEqual(await read.json(), DEFAULT_SIGNAL_SETTINGS);
    const next = {
      ...DEFAULT_SIGNAL_SETTINGS,
      bundlingWindowDays: 30,
      thresholds: { Zorg: { minAmountEuros: 50, minSignals: 2 } },
    };
    assert.equal(
      (await worker.fetch('/api/v1/signal-settings/GM9901', { method: 'PUT', json: next })).status,
      403,
    );
    assert.equal((await (await signedIn(t, 'partner')).fetch('/api/v1/signal-settings/GM9901')).status, 403);
    assert.equal(
      (await leader.fetch('/api/v1/signal-settings/GM9902', { method: 'PUT', json: next })).status,
      404,
    );
    const put = await leader.fetch('/api/v1/signal-settings/GM9901', { method: 'PUT', json: next });
    assert.equal(put.status, 200, await put.clone().text());
    assert.deepEqual(await (await worker.fetch('/api/v1/signal-settings/GM9901')).json(), next);
    const { rows } = await t.database.db.execute<{ details: { gewijzigd: string[] } }>(sql`
      SELECT details FROM audit_log WHERE action = 'signal-settings.update'`);
    assert.deepEqual(rows[0]!.details.gewijzigd, ['bundlingWindowDays', 'thresholds']);

    const errorsOf = async (body: unknown) => {
      const res = await leader.fetch('/api/v1/signal-settings/GM9901', { method: 'PUT', json: body });
      assert.equal(res.status, 400);
      return ((await res.json()) as Problem).errors!;
    };
    const shape = await errorsOf({
      ...next,
      bundlingWindowDays: -1,
      categories: [],
      thresholds: { Bank: {} },
    });
    assert.deepEqual(shape.map((e) => e.path).sort(), ['bundlingWindowDays', 'categories', 'thresholds']);
    const order = await errorsOf({ ...next, reviewMinScore: 0.9, autoMatchScore: 0.8 });
    assert.deepEqual(
      order.map((e) => e.path),
      ['reviewMinScore'],
    );
    const twice = await errorsOf({ ...next, categories: [...next.categories, next.categories[1]] });
    assert.equal(twice[0]!.path, `categories.${next.categories.length}.code`);
    const inUse = await errorsOf({
      ...next,
      categories: next.categories.filter((c) => c.code !== 'huurachterstand'),
    });
    assert.match(inUse[0]!.message, /huurachterstand wordt gebruikt door routeringsregel/);
    const noArrears = await errorsOf({
      ...next,
      categories: next.categories.filter((c) => c.code !== 'betalingsachterstand'),
    });
    assert.ok(noArrears.some((e) => /DDAS/.test(e.message)));
    assert.deepEqual(await (await worker.fetch('/api/v1/signal-settings/GM9901')).json(), next, 'unchanged');
  });
});
