import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, like, sql } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { auditLog, signals } from '../../../db/schema/index.ts';
import {
  apiGet,
  apiPost,
  formBody,
  householdsIn,
  partnerApiKey,
  type TestHousehold,
} from './intake-test-support.ts';

type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };
type Receipt = { id: string; status: string; terugkoppeling: string };

const messageAt = (p: Problem, path: string) => p.errors?.find((e) => e.path === path)?.message;

describe('signal intake: web form and partner API', () => {
  let t: TestApp;
  let key: string;
  let otherKey: string;
  let h: TestHousehold;
  before(async () => {
    t = await createTestApp({ households: 60 });
    key = await partnerApiKey(t, 'Woonstichting De Sleutel');
    otherKey = await partnerApiKey(t, 'Energie Samen');
    [h] = (await householdsIn(t, 'WK990101')) as [TestHousehold];
  });
  after(() => t.close());

  test('partner staff file a signal with the form: stored as sent, dated today, audited without personal data', async () => {
    const partner = await signedIn(t, 'partner');
    const res = await partner.fetch('/api/v1/signals', {
      method: 'POST',
      json: formBody({
        categorie: 'huurachterstand',
        persoon: { naam: 'J. Jansen', geboortedatum: '1980-02-03' },
        adres: { postcode: '9811 ab', huisnummer: 12, huisletter: 'a', toevoeging: '2hg' },
        bedrag: 850,
        ontstaansdatum: '2026-08-01',
        partnerReferentie: 'HUUR-77',
      }),
    });
    assert.equal(res.status, 201, await res.clone().text());
    const receipt = (await res.json()) as Receipt;
    assert.deepEqual(Object.keys(receipt).sort(), ['id', 'status', 'terugkoppeling']);
    assert.equal(receipt.status, 'ontvangen');

    const [row] = await t.database.db.select().from(signals).where(eq(signals.id, receipt.id));
    assert.ok(row);
    assert.equal(row.source, 'formulier');
    assert.match(row.sourceKey, /^form:[0-9a-f-]{36}$/);
    assert.equal(row.kind, 'vroegsignaal', 'the category decides the kind');
    assert.equal(row.partnerType, 'Huur', 'a woningcorporatie files as partner type Huur');
    assert.equal(row.postcode, '9811AB');
    assert.equal(row.huisletter, 'A');
    assert.equal(row.huisnummertoevoeging, '2hg');
    assert.equal(row.amountEuros, 850);
    assert.equal(row.externalId, 'HUUR-77');
    assert.equal(row.signalDate, '2026-11-23', 'default: the Amsterdam date of the pinned clock');
    assert.equal(row.receivedAt.toISOString(), '2026-11-23T09:00:00.000Z');
    assert.equal(row.requestHash, null);
    assert.ok(row.filedBy);

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'signal.file'),
          sql`${auditLog.resourceIds} @> ${JSON.stringify([receipt.id])}::jsonb`,
        ),
      );
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.municipalityCode, 'GM9901');
    const details = JSON.stringify(audit[0]!.details);
    for (const personal of ['Jansen', '9811', '1980', 'HUUR-77', '850']) {
      assert.ok(!details.includes(personal), `audit detail holds no ${personal}`);
    }
  });

  test('every bad field gets its own Dutch message', async () => {
    const partner = await signedIn(t, 'partner');
    const res = await partner.fetch('/api/v1/signals', {
      method: 'POST',
      json: {
        gemeente: 'Regiedam',
        categorie: '',
        urgentie: 'spoed',
        bewonerStemtIn: 'ja',
        persoon: { bsn: '123456789', geboortedatum: '2026-02-30' },
        adres: { postcode: '0123 AB', huisnummer: 1.5, huisletter: 'AB' },
        bedrag: -5,
        signaaldatum: '23-11-2026',
      },
    });
    assert.equal(res.status, 400);
    const p = (await res.json()) as Problem;
    const expected: Record<string, RegExp> = {
      gemeente: /gemeente/,
      categorie: /Kies wat u zag/,
      urgentie: /normaal of hoog/,
      bewonerGeinformeerd: /weet van dit signaal/,
      bewonerStemtIn: /eens is met dit signaal/,
      'persoon.bsn': /elfproef/,
      'persoon.geboortedatum': /geboortedatum.*2026-01-31/,
      'adres.postcode': /1234 AB/,
      'adres.huisnummer': /heel getal/,
      'adres.huisletter': /één letter/,
      bedrag: /negatief/,
      signaaldatum: /datum van het signaal/,
    };
    for (const [path, message] of Object.entries(expected)) {
      assert.match(messageAt(p, path) ?? `(no message at ${path}: ${JSON.stringify(p.errors)})`, message);
    }
  });

  test('a BSN or a postcode with huisnummer is needed; dates cannot lie in the future', async () => {
    const partner = await signedIn(t, 'partner');
    const post = (body: Record<string, unknown>) =>
      partner.fetch('/api/v1/signals', { method: 'POST', json: body });

    const nobody = await post(formBody({ persoon: { naam: 'Iemand' } }));
    assert.equal(nobody.status, 400);
    assert.equal(
      messageAt((await nobody.json()) as Problem, 'persoon.bsn'),
      'Vul het BSN in, of de postcode en het huisnummer',
    );

    const halfAddress = await post(formBody({ persoon: {}, adres: { postcode: '9811AB' } }));
    assert.equal(halfAddress.status, 400);
    assert.match(messageAt((await halfAddress.json()) as Problem, 'adres.huisnummer') ?? '', /huisnummer/);

    const future = await post(formBody({ signaaldatum: '2026-11-24', ontstaansdatum: '2027-01-01' }));
    assert.equal(future.status, 400);
    const fp = (await future.json()) as Problem;
    assert.equal(messageAt(fp, 'signaaldatum'), 'De datum van het signaal kan niet in de toekomst liggen');
    assert.match(messageAt(fp, 'ontstaansdatum') ?? '', /toekomst/);

    const byAddress = await post(
      formBody({ persoon: {}, adres: { postcode: h.postcode, huisnummer: h.huisnummer } }),
    );
    assert.equal(byAddress.status, 201, await byAddress.clone().text());
  });

  test('category and municipality are checked against configuration and the organisation', async () => {
    const partner = await signedIn(t, 'partner');
    const unknown = await partner.fetch('/api/v1/signals', {
      method: 'POST',
      json: formBody({ categorie: 'bestaat-niet' }),
    });
    assert.equal(unknown.status, 400);
    assert.match(
      messageAt((await unknown.json()) as Problem, 'categorie') ?? '',
      /Kies een categorie uit de lijst/,
    );

    // Gemeente Regiedam works in GM9901 only; the corporation in both.
    const wijkteam = await signedIn(t, 'wijkteam');
    const elsewhere = await wijkteam.fetch('/api/v1/signals', {
      method: 'POST',
      json: formBody({ gemeente: 'GM9902' }),
    });
    assert.equal(elsewhere.status, 400);
    assert.equal(
      messageAt((await elsewhere.json()) as Problem, 'gemeente'),
      'Kies een gemeente waarin uw organisatie werkt',
    );

    const own = await wijkteam.fetch('/api/v1/signals', {
      method: 'POST',
      json: formBody({ categorie: 'eenzaamheid' }),
    });
    assert.equal(own.status, 201);
    const [row] = await t.database.db
      .select()
      .from(signals)
      .where(eq(signals.id, ((await own.json()) as Receipt).id));
    assert.equal(row!.kind, 'zorgsignaal');
    assert.equal(row!.partnerType, null, 'a professional of the municipality is no signal partner');

    const crisis = await partner.fetch('/api/v1/signals', {
      method: 'POST',
      json: formBody({ categorie: 'dreigende-huisuitzetting' }),
    });
    const [evicted] = await t.database.db
      .select()
      .from(signals)
      .where(eq(signals.id, ((await crisis.json()) as Receipt).id));
    assert.equal(evicted!.crisis, true, 'an eviction is a crisis by its category');
  });

  test('only filers: beleid is refused, nobody signed in is unauthenticated; nothing is stored', async () => {
    const before = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(signals);
    const beleid = await signedIn(t, 'beleid');
    assert.equal((await beleid.fetch('/api/v1/signals', { method: 'POST', json: formBody() })).status, 403);
    assert.equal((await t.request('/api/v1/signals', { method: 'POST', json: formBody() })).status, 401);
    const afterCount = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(signals);
    assert.equal(afterCount[0]!.n, before[0]!.n);
  });

  test('the partner API needs a valid Idempotency-Key', async () => {
    const missing = await apiPost(t, key, formBody());
    assert.equal(missing.status, 400);
    assert.equal(((await missing.json()) as Problem).detail, 'Idempotency-Key ontbreekt');
    for (const bad of ['met spatie', 'x'.repeat(201), 'tab\there', 'é']) {
      const res = await apiPost(t, key, formBody(), bad);
      assert.equal(res.status, 400, bad);
      assert.match(((await res.json()) as Problem).detail, /^Idempotency-Key ontbreekt/);
    }
    assert.equal((await apiPost(t, key, formBody(), 'k'.repeat(200))).status, 201);
  });

  test('a retry with the same key and body gets the same answer (200), in any key order, without a second row', async () => {
    const body = formBody({ partnerReferentie: 'CRM-1', bedrag: 120 });
    const first = await apiPost(t, key, body, 'retry-1');
    assert.equal(first.status, 201, await first.clone().text());
    const created = (await first.json()) as Receipt;

    const again = await apiPost(t, key, body, 'retry-1');
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), created);

    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const third = await apiPost(t, key, reordered, 'retry-1');
    assert.equal(third.status, 200);
    assert.equal(((await third.json()) as Receipt).id, created.id);

    const rows = await t.database.db.select().from(signals).where(like(signals.sourceKey, '%:retry-1'));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.source, 'api');
    assert.match(rows[0]!.sourceKey, /^api:[0-9a-f-]{36}:retry-1$/);
    assert.match(rows[0]!.requestHash ?? '', /^[0-9a-f]{64}$/);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'signal.file'),
          sql`${auditLog.resourceIds} @> ${JSON.stringify([created.id])}::jsonb`,
        ),
      );
    assert.equal(audits.length, 1, 'a replay is not a new signal');
  });

  test('the same key with another body is refused with 409 and changes nothing', async () => {
    const first = await apiPost(t, key, formBody({ bedrag: 100 }), 'reuse-1');
    assert.equal(first.status, 201);
    const other = await apiPost(t, key, formBody({ bedrag: 101 }), 'reuse-1');
    assert.equal(other.status, 409);
    assert.match(((await other.json()) as Problem).detail, /Idempotency-Key is al gebruikt/);
    const elsewhere = await apiPost(t, key, formBody({ bedrag: 100, gemeente: 'GM9902' }), 'reuse-1');
    assert.equal(elsewhere.status, 409, 'also when the other body names another municipality');
    const rows = await t.database.db.select().from(signals).where(like(signals.sourceKey, '%:reuse-1'));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.amountEuros, 100);
  });

  test('concurrent retries store one signal and all get its id', async () => {
    const body = formBody({ partnerReferentie: 'CRM-RACE' });
    const responses = await Promise.all(Array.from({ length: 6 }, () => apiPost(t, key, body, 'race-1')));
    const statuses = responses.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 201]);
    const ids = new Set(await Promise.all(responses.map(async (r) => ((await r.json()) as Receipt).id)));
    assert.equal(ids.size, 1);
    const rows = await t.database.db.select().from(signals).where(like(signals.sourceKey, '%:race-1'));
    assert.equal(rows.length, 1);
  });

  test("keys are per partner: another partner's same key is a new signal", async () => {
    const mine = await apiPost(t, key, formBody(), 'shared-key');
    const theirs = await apiPost(t, otherKey, formBody(), 'shared-key');
    assert.equal(mine.status, 201);
    assert.equal(theirs.status, 201);
    const theirsId = ((await theirs.json()) as Receipt).id;
    assert.notEqual(((await mine.json()) as Receipt).id, theirsId);
    const [row] = await t.database.db.select().from(signals).where(eq(signals.id, theirsId));
    assert.equal(row!.partnerType, 'Energie');
  });

  test('categories of a municipality, for anyone signed in or with a key', async () => {
    const res = await apiGet(t, key, '/api/v1/signals/categories?gemeente=GM9901');
    assert.equal(res.status, 200);
    const { items } = (await res.json()) as {
      items: { code: string; label: string; soort: string; crisis: boolean }[];
    };
    assert.deepEqual(
      items.find((c) => c.code === 'vervuiling-woning'),
      {
        code: 'vervuiling-woning',
        label: 'Vervuiling van de woning',
        soort: 'zorgsignaal',
        crisis: false,
      },
    );
    assert.equal(items.find((c) => c.code === 'einde-levering-energie')?.crisis, true);
    assert.equal((await apiGet(t, key, '/api/v1/signals/categories?gemeente=GM9999')).status, 404);
    assert.equal((await t.request('/api/v1/signals/categories?gemeente=GM9901')).status, 401);
  });

  test('the OpenAPI document describes the partner API: both security schemes and the Idempotency-Key header', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            security?: unknown[];
            parameters?: { name: string; in: string }[];
            responses: Record<string, unknown>;
          }
        >
      >;
    };
    const post = doc.paths['/api/v1/signals']?.post;
    assert.ok(post);
    assert.deepEqual(post.security, [{ session: [] }, { apiKey: [] }]);
    assert.ok(
      post.parameters?.some((p) => p.name === 'Idempotency-Key' && p.in === 'header'),
      JSON.stringify(post.parameters),
    );
    for (const status of ['200', '201', '400', '409']) assert.ok(post.responses[status], status);
    for (const path of [
      '/api/v1/signals/mine',
      '/api/v1/signals/worklist',
      '/api/v1/signals/{id}/oppakken',
      '/api/v1/signal-cases/{zaakId}/afsluiten',
    ]) {
      assert.ok(doc.paths[path], path);
    }
  });
});
