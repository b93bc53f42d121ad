import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { routingRules } from '../../../db/schema/index.ts';
import { clearSignals, formBody, householdsIn, type TestHousehold, teamId } from './intake-test-support.ts';

type Item = {
  id: string;
  matchStatus: string;
  teamNaam: string;
  status: string;
  zaakId: string | null;
  huishouden: { id: string } | null;
};

/**
 * The whole way of a signal, through the real pipeline: a partner files it with the form, it is matched to the
 * household by BSN and routed to the wijkteam of the household's wijk, the team picks it up, and the partner then
 * sees "opgepakt" and nothing else.
 */
describe('from the partner form to "opgepakt"', () => {
  let t: TestApp;
  let h: TestHousehold;
  before(async () => {
    t = await createTestApp({ households: 60 });
    await clearSignals(t);
    [h] = (await householdsIn(t, 'WK990101')) as [TestHousehold];
    await t.database.db.insert(routingRules).values({
      municipalityCode: 'GM9901',
      name: 'Vervuiling in Centrum naar Noord',
      priority: 1,
      areaCode: 'WK990101',
      category: 'vervuiling-woning',
      teamId: await teamId(t, 'Wijkteam Noord'),
    });
  });
  after(() => t.close());

  test('filed, matched, on the worklist of Wijkteam Noord, picked up, and the partner sees only "opgepakt"', async () => {
    const partner = await signedIn(t, 'partner');
    const filed = await partner.fetch('/api/v1/signals', {
      method: 'POST',
      json: formBody({ persoon: { bsn: h.bsn }, partnerReferentie: 'KETEN-1' }),
    });
    assert.equal(filed.status, 201, await filed.clone().text());
    const receipt = (await filed.json()) as { id: string; terugkoppeling: string };
    assert.equal(receipt.terugkoppeling, 'in behandeling');

    const wijkteam = await signedIn(t, 'wijkteam');
    const list = (await (await wijkteam.fetch('/api/v1/signals/worklist?status=nieuw')).json()) as {
      items: Item[];
    };
    const item = list.items.find((i) => i.id === receipt.id);
    assert.ok(item, 'the signal is on the worklist of the wijkteam of the household');
    assert.equal(item.matchStatus, 'gematcht');
    assert.equal(item.teamNaam, 'Wijkteam Noord');
    assert.equal(item.huishouden?.id, h.householdId);

    const detail = (await (await wijkteam.fetch(`/api/v1/signals/${receipt.id}`)).json()) as {
      match: { methode: string; velden: string[] } | null;
    };
    assert.equal(detail.match?.methode, 'bsn', 'the reason for the match is shown');
    assert.ok(detail.match?.velden.includes('bsn'));

    const loket = await signedIn(t, 'intake');
    const loketList = (await (await loket.fetch('/api/v1/signals/worklist')).json()) as { items: Item[] };
    assert.ok(!loketList.items.some((i) => i.id === receipt.id), 'not on the list of another team');

    const picked = await wijkteam.fetch(`/api/v1/signals/${receipt.id}/oppakken`, { method: 'POST' });
    assert.equal(picked.status, 200, await picked.clone().text());
    assert.equal(((await picked.json()) as Item).status, 'Opgepakt');

    const mine = (await (await partner.fetch('/api/v1/signals/mine')).json()) as {
      items: Record<string, unknown>[];
    };
    const fed = mine.items.find((i) => i.id === receipt.id);
    assert.deepEqual(fed, {
      id: receipt.id,
      partnerReferentie: 'KETEN-1',
      categorie: 'vervuiling-woning',
      categorieLabel: 'Vervuiling van de woning',
      signaaldatum: '2026-11-23',
      ontvangenOp: '2026-11-23T09:00:00.000Z',
      terugkoppeling: 'opgepakt',
    });
  });
});
