import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { auditLog, caseDeadlines } from '../../db/schema/index.ts';
import { actorOf, joinCaseTeam, userIdOf } from '../cases/cases-test-support.ts';
import { overdueDeadlineCounts } from './deadline-counts.ts';
import type { DeadlineView } from './deadlines.schemas.ts';

type Problem = { detail: string; errors?: { path: string; message: string }[] };

/**
 * Open cases of Wijkteam Noord on households that have none yet, made directly so this suite tests deadlines only,
 * each with the demo user `regisseur` as its active regisseur: only the case team and the team leader see a case
 * (access rule 1), and the regisseur sees the deadlines of every law in it (rule 6).
 */
async function openCases(t: TestApp, n: number): Promise<string[]> {
  const { rows } = await t.database.db.execute<{ id: string }>(sql`
    WITH team AS (SELECT id FROM teams WHERE name = 'Wijkteam Noord'),
    picked AS (
      SELECT h.id, h.municipality_code FROM households h
      JOIN addresses a ON a.id = h.address_id
      JOIN team_areas ta ON ta.area_code = a.wijk_code OR ta.area_code = a.buurt_code
      WHERE ta.team_id = (SELECT id FROM team) AND h.ended_on IS NULL
        AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.household_id = h.id AND c.phase <> 'afgesloten')
      GROUP BY h.id, h.municipality_code ORDER BY h.id LIMIT ${n}),
    made AS (INSERT INTO cases (municipality_code, household_id, team_id, phase, lifecycle_version, opened_on)
      SELECT municipality_code, id, (SELECT id FROM team), 'aanmelding', 1, '2026-11-02' FROM picked
      RETURNING id)
    INSERT INTO case_regisseurs (case_id, user_id, status)
    SELECT made.id, u.id, 'actief' FROM made, users u WHERE u.username = 'regisseur'
    RETURNING case_id AS id`);
  assert.equal(rows.length, n, 'enough households for the test cases');
  return rows.map((r) => r.id);
}

