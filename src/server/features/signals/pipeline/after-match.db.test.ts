import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../../test/helpers/app.ts';
import type { Ctx } from '../../../context.ts';
import { DEFAULT_SIGNAL_SETTINGS } from '../settings.ts';
import { afterMatch } from './after-match.ts';
import {
  casesOf,
  householdIn,
  insertSignal,
  openCase,
  organisationId,
  replaceRules,
  resetSettings,
  setSettings,
  signalState,
  teamIds,
} from './flow-test-support.ts';
import { STATUS } from './statuses.ts';

describe('after matching: crisis, thresholds, dedup, bundling, routing, deadlines, retention', () => {
  let t: TestApp;
  let ctx: Ctx;
  let db: TestApp['database']['db'];
  let team: Awaited<ReturnType<typeof teamIds>>;
  before(async () => {
    t = await createTestApp({ households: 20 });
    ctx = t.ctx();
    db = t.database.db;
    team = await teamIds(db);
  });
  after(() => t.close());
  beforeEach(async () => {
    await resetSettings(db);
    await replaceRules(db, [{ priority: 100, teamId: team.loket, name: 'vangnet' }]);
  });

  const run = (...ids: string[]) => afterMatch(ctx, db, ids);

  test('crisis by category or by the signal itself gets the 3-working-day term; others the offer term', async () => {
    const h = await householdIn(db);
    const normal = await insertSignal(db, { householdId: h.householdId });
    const byCategory = await insertSignal(db, {
      householdId: (await householdIn(db)).householdId,
      category: 'dreigende-huisuitzetting',
    });
    const ddasCrisis = await insertSignal(db, {
      householdId: (await householdIn(db)).householdId,
      crisis: true,
    });
    // 23:30 UTC on Sunday 22 November is 00:30 on Monday 23 November in Amsterdam.
    const lateNight = await insertSignal(db, {
      householdId: (await householdIn(db)).householdId,
      receivedAt: new Date('2026-11-22T23:30:00Z'),
      signalDate: '2026-11-22',
    });
    await run(normal, byCategory, ddasCrisis, lateNight);
    const n = await signalState(db, normal);
    assert.equal(n.crisis, false);
    assert.equal(n.deadline, '2026-12-07', 'Monday 23 November + 10 working days');
    assert.equal(n.status, STATUS.waiting);
    assert.equal(n.retention_until, null, 'a waiting signal gets its retention when picked up or closed');
    const c = await signalState(db, byCategory);
    assert.equal(c.crisis, true);
    assert.equal(c.deadline, '2026-11-26', 'Monday + 3 working days');
    assert.equal((await signalState(db, ddasCrisis)).deadline, '2026-11-26');
    assert.equal((await signalState(db, lateNight)).deadline, '2026-12-07', 'the Amsterdam date counts');
  });

  test('amount threshold: below the minimum is onterecht, kept for the not-picked-up retention, no case', async () => {
    await setSettings(db, { thresholds: { Energie: { minAmountEuros: 100, minSignals: 1 } } });
    const low = await householdIn(db);
    const high = await householdIn(db);
    const unknown = await householdIn(db);
    const a = await insertSignal(db, { householdId: low.householdId, amountEuros: 99 });
    const b = await insertSignal(db, { householdId: high.householdId, amountEuros: 100 });
    const c = await insertSignal(db, { householdId: unknown.householdId, amountEuros: null });
    const water = await insertSignal(db, {
      householdId: low.householdId,
      amountEuros: 5,
      partnerType: 'Water',
    });
    await run(a, b, c, water);
    const sa = await signalState(db, a);
    assert.equal(sa.status, STATUS.unfounded);
    assert.equal(sa.case_id, null);
    assert.equal(sa.retention_until, '2027-05-23', '6 months after the received date');
    assert.equal((await signalState(db, b)).status, STATUS.waiting, 'at the minimum is enough');
    assert.ok((await signalState(db, b)).case_id);
    assert.equal(
      (await signalState(db, c)).status,
      STATUS.waiting,
      'an unknown amount is not below the minimum',
    );
    const sw = await signalState(db, water);
    assert.equal(sw.status, STATUS.waiting, 'no threshold for Water');
    assert.equal((await casesOf(db, low.householdId)).length, 1, 'only the water signal made a case');
  });

  test('count threshold: one signal is onterecht; a later one within the window brings both back', async () => {
    await setSettings(db, { thresholds: { Zorg: { minAmountEuros: 0, minSignals: 2 } } });
    const h = await householdIn(db);
    const first = await insertSignal(db, { householdId: h.householdId, partnerType: 'Zorg', daysAgo: 40 });
    await run(first);
    assert.equal((await signalState(db, first)).status, STATUS.unfounded);
    assert.equal((await casesOf(db, h.householdId)).length, 0);

    const second = await insertSignal(db, { householdId: h.householdId, partnerType: 'Zorg', daysAgo: 1 });
    await run(second);
    const s1 = await signalState(db, first);
    const s2 = await signalState(db, second);
    assert.equal(s1.status, STATUS.waiting, 'the earlier signal goes back to "Nog niet opgepakt"');
    assert.equal(s1.retention_until, null, 'and loses its not-picked-up retention');
    assert.equal(s1.deadline, '2026-10-28', 'its own received date (14 October) + 10 working days');
    assert.equal(
      s2.status,
      STATUS.repeat,
      'same partner type and source, earlier one on its way to the case',
    );
    const cases = await casesOf(db, h.householdId);
    assert.equal(cases.length, 1);
    assert.equal(cases[0]!.opened_on, '2026-10-14', 'opened on the received date of its first signal');
    assert.equal(s1.case_id, cases[0]!.id);
    assert.equal(s2.case_id, cases[0]!.id);
  });

  test('count threshold: the same pair in one batch ends the same; outside the window both stay onterecht', async () => {
    await setSettings(db, { thresholds: { Zorg: { minAmountEuros: 0, minSignals: 2 } } });
    const h = await householdIn(db);
    const a = await insertSignal(db, { householdId: h.householdId, partnerType: 'Zorg', daysAgo: 40 });
    const b = await insertSignal(db, { householdId: h.householdId, partnerType: 'Zorg', daysAgo: 1 });
    await run(b, a);
    assert.equal((await signalState(db, a)).status, STATUS.waiting);
    assert.equal((await signalState(db, b)).status, STATUS.repeat);
    assert.equal((await casesOf(db, h.householdId)).length, 1);

    const far = await householdIn(db);
    const x = await insertSignal(db, { householdId: far.householdId, partnerType: 'Zorg', daysAgo: 91 });
    const y = await insertSignal(db, { householdId: far.householdId, partnerType: 'Zorg', daysAgo: 0 });
    await run(x, y);
    assert.equal(
      (await signalState(db, x)).status,
      STATUS.unfounded,
      '91 days apart: outside the 90-day window',
    );
    assert.equal((await signalState(db, y)).status, STATUS.unfounded);

    const edge = await householdIn(db);
    const p = await insertSignal(db, { householdId: edge.householdId, partnerType: 'Zorg', daysAgo: 90 });
    const q = await insertSignal(db, { householdId: edge.householdId, partnerType: 'Zorg', daysAgo: 0 });
    await run(p);
    await run(q);
    assert.equal(
      (await signalState(db, p)).status,
      STATUS.waiting,
      'exactly 90 days apart is within the window',
    );
  });

  test('a signal below the amount minimum does not count towards the number of signals', async () => {
    await setSettings(db, { thresholds: { Zorg: { minAmountEuros: 50, minSignals: 2 } } });
    const h = await householdIn(db);
    const small = await insertSignal(db, {
      householdId: h.householdId,
      partnerType: 'Zorg',
      amountEuros: 10,
      daysAgo: 5,
    });
    const big = await insertSignal(db, { householdId: h.householdId, partnerType: 'Zorg', amountEuros: 80 });
    await run(small, big);
    assert.equal((await signalState(db, small)).status, STATUS.unfounded);
    assert.equal((await signalState(db, big)).status, STATUS.unfounded);
  });

  test('repeat: same partner organisation on an open case is a herhaalde melding and joins the case', async () => {
    const corp = await organisationId(db, 'Woonstichting De Sleutel');
    const energy = await organisationId(db, 'Energie Samen');
    const h = await householdIn(db);
    const base = {
      householdId: h.householdId,
      kind: 'zorgsignaal' as const,
      source: 'formulier' as const,
      category: 'overlast',
      partnerType: 'Huur',
      amountEuros: null,
    };
    const first = await insertSignal(db, { ...base, partnerOrganisationId: corp, daysAgo: 10 });
    await run(first);
    const again = await insertSignal(db, { ...base, partnerOrganisationId: corp, daysAgo: 2 });
    const otherOrg = await insertSignal(db, { ...base, partnerOrganisationId: energy, daysAgo: 2 });
    const otherCategory = await insertSignal(db, {
      ...base,
      partnerOrganisationId: corp,
      category: 'eenzaamheid',
      daysAgo: 2,
    });
    await run(again, otherOrg, otherCategory);
    const caseId = (await signalState(db, first)).case_id;
    assert.ok(caseId);
    const sa = await signalState(db, again);
    assert.equal(sa.status, STATUS.repeat);
    assert.equal(sa.case_id, caseId, 'a repeat still joins the case');
    assert.equal(sa.retention_until, '2027-05-21', 'not picked up: 6 months from the received date');
    assert.equal((await signalState(db, otherOrg)).status, STATUS.waiting);
    assert.equal((await signalState(db, otherCategory)).status, STATUS.waiting);
    assert.equal((await casesOf(db, h.householdId)).length, 1, 'all on the one intake');
  });

  test('repeat: not when the earlier signal is on a closed case or outside the window', async () => {
    const h = await householdIn(db);
    const closedCase = await openCase(db, h.householdId, 'vroegsignaalzaak', 20, true);
    const old = await insertSignal(db, { householdId: h.householdId, daysAgo: 20 });
    await db.execute(sql`UPDATE signals SET case_id = ${closedCase}, status = 'Opgepakt' WHERE id = ${old}`);
    const fresh = await insertSignal(db, { householdId: h.householdId });
    await run(fresh);
    const s = await signalState(db, fresh);
    assert.equal(s.status, STATUS.waiting);
    assert.notEqual(s.case_id, closedCase, 'a closed case is not joined');

    const h2 = await householdIn(db);
    const longAgoCase = await openCase(db, h2.householdId, 'vroegsignaalzaak', 95);
    const older = await insertSignal(db, { householdId: h2.householdId, daysAgo: 95 });
    await db.execute(sql`UPDATE signals SET case_id = ${longAgoCase} WHERE id = ${older}`);
    const now = await insertSignal(db, { householdId: h2.householdId });
    await run(now);
    const s2 = await signalState(db, now);
    assert.equal(s2.status, STATUS.waiting, '95 days later is not a repeat');
    assert.notEqual(s2.case_id, longAgoCase, 'and the old case is outside the bundling window');
    assert.equal((await casesOf(db, h2.householdId)).length, 2);
  });

  test('bundling window edges: a case opened 90 days before joins, 91 days before does not', async () => {
    const inside = await householdIn(db);
    const insideCase = await openCase(db, inside.householdId, 'vroegsignaalzaak', 90);
    const a = await insertSignal(db, { householdId: inside.householdId });
    const outside = await householdIn(db);
    const outsideCase = await openCase(db, outside.householdId, 'vroegsignaalzaak', 91);
    const b = await insertSignal(db, { householdId: outside.householdId });
    const otherKind = await householdIn(db);
    const intake = await openCase(db, otherKind.householdId, 'intake', 5);
    const c = await insertSignal(db, { householdId: otherKind.householdId });
    await run(a, b, c);
    assert.equal((await signalState(db, a)).case_id, insideCase);
    const sb = await signalState(db, b);
    assert.ok(sb.case_id);
    assert.notEqual(sb.case_id, outsideCase);
    const sc = await signalState(db, c);
    assert.notEqual(sc.case_id, intake, 'a vroegsignaal does not join an intake');
    const kinds = (await casesOf(db, otherKind.householdId)).map((k) => k.kind).sort();
    assert.deepEqual(kinds, ['intake', 'vroegsignaalzaak']);
  });

  test('one case per household and kind per batch; the case gets the team of its first signal', async () => {
    await replaceRules(db, [
      { priority: 10, category: 'huurachterstand', teamId: team.zuid },
      { priority: 100, teamId: team.schuldhulp },
    ]);
    const h = await householdIn(db);
    const ids = [
      await insertSignal(db, {
        householdId: h.householdId,
        partnerType: 'Huur',
        category: 'huurachterstand',
        daysAgo: 3,
      }),
      await insertSignal(db, { householdId: h.householdId, partnerType: 'Energie', daysAgo: 2 }),
      await insertSignal(db, { householdId: h.householdId, partnerType: 'Water', daysAgo: 1 }),
      await insertSignal(db, {
        householdId: h.householdId,
        kind: 'zorgsignaal',
        source: 'formulier',
        category: 'eenzaamheid',
        partnerType: null,
        amountEuros: null,
      }),
    ];
    await run(...ids);
    const cases = await casesOf(db, h.householdId);
    assert.deepEqual(cases.map((c) => c.kind).sort(), ['intake', 'vroegsignaalzaak']);
    const debt = cases.find((c) => c.kind === 'vroegsignaalzaak')!;
    assert.equal(debt.team_id, team.zuid, 'the huurachterstand came first');
    assert.equal(debt.opened_on, '2026-11-20');
    for (const c of cases) {
      // RFC 4122 (version 4, variant 10xx): the API's uuid parameters refuse anything else.
      assert.match(c.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    const states = await Promise.all(ids.map((id) => signalState(db, id)));
    assert.deepEqual(
      states.slice(0, 3).map((s) => s.case_id),
      [debt.id, debt.id, debt.id],
    );
    assert.deepEqual(
      states.map((s) => s.team_id),
      [team.zuid, team.schuldhulp, team.schuldhulp, team.schuldhulp],
      'each signal keeps its own team',
    );
    await run(...ids);
    assert.equal((await casesOf(db, h.householdId)).length, 2, 'running again adds nothing');
  });

  test('routing: priority first, then specificity (buurt over wijk), urgency and crisis-only, fallback', async () => {
    const [byBuurt, byWijk, crisisOnly, urgent, fallback] = await replaceRules(db, [
      { priority: 20, areaCode: 'WK990101', teamId: team.noord },
      { priority: 20, areaCode: 'BU99010102', teamId: team.zuid },
      { priority: 5, crisisOnly: true, teamId: team.schuldhulp },
      { priority: 10, urgency: 'hoog', category: 'overlast', teamId: team.zuid },
      { priority: 100, teamId: team.loket },
    ]).then(([wijk, buurt, crisis, hoog, vangnet]) => [buurt, wijk, crisis, hoog, vangnet]);
    const inBuurt = await insertSignal(db, {
      householdId: (await householdIn(db, 'BU99010102')).householdId,
    });
    const inWijk = await insertSignal(db, { householdId: (await householdIn(db, 'BU99010101')).householdId });
    const elsewhere = await insertSignal(db, {
      householdId: (await householdIn(db, 'BU99010501')).householdId,
    });
    const crisis = await insertSignal(db, {
      householdId: (await householdIn(db, 'BU99010102')).householdId,
      category: 'einde-levering-energie',
    });
    const zorg = {
      kind: 'zorgsignaal' as const,
      source: 'formulier' as const,
      category: 'overlast',
      partnerType: null,
    };
    const urgentZorg = await insertSignal(db, {
      ...zorg,
      urgency: 'hoog',
      householdId: (await householdIn(db, 'BU99010501')).householdId,
    });
    const normalZorg = await insertSignal(db, {
      ...zorg,
      householdId: (await householdIn(db, 'BU99010501')).householdId,
    });
    await run(inBuurt, inWijk, elsewhere, crisis, urgentZorg, normalZorg);
    const route = async (id: string) => {
      const s = await signalState(db, id);
      return [s.team_id, s.routing_rule_id];
    };
    assert.deepEqual(
      await route(inBuurt),
      [team.zuid, byBuurt],
      'same priority: the buurt rule is more specific',
    );
    assert.deepEqual(await route(inWijk), [team.noord, byWijk]);
    assert.deepEqual(await route(elsewhere), [team.loket, fallback]);
    assert.deepEqual(await route(crisis), [team.schuldhulp, crisisOnly], 'a crisis category is a crisis');
    assert.deepEqual(await route(urgentZorg), [team.zuid, urgent]);
    assert.deepEqual(await route(normalZorg), [team.loket, fallback]);
  });

  test('routing: priority beats specificity; an inactive rule is ignored; no rule leaves the team empty', async () => {
    await replaceRules(db, [
      { priority: 1, teamId: team.loket },
      { priority: 2, areaCode: 'BU99010101', category: 'betalingsachterstand', teamId: team.noord },
    ]);
    const a = await insertSignal(db, { householdId: (await householdIn(db, 'BU99010101')).householdId });
    await run(a);
    assert.equal((await signalState(db, a)).team_id, team.loket);

    await replaceRules(db, [
      { priority: 1, teamId: team.loket, active: false },
      { priority: 2, areaCode: 'WK990102', teamId: team.noord },
    ]);
    const b = await insertSignal(db, { householdId: (await householdIn(db, 'BU99010101')).householdId });
    await run(b);
    const sb = await signalState(db, b);
    assert.equal(sb.team_id, null, 'niet gerouteerd');
    assert.equal(sb.routing_rule_id, null);
    const [caseRow] = await casesOf(
      db,
      (await db.execute<{ household_id: string }>(sql`SELECT household_id FROM signals WHERE id = ${b}`))
        .rows[0]!.household_id,
    );
    assert.equal(caseRow!.team_id, null);
  });

  test('unmatched signals are routed by postcode and huisnummer, else by postcode; kept for the unmatched term', async () => {
    await replaceRules(db, [
      { priority: 10, areaCode: 'WK990104', teamId: team.zuid },
      { priority: 100, teamId: team.loket },
    ]);
    const home = await householdIn(db, 'BU99010401');
    const exact = await insertSignal(db, {
      bsn: null,
      postcode: home.postcode.replace(/^(\d{4})/, '$1 ').toLowerCase(),
      huisnummer: home.huisnummer,
      status: STATUS.notResident,
    });
    const samePostcode = await insertSignal(db, { bsn: null, postcode: home.postcode, huisnummer: 999 });
    const unknown = await insertSignal(db, { bsn: null, postcode: '0000ZZ', huisnummer: 1 });
    const bsnOnly = await insertSignal(db, { bsn: '999990019' });
    await run(exact, samePostcode, unknown, bsnOnly);
    const e = await signalState(db, exact);
    assert.equal(e.team_id, team.zuid);
    assert.equal(e.status, STATUS.notResident);
    assert.equal(e.case_id, null, 'no household, no case');
    assert.equal(e.retention_until, '2027-05-23', 'unmatched: 6 months');
    assert.equal((await signalState(db, samePostcode)).team_id, team.zuid);
    assert.equal((await signalState(db, unknown)).team_id, team.loket);
    assert.equal((await signalState(db, bsnOnly)).team_id, team.loket);
  });

  test('a deceased resident gets no case; a signal waiting for review is left alone', async () => {
    const h = await householdIn(db);
    const deceased = await insertSignal(db, { householdId: h.householdId, status: STATUS.deceased });
    const review = await insertSignal(db, {
      matchStatus: 'te_beoordelen',
      bsn: null,
      postcode: h.postcode,
      huisnummer: 7,
    });
    await run(deceased, review);
    const d = await signalState(db, deceased);
    assert.equal(d.case_id, null);
    assert.equal(d.retention_until, '2027-05-23');
    const r = await signalState(db, review);
    assert.equal(r.team_id, null);
    assert.equal(r.deadline, null);
  });

  test('settings change the terms and the window', async () => {
    await setSettings(db, { offerTermWorkingDays: 5, crisisTermWorkingDays: 1, bundlingWindowDays: 10 });
    const h = await householdIn(db);
    await openCase(db, h.householdId, 'vroegsignaalzaak', 11);
    const a = await insertSignal(db, { householdId: h.householdId });
    const b = await insertSignal(db, { householdId: (await householdIn(db)).householdId, crisis: true });
    await run(a, b);
    assert.equal((await signalState(db, a)).deadline, '2026-11-30');
    assert.equal((await signalState(db, b)).deadline, '2026-11-24');
    assert.equal((await casesOf(db, h.householdId)).length, 2, '11 days is outside a 10-day window');
    assert.equal(DEFAULT_SIGNAL_SETTINGS.bundlingWindowDays, 90);
  });
});
