import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { auditLog, caseTeamMembers } from '../../db/schema/index.ts';
import { teamId } from '../signals/intake/intake-test-support.ts';
import type { Candidate, CaseDetail } from './cases.schemas.ts';
import { json, type Problem, signalledHouseholds, startCase, userIdOf } from './cases-test-support.ts';

type Page = { items: { id: string }[]; total: number };

describe('the case team: candidates, joining with role and law, leaving ends access', () => {
  let t: TestApp;
  let regisseur: Browser;
  let wijkteam: Browser;
  let schuldhulp: Browser;
  let c: CaseDetail;
  let schuldhulpId: string;

  const post = (b: Browser, path: string, body?: unknown) =>
    b.fetch(`/api/v1/cases/${c.id}/${path}`, {
      method: 'POST',
      ...(body === undefined ? {} : { json: body }),
    });

  before(async () => {
    t = await createTestApp({ households: 60 });
    const [household] = await signalledHouseholds(t, 1);
    regisseur = await signedIn(t, 'regisseur');
    wijkteam = await signedIn(t, 'wijkteam');
    schuldhulp = await signedIn(t, 'schuldhulp');
    schuldhulpId = await userIdOf(t, 'schuldhulp');
    c = await startCase(regisseur, household!, await teamId(t, 'Wijkteam Noord'));
    await json(await post(regisseur, 'regisseur/claim'), 200);
  });
  after(() => t.close());

  test('candidates are professionals with a case role who work for the municipality, of any organisation', async () => {
    const list = await json<Candidate[]>(await regisseur.fetch(`/api/v1/cases/${c.id}/candidates`), 200);
    const [regisseurId, regisseur2Id, wijkteamId] = [
      await userIdOf(t, 'regisseur'),
      await userIdOf(t, 'regisseur2'),
      await userIdOf(t, 'wijkteam'),
    ];
    const debt = list.find((x) => x.userId === schuldhulpId);
    assert.equal(debt?.organisation.name, 'Kredietbank Delta');
    assert.equal(debt?.canLead, false);
    assert.equal(list.find((x) => x.userId === regisseur2Id)?.canLead, true);
    assert.equal(list.find((x) => x.userId === wijkteamId)?.canLead, false);
    // The regisseur started the case, so she is in its case team already (as aanmelder) and no candidate.
    assert.ok(!list.some((x) => x.userId === regisseurId));
    const partner = await userIdOf(t, 'partner');
    const beheerder = await userIdOf(t, 'beheerder');
    assert.ok(!list.some((x) => x.userId === partner || x.userId === beheerder));
    assert.equal((await schuldhulp.fetch(`/api/v1/cases/${c.id}/candidates`)).status, 404);
  });

  test('someone from another organisation joins with role and law, and then sees the case', async () => {
    assert.equal((await schuldhulp.fetch(`/api/v1/cases/${c.id}`)).status, 404, 'not before joining');
    assert.equal(
      (await post(wijkteam, 'team-members', { userId: schuldhulpId, role: 'schuldhulpverlener' })).status,
      404,
      'a plain member of the owning team does not see the case at all (access rule 1)',
    );
    const bad = await post(regisseur, 'team-members', { userId: schuldhulpId, role: ' ', law: 'wgs' });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as Problem).errors?.[0]?.path, 'role');

    const joined = await json<CaseDetail>(
      await post(regisseur, 'team-members', { userId: schuldhulpId, role: 'Schuldhulpverlener', law: 'wgs' }),
      200,
    );
    const member = joined.teamMembers.find((m) => m.userId === schuldhulpId);
    assert.deepEqual(
      member && { role: member.role, law: member.law, org: member.organisation.name, on: member.joinedOn },
      { role: 'Schuldhulpverlener', law: 'wgs', org: 'Kredietbank Delta', on: '2026-11-23' },
    );
    assert.equal((await post(regisseur, 'team-members', { userId: schuldhulpId, role: 'x' })).status, 409);
    const partner = await post(regisseur, 'team-members', {
      userId: await userIdOf(t, 'partner'),
      role: 'x',
    });
    assert.equal(partner.status, 400);

    const seen = await json<CaseDetail>(await schuldhulp.fetch(`/api/v1/cases/${c.id}`), 200);
    assert.equal(
      seen.viewer.canTransition,
      false,
      'a case team member works on the case but does not steer it',
    );
    assert.equal(
      (await post(schuldhulp, 'team-members', { userId: await userIdOf(t, 'wijkteam'), role: 'x' })).status,
      403,
      'with a regisseur, only the regisseur or team leader adds members',
    );
    const mine = await json<Page>(await schuldhulp.fetch('/api/v1/cases?mine=true&pageSize=200'), 200);
    assert.ok(mine.items.some((i) => i.id === c.id));
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'case.team.join'));
    assert.ok(audits.some((a) => (a.details as { userId: string }).userId === schuldhulpId));
  });

  test('leaving the case team ends access at once (404 afterwards)', async () => {
    const member = (
      await json<CaseDetail>(await schuldhulp.fetch(`/api/v1/cases/${c.id}`), 200)
    ).teamMembers.find((m) => m.userId === schuldhulpId)!;
    const left = await json<CaseDetail>(await post(schuldhulp, `team-members/${member.id}/leave`), 200);
    assert.ok(!left.teamMembers.some((m) => m.userId === schuldhulpId));
    const [row] = await t.database.db.select().from(caseTeamMembers).where(eq(caseTeamMembers.id, member.id));
    assert.equal(row!.leftOn, '2026-11-23');
    assert.equal((await schuldhulp.fetch(`/api/v1/cases/${c.id}`)).status, 404);
    assert.equal((await post(schuldhulp, `team-members/${member.id}/leave`)).status, 404);
    const mine = await json<Page>(await schuldhulp.fetch('/api/v1/cases?mine=true&pageSize=200'), 200);
    assert.ok(!mine.items.some((i) => i.id === c.id));
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'case.team.leave'));
    assert.equal(audits.length, 1);
  });

  test('the regisseur can end someone else’s membership; a member cannot end another’s', async () => {
    const wijkteamId = await userIdOf(t, 'wijkteam');
    const withTwo = await json<CaseDetail>(
      await post(regisseur, 'team-members', { userId: wijkteamId, role: 'Wijkteamprofessional', law: 'wmo' }),
      200,
    );
    const joinedAgain = await json<CaseDetail>(
      await post(regisseur, 'team-members', { userId: schuldhulpId, role: 'Schuldhulpverlener', law: 'wgs' }),
      200,
    );
    assert.equal(
      joinedAgain.teamMembers.length,
      withTwo.teamMembers.length + 1,
      'rejoining after leaving is fine',
    );
    const debtMember = joinedAgain.teamMembers.find((m) => m.userId === schuldhulpId)!;
    const wijkMember = joinedAgain.teamMembers.find((m) => m.userId === wijkteamId)!;
    assert.equal((await post(schuldhulp, `team-members/${wijkMember.id}/leave`)).status, 403);
    const after = await json<CaseDetail>(await post(regisseur, `team-members/${debtMember.id}/leave`), 200);
    assert.ok(!after.teamMembers.some((m) => m.userId === schuldhulpId));
    assert.equal((await schuldhulp.fetch(`/api/v1/cases/${c.id}`)).status, 404);
  });
});
