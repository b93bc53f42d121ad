import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { notifications } from '../../../db/schema/index.ts';
import { userId } from '../../board/board-test-support.ts';
import { partnerApiKey } from '../../signals/intake/intake-test-support.ts';
import { NOTIFICATION_LIST_LIMIT, notifyUsers } from './notifications.service.ts';

type List = {
  items: {
    id: string;
    kind: string;
    title: string;
    link: string | null;
    createdAt: string;
    readAt: string | null;
  }[];
  unread: number;
};

describe('notifications (meldingen)', () => {
  let t: TestApp;
  let fgId: string;
  let wijkteamId: string;

  const notify = async (users: string[], title: string) => {
    await t.database.db.transaction((tx) =>
      notifyUsers(t.ctx(), tx, users, { kind: 'test', title, link: '/meldingen', resourceId: null }),
    );
  };

  before(async () => {
    t = await createTestApp({ households: 20 });
    fgId = await userId(t, 'fg');
    wijkteamId = await userId(t, 'wijkteam');
    await notify([fgId], 'Eerste');
    t.clock.advanceMinutes(5);
    await notify([fgId, wijkteamId], 'Tweede');
  });
  after(() => t.close());

  test('each user sees only their own, newest first, with the unread count', async () => {
    const fg = await signedIn(t, 'fg');
    const list = (await (await fg.fetch('/api/v1/notifications')).json()) as List;
    assert.deepEqual(
      list.items.map((n) => n.title),
      ['Tweede', 'Eerste'],
    );
    assert.equal(list.unread, 2);
    const wijkteam = await signedIn(t, 'wijkteam');
    const theirs = (await (await wijkteam.fetch('/api/v1/notifications')).json()) as List;
    assert.deepEqual(
      theirs.items.map((n) => n.title),
      ['Tweede'],
    );
    const partner = await signedIn(t, 'partner');
    const none = (await (await partner.fetch('/api/v1/notifications')).json()) as List;
    assert.deepEqual(none, { items: [], unread: 0 });
  });

  test('marking read: own only (another user’s is a 404 and stays unread); the first moment is kept', async () => {
    const fg = await signedIn(t, 'fg');
    const wijkteam = await signedIn(t, 'wijkteam');
    const list = (await (await fg.fetch('/api/v1/notifications')).json()) as List;
    const first = list.items.find((n) => n.title === 'Eerste')!;

    const foreign = await wijkteam.fetch(`/api/v1/notifications/${first.id}/read`, { method: 'POST' });
    assert.equal(foreign.status, 404);
    const [still] = await t.database.db.select().from(notifications).where(eq(notifications.id, first.id));
    assert.equal(still?.readAt, null);

    const res = await fg.fetch(`/api/v1/notifications/${first.id}/read`, { method: 'POST' });
    assert.equal(res.status, 200, await res.clone().text());
    const read = (await res.json()) as List['items'][number];
    assert.equal(read.readAt, t.clock.current.toISOString());
    t.clock.advanceMinutes(1);
    const again = (await (
      await fg.fetch(`/api/v1/notifications/${first.id}/read`, { method: 'POST' })
    ).json()) as List['items'][number];
    assert.equal(again.readAt, read.readAt, 'reading again keeps the first moment');
    const after = (await (await fg.fetch('/api/v1/notifications')).json()) as List;
    assert.equal(after.unread, 1);
    assert.equal(
      (await fg.fetch('/api/v1/notifications/00000000-0000-4000-8000-000000000000/read', { method: 'POST' }))
        .status,
      404,
    );
  });

  test('signed-in users only; a partner API key is refused', async () => {
    assert.equal((await t.request('/api/v1/notifications')).status, 401);
    const key = await partnerApiKey(t, 'Woonstichting De Sleutel');
    const res = await t.request('/api/v1/notifications', { headers: { authorization: `Bearer ${key}` } });
    assert.equal(res.status, 403);
  });

  test('the list shows the newest ones; the count covers all unread', async () => {
    const many = Array.from({ length: NOTIFICATION_LIST_LIMIT + 5 }, (_, i) => `Melding ${i}`);
    for (const title of many) {
      t.clock.advanceMinutes(1);
      await notify([wijkteamId], title);
    }
    const wijkteam = await signedIn(t, 'wijkteam');
    const list = (await (await wijkteam.fetch('/api/v1/notifications')).json()) as List;
    assert.equal(list.items.length, NOTIFICATION_LIST_LIMIT);
    assert.equal(list.items[0]?.title, `Melding ${NOTIFICATION_LIST_LIMIT + 4}`);
    assert.equal(list.unread, NOTIFICATION_LIST_LIMIT + 6);
  });
});
