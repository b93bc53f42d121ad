import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import {
  apiGet,
  clearSignals,
  insertCase,
  insertSignal,
  organisationId,
  partnerApiKey,
} from './intake-test-support.ts';

type Mine = { items: Record<string, unknown>[]; total: number };
const FEEDBACK_KEYS = [
  'categorie',
  'categorieLabel',
  'id',
  'ontvangenOp',
  'partnerReferentie',
  'signaaldatum',
  'terugkoppeling',
];

describe('partner feedback: own signals, only picked up or not', () => {
  let t: TestApp;
  let key: string;
  let energieKey: string;
  const ids: Record<string, string> = {};

  before(async () => {
    t = await createTestApp({ households: 5 });
    await clearSignals(t);
    key = await partnerApiKey(t, 'Woonstichting De Sleutel');
    energieKey = await partnerApiKey(t, 'Energie Samen');
    const sleutel = await organisationId(t, 'Woonstichting De Sleutel');
    const energie = await organisationId(t, 'Energie Samen');
    const statuses = {
      wacht: 'Nog niet opgepakt',
      opgepakt: 'Opgepakt',
      geenInwoner: 'Persoon is geen inwoner (meer) in de gemeente',
      onterecht: 'Niet opgepakt: onterecht signaal',
    };
    let day = 10;
    for (const [name, status] of Object.entries(statuses)) {
      ids[name] = await insertSignal(t, {
        // The term has passed (the clock is 2026-11-23), so "niet opgepakt" may be told.
        deadline: '2026-11-20',
        partnerOrganisationId: sleutel,
        partnerType: 'Huur',
        category: 'huurachterstand',
        kind: 'vroegsignaal',
        externalId: `HUUR-${name}`,
        status,
        amountEuros: 700,
        description: 'vertrouwelijke omschrijving',
        receivedAt: new Date(`2026-11-${day++}T08:00:00Z`),
      });
    }
    ids.energie = await insertSignal(t, { partnerOrganisationId: energie, status: 'Opgepakt' });
    const household = await t.database.db.execute<{ id: string }>(sql`SELECT id FROM households LIMIT 1`);
    const closedCase = await insertCase(t, {
      householdId: household.rows[0]!.id,
      closedOn: '2026-11-22',
      result: 'Niet opgepakt: andere reden',
    });
    ids.energieGesloten = await insertSignal(t, {
      partnerOrganisationId: energie,
      status: 'Niet opgepakt: andere reden',
      deadline: '2026-12-07',
      caseId: closedCase,
      receivedAt: new Date('2026-11-21T08:00:00Z'),
    });
    ids.energieVers = await insertSignal(t, {
      partnerOrganisationId: energie,
      status: 'Persoon is geen inwoner (meer) in de gemeente',
      deadline: '2026-12-07',
      receivedAt: new Date('2026-11-23T08:00:00Z'),
    });
  });
  after(() => t.close());

  test('partner staff see their organisation’s signals, newest first, with exactly the allowed fields', async () => {
    const partner = await signedIn(t, 'partner');
    const res = await partner.fetch('/api/v1/signals/mine');
    assert.equal(res.status, 200);
    const page = (await res.json()) as Mine;
    assert.equal(page.total, 4);
    for (const item of page.items) assert.deepEqual(Object.keys(item).sort(), FEEDBACK_KEYS);
    assert.deepEqual(
      page.items.map((i) => [i.partnerReferentie, i.terugkoppeling]),
      [
        ['HUUR-onterecht', 'niet opgepakt'],
        ['HUUR-geenInwoner', 'niet opgepakt'],
        ['HUUR-opgepakt', 'opgepakt'],
        ['HUUR-wacht', 'in behandeling'],
      ],
    );
    assert.deepEqual(page.items[3], {
      id: ids.wacht,
      partnerReferentie: 'HUUR-wacht',
      categorie: 'huurachterstand',
      categorieLabel: 'Huurachterstand',
      signaaldatum: '2026-11-20',
      ontvangenOp: '2026-11-10T08:00:00.000Z',
      terugkoppeling: 'in behandeling',
    });
    const text = JSON.stringify(page);
    for (const secret of [
      '999990019',
      'vertrouwelijk',
      'bedrag',
      'Persoon is geen inwoner',
      'Niet opgepakt:',
    ]) {
      assert.ok(!text.includes(secret), `never ${secret}: no personal data, case data or reason`);
    }
  });

  test("a partner API key sees its own organisation's signals only; paging works", async () => {
    const res = await apiGet(t, key, '/api/v1/signals/mine?pageSize=2&page=2');
    assert.equal(res.status, 200);
    const page = (await res.json()) as Mine;
    assert.equal(page.total, 4);
    assert.deepEqual(
      page.items.map((i) => i.id),
      [ids.opgepakt, ids.wacht],
    );
    const energie = (await (await apiGet(t, energieKey, '/api/v1/signals/mine')).json()) as Mine;
    assert.deepEqual(
      energie.items.map((i) => [i.id, i.terugkoppeling]),
      [
        [ids.energieVers, 'in behandeling'], // within its term: not told yet that it was not picked up
        [ids.energieGesloten, 'niet opgepakt'], // within its term, but a person closed the case
        [ids.energie, 'opgepakt'],
      ],
    );
    for (const item of energie.items) assert.deepEqual(Object.keys(item).sort(), FEEDBACK_KEYS);
  });

  test('roles that do not file signals are refused; nobody signed in is unauthenticated', async () => {
    const beleid = await signedIn(t, 'beleid');
    assert.equal((await beleid.fetch('/api/v1/signals/mine')).status, 403);
    assert.equal((await t.request('/api/v1/signals/mine')).status, 401);
    assert.equal((await apiGet(t, key, '/api/v1/signals/worklist')).status, 403, 'a key has no worklist');
  });
});
