import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import type { UserActor } from '../../context.ts';
import { auditLog, households, organisations, teams } from '../../db/schema/index.ts';
import { actorOf } from '../cases/cases-test-support.ts';
import { insertSignal } from '../signals/intake/intake-test-support.ts';
import {
  endShare,
  idOf,
  idsWhere,
  makeCase,
  makeConsent,
  makeDeadline,
  makeGrant,
  makeMember,
  makeProvision,
  makeRegisseur,
  makeShare,
  makeUser,
  TODAY,
  TOMORROW,
  untouchedHouseholds,
  withdrawConsent,
} from './access-world.ts';
import { deadlineVisible, provisionVisible } from './law-visibility.ts';
import { allowed, caseReadScope, caseScope, householdFullScope, householdScope } from './policy.ts';

type Page = { items: { id: string; address: { wijkCode: string } }[]; total: number };

/**
 * Independent oracle, written from the access rules' text with joins instead of the policy's EXISTS/UNION: the
 * current households a demo user sees (rule 2 through a case or a grant, rule 3 through a signal of their teams).
 */
async function visibleHouseholdIds(t: TestApp, username: string): Promise<Set<string>> {
  const rows = await t.database.db.execute<{ id: string }>(sql`
    WITH u AS (SELECT id FROM users WHERE username = ${username}),
    roles AS (SELECT role FROM user_roles WHERE user_id = (SELECT id FROM u)),
    case_team AS (
      SELECT cr.case_id FROM case_regisseurs cr WHERE cr.user_id = (SELECT id FROM u) AND cr.status IN ('actief', 'aangeboden')
      UNION SELECT ctm.case_id FROM case_team_members ctm WHERE ctm.user_id = (SELECT id FROM u)
        AND (ctm.left_on IS NULL OR ctm.left_on > DATE '2026-11-23')),
    my_cases AS (
      SELECT c.id, c.household_id FROM cases c
      WHERE EXISTS (SELECT 1 FROM roles WHERE role IN ('regisseur', 'wijkteam_professional', 'schuldhulpverlener', 'teamleider'))
        AND ((c.phase <> 'afgesloten' AND c.id IN (SELECT case_id FROM case_team))
          OR (EXISTS (SELECT 1 FROM roles WHERE role = 'teamleider')
            AND c.team_id IN (SELECT team_id FROM team_members WHERE user_id = (SELECT id FROM u)))))
    SELECT h.id FROM households h WHERE h.ended_on IS NULL
      AND EXISTS (SELECT 1 FROM roles WHERE role IN ('regisseur', 'wijkteam_professional', 'teamleider', 'intake', 'schuldhulpverlener'))
      AND (h.id IN (SELECT household_id FROM my_cases)
        OR (EXISTS (SELECT 1 FROM roles WHERE role IN ('regisseur', 'wijkteam_professional', 'intake', 'schuldhulpverlener', 'teamleider'))
          AND h.id IN (SELECT s.household_id FROM signals s JOIN team_members tm ON tm.team_id = s.team_id
            WHERE tm.user_id = (SELECT id FROM u))))`);
  return new Set(rows.rows.map((r) => r.id));
}

