import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import type { UserActor } from '../../../context.ts';
import { accessGrants, auditLog, notifications } from '../../../db/schema/index.ts';
import { syntheticBsn } from '../../../lib/bsn.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import { userId } from '../../board/board-test-support.ts';
import { fgUser, type Household, insertHousehold, untouchedHouseholds } from './break-glass-test-support.ts';

const REASON = 'Acute zorgen over de kinderen, casusteam niet bereikbaar in het weekend';

type Item = {
  id: string;
  user: { userId: string; displayName: string; organisation: string };
  householdId: string;
  reason: string;
  active: boolean;
  endedAt: string | null;
  views: number;
  review: {
    status: string;
    reviewedBy: { displayName: string } | null;
    reviewedAt: string | null;
    note: string | null;
  };
};
type ReviewPage = { items: Item[]; total: number; page: number; pageSize: number };

describe('the FG reviews every break-the-glass use', () => {
  let t: TestApp;
  let wijkteam: Browser;
  let schuldhulp: Browser;
  let fg: Browser;
  let h: Household[];
  let samenwerk: Household;
  const grants: string[] = [];

  const ask = async (b: Browser, bsn: string, hours = 4) => {
    const res = await b.fetch('/api/v1/access-grants', {
      method: 'POST',
      json: { bsn, reason: REASON, hours },
    });
    assert.equal(res.status, 201, await res.clone().text());
    return ((await res.json()) as { id: string }).id;
  };
  const queue = async (b: Browser, query = '') => {
    const res = await b.fetch(`/api/v1/access-grants/review${query}`);
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()) as ReviewPage;
  };
  const review = (b: Browser, id: string, json: unknown) =>
    b.fetch(`/api/v1/access-grants/${id}/review`, { method: 'POST', json });

  before(async () => {
    t = await createTestApp({ households: 60 });
    h = await untouchedHouseholds(t, 4);
    samenwerk = await insertHousehold(t, {
      municipalityCode: 'GM9902',
      bsn: syntheticBsn(90_011),
      postcode: '9901AB',
      huisnummer: 3,
    });
    wijkteam = await signedIn(t, 'wijkteam');
    schuldhulp = await signedIn(t, 'schuldhulp');
    fg = await signedIn(t, 'fg');
    grants.push(await ask(wijkteam, h[0]!.bsn, 2));
    // What the holder looks at during the grant is counted; a look after it ended is not.
    assert.equal((await wijkteam.fetch(`/api/v1/households/${h[0]!.householdId}/overview`)).status, 200);
    assert.equal((await wijkteam.fetch(`/api/v1/households/${h[0]!.householdId}/overview`)).status, 200);
    t.clock.advanceMinutes(10);
    grants.push(await ask(wijkteam, h[1]!.bsn));
    t.clock.advanceMinutes(10);
    grants.push(await ask(schuldhulp, h[2]!.bsn));
    t.clock.advanceMinutes(10);
    grants.push(await ask(schuldhulp, samenwerk.bsn));
  });
  // Tests move the clock by hours, past the sessions' idle limit (30 minutes): each test signs in afresh.
  beforeEach(async () => {
    wijkteam = await signedIn(t, 'wijkteam');
    schuldhulp = await signedIn(t, 'schuldhulp');
    fg = await signedIn(t, 'fg');
  });
  after(() => t.close());

  test('the queue shows who, which household, why, how long and what they looked at; newest first', async () => {
    const page = await queue(fg);
    assert.deepEqual(
      page.items.map((i) => i.id),
      [grants[2], grants[1], grants[0]],
      'Regiedam only, newest first',
    );
    assert.equal(page.total, 3);
    const first = page.items.find((i) => i.id === grants[0])!;
    assert.equal(first.user.displayName, 'Wout Wijkteam');
    assert.equal(first.user.organisation, 'Gemeente Regiedam');
    assert.equal(first.householdId, h[0]!.householdId);
    assert.equal(first.reason, REASON);
    assert.equal(first.active, true);
    assert.equal(first.views, 2, 'two overview reads during the grant');
    assert.equal(first.review.status, 'open');

    // A look at the household outside the grant window (forged into the log by the same user) is not counted.
    const actor: UserActor = {
      type: 'user',
      userId: await userId(t, 'wijkteam'),
      username: 'wijkteam',
      displayName: 'Wout Wijkteam',
      roles: ['wijkteam_professional'],
      organisationId: first.user.userId,
      sessionId: null,
    };
    const later = new Date(t.clock.current.getTime() + 3 * 3600_000);
    await t.database.db.transaction((tx) =>
      appendAudit({ ...t.ctx(actor), now: later }, tx, {
        action: 'household.read',
        resourceType: 'household',
        resourceIds: [h[0]!.householdId],
        municipalityCode: 'GM9901',
      }),
    );
    t.clock.advanceMinutes(120);
    fg = await signedIn(t, 'fg'); // two hours idle ended the FG's session
    const expired = (await queue(fg)).items.find((i) => i.id === grants[0])!;
    assert.equal(expired.active, false, 'the 2-hour grant has run out');
    assert.equal(expired.views, 2);

    const paged = await queue(fg, '?status=all&page=2&pageSize=2');
    assert.deepEqual(
      paged.items.map((i) => i.id),
      [grants[0]],
    );
    assert.equal(paged.total, 3);
  });

  test('reading the queue is audited with the grant ids shown', async () => {
    const before = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.action, 'access_grant.read'));
    await queue(fg);
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'access_grant.read'));
    assert.equal(rows.length, (before[0]?.n ?? 0) + 1);
    const last = rows.at(-1)!;
    assert.deepEqual([...last.resourceIds].sort(), [grants[0], grants[1], grants[2]].sort());
  });

  test('onterecht needs a note; a judged grant cannot be judged again; it leaves the open queue', async () => {
    const missing = await review(fg, grants[1]!, { outcome: 'onterecht', note: '   ' });
    assert.equal(missing.status, 400);
    const body = (await missing.json()) as { errors: { path: string }[] };
    assert.ok(body.errors.some((e) => e.path === 'note'));
    assert.equal((await review(fg, grants[1]!, { outcome: 'misschien' })).status, 400);

    const res = await review(fg, grants[1]!, { outcome: 'onterecht', note: 'Er was geen acute situatie' });
    assert.equal(res.status, 200, await res.clone().text());
    const judged = (await res.json()) as Item;
    assert.equal(judged.review.status, 'onterecht');
    assert.equal(judged.review.note, 'Er was geen acute situatie');
    assert.equal(judged.review.reviewedBy?.displayName, 'Fenna FG');
    assert.equal(judged.review.reviewedAt, t.clock.current.toISOString());

    const twice = await review(fg, grants[1]!, { outcome: 'gerechtvaardigd' });
    assert.equal(twice.status, 409);
    const [row] = await t.database.db.select().from(accessGrants).where(eq(accessGrants.id, grants[1]!));
    assert.equal(row?.reviewStatus, 'onterecht', 'the first judgement stands');

    assert.ok(!(await queue(fg)).items.some((i) => i.id === grants[1]));
    assert.ok((await queue(fg, '?status=all')).items.some((i) => i.id === grants[1]));
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'access.break_glass.review'));
    assert.equal(audit.length, 1);
    assert.deepEqual(audit[0]?.resourceIds, [grants[1]]);

    const fgId = await userId(t, 'fg');
    const [told] = await t.database.db
      .select()
      .from(notifications)
      .where(sql`${notifications.userId} = ${fgId} AND ${notifications.resourceId} = ${grants[1]}`);
    assert.ok(told?.readAt, "the reviewer's notification of this grant is marked read");

    const ok = await review(fg, grants[0]!, { outcome: 'gerechtvaardigd' });
    assert.equal(ok.status, 200);
    assert.equal(((await ok.json()) as Item).review.note, null, 'no note needed for gerechtvaardigd');
  });

  test('only an FG reviews, and only grants of their municipalities', async () => {
    for (const b of [wijkteam, schuldhulp, await signedIn(t, 'beheerder'), await signedIn(t, 'teamleider')]) {
      assert.equal((await b.fetch('/api/v1/access-grants/review')).status, 403);
      assert.equal((await review(b, grants[2]!, { outcome: 'gerechtvaardigd' })).status, 403);
    }
    assert.equal(
      (await review(fg, grants[3]!, { outcome: 'gerechtvaardigd' })).status,
      404,
      'Samenwerk grant',
    );

    await fgUser(t, 'fgsamen', 'Gemeente Samenwerk');
    const samenFg = await signedIn(t, 'fgsamen');
    const theirs = await queue(samenFg, '?status=all');
    assert.deepEqual(
      theirs.items.map((i) => i.id),
      [grants[3]],
    );
    assert.equal((await review(samenFg, grants[2]!, { outcome: 'gerechtvaardigd' })).status, 404);
    assert.equal((await review(samenFg, grants[3]!, { outcome: 'gerechtvaardigd' })).status, 200);
    const [row] = await t.database.db.select().from(accessGrants).where(eq(accessGrants.id, grants[2]!));
    assert.equal(row?.reviewStatus, 'open', 'refused reviews change nothing');
  });
});