describe('case deadlines through the API', () => {
  let t: TestApp;
  let regisseur: Browser;
  let caseIds: string[];

  const url = (caseId: string, rest = '') => `/api/v1/cases/${caseId}/deadlines${rest}`;
  const post = (b: Browser, path: string, json: unknown) => b.fetch(path, { method: 'POST', json });
  const create = async (caseId: string, body: Record<string, unknown>): Promise<DeadlineView> => {
    const res = await post(regisseur, url(caseId), body);
    assert.equal(res.status, 201, await res.clone().text());
    return (await res.json()) as DeadlineView;
  };
  const auditActions = async (deadlineId: string) =>
    (
      await t.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(sql`${auditLog.resourceIds} @> ${JSON.stringify([deadlineId])}::jsonb`)
        .orderBy(auditLog.id)
    ).map((r) => r.action);

  before(async () => {
    t = await createTestApp({ households: 60 });
    caseIds = await openCases(t, 4);
    regisseur = await signedIn(t, 'regisseur');
  });
  after(() => t.close());

  test('creates a Wgs first-conversation term with the law as basis, and audits create and read', async () => {
    // The clock is Monday 23 November 2026; 4 weeks later is Monday 21 December.
    const created = await create(caseIds[0]!, { kind: 'wgs_eerste_gesprek', startedOn: '2026-11-23' });
    assert.equal(created.dueOn, '2026-12-21');
    assert.equal(created.status, 'lopend');
    assert.equal(created.label, 'Eerste gesprek schuldhulp');
    assert.deepEqual(
      { rule: created.basis.rule, amount: created.basis.amount, unit: created.basis.unit },
      { rule: 'Wgs art. 4 lid 1', amount: 4, unit: 'weken' },
    );
    assert.match(created.basis.explanation, /Uiterlijke datum: 21-12-2026/);

    // A threatening situation: 3 working days → Thursday 26 November, already within the risk margin.
    const urgent = await create(caseIds[0]!, {
      kind: 'wgs_eerste_gesprek',
      startedOn: '2026-11-23',
      threatening: true,
    });
    assert.equal(urgent.dueOn, '2026-11-26');
    assert.equal(urgent.status, 'risico');
    assert.equal(urgent.basis.rule, 'Wgs art. 4 lid 2');
    assert.match(urgent.label, /dreigende situatie/);

    const list = (await (await regisseur.fetch(url(caseIds[0]!))).json()) as DeadlineView[];
    assert.deepEqual(
      list.map((d) => d.id),
      [urgent.id, created.id],
      'earliest due first',
    );
    assert.deepEqual(await auditActions(created.id), ['deadline.create', 'deadline.read']);
  });

  test('the OpenAPI document describes the deadline and settings routes', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    for (const path of [
      '/api/v1/cases/{caseId}/deadlines',
      '/api/v1/cases/{caseId}/deadlines/{deadlineId}/suspensions',
      '/api/v1/cases/{caseId}/deadlines/{deadlineId}/suspensions/end',
      '/api/v1/cases/{caseId}/deadlines/{deadlineId}/extension',
      '/api/v1/cases/{caseId}/deadlines/{deadlineId}/met',
      '/api/v1/case-settings/{gemeentecode}',
    ]) {
      assert.ok(doc.paths[path], `missing ${path}`);
    }
  });

  test('refuses bad input with Dutch messages naming the field', async () => {
    const threatening = await post(regisseur, url(caseIds[0]!), {
      kind: 'wmo_onderzoek',
      startedOn: '2026-11-23',
      threatening: true,
    });
    assert.equal(threatening.status, 400);
    const body = (await threatening.json()) as Problem;
    assert.equal(body.errors?.[0]?.path, 'threatening');
    assert.match(body.detail, /alleen voor het eerste gesprek schuldhulp/);

    const future = await post(regisseur, url(caseIds[0]!), {
      kind: 'wmo_onderzoek',
      startedOn: '2026-12-01',
    });
    assert.equal(future.status, 400);
    assert.match(((await future.json()) as Problem).detail, /toekomst/);

    const kind = await post(regisseur, url(caseIds[0]!), { kind: 'bestaat_niet', startedOn: '2026-11-23' });
    assert.equal(kind.status, 400);
    assert.match(JSON.stringify(await kind.json()), /Kies een soort termijn/);
  });

  test('suspension and extension move the due date and keep the basis', async () => {
    // Monday 2 November + 6 weeks = Monday 14 December 2026.
    const d = await create(caseIds[1]!, { kind: 'wmo_onderzoek', startedOn: '2026-11-02' });
    assert.equal(d.dueOn, '2026-12-14');
    const path = url(caseIds[1]!, `/${d.id}`);

    // Suspended since 10 November, still open on 23 November: 13 days so far → Sunday 27 December → Monday 28.
    const suspended = (await (
      await post(regisseur, `${path}/suspensions`, {
        from: '2026-11-10',
        reason: 'Wachten op medisch advies',
      })
    ).json()) as DeadlineView;
    assert.equal(suspended.status, 'opgeschort');
    assert.equal(suspended.dueOn, '2026-12-28');
    assert.deepEqual(suspended.suspensions, [
      { from: '2026-11-10', to: null, reason: 'Wachten op medisch advies' },
    ]);

    const twice = await post(regisseur, `${path}/suspensions`, { from: '2026-11-20', reason: 'x' });
    assert.equal(twice.status, 409);

    // The suspension ends on 20 November: 10 days → Thursday 24 December 2026.
    const ended = await post(regisseur, `${path}/suspensions/end`, { to: '2026-11-20' });
    assert.equal(ended.status, 200);
    const running = (await ended.json()) as DeadlineView;
    assert.equal(running.dueOn, '2026-12-24');
    assert.equal(running.status, 'lopend');
    assert.deepEqual(
      { rule: running.basis.rule, amount: running.basis.amount, unit: running.basis.unit },
      { rule: 'Wmo 2015 art. 2.3.2 lid 1', amount: 6, unit: 'weken' },
    );
    assert.match(running.basis.explanation, /van 10-11-2026 tot 20-11-2026/);

    // Extension by 2 weeks: Thursday 7 January 2027; only once.
    const extended = (await (
      await post(regisseur, `${path}/extension`, {
        amount: 2,
        unit: 'weken',
        reason: 'Advies nog niet binnen',
      })
    ).json()) as DeadlineView;
    assert.equal(extended.dueOn, '2027-01-07');
    assert.equal(extended.basis.amount, 6);
    assert.deepEqual(extended.extension, { amount: 2, unit: 'weken', reason: 'Advies nog niet binnen' });
    const again = await post(regisseur, `${path}/extension`, { amount: 1, unit: 'weken', reason: 'x' });
    assert.equal(again.status, 409);
    assert.match(((await again.json()) as Problem).detail, /maar één keer/);

    const [stored] = await t.database.db.select().from(caseDeadlines).where(eq(caseDeadlines.id, d.id));
    assert.equal(stored?.dueOn, '2027-01-07', 'the stored due date follows, for the board and caseload');

    const met = (await (await post(regisseur, `${path}/met`, { on: '2026-11-23' })).json()) as DeadlineView;
    assert.equal(met.status, 'gehaald');
    assert.equal(met.metOn, '2026-11-23');
    const afterMet = await post(regisseur, `${path}/suspensions`, { from: '2026-11-23', reason: 'x' });
    assert.equal(afterMet.status, 409);

    assert.deepEqual(await auditActions(d.id), [
      'deadline.create',
      'deadline.suspend',
      'deadline.resume',
      'deadline.extend',
      'deadline.met',
    ]);
  });

  test('a suspension cannot start before the term or end before it starts', async () => {
    const d = await create(caseIds[1]!, { kind: 'wmo_beschikking', startedOn: '2026-11-16' });
    const path = url(caseIds[1]!, `/${d.id}/suspensions`);
    const early = await post(regisseur, path, { from: '2026-11-10', reason: 'x' });
    assert.equal(early.status, 400);
    assert.equal(((await early.json()) as Problem).errors?.[0]?.path, 'from');
    const backwards = await post(regisseur, path, { from: '2026-11-18', to: '2026-11-17', reason: 'x' });
    assert.equal(backwards.status, 400);
    assert.equal(((await backwards.json()) as Problem).errors?.[0]?.path, 'to');
    const noReason = await post(regisseur, path, { from: '2026-11-18', reason: ' ' });
    assert.equal(noReason.status, 400);
    assert.match(JSON.stringify(await noReason.json()), /Vul de reden in/);
  });

  test('an overdue term cannot be extended any more (Awb 4:14: within the term)', async () => {
    // 2 weeks from 2 November = 16 November: passed on 23 November.
    const d = await create(caseIds[2]!, { kind: 'wmo_beschikking', startedOn: '2026-11-02' });
    assert.equal(d.status, 'verlopen');
    const res = await post(regisseur, url(caseIds[2]!, `/${d.id}/extension`), {
      amount: 1,
      unit: 'weken',
      reason: 'x',
    });
    assert.equal(res.status, 409);
  });

  test('a closed case refuses changes but still shows its deadlines', async () => {
    const d = await create(caseIds[3]!, { kind: 'awb_beslistermijn', startedOn: '2026-11-20' });
    await t.database.db.execute(
      sql`UPDATE cases SET phase = 'afgesloten', closed_on = '2026-11-23' WHERE id = ${caseIds[3]!}`,
    );
    // Access rule 1: a closed case is seen only by the leader of the owning team, no longer by its regisseur.
    assert.equal((await regisseur.fetch(url(caseIds[3]!))).status, 404);
    const teamleider = await signedIn(t, 'teamleider');
    const suspend = await post(teamleider, url(caseIds[3]!, `/${d.id}/suspensions`), {
      from: '2026-11-23',
      reason: 'x',
    });
    assert.equal(suspend.status, 409);
    assert.match(((await suspend.json()) as Problem).detail, /afgesloten/);
    const add = await post(teamleider, url(caseIds[3]!), { kind: 'wmo_onderzoek', startedOn: '2026-11-23' });
    assert.equal(add.status, 409);
    const list = await teamleider.fetch(url(caseIds[3]!));
    assert.equal(list.status, 200);
    assert.equal(((await list.json()) as DeadlineView[]).length, 1);
  });

  test('someone outside the case gets 404, someone without case work 403, and nothing changes', async () => {
    const d = await create(caseIds[0]!, { kind: 'wmo_onderzoek', startedOn: '2026-11-23' });
    const schuldhulp = await signedIn(t, 'schuldhulp'); // works on cases, but not on Wijkteam Noord's
    assert.equal((await schuldhulp.fetch(url(caseIds[0]!))).status, 404);
    const res = await post(schuldhulp, url(caseIds[0]!, `/${d.id}/met`), { on: '2026-11-23' });
    assert.equal(res.status, 404);
    // A plain member of the owning team, not in the case team, does not see it either (access rule 1).
    const wijkteam = await signedIn(t, 'wijkteam');
    assert.equal((await wijkteam.fetch(url(caseIds[0]!))).status, 404);
    assert.equal((await post(wijkteam, url(caseIds[0]!, `/${d.id}/met`), { on: '2026-11-23' })).status, 404);
    const intake = await signedIn(t, 'intake');
    assert.equal((await intake.fetch(url(caseIds[0]!))).status, 403);
    const [stored] = await t.database.db.select().from(caseDeadlines).where(eq(caseDeadlines.id, d.id));
    assert.equal(stored?.metOn, null);
    // A deadline id of another case is not found through this case.
    const wrong = await post(regisseur, url(caseIds[1]!, `/${d.id}/met`), { on: '2026-11-23' });
    assert.equal(wrong.status, 404);
  });

  test('overdue counts per case leave out met and suspended deadlines', async () => {
    const [a, b] = caseIds;
    // The regisseur of both cases sees every law in them (access rule 6).
    const viewer = { actor: await actorOf(t, 'regisseur'), now: new Date('2026-11-23T10:00:00Z') };
    const counts = await overdueDeadlineCounts(t.database.db, [a!, b!], '2026-11-23', viewer);
    // Case 0: nothing overdue. Case 1: the 2-week term from 16 November (due 30 November) is not overdue yet;
    // the met Wmo onderzoek does not count.
    assert.equal(counts.get(a!), undefined);
    assert.equal(counts.get(b!), undefined);
    const later = await overdueDeadlineCounts(t.database.db, [a!, b!], '2027-02-01', viewer);
    // Case 0: the three running terms (21 Dec, 26 Nov, 4 Jan); case 1: the Wmo beschikking (30 Nov).
    assert.equal(later.get(a!), 3);
    assert.equal(later.get(b!), 1);
    // Access rule 6: a case team member working under the Wgs counts the two Wgs terms, not the Wmo onderzoek.
    await joinCaseTeam(regisseur, a!, await userIdOf(t, 'schuldhulp'), 'Schuldhulpverlener', 'wgs');
    const debtWorker = { actor: await actorOf(t, 'schuldhulp'), now: viewer.now };
    assert.equal((await overdueDeadlineCounts(t.database.db, [a!], '2027-02-01', debtWorker)).get(a!), 2);
    const [open] = await t.database.db
      .select({ id: caseDeadlines.id })
      .from(caseDeadlines)
      .where(and(eq(caseDeadlines.caseId, b!), eq(caseDeadlines.kind, 'wmo_beschikking')));
    await post(regisseur, url(b!, `/${open!.id}/suspensions`), {
      from: '2026-11-23',
      reason: 'Aanvulling gevraagd',
    });
    const suspended = await overdueDeadlineCounts(t.database.db, [a!, b!], '2027-02-01', viewer);
    assert.equal(suspended.get(b!), undefined, 'a suspended term is not overdue');
    assert.equal((await overdueDeadlineCounts(t.database.db, [], '2027-02-01', viewer)).size, 0);
  });
});