describe('need-to-know: households through the policy', () => {
  let t: TestApp;
  let mine: Set<string>;
  let outside: string;
  before(async () => {
    t = await createTestApp({ households: 120 });
    mine = await visibleHouseholdIds(t, 'regisseur');
    const [row] = (
      await t.database.db.execute<{ id: string }>(sql`
      SELECT h.id FROM households h JOIN addresses a ON a.id = h.address_id WHERE a.wijk_code = 'WK990101'
        AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.household_id = h.id)
        AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.household_id = h.id) LIMIT 1`)
    ).rows;
    outside = row!.id;
  });
  after(() => t.close());

  test("a regisseur lists exactly the households of her cases and her teams' signals, filtered in the database", async () => {
    const b = await signedIn(t, 'regisseur');
    const res = await b.fetch('/api/v1/households?pageSize=200');
    assert.equal(res.status, 200);
    const page = (await res.json()) as Page;
    assert.equal(page.total, mine.size);
    assert.ok(mine.size > 0 && mine.size < 120);
    assert.deepEqual(new Set(page.items.map((i) => i.id)), mine);
    assert.ok(!mine.has(outside), "a household of the team's wijk without a case or signal is not hers");
  });

  test('paging returns each household once', async () => {
    const b = await signedIn(t, 'wijkteam');
    const expected = await visibleHouseholdIds(t, 'wijkteam');
    assert.ok(expected.size > 0);
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(expected.size / 7); page++) {
      const res = (await (await b.fetch(`/api/v1/households?pageSize=7&page=${page}`)).json()) as Page;
      seen.push(...res.items.map((i) => i.id));
    }
    assert.equal(seen.length, expected.size);
    assert.deepEqual(new Set(seen), expected);
  });

  test('every list read is audited with the ids it returned', async () => {
    const b = await signedIn(t, 'regisseur');
    const page = (await (await b.fetch('/api/v1/households?pageSize=5')).json()) as Page;
    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'household.read'))
      .orderBy(sql`${auditLog.id} DESC`)
      .limit(1);
    assert.deepEqual(
      row!.resourceIds,
      page.items.map((i) => i.id),
    );
    assert.equal(row!.municipalityCode, 'GM9901');
  });

  test('a household outside the scope is a 404, the same as one that does not exist', async () => {
    const b = await signedIn(t, 'regisseur');
    const denied = await b.fetch(`/api/v1/households/${outside}`);
    const missing = await b.fetch('/api/v1/households/00000000-0000-4000-8000-000000000000');
    assert.equal(denied.status, 404);
    assert.equal(missing.status, 404);
    assert.deepEqual(
      { ...((await denied.json()) as object), requestId: undefined },
      { ...((await missing.json()) as object), requestId: undefined },
    );
  });

  test('an allowed household shows its members with BSN, and that read is audited', async () => {
    const b = await signedIn(t, 'regisseur');
    const id = [...mine][0]!;
    const res = await b.fetch(`/api/v1/households/${id}`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { members: { id: string; bsn: string }[] };
    assert.ok(body.members.length >= 1);
    assert.ok(body.members.every((m) => /^999\d{6}$/.test(m.bsn)));
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'household.read'),
          sql`${auditLog.resourceIds} = ${JSON.stringify([id])}::jsonb`,
        ),
      );
    assert.equal(rows.length, 1);
    assert.deepEqual(
      (rows[0]!.details as { personIds: string[] }).personIds.sort(),
      body.members.map((m) => m.id).sort(),
    );
  });

  test('roles without need-to-know get 403 and nothing is read', async () => {
    for (const username of ['beheerder', 'beleid', 'fg', 'partner']) {
      const b = await signedIn(t, username);
      const before = await t.database.db.execute(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'household.read'`,
      );
      assert.equal((await b.fetch('/api/v1/households')).status, 403, username);
      assert.equal((await b.fetch(`/api/v1/households/${outside}`)).status, 403, username);
      const afterCount = await t.database.db.execute(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'household.read'`,
      );
      assert.deepEqual(afterCount.rows, before.rows, `${username}: a denied call reads nothing`);
    }
  });

  test('not signed in is a 401', async () => {
    assert.equal((await new Browser(t).fetch('/api/v1/households')).status, 401);
  });

  test('allowed() answers which of the given ids the actor may read', async () => {
    const actor = await actorOf(t, 'regisseur');
    const all = (await t.database.db.select({ id: households.id }).from(households)).map((h) => h.id);
    const result = await allowed(t.ctx(actor), 'household', all);
    assert.deepEqual(result, mine);
    assert.deepEqual(await allowed(t.ctx({ ...actor, roles: ['beheerder'] }), 'household', all), new Set());
  });
});

