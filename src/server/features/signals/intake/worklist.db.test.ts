import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, desc, eq } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { auditLog } from '../../../db/schema/index.ts';
import {
  clearSignals,
  householdsIn,
  insertCase,
  insertSignal,
  type TestHousehold,
  teamId,
  teamUser,
} from './intake-test-support.ts';

type Item = {
  id: string;
  categorie: string;
  categorieLabel: string;
  soort: string;
  bron: string;
  crisis: boolean;
  deadline: string | null;
  status: string;
  wijkCode: string | null;
  wijkNaam: string | null;
  teamNaam: string | null;
  zaakId: string | null;
  huishouden: { id: string; adres: { postcode: string; huisnummer: number; straat: string } } | null;
};
type Page = { items: Item[]; total: number; page: number; pageSize: number };

describe('the team worklist and a signal in detail', () => {
  let t: TestApp;
  let wijkteam: Browser;
  const s: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', string> = { a: '', b: '', c: '', d: '', e: '', f: '' };
  let hA: TestHousehold;
  let hB: TestHousehold;
  let hC: TestHousehold;
  let noord: string;
  let zuid: string;

  const list = async (b: Browser, query = '') => {
    const res = await b.fetch(`/api/v1/signals/worklist${query}`);
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()) as Page;
  };
  const ids = (page: Page) =>
    page.items.map((i) => Object.entries(s).find(([, id]) => id === i.id)?.[0] ?? i.id);

  before(async () => {
    t = await createTestApp({ households: 120 });
    await clearSignals(t);
    noord = await teamId(t, 'Wijkteam Noord');
    zuid = await teamId(t, 'Wijkteam Zuid');
    await teamUser(t, 'zuidwijk', 'Wijkteam Zuid');
    [hA] = (await householdsIn(t, 'WK990101')) as [TestHousehold];
    [hB] = (await householdsIn(t, 'WK990102')) as [TestHousehold];
    [hC] = (await householdsIn(t, 'WK990103')) as [TestHousehold];
    const [hD] = (await householdsIn(t, 'WK990104')) as [TestHousehold];
    const matched = (h: TestHousehold) => ({
      householdId: h.householdId,
      personId: h.personId,
      bsn: h.bsn,
      match: { method: 'bsn' as const, fields: ['bsn'], score: 1 },
    });
    s.a = await insertSignal(t, {
      ...matched(hA),
      teamId: noord,
      kind: 'vroegsignaal',
      source: 'api',
      partnerType: 'Huur',
      category: 'huurachterstand',
      amountEuros: 500,
      deadline: '2026-11-30',
      receivedAt: new Date('2026-11-01T10:00:00Z'),
    });
    s.b = await insertSignal(t, {
      ...matched(hB),
      teamId: noord,
      kind: 'vroegsignaal',
      category: 'dreigende-huisuitzetting',
      crisis: true,
      amountEuros: 2000,
      deadline: '2026-11-25',
      receivedAt: new Date('2026-11-20T10:00:00Z'),
    });
    s.c = await insertSignal(t, {
      ...matched(hC),
      teamId: noord,
      receivedAt: new Date('2026-10-01T10:00:00Z'),
    });
    s.d = await insertSignal(t, { ...matched(hD), teamId: zuid, deadline: '2026-11-24' });
    const caseE = await insertCase(t, {
      householdId: hA.householdId,
      teamId: noord,
      openedOn: '2026-11-05',
      pickedUpOn: '2026-11-10',
    });
    s.e = await insertSignal(t, {
      ...matched(hA),
      teamId: noord,
      caseId: caseE,
      status: 'Opgepakt',
      receivedAt: new Date('2026-11-05T10:00:00Z'),
    });
    s.f = await insertSignal(t, {
      teamId: noord,
      category: 'overlast',
      matchStatus: 'te_beoordelen',
      receivedAt: new Date('2026-11-22T10:00:00Z'),
    });
    wijkteam = await signedIn(t, 'wijkteam');
  });
  after(() => t.close());

  test("Noord sees its own signals by deadline (none last, then oldest first); Zuid sees only Zuid's", async () => {
    const page = await list(wijkteam);
    assert.deepEqual(ids(page), ['b', 'a', 'c', 'e', 'f']);
    assert.equal(page.total, 5);
    const a = page.items[1]!;
    assert.equal(a.categorieLabel, 'Huurachterstand');
    assert.equal(a.soort, 'vroegsignaal');
    assert.equal(a.bron, 'api');
    assert.equal(a.wijkCode, 'WK990101');
    assert.equal(a.wijkNaam, 'Regiedam Centrum');
    assert.equal(a.teamNaam, 'Wijkteam Noord');
    assert.equal(a.huishouden?.id, hA.householdId);
    assert.equal(a.huishouden?.adres.postcode, hA.postcode);
    assert.equal(page.items[4]!.huishouden, null, 'an unmatched signal shows no household');

    const zuidwijk = await signedIn(t, 'zuidwijk');
    assert.deepEqual(ids(await list(zuidwijk)), ['d']);
    assert.equal(
      (await zuidwijk.fetch(`/api/v1/signals/${s.a}`)).status,
      404,
      "Noord's signal is not found for Zuid",
    );
    assert.equal((await wijkteam.fetch(`/api/v1/signals/${s.d}`)).status, 404);
  });

  test('filters: status, category, wijk, crisis, amount, age; sort by received; paging', async () => {
    assert.deepEqual(ids(await list(wijkteam, '?status=nieuw')), ['b', 'a', 'c', 'f']);
    assert.deepEqual(ids(await list(wijkteam, '?status=open')), ['e']);
    assert.deepEqual(ids(await list(wijkteam, '?categorie=eenzaamheid')), ['c', 'e']);
    assert.deepEqual(ids(await list(wijkteam, '?wijk=WK990101')), ['a', 'e']);
    assert.deepEqual(ids(await list(wijkteam, '?crisis=true')), ['b']);
    assert.deepEqual(ids(await list(wijkteam, '?crisis=false')), ['a', 'c', 'e', 'f']);
    assert.deepEqual(ids(await list(wijkteam, '?minBedrag=1000')), ['b']);
    assert.deepEqual(ids(await list(wijkteam, '?ouderDanDagen=30')), ['c']);
    assert.deepEqual(ids(await list(wijkteam, '?sort=ontvangen')), ['c', 'a', 'e', 'b', 'f']);
    assert.deepEqual(ids(await list(wijkteam, `?teamId=${noord}&status=nieuw&crisis=false&minBedrag=0`)), [
      'a',
    ]);
    const second = await list(wijkteam, '?pageSize=2&page=2');
    assert.deepEqual(ids(second), ['c', 'e']);
    assert.equal(second.total, 5);
    assert.equal(second.page, 2);
  });

  test("another team's list is refused; bad filters and other roles are refused", async () => {
    const other = await wijkteam.fetch(`/api/v1/signals/worklist?teamId=${zuid}`);
    assert.equal(other.status, 403);
    assert.equal(((await other.json()) as { detail: string }).detail, 'U hoort niet bij dit team');
    const bad = await wijkteam.fetch(
      '/api/v1/signals/worklist?status=dicht&crisis=ja&minBedrag=-1&wijk=Noord',
    );
    assert.equal(bad.status, 400);
    const paths = ((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path).sort();
    assert.deepEqual(paths, ['crisis', 'minBedrag', 'status', 'wijk']);
    const beleid = await signedIn(t, 'beleid');
    assert.equal((await beleid.fetch('/api/v1/signals/worklist')).status, 403);
    const partner = await signedIn(t, 'partner');
    assert.equal((await partner.fetch('/api/v1/signals/worklist')).status, 403);
    assert.equal((await partner.fetch(`/api/v1/signals/${s.a}`)).status, 403);
  });

  test('the households shown are audited as a read', async () => {
    await list(wijkteam, '?wijk=WK990102');
    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'household.read'), eq(auditLog.municipalityCode, 'GM9901')))
      .orderBy(desc(auditLog.id))
      .limit(1);
    assert.deepEqual(row?.resourceIds, [hB.householdId]);
    assert.deepEqual(row?.details, { via: 'signal.worklist', signalIds: [s.b] });
  });

  test('the detail shows what was sent, why it matched and the case with its signals (audited)', async () => {
    const res = await wijkteam.fetch(`/api/v1/signals/${s.a}`);
    assert.equal(res.status, 200);
    const a = (await res.json()) as Item & {
      persoon: { bsn: string };
      match: { methode: string; velden: string[]; score: number };
      zaak: null;
    };
    assert.equal(a.persoon.bsn, hA.bsn);
    assert.deepEqual(a.match, { methode: 'bsn', velden: ['bsn'], score: 1 });
    assert.equal(a.zaak, null);

    const e = (await (await wijkteam.fetch(`/api/v1/signals/${s.e}`)).json()) as {
      zaak: { opgepaktOp: string; signalen: { id: string; categorieLabel: string; status: string }[] };
    };
    assert.equal(e.zaak.opgepaktOp, '2026-11-10');
    assert.deepEqual(e.zaak.signalen, [
      { id: s.e, categorieLabel: 'Eenzaamheid', ontvangenOp: '2026-11-05T10:00:00.000Z', status: 'Opgepakt' },
    ]);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'signal.read'));
    assert.ok(audit.some((r) => JSON.stringify(r.resourceIds) === JSON.stringify([s.a])));
  });
});
