import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { auditLog, caseRegisseurs } from '../../db/schema/index.ts';
import { teamId, teamUser } from '../signals/intake/intake-test-support.ts';
import type { CaseDetail } from './cases.schemas.ts';
import {
  joinCaseTeam,
  json,
  type Problem,
  regisseurIn,
  signalledHouseholds,
  startCase,
  userIdOf,
} from './cases-test-support.ts';
import { isUniqueViolation } from './unique-violation.ts';

describe('exactly one regisseur: claim, assign, warm handover', () => {
  let t: TestApp;
  let noord: string;
  let households: string[];
  let wijkteam: Browser;
  let regisseur: Browser;
  let teamleider: Browser;
  const regs: Record<'a' | 'b' | 'c' | 'z', { id: string; b: Browser }> = {} as never;

  const post = (b: Browser, path: string, body?: unknown) =>
    b.fetch(`/api/v1/cases/${path}`, { method: 'POST', ...(body === undefined ? {} : { json: body }) });
  const rows = (caseId: string) =>
    t.database.db.select().from(caseRegisseurs).where(eq(caseRegisseurs.caseId, caseId));
  const activeOf = async (caseId: string) =>
    (await rows(caseId)).filter((r) => r.status === 'actief').map((r) => r.userId);
  let next = 0;
  const newCase = () => startCase(wijkteam, households[next++]!, noord);
  /**
   * A new case started by wijkteam (who joins its case team as aanmelder) with these users added to the case team by
   * wijkteam: under access rule 1 only the case team (and the team leader) sees a case, so only they can claim it.
   */
  const newCaseWith = async (...userIds: string[]) => {
    const c = await newCase();
    for (const userId of userIds) await joinCaseTeam(wijkteam, c.id, userId);
    return c;
  };

  before(async () => {
    t = await createTestApp({ households: 60 });
    noord = await teamId(t, 'Wijkteam Noord');
    households = await signalledHouseholds(t, 12);
    wijkteam = await signedIn(t, 'wijkteam');
    regisseur = await signedIn(t, 'regisseur');
    teamleider = await signedIn(t, 'teamleider');
    for (const k of ['a', 'b', 'c'] as const) {
      regs[k] = { id: await regisseurIn(t, `reg-${k}`), b: await signedIn(t, `reg-${k}`) };
    }
    regs.z = { id: await regisseurIn(t, 'reg-z', 'Wijkteam Zuid'), b: await signedIn(t, 'reg-z') };
  });
  after(() => t.close());

  test('a regisseur in the case team claims a case without one; others then get 409; without the role it is 403', async () => {
    const c = await newCase();
    const denied = await post(wijkteam, `${c.id}/regisseur/claim`);
    assert.equal(denied.status, 403, 'the starter is in the case team but has no role regisseur');
    // A regisseur of the owning team outside the case team does not see the case, so cannot claim it (rule 1).
    const unseen = await post(regisseur, `${c.id}/regisseur/claim`);
    assert.equal(unseen.status, 404);
    assert.deepEqual(await rows(c.id), [], 'a denied claim changes nothing');
    // The path that works: someone who steers the case brings her into the case team, and then she claims it.
    await joinCaseTeam(wijkteam, c.id, await userIdOf(t, 'regisseur'));
    const claimed = await json<CaseDetail>(await post(regisseur, `${c.id}/regisseur/claim`), 200);
    assert.equal(claimed.regisseur?.userId, await userIdOf(t, 'regisseur'));
    assert.equal(claimed.viewer.isRegisseur, true);
    await joinCaseTeam(regisseur, c.id, regs.a.id);
    const late = await post(regs.a.b, `${c.id}/regisseur/claim`);
    assert.equal(late.status, 409);
    assert.match(((await late.json()) as Problem).detail, /al een regisseur/);
    assert.deepEqual(await activeOf(c.id), [await userIdOf(t, 'regisseur')]);
  });

  test('concurrent claims: exactly one wins, the others get 409', async () => {
    const c = await newCaseWith(await userIdOf(t, 'regisseur'), regs.a.id, regs.b.id, regs.c.id);
    const responses = await Promise.all(
      [regisseur, regs.a.b, regs.b.b, regs.c.b].map((b) => post(b, `${c.id}/regisseur/claim`)),
    );
    assert.deepEqual(responses.map((r) => r.status).sort(), [200, 409, 409, 409]);
    assert.equal((await activeOf(c.id)).length, 1);
  });

  test('warm handover: the old regisseur stays until the new one accepts; both see the pending handover', async () => {
    const c = await newCaseWith(await userIdOf(t, 'regisseur'), regs.a.id);
    await json(await post(regisseur, `${c.id}/regisseur/claim`), 200);
    const me = await userIdOf(t, 'regisseur');
    const offered = await json<CaseDetail>(
      await post(regisseur, `${c.id}/regisseur/handover`, {
        userId: regs.z.id,
        reason: 'Verhuist naar Zuid',
      }),
      200,
    );
    assert.equal(offered.regisseur?.userId, me, 'the old regisseur stays responsible');
    assert.equal(offered.pendingHandover?.to.userId, regs.z.id);
    assert.equal(offered.pendingHandover?.offeredBy?.userId, me);
    assert.equal(offered.pendingHandover?.reason, 'Verhuist naar Zuid');

    // The person offered (another team) now sees the case, with the offer to answer.
    const seen = await json<CaseDetail>(await regs.z.b.fetch(`/api/v1/cases/${c.id}`), 200);
    assert.equal(seen.viewer.isOffered, true);
    assert.equal(seen.viewer.isRegisseur, false);
    assert.equal(seen.regisseur?.userId, me);

    const second = await post(regisseur, `${c.id}/regisseur/handover`, {
      userId: regs.a.id,
      reason: 'Toch A',
    });
    assert.equal(second.status, 409, 'one pending offer at a time');
    const offerId = offered.pendingHandover!.id;
    // A sees the case (case team) but the offer is not hers.
    assert.equal((await post(regs.a.b, `${c.id}/regisseur/offers/${offerId}/accept`)).status, 403);

    const accepted = await json<CaseDetail>(
      await post(regs.z.b, `${c.id}/regisseur/offers/${offerId}/accept`),
      200,
    );
    assert.equal(accepted.regisseur?.userId, regs.z.id);
    assert.equal(accepted.pendingHandover, null);
    assert.equal(accepted.viewer.isRegisseur, true);
    const history = await rows(c.id);
    assert.deepEqual(
      history.map((r) => [r.userId, r.status]).sort(),
      [
        [me, 'beeindigd'],
        [regs.z.id, 'actief'],
      ].sort(),
    );
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'case.regisseur.accept'));
    assert.ok(
      audits.some((a) => (a.details as { offerId: string }).offerId === offerId && a.actorId === regs.z.id),
    );
    // The old regisseur can no longer steer (she still sees it as a case team member); the new one can.
    assert.equal((await post(regisseur, `${c.id}/transitions`, { to: 'veiligheidscheck' })).status, 403);
    assert.equal((await post(regs.z.b, `${c.id}/transitions`, { to: 'veiligheidscheck' })).status, 200);
  });

  test('decline keeps the old regisseur; withdraw by the offerer; a closed offer cannot be answered', async () => {
    const c = await newCaseWith(regs.a.id, regs.c.id);
    await json(await post(regs.a.b, `${c.id}/regisseur/claim`), 200);
    const o1 = await json<CaseDetail>(
      await post(regs.a.b, `${c.id}/regisseur/handover`, { userId: regs.b.id, reason: 'Vakantie' }),
      200,
    );
    const declined = await json<CaseDetail>(
      await post(regs.b.b, `${c.id}/regisseur/offers/${o1.pendingHandover!.id}/decline`, {
        reason: 'Geen ruimte',
      }),
      200,
    );
    assert.equal(declined.regisseur?.userId, regs.a.id);
    assert.equal(declined.pendingHandover, null);
    const o2 = await json<CaseDetail>(
      await post(regs.a.b, `${c.id}/regisseur/handover`, { userId: regs.b.id, reason: 'Nog een keer' }),
      200,
    );
    const offerId = o2.pendingHandover!.id;
    // C is in the case team, but neither offered it nor is regisseur or team leader.
    assert.equal((await post(regs.c.b, `${c.id}/regisseur/offers/${offerId}/withdraw`)).status, 403);
    const withdrawn = await json<CaseDetail>(
      await post(regs.a.b, `${c.id}/regisseur/offers/${offerId}/withdraw`),
      200,
    );
    assert.equal(withdrawn.pendingHandover, null);
    // With the offer withdrawn, B is no longer offered the role and so no longer sees the case (access rule 1).
    assert.equal((await post(regs.b.b, `${c.id}/regisseur/offers/${offerId}/accept`)).status, 404);
    assert.equal((await regs.b.b.fetch(`/api/v1/cases/${c.id}`)).status, 404);
    // Someone who still sees the case finds the offer closed.
    const late = await post(regs.a.b, `${c.id}/regisseur/offers/${offerId}/accept`);
    assert.equal(late.status, 409);
    assert.deepEqual((await rows(c.id)).map((r) => r.status).sort(), ['actief', 'geweigerd', 'ingetrokken']);
  });

  test('the team leader assigns: at once without a regisseur, as a warm offer with one; only a regisseur qualifies', async () => {
    const c = await newCase();
    assert.equal(
      (await post(wijkteam, `${c.id}/regisseur/assign`, { userId: regs.b.id, reason: 'Verdeling' })).status,
      403,
    );
    const notRegisseur = await post(teamleider, `${c.id}/regisseur/assign`, {
      userId: await userIdOf(t, 'wijkteam'),
      reason: 'Verdeling',
    });
    assert.equal(notRegisseur.status, 400);
    assert.equal(((await notRegisseur.json()) as Problem).errors?.[0]?.path, 'userId');
    const noReason = await post(teamleider, `${c.id}/regisseur/assign`, { userId: regs.b.id, reason: '' });
    assert.equal(noReason.status, 400);
    // Assigning is how a regisseur outside the case team gets a case: before it, B does not see it (rule 1).
    assert.equal((await regs.b.b.fetch(`/api/v1/cases/${c.id}`)).status, 404);

    const assigned = await json<CaseDetail>(
      await post(teamleider, `${c.id}/regisseur/assign`, { userId: regs.b.id, reason: 'Verdeling' }),
      200,
    );
    assert.equal(assigned.regisseur?.userId, regs.b.id);
    assert.equal(assigned.viewer.canAssign, true);
    const mine = await json<CaseDetail>(await regs.b.b.fetch(`/api/v1/cases/${c.id}`), 200);
    assert.equal(mine.viewer.isRegisseur, true);
    const warm = await json<CaseDetail>(
      await post(teamleider, `${c.id}/regisseur/assign`, { userId: regs.c.id, reason: 'Ziek' }),
      200,
    );
    assert.equal(warm.regisseur?.userId, regs.b.id, 'the current regisseur stays until C accepts');
    assert.equal(warm.pendingHandover?.to.userId, regs.c.id);
    // The team leader may also take the offer back.
    await json(await post(teamleider, `${c.id}/regisseur/offers/${warm.pendingHandover!.id}/withdraw`), 200);
  });

  test('a second team leader (role teamleider, member of the team, not marked is_leader) sees and assigns alike', async () => {
    await teamUser(t, 'tl-2', 'Wijkteam Noord', ['teamleider']);
    const second = await signedIn(t, 'tl-2');
    const c = await newCase();
    const seen = await json<CaseDetail>(await second.fetch(`/api/v1/cases/${c.id}`), 200);
    assert.equal(
      seen.viewer.canAssign,
      true,
      'whoever sees the cases of the team as its leader may steer them',
    );
    const assigned = await json<CaseDetail>(
      await post(second, `${c.id}/regisseur/assign`, { userId: regs.a.id, reason: 'Verdeling' }),
      200,
    );
    assert.equal(assigned.regisseur?.userId, regs.a.id);
  });

  test('concurrent assigns: one regisseur, at most one pending offer', async () => {
    const c = await newCase();
    const responses = await Promise.all(
      [regs.a.id, regs.b.id, regs.c.id].map((userId) =>
        post(teamleider, `${c.id}/regisseur/assign`, { userId, reason: 'Tegelijk' }),
      ),
    );
    // The first makes a regisseur, the second an offer, the third finds that offer pending.
    assert.deepEqual(responses.map((r) => r.status).sort(), [200, 200, 409]);
    const statuses = (await rows(c.id)).map((r) => r.status).sort();
    assert.deepEqual(statuses, ['aangeboden', 'actief']);
  });

  test('concurrent accepts of one offer: it is accepted once', async () => {
    const c = await newCaseWith(regs.a.id);
    await json(await post(regs.a.b, `${c.id}/regisseur/claim`), 200);
    const o = await json<CaseDetail>(
      await post(regs.a.b, `${c.id}/regisseur/handover`, { userId: regs.c.id, reason: 'Overdracht' }),
      200,
    );
    const responses = await Promise.all(
      Array.from({ length: 4 }, () =>
        post(regs.c.b, `${c.id}/regisseur/offers/${o.pendingHandover!.id}/accept`),
      ),
    );
    assert.deepEqual(responses.map((r) => r.status).sort(), [200, 409, 409, 409]);
    assert.deepEqual(await activeOf(c.id), [regs.c.id]);
    assert.deepEqual((await rows(c.id)).map((r) => r.status).sort(), ['actief', 'beeindigd']);
  });

  test('the database refuses a second active regisseur or offer, also from two transactions at once', async () => {
    const c = await newCase();
    const insert = (userId: string, status: 'actief' | 'aangeboden') => async () => {
      const client = await t.database.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO case_regisseurs (case_id, user_id, status) VALUES ($1, $2, $3)', [
          c.id,
          userId,
          status,
        ]);
        // Hold the transaction open a moment so, on PostgreSQL, the other one runs into the pending row.
        await new Promise((resolve) => setTimeout(resolve, 50));
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    };
    for (const status of ['actief', 'aangeboden'] as const) {
      const results = await Promise.allSettled([insert(regs.a.id, status)(), insert(regs.b.id, status)()]);
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1, status);
      const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      assert.ok(isUniqueViolation(failed.reason), String(failed.reason));
      const left = (await rows(c.id)).filter((r) => r.status === status);
      assert.equal(left.length, 1, status);
    }
    const active = await t.database.db
      .select()
      .from(caseRegisseurs)
      .where(and(eq(caseRegisseurs.caseId, c.id), eq(caseRegisseurs.status, 'actief')));
    assert.equal(active.length, 1);
  });
});
