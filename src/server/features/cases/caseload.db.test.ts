import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { auditLog, caseDeadlines } from '../../db/schema/index.ts';
import { teamId } from '../signals/intake/intake-test-support.ts';
import type { CaseDetail, Caseload } from './cases.schemas.ts';
import { json, regisseurIn, signalledHouseholds, startCase, userIdOf } from './cases-test-support.ts';

describe('caseload per regisseur of a team', () => {
  let t: TestApp;
  let noord: string;
  let teamleider: Browser;
  let regA: Browser;
  let regB: Browser;
  let aId: string;
  let bId: string;
  const ids: string[] = [];

  const post = (b: Browser, path: string, body?: unknown) =>
    b.fetch(`/api/v1/cases/${path}`, { method: 'POST', ...(body === undefined ? {} : { json: body }) });
  const deadline = (caseId: string, dueOn: string, extra: Partial<typeof caseDeadlines.$inferInsert> = {}) =>
    t.database.db.insert(caseDeadlines).values({
      caseId,
      municipalityCode: 'GM9901',
      kind: 'wgs_eerste_gesprek',
      startedOn: '2026-10-01',
      dueOn,
      basis: { rule: 'test' },
      ...extra,
    });

  before(async () => {
    t = await createTestApp({ households: 60 });
    noord = await teamId(t, 'Wijkteam Noord');
    aId = await regisseurIn(t, 'load-a');
    bId = await regisseurIn(t, 'load-b');
    teamleider = await signedIn(t, 'teamleider');
    regA = await signedIn(t, 'load-a');
    regB = await signedIn(t, 'load-b');
    const households = await signalledHouseholds(t, 3);
    // A starts the first two, B the third: whoever starts a case is in its case team and may claim it (a plain
    // member of the owning team would not even see it, access rule 1).
    for (const [i, h] of households.entries()) ids.push((await startCase(i < 2 ? regA : regB, h, noord)).id);
    const [one, two, three] = ids as [string, string, string];
    await json(await post(regA, `${one}/regisseur/claim`), 200);
    await json(await post(regA, `${one}/transitions`, { to: 'veiligheidscheck' }), 200);
    await json(await post(regA, `${two}/regisseur/claim`), 200);
    await json(await post(regB, `${three}/regisseur/claim`), 200);
    await json<CaseDetail>(
      await post(regB, `${three}/regisseur/handover`, { userId: aId, reason: 'Werkdruk' }),
      200,
    );
    await deadline(one, '2026-11-01'); // overdue
    await deadline(one, '2026-11-02', { metOn: '2026-10-30' }); // met in time
    await deadline(one, '2026-11-03', { suspensions: [{ from: '2026-10-20', to: null, reason: 'wacht' }] }); // paused
    await deadline(two, '2026-12-20'); // not yet due
  });
  after(() => t.close());

  test('the team leader sees every regisseur of the team with open cases, phases, overdue items and handovers', async () => {
    const load = await json<Caseload>(await teamleider.fetch('/api/v1/caseload'), 200);
    assert.deepEqual(load.team, { id: noord, name: 'Wijkteam Noord' });
    const a = load.regisseurs.find((r) => r.regisseur.userId === aId);
    const b = load.regisseurs.find((r) => r.regisseur.userId === bId);
    assert.deepEqual(a, {
      regisseur: { userId: aId, displayName: 'Test load-a' },
      openCases: 2,
      byPhase: { aanmelding: 1, veiligheidscheck: 1 },
      overdueDeadlines: 1,
      handoversWaiting: 1,
    });
    assert.deepEqual(b, {
      regisseur: { userId: bId, displayName: 'Test load-b' },
      openCases: 1,
      byPhase: { aanmelding: 1 },
      overdueDeadlines: 0,
      handoversWaiting: 1,
    });
    const [one, two, three] = ids;
    const row = (id: string | undefined) => load.cases.find((x) => x.id === id);
    assert.equal(row(one)?.overdueDeadlines, 1);
    assert.equal(row(one)?.regisseur?.userId, aId);
    assert.equal(row(two)?.overdueDeadlines, 0);
    assert.equal(row(three)?.pendingHandover, true);
    assert.equal(row(three)?.regisseur?.userId, bId, 'the old regisseur until the offer is accepted');
    assert.ok(load.cases.every((x) => x.team.id === noord && x.phase !== 'afgesloten'));
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case.read'), eq(auditLog.actorId, await userIdOf(t, 'teamleider'))));
    assert.ok(audits.some((x) => (x.details as { caseload?: boolean }).caseload === true));
  });

  test('accepting moves the case in the figures; closing takes it out', async () => {
    const three = ids[2]!;
    // A regisseur's caseload shows only the team's cases in her own case teams (access rule 1); the leader's all.
    const own = await json<Caseload>(await regB.fetch(`/api/v1/caseload?team=${noord}`), 200);
    assert.deepEqual(
      own.cases.map((x) => x.id),
      [three],
    );
    const detail = await json<CaseDetail>(await regA.fetch(`/api/v1/cases/${three}`), 200);
    await json(await post(regA, `${three}/regisseur/offers/${detail.pendingHandover!.id}/accept`), 200);
    await json(await post(regA, `${ids[1]}/transitions`, { to: 'afgesloten', reason: 'Verhuisd' }), 200);
    const load = await json<Caseload>(await regA.fetch(`/api/v1/caseload?team=${noord}`), 200);
    const a = load.regisseurs.find((r) => r.regisseur.userId === aId);
    const b = load.regisseurs.find((r) => r.regisseur.userId === bId);
    assert.deepEqual(
      [a?.openCases, a?.byPhase, a?.handoversWaiting],
      [2, { aanmelding: 1, veiligheidscheck: 1 }, 0],
    );
    assert.deepEqual([b?.openCases, b?.handoversWaiting], [0, 0], 'listed with no cases: room for new ones');
    assert.ok(!load.cases.some((x) => x.id === ids[1]));
  });

  test('only members of the team: others get 404 for the team, roles without case work 403', async () => {
    const schuldhulp = await signedIn(t, 'schuldhulp');
    assert.equal((await schuldhulp.fetch(`/api/v1/caseload?team=${noord}`)).status, 404);
    const partner = await signedIn(t, 'partner');
    assert.equal((await partner.fetch('/api/v1/caseload')).status, 403);
    assert.equal((await regA.fetch('/api/v1/caseload?team=nope')).status, 400);
  });
});
