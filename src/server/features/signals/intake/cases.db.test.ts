import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { auditLog, signalCases, signalContactAttempts, signals } from '../../../db/schema/index.ts';
import {
  clearSignals,
  householdsIn,
  insertCase,
  insertSignal,
  type TestHousehold,
  teamId,
} from './intake-test-support.ts';

type Detail = {
  id: string;
  status: string;
  zaakId: string | null;
  zaak: {
    id: string;
    opgepaktOp: string | null;
    contactpogingen: unknown[];
    signalen: { id: string; status: string }[];
  } | null;
};
type Problem = { detail: string; errors?: { path: string; message: string }[] };

describe('pick up, contact attempts and closing', () => {
  let t: TestApp;
  let wijkteam: Browser;
  let noord: string;
  let zuid: string;
  let households: TestHousehold[];

  const pickUp = (id: string) => wijkteam.fetch(`/api/v1/signals/${id}/oppakken`, { method: 'POST' });
  const attempt = (caseId: string, body: Record<string, unknown>) =>
    wijkteam.fetch(`/api/v1/signal-cases/${caseId}/contactpogingen`, { method: 'POST', json: body });
  const close = (caseId: string, resultaat: string) =>
    wijkteam.fetch(`/api/v1/signal-cases/${caseId}/afsluiten`, { method: 'POST', json: { resultaat } });
  const signal = async (id: string) =>
    (await t.database.db.select().from(signals).where(eq(signals.id, id)))[0]!;
  const matchedIn = (h: TestHousehold) => ({
    householdId: h.householdId,
    personId: h.personId,
    teamId: noord,
  });

  before(async () => {
    t = await createTestApp({ households: 60 });
    await clearSignals(t);
    noord = await teamId(t, 'Wijkteam Noord');
    zuid = await teamId(t, 'Wijkteam Zuid');
    households = await householdsIn(t, 'WK990101', 4);
    wijkteam = await signedIn(t, 'wijkteam');
  });
  after(() => t.close());

  test('a signal without a household cannot be picked up yet', async () => {
    const id = await insertSignal(t, { teamId: noord, matchStatus: 'te_beoordelen' });
    const res = await pickUp(id);
    assert.equal(res.status, 409);
    assert.match(((await res.json()) as Problem).detail, /nog niet aan een huishouden gekoppeld/);
    assert.equal((await signal(id)).status, 'Nog niet opgepakt');
  });

  test("picking up picks up the signal's whole case: every waiting signal becomes Opgepakt, kept 12 months", async () => {
    const h = households[0]!;
    const caseId = await insertCase(t, { householdId: h.householdId, teamId: noord, openedOn: '2026-11-20' });
    const first = await insertSignal(t, { ...matchedIn(h), caseId });
    const second = await insertSignal(t, { ...matchedIn(h), caseId, category: 'overlast' });
    const repeat = await insertSignal(t, {
      ...matchedIn(h),
      caseId,
      status: 'Niet opgepakt: herhaalde melding',
    });

    const res = await pickUp(first);
    assert.equal(res.status, 200, await res.clone().text());
    const detail = (await res.json()) as Detail;
    assert.equal(detail.status, 'Opgepakt');
    assert.equal(detail.zaak?.id, caseId);
    assert.equal(detail.zaak?.opgepaktOp, '2026-11-23');
    const [c] = await t.database.db.select().from(signalCases).where(eq(signalCases.id, caseId));
    assert.ok(c?.pickedUpBy);
    assert.equal((await signal(second)).status, 'Opgepakt');
    assert.equal((await signal(second)).retentionUntil, '2027-11-23');
    assert.equal(
      (await signal(repeat)).status,
      'Niet opgepakt: herhaalde melding',
      'a repeat stays a repeat',
    );

    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'signal.pick_up'));
    assert.deepEqual(audit.at(-1)?.resourceIds, [caseId]);

    const again = await pickUp(second);
    assert.equal(again.status, 200, 'picking up a picked-up signal changes nothing');
    assert.equal(((await again.json()) as Detail).zaak?.id, caseId);
  });

  test('a signal whose household already has a picked-up case is attached to that case', async () => {
    const h = households[1]!;
    const open = await insertCase(t, {
      householdId: h.householdId,
      teamId: noord,
      openedOn: '2026-10-01',
      pickedUpOn: '2026-10-02',
    });
    const earlier = await insertSignal(t, { ...matchedIn(h), caseId: open, status: 'Opgepakt' });
    const own = await insertCase(t, { householdId: h.householdId, teamId: noord, openedOn: '2026-11-21' });
    const later = await insertSignal(t, { ...matchedIn(h), caseId: own, category: 'overlast' });
    const sibling = await insertSignal(t, { ...matchedIn(h), caseId: own, category: 'verward-gedrag' });
    // A case of the other kind is not joined.
    await insertCase(t, {
      householdId: h.householdId,
      teamId: noord,
      kind: 'vroegsignaalzaak',
      pickedUpOn: '2026-11-01',
    });

    const res = await pickUp(later);
    assert.equal(res.status, 200, await res.clone().text());
    const detail = (await res.json()) as Detail;
    assert.equal(detail.zaakId, open);
    assert.deepEqual(detail.zaak?.signalen.map((x) => x.id).sort(), [earlier, later, sibling].sort());
    assert.ok(detail.zaak?.signalen.every((x) => x.status === 'Opgepakt'));
    assert.equal(
      (await t.database.db.select().from(signalCases).where(eq(signalCases.id, own))).length,
      0,
      'the empty case is gone',
    );
    const [c] = await t.database.db.select().from(signalCases).where(eq(signalCases.id, open));
    assert.equal(c?.pickedUpOn, '2026-10-02', 'the case keeps its own pick-up date');
  });

  test('a signal not bundled into a case yet starts its own case when picked up', async () => {
    const h = households[2]!;
    const id = await insertSignal(t, { ...matchedIn(h), kind: 'vroegsignaal', category: 'huurachterstand' });
    const res = await pickUp(id);
    assert.equal(res.status, 200, await res.clone().text());
    const detail = (await res.json()) as Detail;
    assert.ok(detail.zaakId);
    const [c] = await t.database.db.select().from(signalCases).where(eq(signalCases.id, detail.zaakId));
    assert.equal(c?.kind, 'vroegsignaalzaak');
    assert.equal(c?.teamId, noord);
    assert.equal(c?.openedOn, '2026-11-23');
  });

  test('contact attempts: DDAS soort and dagdeel, a date between the start of the case and today', async () => {
    const h = households[3]!;
    const caseId = await insertCase(t, { householdId: h.householdId, teamId: noord, openedOn: '2026-11-10' });
    await insertSignal(t, { ...matchedIn(h), caseId });

    const ok = await attempt(caseId, {
      soort: 'Huisbezoek',
      bereikt: false,
      datum: '2026-11-12',
      dagdeel: 'Middag',
    });
    assert.equal(ok.status, 201, await ok.clone().text());
    const made = (await ok.json()) as { id: string; soort: string; dagdeel: string };
    assert.equal(made.soort, 'Huisbezoek');
    const [stored] = await t.database.db
      .select()
      .from(signalContactAttempts)
      .where(eq(signalContactAttempts.id, made.id));
    assert.equal(stored?.bereikt, false);
    assert.equal(stored?.dagdeel, 'Middag');
    assert.equal(
      (await attempt(caseId, { soort: 'Telefoon', bereikt: true, datum: '2026-11-23' })).status,
      201,
    );

    const future = await attempt(caseId, { soort: 'Telefoon', bereikt: true, datum: '2026-11-24' });
    assert.equal(future.status, 400);
    assert.match(((await future.json()) as Problem).errors?.[0]?.message ?? '', /toekomst/);
    const early = await attempt(caseId, { soort: 'Telefoon', bereikt: true, datum: '2026-11-09' });
    assert.equal(early.status, 400);
    assert.match(
      ((await early.json()) as Problem).errors?.[0]?.message ?? '',
      /voor de start van de zaak \(10-11-2026\)/,
    );
    const bad = await attempt(caseId, {
      soort: 'Duif',
      bereikt: 'ja',
      datum: '2026-11-31',
      dagdeel: 'Nacht',
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(((await bad.json()) as Problem).errors?.map((e) => e.path).sort(), [
      'bereikt',
      'dagdeel',
      'datum',
      'soort',
    ]);

    const zuidCase = await insertCase(t, { householdId: h.householdId, teamId: zuid });
    assert.equal(
      (await attempt(zuidCase, { soort: 'Brief', bereikt: false, datum: '2026-11-22' })).status,
      404,
    );
    assert.equal((await close(zuidCase, 'Niet opgepakt: andere reden')).status, 404);

    const detail = (await (
      await wijkteam.fetch(
        `/api/v1/signals/${(await t.database.db.select().from(signals).where(eq(signals.caseId, caseId)))[0]!.id}`,
      )
    ).json()) as Detail;
    assert.equal(detail.zaak?.contactpogingen.length, 2);
  });

  test('closing: a result of work needs a pick-up; "Niet opgepakt" closes a waiting case; twice is refused', async () => {
    const h = households[0]!;
    const waiting = await insertCase(t, {
      householdId: h.householdId,
      teamId: noord,
      kind: 'vroegsignaalzaak',
    });
    const w1 = await insertSignal(t, { ...matchedIn(h), caseId: waiting, kind: 'vroegsignaal' });

    const early = await close(waiting, 'Vervolghulp en/of verwijzing financieel');
    assert.equal(early.status, 409);
    assert.match(((await early.json()) as Problem).detail, /Pak de zaak eerst op/);
    const invalid = await close(waiting, 'Klaar');
    assert.equal(invalid.status, 400);

    const notPicked = await close(waiting, 'Niet opgepakt: andere reden');
    assert.equal(notPicked.status, 200, await notPicked.clone().text());
    const zaak = (await notPicked.json()) as { geslotenOp: string; resultaat: string };
    assert.equal(zaak.geslotenOp, '2026-11-23');
    assert.equal(zaak.resultaat, 'Niet opgepakt: andere reden');
    assert.equal((await signal(w1)).status, 'Niet opgepakt: andere reden');
    assert.equal((await signal(w1)).retentionUntil, '2028-05-23', 'kept 18 months after closing');
    const twice = await close(waiting, 'Niet opgepakt: andere reden');
    assert.equal(twice.status, 409);
    assert.equal(((await twice.json()) as Problem).detail, 'Deze zaak is al afgesloten');
    assert.equal(
      (await attempt(waiting, { soort: 'Brief', bereikt: false, datum: '2026-11-23' })).status,
      409,
    );

    const picked = await insertCase(t, {
      householdId: h.householdId,
      teamId: noord,
      pickedUpOn: '2026-11-21',
    });
    const p1 = await insertSignal(t, { ...matchedIn(h), caseId: picked, status: 'Opgepakt' });
    // A signal that joined the case after the pick-up and still waits.
    const joinedLater = await insertSignal(t, {
      ...matchedIn(h),
      caseId: picked,
      status: 'Nog niet opgepakt',
    });
    const wrong = await close(picked, 'Niet opgepakt: onterecht signaal');
    assert.equal(wrong.status, 400);
    assert.equal((await close(picked, '(Budget)advies en/of quick fix')).status, 200);
    assert.equal((await signal(p1)).status, 'Opgepakt', 'a picked-up signal stays picked up');
    assert.equal((await signal(joinedLater)).status, 'Opgepakt', 'a waiting signal is handled with its case');
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, ['signal_case.close', 'signal_case.contact_attempt']));
    assert.ok(
      audits.some(
        (a) => a.action === 'signal_case.close' && JSON.stringify(a.resourceIds) === JSON.stringify([picked]),
      ),
    );
  });

  test("a signal on another team's case is not picked up by this team: it is told which team has the case", async () => {
    const h = households[3]!;
    const zuidCase = await insertCase(t, {
      householdId: h.householdId,
      teamId: zuid,
      openedOn: '2026-11-20',
    });
    const id = await insertSignal(t, { ...matchedIn(h), caseId: zuidCase, status: 'Nog niet opgepakt' });
    const res = await pickUp(id);
    assert.equal(res.status, 409);
    assert.match(((await res.json()) as Problem).detail, /ligt bij Wijkteam Zuid/);
    const [c] = await t.database.db.select().from(signalCases).where(eq(signalCases.id, zuidCase));
    assert.equal(c!.pickedUpOn, null, 'nothing changed');
    assert.equal((await signal(id)).status, 'Nog niet opgepakt');
  });

  test('only team members work cases: beleid and partner are refused', async () => {
    const h = households[1]!;
    const caseId = await insertCase(t, { householdId: h.householdId, teamId: noord });
    for (const username of ['beleid', 'partner']) {
      const b = await signedIn(t, username);
      const res = await b.fetch(`/api/v1/signal-cases/${caseId}/afsluiten`, {
        method: 'POST',
        json: { resultaat: 'Niet opgepakt: andere reden' },
      });
      assert.equal(res.status, 403, username);
    }
  });
});