describe('aggregates without persons', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ households: 75 });
  });
  after(() => t.close());

  test('beleid sees counts per wijk; wijken under 10 households are suppressed', async () => {
    const b = await signedIn(t, 'beleid');
    const res = await b.fetch('/api/v1/population/by-wijk?municipality=GM9901');
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      items: { wijkCode: string; households: number | null; persons: number | null; suppressed: boolean }[];
    };
    const truth = await t.database.db.execute<{ wijk_code: string; n: number }>(sql`
      SELECT a.wijk_code, count(*)::int AS n FROM households h JOIN addresses a ON a.id = h.address_id
      GROUP BY a.wijk_code`);
    const counts = new Map(truth.rows.map((r) => [r.wijk_code, r.n]));
    assert.equal(body.items.length, 6);
    for (const item of body.items) {
      const n = counts.get(item.wijkCode) ?? 0;
      if (n < 10) assert.deepEqual([item.households, item.persons, item.suppressed], [null, null, true]);
      else assert.deepEqual([item.households, item.suppressed], [n, false]);
    }
  });

  test('a municipality outside the organisation is a 404; a professional role is a 403', async () => {
    const b = await signedIn(t, 'beleid');
    assert.equal((await b.fetch('/api/v1/population/by-wijk?municipality=GM9902')).status, 404);
    assert.equal((await b.fetch('/api/v1/population/by-wijk?municipality=9901')).status, 400);
    const r = await signedIn(t, 'regisseur');
    assert.equal((await r.fetch('/api/v1/population/by-wijk?municipality=GM9901')).status, 403);
  });
});

