import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { desc, eq, sql } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { auditLog, caseSettings } from '../../db/schema/index.ts';
import { DEFAULT_CASE_SETTINGS } from '../deadlines/case-settings.ts';
import { insertSignal, teamId, teamUser } from '../signals/intake/intake-test-support.ts';
import type { Board, BoardItem } from './board.service.ts';
import {
  clearCaseData,
  householdsInWijken,
  insertCase,
  insertDeadline,
  insertPlanVersion,
  insertProvision,
  insertRegisseur,
  insertTeamMember,
  insertTransition,
  setBirthDate,
  userId,
} from './board-test-support.ts';

// The clock is pinned at 2026-11-23 (a Monday). With the default settings: at risk = due by 2026-11-30
// (5 working days), not evaluated = since before 2026-05-23, turning 18 = born 2008-11-24 … 2009-11-23.
const NOORD_WIJKEN = ['WK990101', 'WK990102', 'WK990103'];
const ZUID_WIJKEN = ['WK990104', 'WK990105', 'WK990106'];

describe('signals board', () => {
  let t: TestApp;
  let teamleider: Browser;
  let zuidRegisseur: Browser;
  let noord: string;
  let zuid: string;
  let regisseurId: string;
  const ids: Record<string, string> = {};

  const board = async (b: Browser, query = '') => {
    const res = await b.fetch(`/api/v1/board${query}`);
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()) as Board;
  };
  const itemsOf = (data: Board, kind: string) => data.items.filter((i) => i.kind === kind);
  const has = (items: BoardItem[], pred: (i: BoardItem) => boolean) => items.some(pred);

  before(async () => {
    t = await createTestApp();
    await clearCaseData(t);
    noord = await teamId(t, 'Wijkteam Noord');
    zuid = await teamId(t, 'Wijkteam Zuid');
    regisseurId = await userId(t, 'regisseur');
    const wijkteamId = await userId(t, 'wijkteam');
    await teamUser(t, 'zuidregisseur', 'Wijkteam Zuid', ['regisseur', 'wijkteam_professional']);
    const h = await householdsInWijken(t, NOORD_WIJKEN, 18);
    const z = await householdsInWijken(t, ZUID_WIJKEN, 3);
    const hh = (i: number) => h[i]!.householdId;

    // signaal_niet_opgepakt: late (shown); due today and already picked up (not shown); another team's (not).
    ids.lateSignal = await insertSignal(t, {
      teamId: noord,
      householdId: hh(0),
      personId: h[0]!.personId,
      deadline: '2026-11-20',
    });
    ids.dueToday = await insertSignal(t, { teamId: noord, householdId: hh(0), deadline: '2026-11-23' });
    ids.pickedUp = await insertSignal(t, {
      teamId: noord,
      householdId: hh(0),
      deadline: '2026-11-02',
      status: 'Opgepakt',
    });
    ids.zuidSignal = await insertSignal(t, {
      teamId: zuid,
      householdId: z[0]!.householdId,
      deadline: '2026-11-02',
    });

    // geen_regisseur: none (shown), an offer only (shown, with the offer), an active one (not), Zuid's (not).
    ids.noRegisseur = await insertCase(t, { householdId: hh(1), teamId: noord, openedOn: '2026-11-02' });
    ids.offered = await insertCase(t, { householdId: hh(2), teamId: noord });
    await insertRegisseur(t, ids.offered, wijkteamId, 'aangeboden', '2026-11-16T10:00:00Z');
    ids.withRegisseur = await insertCase(t, { householdId: hh(3), teamId: noord, phase: 'plan' });
    await insertRegisseur(t, ids.withRegisseur, regisseurId);
    ids.zuidCase = await insertCase(t, { householdId: z[1]!.householdId, teamId: zuid });
    // Only the case team sees a case (access rule 1): the Zuid regisseur works on Zuid's case as a member.
    await insertTeamMember(t, ids.zuidCase, await userId(t, 'zuidregisseur'));
    ids.closedNoRegisseur = await insertCase(t, { householdId: hh(15), teamId: noord, phase: 'afgesloten' });

    // termijn_risico / termijn_verlopen on the case with a regisseur.
    ids.risk = await insertDeadline(t, ids.withRegisseur, { dueOn: '2026-11-30' });
    ids.notYet = await insertDeadline(t, ids.withRegisseur, { dueOn: '2026-12-01' });
    ids.overdue = await insertDeadline(t, ids.withRegisseur, {
      kind: 'wgs_eerste_gesprek',
      dueOn: '2026-11-20',
    });
    ids.met = await insertDeadline(t, ids.withRegisseur, { dueOn: '2026-11-10', metOn: '2026-11-09' });
    ids.suspended = await insertDeadline(t, ids.withRegisseur, {
      dueOn: '2026-11-10',
      suspensions: [{ from: '2026-11-05', to: null, reason: 'Wachten op stukken' }],
    });
    ids.zuidOverdue = await insertDeadline(t, ids.zuidCase, { dueOn: '2026-11-02' });

    // geen_gedeeld_plan: Wmo + Jeugdwet without an open case, the household known to Noord by a closed case
    // (shown to the leader: rule 1 gives her the closed case, rule 2 then the provisions outside a case); the same
    // without any case (not: provisions outside a case need full access, rule 2); with a plan (not); Wmo + overig
    // (not); Jeugdwet ended (not); Zuid's households (not: outside Noord's cases).
    ids.twoLaws = hh(4);
    await insertProvision(t, { householdId: hh(4), law: 'wmo' });
    await insertProvision(t, { householdId: hh(4), law: 'jeugdwet' });
    await insertProvision(t, { householdId: hh(4), law: 'wmo', product: 'tweede-wmo' });
    await insertCase(t, { householdId: hh(4), teamId: noord, phase: 'afgesloten' });
    ids.twoLawsNoCase = hh(16);
    await insertProvision(t, { householdId: hh(16), law: 'wmo' });
    await insertProvision(t, { householdId: hh(16), law: 'jeugdwet' });
    ids.withPlan = hh(5);
    await insertProvision(t, { householdId: hh(5), law: 'wmo' });
    await insertProvision(t, { householdId: hh(5), law: 'participatiewet' });
    const planCase = await insertCase(t, { householdId: hh(5), teamId: noord, phase: 'plan' });
    await insertRegisseur(t, planCase, regisseurId);
    await insertPlanVersion(t, planCase, 1);
    ids.overig = hh(6);
    await insertProvision(t, { householdId: hh(6), law: 'wmo' });
    await insertProvision(t, { householdId: hh(6), law: 'overig' });
    ids.ended = hh(7);
    await insertProvision(t, { householdId: hh(7), law: 'wmo' });
    await insertProvision(t, { householdId: hh(7), law: 'jeugdwet', endDate: '2026-10-31' });
    // Zuid: two laws on the household of Zuid's open case without a plan; and on one without any case.
    ids.zuidTwoLaws = z[1]!.householdId;
    await insertProvision(t, { householdId: z[1]!.householdId, law: 'wmo' });
    await insertProvision(t, { householdId: z[1]!.householdId, law: 'wgs' });
    ids.zuidTwoLawsNoCase = z[2]!.householdId;
    await insertProvision(t, { householdId: z[2]!.householdId, law: 'wmo' });
    await insertProvision(t, { householdId: z[2]!.householdId, law: 'wgs' });

    // overgang_18: turning 18 in March 2027 without an open case, the household known to Noord by a closed case
    // (shown to the leader, as above); the same without any case (not: rule 2); with a transition goal in the
    // latest plan (not); with the goal only in an older version (shown); already 18 (not); 18 after the window (not).
    const young = async (i: number, born: string) => {
      await setBirthDate(t, h[i]!.personId, born);
      await insertProvision(t, { householdId: hh(i), law: 'jeugdwet', personId: h[i]!.personId });
      return h[i]!.personId;
    };
    ids.young = await young(8, '2009-03-10');
    await insertCase(t, { householdId: hh(8), teamId: noord, phase: 'afgesloten' });
    ids.youngNoCase = await young(17, '2009-03-20');
    ids.youngNoCaseHousehold = hh(17);
    ids.youngWithGoal = await young(9, '2009-04-01');
    const goalCase = await insertCase(t, { householdId: hh(9), teamId: noord, phase: 'plan' });
    await insertRegisseur(t, goalCase, regisseurId);
    await insertPlanVersion(t, goalCase, 1, [{ transition18: true, personId: ids.youngWithGoal }]);
    ids.youngGoalDropped = await young(10, '2009-05-01');
    const droppedCase = await insertCase(t, { householdId: hh(10), teamId: noord, phase: 'plan' });
    await insertRegisseur(t, droppedCase, regisseurId);
    await insertPlanVersion(t, droppedCase, 1, [{ transition18: true, personId: null }]);
    await insertPlanVersion(t, droppedCase, 2, [{ transition18: false }]);
    ids.adult = await young(11, '2008-11-23');
    ids.tooYoung = await young(12, '2009-11-24');

    // niet_geevalueerd: last evaluated in April (shown); in uitvoering since October (not); in uitvoering since
    // March without an evaluation (shown).
    ids.evaluatedLongAgo = await insertCase(t, {
      householdId: hh(13),
      teamId: noord,
      phase: 'uitvoering',
      lastEvaluatedOn: '2026-04-01',
    });
    await insertRegisseur(t, ids.evaluatedLongAgo, regisseurId);
    ids.recentUitvoering = await insertCase(t, { householdId: hh(14), teamId: noord, phase: 'uitvoering' });
    await insertRegisseur(t, ids.recentUitvoering, regisseurId);
    await insertTransition(t, ids.recentUitvoering, 'plan', 'uitvoering', '2026-10-01T10:00:00Z');
    ids.oldUitvoering = planCase;
    await t.database.db.execute(sql`UPDATE cases SET phase = 'uitvoering' WHERE id = ${planCase}`);
    await insertTransition(t, planCase, 'plan', 'uitvoering', '2026-03-01T10:00:00Z');

    teamleider = await signedIn(t, 'teamleider');
    zuidRegisseur = await signedIn(t, 'zuidregisseur');
  });
  after(() => t.close());

  test('signaal_niet_opgepakt: a signal past its deadline that nobody picked up', async () => {
    const items = itemsOf(await board(teamleider), 'signaal_niet_opgepakt');
    const late = items.find((i) => i.signalId === ids.lateSignal);
    assert.ok(late, 'the late signal is on the board');
    assert.equal(late.dueOn, '2026-11-20');
    assert.ok(late.householdId);
    assert.ok(late.addressLine?.includes('Regiedam'));
    assert.match(late.todo, /Pak het signaal vandaag op/);
    for (const id of [ids.dueToday, ids.pickedUp, ids.zuidSignal]) {
      assert.ok(!has(items, (i) => i.signalId === id), `signal ${id} is not on the board`);
    }
  });

  test('geen_regisseur: open cases without an active regisseur; a pending offer is named', async () => {
    const items = itemsOf(await board(teamleider), 'geen_regisseur');
    const none = items.find((i) => i.caseId === ids.noRegisseur);
    assert.ok(none);
    assert.match(none.todo, /Wijs een regisseur aan/);
    const offered = items.find((i) => i.caseId === ids.offered);
    assert.ok(offered);
    assert.match(offered.todo, /Wout Wijkteam is gevraagd om regisseur te worden \(op 16-11-2026\)/);
    assert.ok(!has(items, (i) => i.caseId === ids.withRegisseur));
    assert.ok(!has(items, (i) => i.caseId === ids.zuidCase), "another team's case is not shown");
    assert.ok(!has(items, (i) => i.caseId === ids.closedNoRegisseur), 'a closed case is not shown');
  });

  test('termijn_risico and termijn_verlopen: open deadlines within the margin or past, not met or suspended', async () => {
    const data = await board(teamleider);
    const risk = itemsOf(data, 'termijn_risico');
    const overdue = itemsOf(data, 'termijn_verlopen');
    assert.deepEqual(
      risk.map((i) => [i.caseId, i.dueOn]),
      [[ids.withRegisseur, '2026-11-30']],
    );
    assert.deepEqual(
      overdue.map((i) => [i.caseId, i.dueOn]),
      [[ids.withRegisseur, '2026-11-20']],
    );
    assert.equal(overdue[0]!.title, "Termijn 'Eerste gesprek schuldhulp' is verlopen");
  });

  test('the risk margin comes from the case settings of the municipality', async () => {
    await t.database.db.insert(caseSettings).values({
      municipalityCode: 'GM9901',
      settings: {
        ...DEFAULT_CASE_SETTINGS,
        board: { ...DEFAULT_CASE_SETTINGS.board, riskMarginWorkingDays: 6 },
      },
    });
    try {
      const risk = itemsOf(await board(teamleider), 'termijn_risico');
      assert.deepEqual(risk.map((i) => i.dueOn).sort(), ['2026-11-30', '2026-12-01']);
    } finally {
      await t.database.db.delete(caseSettings).where(eq(caseSettings.municipalityCode, 'GM9901'));
    }
  });

  test('geen_gedeeld_plan: provisions under two or more laws and no open case with a plan', async () => {
    const items = itemsOf(await board(teamleider), 'geen_gedeeld_plan');
    assert.deepEqual(
      items.map((i) => i.householdId),
      [ids.twoLaws],
      'not the household without any case, nor those with a plan, overig, ended care or of Zuid',
    );
    const [item] = items;
    assert.equal(item!.caseId, null);
    assert.match(item!.title, /Hulp via Wmo en Jeugdwet, maar geen gedeeld plan/);
    assert.match(item!.todo, /Start een casus/);
  });

  test('overgang_18: Jeugdwet care, 18 within the window, no transition goal in the latest plan', async () => {
    const items = itemsOf(await board(teamleider), 'overgang_18');
    const byDue = items.map((i) => i.dueOn);
    // Not 2027-03-20: that household has no case, so nobody has full access to its provisions (rule 2).
    assert.deepEqual(byDue, ['2027-03-10', '2027-05-01']);
    assert.ok(!has(items, (i) => i.householdId === ids.youngNoCaseHousehold));
    assert.match(items[0]!.title, /wordt 18 op 10-3-2027/);
    assert.equal(items[0]!.caseId, null);
    assert.match(items[1]!.todo, /Zet in het plan een doel voor de overgang naar 18 jaar/);
    assert.ok(items[1]!.caseId, 'the case with the dropped goal is linked');
  });

  test('niet_geevalueerd: in uitvoering, last evaluated (or started) longer ago than the interval', async () => {
    const items = itemsOf(await board(teamleider), 'niet_geevalueerd');
    assert.deepEqual(
      items.map((i) => [i.caseId, i.dueOn]),
      [
        [ids.oldUitvoering, '2026-09-01'],
        [ids.evaluatedLongAgo, '2026-10-01'],
      ],
    );
    assert.match(items[1]!.title, /niet geëvalueerd sinds 1-4-2026/);
  });

  test("another team's regisseur sees that team's items, not Noord's", async () => {
    const data = await board(zuidRegisseur);
    assert.ok(has(itemsOf(data, 'geen_regisseur'), (i) => i.caseId === ids.zuidCase));
    assert.ok(has(itemsOf(data, 'signaal_niet_opgepakt'), (i) => i.signalId === ids.zuidSignal));
    assert.ok(has(itemsOf(data, 'termijn_verlopen'), (i) => i.caseId === ids.zuidCase));
    assert.ok(has(itemsOf(data, 'geen_gedeeld_plan'), (i) => i.householdId === ids.zuidTwoLaws));
    assert.ok(
      !has(itemsOf(data, 'geen_gedeeld_plan'), (i) => i.householdId === ids.zuidTwoLawsNoCase),
      'provisions outside a case need full access to the household (rule 2)',
    );
    assert.ok(!data.items.some((i) => i.caseId === ids.noRegisseur || i.signalId === ids.lateSignal));
    assert.equal(data.counts.overgang_18, 0);
  });

  test('a kind filter returns only that kind, with exact counts for every kind', async () => {
    const all = await board(teamleider);
    const one = await board(teamleider, '?kind=geen_regisseur');
    assert.ok(one.items.length > 0 && one.items.every((i) => i.kind === 'geen_regisseur'));
    assert.deepEqual(one.counts, all.counts);
    assert.equal(all.counts.geen_regisseur, 2);
    assert.equal(all.counts.overgang_18, 2);
    const limited = await board(teamleider, '?limit=1');
    assert.equal(itemsOf(limited, 'overgang_18').length, 1);
    assert.equal(limited.counts.overgang_18, 2);
  });

  test('a team filter must be one of my teams', async () => {
    const own = await board(teamleider, `?team=${noord}`);
    assert.ok(own.counts.geen_regisseur > 0);
    const other = await teamleider.fetch(`/api/v1/board?team=${zuid}`);
    assert.equal(other.status, 403);
  });

  test('roles without case work get 403; the read is audited with the households shown', async () => {
    for (const username of ['partner', 'beleid', 'beheerder', 'intake']) {
      const b = await signedIn(t, username);
      assert.equal((await b.fetch('/api/v1/board')).status, 403, username);
    }
    const data = await board(teamleider);
    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'household.read'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    assert.equal((row!.details as { via: string }).via, 'board');
    const shown = new Set(data.items.flatMap((i) => (i.householdId ? [i.householdId] : [])));
    assert.deepEqual(new Set(row!.resourceIds), shown);
  });
});