describe('case settings', () => {
  let t: TestApp;
  let teamleider: Browser;
  let caseId: string;

  before(async () => {
    t = await createTestApp({ households: 30 });
    [caseId] = (await openCases(t, 1)) as [string];
    teamleider = await signedIn(t, 'teamleider');
  });
  after(() => t.close());

  test("the municipality's own term replaces the law's for new deadlines only", async () => {
    const regisseur = await signedIn(t, 'regisseur');
    const before = (await (
      await regisseur.fetch(`/api/v1/cases/${caseId}/deadlines`, {
        method: 'POST',
        json: { kind: 'wgs_besluit', startedOn: '2026-11-23' },
      })
    ).json()) as DeadlineView;
    assert.equal(before.dueOn, '2027-01-18', '8 weeks (Wgs art. 4a)');

    const settings = (await (await regisseur.fetch('/api/v1/case-settings/GM9901')).json()) as {
      terms: Record<string, { amount: number; unit: string; rule: string }>;
    };
    assert.deepEqual(settings.terms.wgs_besluit, { amount: 8, unit: 'weken', rule: 'Wgs art. 4a' });
    settings.terms.wgs_besluit = {
      amount: 6,
      unit: 'weken',
      rule: 'Verordening schuldhulpverlening Regiedam art. 5',
    };

    const forbidden = await regisseur.fetch('/api/v1/case-settings/GM9901', {
      method: 'PUT',
      json: settings,
    });
    assert.equal(forbidden.status, 403, 'a regisseur reads but does not change the settings');

    const saved = await teamleider.fetch('/api/v1/case-settings/GM9901', { method: 'PUT', json: settings });
    assert.equal(saved.status, 200, await saved.clone().text());
    const [audit] = await t.database.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.action, 'case-settings.update'));
    assert.deepEqual(audit?.details, { gewijzigd: ['terms.wgs_besluit'] });

    const after = (await (
      await regisseur.fetch(`/api/v1/cases/${caseId}/deadlines`, {
        method: 'POST',
        json: { kind: 'wgs_besluit', startedOn: '2026-11-23' },
      })
    ).json()) as DeadlineView;
    assert.equal(after.dueOn, '2027-01-04', '6 weeks');
    assert.equal(after.basis.rule, 'Verordening schuldhulpverlening Regiedam art. 5');
    assert.equal(after.basis.amount, 6);

    const list = (await (
      await regisseur.fetch(`/api/v1/cases/${caseId}/deadlines`)
    ).json()) as DeadlineView[];
    const old = list.find((d) => d.id === before.id);
    assert.equal(old?.dueOn, '2027-01-18', 'a running deadline keeps the term it started with');
    assert.equal(old?.basis.rule, 'Wgs art. 4a');
  });

  test('a term longer than the law allows is refused, naming the field', async () => {
    const settings = (await (await teamleider.fetch('/api/v1/case-settings/GM9901')).json()) as {
      terms: Record<string, { amount: number; unit: string; rule: string }>;
    };
    settings.terms.wmo_onderzoek = { amount: 10, unit: 'weken', rule: 'Eigen regel' };
    const res = await teamleider.fetch('/api/v1/case-settings/GM9901', { method: 'PUT', json: settings });
    assert.equal(res.status, 400);
    const body = (await res.json()) as Problem;
    assert.equal(body.errors?.[0]?.path, 'terms.wmo_onderzoek.amount');
    assert.match(body.detail, /niet langer .* 6 weken \(Wmo 2015 art\. 2\.3\.2 lid 1\)/);
  });

  test('bad values get Dutch messages; another municipality is not found', async () => {
    const settings = (await (await teamleider.fetch('/api/v1/case-settings/GM9901')).json()) as {
      board: Record<string, number>;
    };
    settings.board.riskMarginWorkingDays = -1;
    const res = await teamleider.fetch('/api/v1/case-settings/GM9901', { method: 'PUT', json: settings });
    assert.equal(res.status, 400);
    assert.match(JSON.stringify(await res.json()), /0 of meer/);
    assert.equal((await teamleider.fetch('/api/v1/case-settings/GM9902')).status, 404);
  });
});
