import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { auditLog, caseRegisseurs, cases, caseTeamMembers, caseTransitions } from '../../db/schema/index.ts';
import { householdsIn, teamId } from '../signals/intake/intake-test-support.ts';
import type { CaseDetail, CaseSummary } from './cases.schemas.ts';
import {
  joinCaseTeam,
  json,
  type Problem,
  signalledHouseholds,
  startCase,
  userIdOf,
} from './cases-test-support.ts';

type Page = { items: CaseSummary[]; total: number; page: number; pageSize: number };

describe('household cases: start, list, detail, phases', () => {
  let t: TestApp;
  let wijkteam: Browser;
  let regisseur: Browser;
  let schuldhulp: Browser;
  let teamleider: Browser;
  let noord: string;
  let households: string[];

  const move = (b: Browser, id: string, body: Record<string, unknown>) =>
    b.fetch(`/api/v1/cases/${id}/transitions`, { method: 'POST', json: body });
  const auditRows = (caseId: string, action: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, action), sql`${auditLog.resourceIds} @> ${JSON.stringify([caseId])}::jsonb`),
      );

  before(async () => {
    t = await createTestApp({ households: 60 });
    noord = await teamId(t, 'Wijkteam Noord');
    households = await signalledHouseholds(t, 6);
    wijkteam = await signedIn(t, 'wijkteam');
    regisseur = await signedIn(t, 'regisseur');
    schuldhulp = await signedIn(t, 'schuldhulp');
    teamleider = await signedIn(t, 'teamleider');
  });
  after(() => t.close());

  test('the lifecycle definition is served with its version', async () => {
    const body = await json<{ version: number; phases: { code: string }[]; transitions: unknown[] }>(
      await wijkteam.fetch('/api/v1/cases/lifecycle'),
      200,
    );
    assert.equal(body.version, 1);
    assert.equal(body.phases.length, 7);
    assert.ok(body.transitions.length > 10);
  });

  test('a case starts in aanmelding with a first transition row and an audit row; a second open case is 409', async () => {
    const h = households[0]!;
    const detail = await startCase(wijkteam, h, noord);
    assert.equal(detail.phase, 'aanmelding');
    assert.equal(detail.lifecycleVersion, 1);
    assert.equal(detail.openedOn, '2026-11-23');
    assert.equal(detail.team.name, 'Wijkteam Noord');
    assert.equal(detail.regisseur, null);
    assert.match(detail.addressLine, /^\S.* \d+.*, \d{4} [A-Z]{2} /);
    assert.deepEqual(
      detail.transitions.map((x) => [x.from, x.to, x.reason, x.actor?.displayName]),
      [[null, 'aanmelding', 'Casus gestart', 'Wout Wijkteam']],
    );
    assert.deepEqual(
      detail.allowedTransitions.map((x) => x.to),
      ['veiligheidscheck', 'afgesloten'],
    );
    assert.equal((await auditRows(detail.id, 'case.create')).length, 1);
    // Whoever starts a case joins its case team, or they would lose sight of it (access rule 1).
    assert.deepEqual(
      detail.teamMembers.map((m) => [m.userId, m.role, m.law]),
      [[await userIdOf(t, 'wijkteam'), 'aanmelder', null]],
    );
    assert.equal((await auditRows(detail.id, 'case.team.join')).length, 1);

    const again = await wijkteam.fetch('/api/v1/cases', {
      method: 'POST',
      json: { householdId: h, teamId: noord },
    });
    assert.equal(again.status, 409);
    assert.match(
      ((await again.json()) as Problem).detail,
      new RegExp(`al een open casus \\(casus ${detail.id}`),
    );
  });

  test('the team must be one of mine that serves the municipality; a household out of scope is 404', async () => {
    const zuid = await teamId(t, 'Wijkteam Zuid');
    const res = await wijkteam.fetch('/api/v1/cases', {
      method: 'POST',
      json: { householdId: households[1]!, teamId: zuid },
    });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as Problem).errors?.[0]?.path, 'teamId');
    const far = await householdsIn(t, 'WK990104', 1);
    const out = await wijkteam.fetch('/api/v1/cases', {
      method: 'POST',
      json: { householdId: far[0]!.householdId, teamId: noord },
    });
    assert.equal(out.status, 404);
    const bad = await wijkteam.fetch('/api/v1/cases', {
      method: 'POST',
      json: { householdId: 'x', teamId: noord },
    });
    assert.equal(bad.status, 400);
  });

  test('the list is filtered by scope in SQL, paged, and audited; outside the scope a case is 404', async () => {
    const second = await startCase(wijkteam, households[2]!, noord);
    const regisseurId = await userIdOf(t, 'regisseur');
    // Access rule 1: the regisseur sees only the open cases of which she is in the case team (as regisseur, offered
    // the role, or as member), not every case of her team.
    const [own] = (
      await t.database.db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM cases c WHERE c.phase <> 'afgesloten' AND (
          EXISTS (SELECT 1 FROM case_regisseurs cr WHERE cr.case_id = c.id AND cr.user_id = ${regisseurId}
            AND cr.status IN ('actief', 'aangeboden'))
          OR EXISTS (SELECT 1 FROM case_team_members m WHERE m.case_id = c.id AND m.user_id = ${regisseurId}
            AND m.left_on IS NULL))`,
      )
    ).rows;
    const [teamOpen] = (
      await t.database.db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM cases WHERE team_id = ${noord} AND phase <> 'afgesloten'`,
      )
    ).rows;
    assert.ok(own!.n > 0 && own!.n < teamOpen!.n, 'the demo gives the regisseur some, not all, of the cases');
    const page = await json<Page>(await regisseur.fetch('/api/v1/cases?pageSize=1'), 200);
    assert.equal(page.total, own!.n, 'the open cases of her case teams');
    assert.equal(page.items.length, 1);
    assert.equal(page.pageSize, 1);
    // A plain member of the owning team does not see a case she is not in the case team of.
    const all = await json<Page>(await regisseur.fetch('/api/v1/cases?pageSize=200'), 200);
    assert.ok(!all.items.some((i) => i.id === second.id));
    assert.equal((await regisseur.fetch(`/api/v1/cases/${second.id}`)).status, 404);
    // The leader of the owning team sees every open case of the team.
    const led = await json<Page>(await teamleider.fetch(`/api/v1/cases?team=${noord}&pageSize=1`), 200);
    assert.equal(led.total, teamOpen!.n, 'all open cases of the team the leader leads');
    const reads = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case.read'), eq(auditLog.actorId, await userIdOf(t, 'regisseur'))));
    assert.ok(reads.some((r) => JSON.stringify(r.resourceIds) === JSON.stringify([page.items[0]!.id])));
    const mine = await json<Page>(
      await wijkteam.fetch(`/api/v1/cases?team=${noord}&phase=aanmelding&pageSize=200`),
      200,
    );
    assert.ok(mine.items.some((i) => i.id === second.id));
    assert.ok(mine.items.every((i) => i.phase === 'aanmelding' && i.team.id === noord));

    // The debt-help worker is in no team of these cases and not in their case team.
    const theirs = await json<Page>(await schuldhulp.fetch('/api/v1/cases?pageSize=200'), 200);
    assert.ok(!theirs.items.some((i) => i.id === second.id));
    assert.equal((await schuldhulp.fetch(`/api/v1/cases/${second.id}`)).status, 404);
    assert.equal((await move(schuldhulp, second.id, { to: 'veiligheidscheck' })).status, 404);
    const partner = await signedIn(t, 'partner');
    assert.equal((await partner.fetch(`/api/v1/cases/${second.id}`)).status, 403);
    assert.equal((await t.request(`/api/v1/cases/${second.id}`)).status, 401);
  });

  test('phases move forward without a reason, back only with one; who, when and why are recorded and audited', async () => {
    const c = await startCase(wijkteam, households[3]!, noord);
    t.clock.advanceMinutes(5);
    await json<CaseDetail>(await move(wijkteam, c.id, { to: 'veiligheidscheck' }), 200);
    const skip = await move(wijkteam, c.id, { to: 'plan' });
    assert.equal(skip.status, 409);
    assert.match(
      ((await skip.json()) as Problem).detail,
      /Van Veiligheids- en basiszorgcheck naar Plan kan niet/,
    );
    const noReason = await move(wijkteam, c.id, { to: 'aanmelding', reason: '  ' });
    assert.equal(noReason.status, 400);
    assert.equal(((await noReason.json()) as Problem).errors?.[0]?.path, 'reason');
    const back = await json<CaseDetail>(
      await move(wijkteam, c.id, { to: 'aanmelding', reason: 'Verkeerd adres, eerst navragen' }),
      200,
    );
    assert.equal(back.phase, 'aanmelding');

    const rows = await t.database.db
      .select()
      .from(caseTransitions)
      .where(eq(caseTransitions.caseId, c.id))
      .orderBy(caseTransitions.at, caseTransitions.id);
    const wout = await userIdOf(t, 'wijkteam');
    assert.deepEqual(
      rows.map((r) => [r.fromPhase, r.toPhase, r.reason, r.actorId, r.lifecycleVersion]),
      [
        [null, 'aanmelding', 'Casus gestart', wout, 1],
        ['aanmelding', 'veiligheidscheck', 'Start de veiligheidscheck', wout, 1],
        ['veiligheidscheck', 'aanmelding', 'Verkeerd adres, eerst navragen', wout, 1],
      ],
    );
    assert.equal(rows[1]!.at.getTime() - rows[0]!.at.getTime(), 5 * 60_000, 'when: the clock of the request');
    const audits = await auditRows(c.id, 'case.transition');
    assert.equal(audits.length, 2);
    assert.deepEqual(audits.map((a) => [a.actorId, (a.details as { reason: string }).reason]).sort(), [
      [wout, 'Start de veiligheidscheck'],
      [wout, 'Verkeerd adres, eerst navragen'],
    ]);
  });

  test('entering evaluatie records the date; closing ends the regisseur and the case team; reopening clears closed_on', async () => {
    const c = await startCase(wijkteam, households[4]!, noord);
    // The starter (in the case team, no regisseur yet) brings the regisseur in; only then can she claim it.
    await joinCaseTeam(wijkteam, c.id, await userIdOf(t, 'regisseur'));
    await json(await regisseur.fetch(`/api/v1/cases/${c.id}/regisseur/claim`, { method: 'POST' }), 200);
    for (const to of ['veiligheidscheck', 'startgesprek', 'plan', 'uitvoering', 'evaluatie']) {
      await json(await move(regisseur, c.id, { to }), 200);
    }
    // With a regisseur, only the regisseur and the team leader steer.
    assert.equal((await move(wijkteam, c.id, { to: 'plan', reason: 'bijstellen' })).status, 403);
    let [row] = await t.database.db.select().from(cases).where(eq(cases.id, c.id));
    assert.equal(row!.lastEvaluatedOn, '2026-11-23');

    const closed = await json<CaseDetail>(
      await move(regisseur, c.id, { to: 'afgesloten', reason: 'Doelen gehaald' }),
      200,
    );
    assert.equal(closed.closedOn, '2026-11-23');
    assert.equal(closed.regisseur, null);
    const ended = await t.database.db.select().from(caseRegisseurs).where(eq(caseRegisseurs.caseId, c.id));
    assert.deepEqual(
      ended.map((r) => r.status),
      ['beeindigd'],
    );
    const members = await t.database.db
      .select()
      .from(caseTeamMembers)
      .where(eq(caseTeamMembers.caseId, c.id));
    assert.equal(members.length, 2);
    assert.ok(
      members.every((m) => m.leftOn === '2026-11-23'),
      'closing ends the case team memberships',
    );
    const closing = await auditRows(c.id, 'case.transition');
    assert.ok(closing.some((a) => (a.details as { caseTeamEnded?: number }).caseTeamEnded === 2));
    // Access rule 1: a closed case is seen only by the leader of the owning team; the former case team gets 404.
    assert.equal(
      (await regisseur.fetch(`/api/v1/cases/${c.id}/regisseur/claim`, { method: 'POST' })).status,
      404,
    );
    assert.equal((await regisseur.fetch(`/api/v1/cases/${c.id}`)).status, 404);
    assert.equal((await move(wijkteam, c.id, { to: 'aanmelding', reason: 'Terug' })).status, 404);
    const assign = await teamleider.fetch(`/api/v1/cases/${c.id}/regisseur/assign`, {
      method: 'POST',
      json: { userId: await userIdOf(t, 'regisseur'), reason: 'Verdeling' },
    });
    assert.equal(assign.status, 409, 'a closed case gets no regisseur');

    const reopened = await json<CaseDetail>(
      await move(teamleider, c.id, { to: 'aanmelding', reason: 'Nieuwe huurachterstand' }),
      200,
    );
    assert.equal(reopened.phase, 'aanmelding');
    assert.equal(reopened.closedOn, null);
    [row] = await t.database.db.select().from(cases).where(eq(cases.id, c.id));
    assert.equal(row!.closedOn, null);
  });

  test('reopening fails with 409 when the household meanwhile has another open case', async () => {
    const h = households[5]!;
    const first = await startCase(wijkteam, h, noord);
    await json(await move(wijkteam, first.id, { to: 'afgesloten', reason: 'Verhuisd' }), 200);
    const second = await startCase(wijkteam, h, noord);
    // Only the leader of the owning team still sees the closed case (access rule 1), so only she can reopen it.
    const res = await move(teamleider, first.id, { to: 'aanmelding', reason: 'Toch terug' });
    assert.equal(res.status, 409);
    assert.match(((await res.json()) as Problem).detail, new RegExp(`casus ${second.id}`));
    const closedList = await json<Page>(
      await teamleider.fetch('/api/v1/cases?phase=afgesloten&pageSize=200'),
      200,
    );
    assert.ok(closedList.items.some((i) => i.id === first.id));
    const startersList = await json<Page>(await wijkteam.fetch('/api/v1/cases?phase=afgesloten'), 200);
    assert.ok(!startersList.items.some((i) => i.id === first.id), 'closing ended the starter’s access');
  });
});
