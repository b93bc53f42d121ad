import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { accessGrants, auditLog, notifications } from '../../../db/schema/index.ts';
import { syntheticBsn } from '../../../lib/bsn.ts';
import { insertCase, insertRegisseur, userId } from '../../board/board-test-support.ts';
import { teamId } from '../../signals/intake/intake-test-support.ts';
import { fgUser, type Household, insertHousehold, untouchedHouseholds } from './break-glass-test-support.ts';

const REASON = 'Acute melding van de politie, niemand van het casusteam bereikbaar';
type Problem = { detail: string; errors?: { path: string; message: string }[] };
type Created = { id: string; householdId: string; expiresAt: string };
type Mine = {
  active: { id: string; householdId: string; addressLine: string; active: boolean }[];
  recent: { id: string; endedAt: string | null; active: boolean }[];
};

describe('break-the-glass (noodtoegang)', () => {
  let t: TestApp;
  let wijkteam: Browser;
  let regisseur: Browser;
  let schuldhulp: Browser;
  let h: Household[];
  let samenwerk: Household;
  let lettered: Household;

  const ask = (b: Browser, json: unknown) => b.fetch('/api/v1/access-grants', { method: 'POST', json });
  const overview = (b: Browser, id: string) => b.fetch(`/api/v1/households/${id}/overview`);
  const fieldError = async (res: Response, path: string) => {
    assert.equal(res.status, 400, await res.clone().text());
    const body = (await res.json()) as Problem;
    const error = body.errors?.find((e) => e.path === path);
    assert.ok(error, `no field error on ${path}: ${JSON.stringify(body)}`);
    return error.message;
  };

  before(async () => {
    t = await createTestApp({ households: 80 });
    h = await untouchedHouseholds(t, 8);
    samenwerk = await insertHousehold(t, {
      municipalityCode: 'GM9902',
      bsn: syntheticBsn(90_001),
      postcode: '9901AA',
      huisnummer: 7,
    });
    lettered = await insertHousehold(t, {
      municipalityCode: 'GM9901',
      bsn: syntheticBsn(90_002),
      postcode: '9811ZZ',
      huisnummer: 12,
      huisletter: 'b',
      toevoeging: '2',
    });
    wijkteam = await signedIn(t, 'wijkteam');
    regisseur = await signedIn(t, 'regisseur');
    schuldhulp = await signedIn(t, 'schuldhulp');
  });
  // Tests move the clock by hours, past the sessions' idle limit (30 minutes): each test signs in afresh.
  beforeEach(async () => {
    wijkteam = await signedIn(t, 'wijkteam');
    regisseur = await signedIn(t, 'regisseur');
    schuldhulp = await signedIn(t, 'schuldhulp');
  });
  after(() => t.close());

  test('a grant opens the household page until it expires by itself, with the default of 4 hours', async () => {
    const target = h[0]!;
    assert.equal((await overview(wijkteam, target.householdId)).status, 404, 'no access before the grant');
    const res = await ask(wijkteam, { bsn: target.bsn, reason: `  ${REASON}  ` });
    assert.equal(res.status, 201, await res.clone().text());
    const grant = (await res.json()) as Created;
    assert.equal(grant.householdId, target.householdId);
    assert.equal(grant.expiresAt, new Date(t.clock.current.getTime() + 4 * 3600_000).toISOString());
    const [row] = await t.database.db.select().from(accessGrants).where(eq(accessGrants.id, grant.id));
    assert.equal(row?.reason, REASON, 'the reason is stored trimmed');
    assert.equal(row?.grantedAt.toISOString(), t.clock.current.toISOString());

    assert.equal((await overview(wijkteam, target.householdId)).status, 200, 'access during the grant');
    // Walk through the four hours in steps shorter than the session's idle limit (30 minutes), so the session
    // stays alive and the grant is what is tested: open at every step, up to the last minute.
    for (let passed = 0; passed < 4 * 60 - 1; ) {
      const step = Math.min(29, 4 * 60 - 1 - passed);
      t.clock.advanceMinutes(step);
      passed += step;
      assert.equal(
        (await overview(wijkteam, target.householdId)).status,
        200,
        `open after ${passed} minutes`,
      );
    }
    t.clock.advanceMinutes(1);
    assert.equal((await overview(wijkteam, target.householdId)).status, 404, 'gone at expires_at');
    const mine = (await (await wijkteam.fetch('/api/v1/access-grants/mine')).json()) as Mine;
    assert.ok(!mine.active.some((g) => g.id === grant.id));
    assert.ok(mine.recent.some((g) => g.id === grant.id && !g.active && g.endedAt === null));
  });

  test('ending early closes the access at once; ending twice or someone else’s grant is refused', async () => {
    const target = h[1]!;
    const grant = (await (
      await ask(wijkteam, { householdId: target.householdId, reason: REASON, hours: 8 })
    ).json()) as Created;
    assert.equal((await overview(wijkteam, target.householdId)).status, 200);
    const mine = (await (await wijkteam.fetch('/api/v1/access-grants/mine')).json()) as Mine;
    const listed = mine.active.find((g) => g.id === grant.id);
    assert.ok(listed?.active);
    assert.match(listed.addressLine, /\d{4} [A-Z]{2} /, 'the address line is shown to the grant holder');

    const foreign = await regisseur.fetch(`/api/v1/access-grants/${grant.id}/end`, { method: 'POST' });
    assert.equal(foreign.status, 404, 'another user cannot end (or see) my grant');
    const ended = await wijkteam.fetch(`/api/v1/access-grants/${grant.id}/end`, { method: 'POST' });
    assert.equal(ended.status, 200, await ended.clone().text());
    assert.equal((await overview(wijkteam, target.householdId)).status, 404, 'access ended early');
    const again = await wijkteam.fetch(`/api/v1/access-grants/${grant.id}/end`, { method: 'POST' });
    assert.equal(again.status, 409);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'access.break_glass.end'));
    assert.ok(audit.some((a) => a.resourceIds.includes(grant.id)));

    const renewed = await ask(wijkteam, { householdId: target.householdId, reason: REASON, hours: 1 });
    assert.equal(renewed.status, 201, 'after ending, a new grant may be asked for');
  });

  test('one active grant per user and household; a household already in full access is a 409', async () => {
    const target = h[2]!;
    assert.equal((await ask(wijkteam, { bsn: target.bsn, reason: REASON, hours: 2 })).status, 201);
    const second = await ask(wijkteam, { bsn: target.bsn, reason: REASON, hours: 2 });
    assert.equal(second.status, 409);
    const grants = await t.database.db
      .select()
      .from(accessGrants)
      .where(eq(accessGrants.householdId, target.householdId));
    assert.equal(grants.length, 1);

    // The regisseur of an open case of the household already sees it fully.
    const own = h[3]!;
    const caseId = await insertCase(t, {
      householdId: own.householdId,
      teamId: await teamId(t, 'Wijkteam Noord'),
    });
    await insertRegisseur(t, caseId, await userId(t, 'regisseur'));
    const full = await ask(regisseur, { householdId: own.householdId, reason: REASON });
    assert.equal(full.status, 409);
    assert.equal(((await full.json()) as Problem).detail, 'U heeft al toegang tot dit huishouden');
  });

  test('the reason needs 20 characters after trimming; hours are a whole number from 1 to 24', async () => {
    const target = h[4]!;
    const short = await ask(wijkteam, { bsn: target.bsn, reason: `   ${'x'.repeat(19)}          ` });
    assert.match(await fieldError(short, 'reason'), /minstens 20 tekens/);
    assert.match(await fieldError(await ask(wijkteam, { bsn: target.bsn, reason: '' }), 'reason'), /20/);
    assert.ok(await fieldError(await ask(wijkteam, { bsn: target.bsn, reason: REASON, hours: 0 }), 'hours'));
    assert.ok(await fieldError(await ask(wijkteam, { bsn: target.bsn, reason: REASON, hours: 25 }), 'hours'));
    assert.ok(
      await fieldError(await ask(wijkteam, { bsn: target.bsn, reason: REASON, hours: 1.5 }), 'hours'),
    );
    const res = await ask(wijkteam, { bsn: target.bsn, reason: `${'x'.repeat(20)}`, hours: 24 });
    assert.equal(res.status, 201, 'exactly 20 characters and 24 hours are allowed');
    const { expiresAt } = (await res.json()) as Created;
    assert.equal(expiresAt, new Date(t.clock.current.getTime() + 24 * 3600_000).toISOString());
    const none = await t.database.db
      .select()
      .from(accessGrants)
      .where(
        and(
          eq(accessGrants.householdId, target.householdId),
          sql`${accessGrants.reason} <> ${'x'.repeat(20)}`,
        ),
      );
    assert.equal(none.length, 0, 'refused requests store nothing');
  });

  test('a BSN must pass the 11-proof; one identifier is required, never two', async () => {
    const bad = await ask(wijkteam, { bsn: '999990010', reason: REASON });
    assert.match(await fieldError(bad, 'bsn'), /elfproef/);
    assert.ok(await fieldError(await ask(wijkteam, { reason: REASON }), 'bsn'));
    const two = await ask(wijkteam, {
      bsn: h[5]!.bsn,
      postcode: h[5]!.postcode,
      huisnummer: 1,
      reason: REASON,
    });
    assert.ok(await fieldError(two, 'bsn'));
    assert.ok(
      await fieldError(await ask(wijkteam, { postcode: '12', huisnummer: 3, reason: REASON }), 'postcode'),
    );
  });

  test('the address must be exact, toevoeging included; nothing found says no more than that', async () => {
    const withoutToevoeging = await ask(wijkteam, { postcode: '9811 zz', huisnummer: 12, reason: REASON });
    assert.equal(withoutToevoeging.status, 404);
    assert.equal(((await withoutToevoeging.json()) as Problem).detail, 'Geen huishouden gevonden');
    const wrong = await ask(wijkteam, {
      postcode: '9811ZZ',
      huisnummer: 12,
      toevoeging: 'b-3',
      reason: REASON,
    });
    assert.equal(wrong.status, 404);
    const res = await ask(wijkteam, {
      postcode: '9811 zz',
      huisnummer: 12,
      toevoeging: 'B-2',
      reason: REASON,
    });
    assert.equal(res.status, 201, await res.clone().text());
    assert.equal(((await res.json()) as Created).householdId, lettered.householdId);

    const plain = h[6]!;
    const byAddress = await ask(wijkteam, {
      postcode: plain.postcode,
      huisnummer: plain.huisnummer,
      reason: REASON,
    });
    assert.equal(byAddress.status, 201, await byAddress.clone().text());
    assert.equal(((await byAddress.json()) as Created).householdId, plain.householdId);

    const traces = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'access.break_glass.not_found'));
    assert.ok(traces.length >= 2, 'a look-up that found nothing is audited');
    assert.ok(
      traces.every((a) => !JSON.stringify(a.details).includes('9811')),
      'without the identifier',
    );
  });

  test('only households of the actor’s municipalities can be found', async () => {
    const outside = await ask(wijkteam, { bsn: samenwerk.bsn, reason: REASON });
    assert.equal(outside.status, 404, 'Wijkteam Noord works for Regiedam only');
    const byId = await ask(wijkteam, { householdId: samenwerk.householdId, reason: REASON });
    assert.equal(byId.status, 404, 'also not by id');
    const inside = await ask(schuldhulp, { bsn: samenwerk.bsn, reason: REASON });
    assert.equal(inside.status, 201, 'the debt-help team serves both municipalities');
  });

  test('roles without access.break_glass are refused before anything happens', async () => {
    const before = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(accessGrants);
    for (const username of ['fg', 'partner', 'beleid', 'beheerder', 'intake']) {
      const b = await signedIn(t, username);
      const res = await ask(b, { bsn: h[7]!.bsn, reason: REASON });
      assert.equal(res.status, 403, username);
      assert.equal((await b.fetch('/api/v1/access-grants/mine')).status, 403, username);
    }
    const afterCount = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(accessGrants);
    assert.equal(afterCount[0]?.n, before[0]?.n);
  });

  test('the grant is audited with only its id and the household id, and every FG of the municipality is told', async () => {
    const regiedamFg2 = await fgUser(t, 'fg2', 'Gemeente Regiedam');
    const samenwerkFg = await fgUser(t, 'fgsamen', 'Gemeente Samenwerk');
    const fg = await userId(t, 'fg');
    const target = h[7]!;
    const grant = (await (await ask(wijkteam, { bsn: target.bsn, reason: REASON })).json()) as Created;

    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'access.break_glass'),
          sql`${auditLog.resourceIds} @> ${JSON.stringify([grant.id])}::jsonb`,
        ),
      );
    assert.ok(audit);
    assert.deepEqual(audit.resourceIds, [grant.id]);
    assert.equal(audit.details.householdId, target.householdId);
    assert.equal(audit.municipalityCode, 'GM9901');
    assert.ok(!JSON.stringify(audit).includes('politie'), 'the reason is not in the audit row');
    assert.ok(!JSON.stringify(audit).includes(target.bsn), 'nor the BSN');

    const told = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.resourceId, grant.id));
    assert.deepEqual(
      told.map((n) => n.userId).sort(),
      [fg, regiedamFg2].sort(),
      'each FG of Regiedam, not Samenwerk',
    );
    assert.ok(!told.some((n) => n.userId === samenwerkFg));
    for (const n of told) {
      assert.equal(n.kind, 'noodtoegang');
      assert.equal(n.title, 'Noodtoegang gebruikt: beoordelen');
      assert.equal(n.link, '/privacy/noodtoegang');
      assert.equal(n.readAt, null);
    }
  });
});