describe('the access rules in a hand-made world', () => {
  let t: TestApp;
  const now = new Date('2026-11-23T09:00:00.000Z');
  // Households: A (open case of Noord), B (closed case of Noord), S (only a signal of the loket), Z (open case of Zuid).
  let hA: { id: string; personId: string };
  let hB: string;
  let hS: string;
  let hZ: string;
  let caseA: string;
  let caseB: string;
  let caseZ: string;
  let gemeente: string;
  let horizon: string;
  let noord: string;
  let zuid: string;
  let loket: string;
  const u: Record<string, UserActor> = {};
  const p: Record<string, string> = {};
  const dl: Record<string, string> = {};

  const casesOf = (actor: UserActor) =>
    idsWhere(t, 'cases', [caseA, caseB, caseZ], caseScope(actor, now, sql`x.id`));
  const householdsOf = (actor: UserActor, scope = householdScope) =>
    idsWhere(t, 'households', [hA.id, hB, hS, hZ], scope(actor, now, sql`x.id`));
  const provisionsOf = (actor: UserActor) =>
    idsWhere(t, 'provisions', Object.values(p), provisionVisible(actor, now, 'x'));
  const deadlinesOf = (actor: UserActor) =>
    idsWhere(t, 'case_deadlines', Object.values(dl), deadlineVisible(actor, now, 'x'));

  before(async () => {
    t = await createTestApp({ households: 40 });
    gemeente = await idOf(t, organisations, 'Gemeente Regiedam');
    horizon = await idOf(t, organisations, 'Zorggroep Horizon');
    noord = await idOf(t, teams, 'Wijkteam Noord');
    zuid = await idOf(t, teams, 'Wijkteam Zuid');
    loket = await idOf(t, teams, 'Loket Sociaal Domein');
    const [a, b, s, z] = await untouchedHouseholds(t, 4);
    hA = a!;
    hB = b!.id;
    hS = s!.id;
    hZ = z!.id;
    caseA = await makeCase(t, hA.id, noord);
    caseB = await makeCase(t, hB, noord, 'afgesloten');
    caseZ = await makeCase(t, hZ, zuid);
    await insertSignal(t, { householdId: hS, teamId: loket });

    u.plain = await makeUser(t, ['wijkteam_professional'], gemeente, [noord]);
    u.member = await makeUser(t, ['wijkteam_professional'], gemeente, [zuid]);
    u.leftToday = await makeUser(t, ['wijkteam_professional'], gemeente);
    u.leftTomorrow = await makeUser(t, ['wijkteam_professional'], gemeente);
    u.leader = await makeUser(t, ['teamleider'], gemeente, [noord]);
    u.leaderZuid = await makeUser(t, ['teamleider'], gemeente, [zuid]);
    u.regisseur = await makeUser(t, ['regisseur'], gemeente);
    u.offered = await makeUser(t, ['regisseur'], gemeente);
    u.former = await makeUser(t, ['regisseur'], gemeente);
    u.granted = await makeUser(t, ['wijkteam_professional'], gemeente);
    u.expired = await makeUser(t, ['wijkteam_professional'], gemeente);
    u.endedGrant = await makeUser(t, ['wijkteam_professional'], gemeente);
    u.intake = await makeUser(t, ['intake'], gemeente, [loket]);
    u.jeugd = await makeUser(t, ['wijkteam_professional'], horizon);
    u.werk = await makeUser(t, ['wijkteam_professional'], gemeente);
    u.partner = await makeUser(t, ['partner_medewerker'], horizon);
    u.beleid = await makeUser(t, ['beleidsmedewerker'], gemeente);
    u.fg = await makeUser(t, ['fg'], gemeente);
    u.beheerder = await makeUser(t, ['beheerder'], gemeente, [noord]);

    await makeRegisseur(t, caseA, u.regisseur!.userId, 'actief');
    await makeRegisseur(t, caseA, u.offered!.userId, 'aangeboden');
    await makeRegisseur(t, caseA, u.former!.userId, 'beeindigd');
    // A closed case whose regisseur row was left active: closing the case still ends the regisseur's access.
    await makeRegisseur(t, caseB, u.regisseur!.userId, 'actief');
    await makeMember(t, caseA, u.member!);
    await makeMember(t, caseB, u.member!);
    await makeMember(t, caseA, u.leftToday!, null, TODAY);
    await makeMember(t, caseA, u.leftTomorrow!, null, TOMORROW);
    await makeMember(t, caseA, u.jeugd!, 'jeugdwet');
    await makeMember(t, caseA, u.werk!, 'participatiewet');
    for (const who of ['partner', 'beleid', 'fg', 'beheerder']) await makeMember(t, caseA, u[who]!);

    await makeGrant(t, u.granted!.userId, hA.id, {
      from: '2026-11-23T07:00:00Z',
      to: '2026-11-23T11:00:00Z',
    });
    await makeGrant(t, u.expired!.userId, hA.id, {
      from: '2026-11-23T04:00:00Z',
      to: '2026-11-23T09:00:00Z',
    });
    await makeGrant(t, u.endedGrant!.userId, hA.id, {
      from: '2026-11-23T07:00:00Z',
      to: '2026-11-23T11:00:00Z',
      endedAt: '2026-11-23T08:00:00Z',
    });
    await makeGrant(t, u.fg!.userId, hA.id, { from: '2026-11-23T07:00:00Z', to: '2026-11-23T11:00:00Z' });

    p.jeugd = await makeProvision(t, hA.id, caseA, 'jeugdwet');
    p.werk = await makeProvision(t, hA.id, caseA, 'participatiewet');
    p.wmo = await makeProvision(t, hA.id, caseA, 'wmo');
    p.overig = await makeProvision(t, hA.id, caseA, 'overig');
    p.looseJeugd = await makeProvision(t, hA.id, null, 'jeugdwet');
    p.looseOverig = await makeProvision(t, hA.id, null, 'overig');
    dl.wgs = await makeDeadline(t, caseA, 'wgs_eerste_gesprek');
    dl.wmo = await makeDeadline(t, caseA, 'wmo_onderzoek');
    dl.awbJeugd = await makeDeadline(t, caseA, 'awb_beslistermijn', p.jeugd);
    dl.awb = await makeDeadline(t, caseA, 'awb_beslistermijn');
  });
  after(() => t.close());

  test('rule 1: plain members of the owning team do not see its cases; the case team does', async () => {
    assert.deepEqual(await casesOf(u.plain!), new Set());
    assert.deepEqual(await casesOf(u.member!), new Set([caseA]), 'member of A and of closed B');
    assert.deepEqual(
      await casesOf(u.regisseur!),
      new Set([caseA]),
      'the regisseur of a closed case is denied',
    );
    assert.deepEqual(await casesOf(u.offered!), new Set([caseA]));
    assert.deepEqual(await casesOf(u.former!), new Set());
  });

  test('rule 1: leaving counts from left_on: gone on that day, still in until then', async () => {
    assert.deepEqual(await casesOf(u.leftToday!), new Set());
    assert.deepEqual(await casesOf(u.leftTomorrow!), new Set([caseA]));
  });

  test('rule 1: the leader of the owning team sees all its cases, closed ones too; another leader none', async () => {
    assert.deepEqual(await casesOf(u.leader!), new Set([caseA, caseB]));
    assert.deepEqual(await casesOf(u.leaderZuid!), new Set([caseZ]));
  });

  test('rule 1: a grant never opens a case for work, and roles without case.work are denied', async () => {
    for (const who of ['granted', 'intake', 'partner', 'beleid', 'fg', 'beheerder']) {
      assert.deepEqual(await casesOf(u[who]!), new Set(), who);
    }
  });

  test('rule 2: full household access through a case in scope or an active grant only', async () => {
    const full = (who: string) => householdsOf(u[who]!, householdFullScope);
    assert.deepEqual(await full('member'), new Set([hA.id]));
    assert.deepEqual(await full('leader'), new Set([hA.id, hB]));
    assert.deepEqual(await full('granted'), new Set([hA.id]));
    assert.deepEqual(await full('expired'), new Set(), 'expires_at = now has ended');
    assert.deepEqual(await full('endedGrant'), new Set(), 'ended early');
    assert.deepEqual(await full('plain'), new Set());
    assert.deepEqual(await full('intake'), new Set(), 'a signal gives no full access');
  });

  test('a grant counts only inside its window', async () => {
    const later = await makeUser(t, ['wijkteam_professional'], gemeente);
    await makeGrant(t, later.userId, hB, { from: '2026-11-23T10:00:00Z', to: '2026-11-23T12:00:00Z' });
    assert.deepEqual(
      await idsWhere(t, 'households', [hB], householdFullScope(later, now, sql`x.id`)),
      new Set(),
    );
    const inWindow = new Date('2026-11-23T10:00:00.000Z');
    assert.deepEqual(
      await idsWhere(t, 'households', [hB], householdFullScope(later, inWindow, sql`x.id`)),
      new Set([hB]),
    );
  });

  test("rule 3: a signal of the actor's team shows the household, nothing of a case", async () => {
    assert.deepEqual(await householdsOf(u.intake!), new Set([hS]));
    assert.deepEqual(
      await idsWhere(t, 'cases', [caseA, caseB, caseZ], caseReadScope(u.intake!, now, sql`x.id`)),
      new Set(),
    );
    assert.deepEqual(await householdsOf(u.plain!), new Set(), 'Noord has no signal about these households');
  });

  test('rule 5: partner, beleid, fg and beheerder never see a household, not even in a case team or with a grant', async () => {
    for (const who of ['partner', 'beleid', 'fg', 'beheerder']) {
      assert.deepEqual(await householdsOf(u[who]!), new Set(), who);
      assert.deepEqual(await provisionsOf(u[who]!), new Set(), who);
    }
  });

  test('rule 6 a–d: regisseur, team leader and grant see every law; a member only general data and their own law', async () => {
    const all = new Set(Object.values(p));
    assert.deepEqual(await provisionsOf(u.regisseur!), all);
    assert.deepEqual(await provisionsOf(u.offered!), all);
    assert.deepEqual(await provisionsOf(u.leader!), all);
    assert.deepEqual(await provisionsOf(u.granted!), all);
    assert.deepEqual(await provisionsOf(u.member!), all, 'a member without a law sees all');
    assert.deepEqual(
      await provisionsOf(u.jeugd!),
      new Set([p.jeugd, p.wmo, p.overig, p.looseJeugd, p.looseOverig].filter((id) => id !== p.wmo)),
    );
    assert.deepEqual(await provisionsOf(u.werk!), new Set([p.werk, p.overig, p.looseOverig]));
    assert.deepEqual(await provisionsOf(u.plain!), new Set());
  });

  test('rule 6: deadlines take the law of their kind, awb that of their provision', async () => {
    assert.deepEqual(await deadlinesOf(u.regisseur!), new Set(Object.values(dl)));
    assert.deepEqual(await deadlinesOf(u.jeugd!), new Set([dl.awbJeugd, dl.awb]));
    assert.deepEqual(await deadlinesOf(u.werk!), new Set([dl.awb]));
    assert.deepEqual(await deadlinesOf(u.granted!), new Set(Object.values(dl)));
    assert.deepEqual(await deadlinesOf(u.intake!), new Set());
  });

  test('rule 6 e: a share on a legal basis opens a law to the named law, until it ends', async () => {
    const share = await makeShare(t, caseA, { law: 'jeugdwet', sharedWithLaw: 'participatiewet' });
    const wmoOnly = await makeShare(t, caseA, { law: 'wmo', sharedWithLaw: 'jeugdwet' });
    assert.ok((await provisionsOf(u.werk!)).has(p.jeugd!));
    assert.ok((await deadlinesOf(u.werk!)).has(dl.awbJeugd!));
    assert.ok((await provisionsOf(u.jeugd!)).has(p.wmo!), 'wmo shared with the jeugdwet member');
    assert.ok(!(await provisionsOf(u.werk!)).has(p.wmo!), 'but not with the participatiewet member');
    await endShare(t, share);
    await endShare(t, wmoOnly);
    assert.ok(!(await provisionsOf(u.werk!)).has(p.jeugd!));
  });

  test('rule 6 e: a consent share counts only for the recipient organisation and stops at withdrawal', async () => {
    const forHorizon = await makeConsent(t, hA.personId, horizon);
    const toAll = await makeShare(t, caseA, { law: 'jeugdwet', sharedWithLaw: null, consentId: forHorizon });
    assert.ok(
      !(await provisionsOf(u.werk!)).has(p.jeugd!),
      'consent for another organisation does not count',
    );
    await endShare(t, toAll);

    const forGemeente = await makeConsent(t, hA.personId, gemeente);
    await makeShare(t, caseA, { law: 'jeugdwet', sharedWithLaw: null, consentId: forGemeente });
    assert.ok((await provisionsOf(u.werk!)).has(p.jeugd!), 'shared with the whole case team on consent');
    await withdrawConsent(t, forGemeente);
    assert.ok(!(await provisionsOf(u.werk!)).has(p.jeugd!), 'withdrawal stops the sharing at once');
  });

  test("through the API: the participatiewet member's lists leave out the Jeugdwet provision and deadline", async () => {
    const werk = await makeUser(t, ['wijkteam_professional'], gemeente, [], 'Werk-consulent-2026!');
    await makeMember(t, caseA, werk, 'participatiewet');
    const b = new Browser(t);
    assert.equal((await b.login(werk.username, 'Werk-consulent-2026!')).status, 200);
    const provisionsRes = await b.fetch(`/api/v1/cases/${caseA}/provisions`);
    assert.equal(provisionsRes.status, 200);
    const laws = ((await provisionsRes.json()) as { id: string; law: string }[]).map((x) => x.law).sort();
    assert.deepEqual(laws, ['overig', 'overig', 'participatiewet']);
    const deadlinesRes = await b.fetch(`/api/v1/cases/${caseA}/deadlines`);
    assert.deepEqual(
      ((await deadlinesRes.json()) as { id: string }[]).map((x) => x.id),
      [dl.awb],
    );
    // Changing a deadline it may not see is a 404, like one that does not exist.
    const hidden = await b.fetch(`/api/v1/cases/${caseA}/deadlines/${dl.wgs}/met`, {
      method: 'POST',
      json: { on: TODAY },
    });
    assert.equal(hidden.status, 404);
    assert.equal((await b.fetch(`/api/v1/cases/${caseB}`)).status, 404);
  });

  test('through the API: signal-level access shows the household but no case data', async () => {
    const intake = await makeUser(t, ['intake'], gemeente, [loket], 'Intake-proef-2026!');
    const b = new Browser(t);
    assert.equal((await b.login(intake.username, 'Intake-proef-2026!')).status, 200);
    assert.equal((await b.fetch(`/api/v1/households/${hS}`)).status, 200);
    assert.equal((await b.fetch(`/api/v1/households/${hA.id}`)).status, 404);
  });
});
