import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { syntheticBsn } from '../../../lib/bsn.ts';
import { addHousehold, addSignal, type CreatedHousehold, readSignal } from './match-test-support.ts';
import { matchSignals } from './matching.ts';
import type { ReviewOutcome } from './review.service.ts';
import type { ReviewItem } from './review-queue.ts';
import { STATUS } from './statuses.ts';

type Page = { items: ReviewItem[]; total: number; page: number; pageSize: number };
type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };

// BSNs far from the demo population's (which counts up from 0 in GM9901).
const bsn = (n: number) => syntheticBsn(80_000 + n);

describe('review queue of ambiguous matches', () => {
  let t: TestApp;
  let smit: CreatedHousehold;
  let bakker: CreatedHousehold;
  let elders: CreatedHousehold;
  /** Ambiguous signals in Regiedam (GM9901), one per test, and one in Samenwerk (GM9902). */
  const s: Record<string, string> = {};

  const post = (b: Awaited<ReturnType<typeof signedIn>>, id: string, action: string, json: unknown = {}) =>
    b.fetch(`/api/v1/signal-reviews/${id}/${action}`, { method: 'POST', json });
  const decisions = async (signalId: string) =>
    (
      await t.database.db.execute<{ decision: string; household_id: string | null; undone_at: Date | null }>(
        sql`SELECT decision, household_id, undone_at FROM signal_match_decisions WHERE signal_id = ${signalId}
          ORDER BY decided_at`,
      )
    ).rows;
  const auditActions = async (signalId: string) =>
    (
      await t.database.db.execute<{ action: string }>(
        sql`SELECT action FROM audit_log WHERE resource_ids @> ${JSON.stringify([signalId])}::jsonb ORDER BY id`,
      )
    ).rows.map((r) => r.action);
  /** The signal's case: the one the pipeline opened, or one opened here when the pipeline opens none. */
  const caseOf = async (signalId: string, householdId: string) => {
    const current = await t.database.db.execute<{ case_id: string | null }>(
      sql`SELECT case_id FROM signals WHERE id = ${signalId}`,
    );
    const existing = current.rows[0]?.case_id;
    if (existing) return existing;
    const { rows } = await t.database.db.execute<{ id: string }>(sql`
      INSERT INTO signal_cases (municipality_code, household_id, kind, opened_on)
      VALUES ('GM9901', ${householdId}, 'vroegsignaalzaak', '2026-11-23') RETURNING id`);
    await t.database.db.execute(sql`UPDATE signals SET case_id = ${rows[0]!.id} WHERE id = ${signalId}`);
    return rows[0]!.id;
  };

  before(async () => {
    t = await createTestApp({ households: 20 });
    const db = t.database.db;
    smit = await addHousehold(db, {
      postcode: '1011AD',
      huisnummer: 5,
      members: [{ bsn: bsn(1), voornamen: 'Eva', geslachtsnaam: 'Smit', geboortedatum: '1990-02-02' }],
    });
    bakker = await addHousehold(db, {
      addressId: smit.addressId,
      members: [
        {
          bsn: bsn(2),
          voornamen: 'Eva',
          voorvoegsel: 'de',
          geslachtsnaam: 'Bakker',
          geboortedatum: '1990-02-02',
        },
        { bsn: bsn(3), voornamen: 'Rob', geslachtsnaam: 'Bakker', geboortedatum: '1988-01-01' },
      ],
    });
    elders = await addHousehold(db, {
      municipality: 'GM9902',
      postcode: '2022AB',
      huisnummer: 5,
      members: [{ bsn: bsn(4), voornamen: 'Ab', geslachtsnaam: 'Twee', geboortedatum: '1980-01-01' }],
    });
    await addHousehold(db, {
      municipality: 'GM9902',
      addressId: elders.addressId,
      members: [{ bsn: bsn(5), voornamen: 'Bea', geslachtsnaam: 'Twee', geboortedatum: '1980-01-01' }],
    });
    for (const key of ['list', 'wrong', 'confirm', 'reject', 'pickedUp', 'old']) {
      s[key] = await addSignal(db, { postcode: '1011AD', huisnummer: 5, birthDate: '1990-02-02' });
    }
    s.samenwerk = await addSignal(db, {
      municipality: 'GM9902',
      postcode: '2022AB',
      huisnummer: 5,
      birthDate: '1980-01-01',
    });
    await matchSignals(t.ctx(), db, Object.values(s));
    for (const id of Object.values(s)) assert.equal((await readSignal(db, id)).matchStatus, 'te_beoordelen');
  });
  after(() => t.close());

  test('roles without signal.review get 403 and change nothing', async () => {
    for (const username of ['regisseur', 'partner', 'beheerder']) {
      const b = await signedIn(t, username);
      assert.equal((await b.fetch('/api/v1/signal-reviews')).status, 403, username);
      const res = await post(b, s.confirm!, 'bevestigen', { householdId: smit.householdId });
      assert.equal(res.status, 403, username);
    }
    assert.equal((await readSignal(t.database.db, s.confirm!)).matchStatus, 'te_beoordelen');
    assert.equal((await t.request('/api/v1/signal-reviews')).status, 401);
  });

  test('the queue lists my municipalities only, with enriched candidates, and the read is audited', async () => {
    const b = await signedIn(t, 'intake');
    const res = await b.fetch('/api/v1/signal-reviews?pageSize=200');
    assert.equal(res.status, 200, await res.clone().text());
    const page = (await res.json()) as Page;
    const ids = page.items.map((i) => i.signalId);
    assert.ok(ids.includes(s.list!));
    assert.ok(!ids.includes(s.samenwerk!), 'Samenwerk is not a municipality of the Loket');
    for (const key of ['list', 'wrong', 'confirm', 'reject', 'pickedUp', 'old'])
      assert.ok(ids.includes(s[key]!), key);
    assert.equal(page.total, page.items.length);
    const item = page.items.find((i) => i.signalId === s.list)!;
    assert.equal(item.categorieLabel, 'Betalingsachterstand');
    assert.equal(item.partnerType, 'Huur');
    assert.deepEqual(item.gegevens, {
      postcode: '1011AD',
      huisnummer: 5,
      huisletter: null,
      toevoeging: null,
      geboortedatum: '1990-02-02',
      naam: null,
    });
    assert.equal(item.besluit, null);
    const byHousehold = new Map(item.kandidaten.map((k) => [k.householdId, k]));
    assert.deepEqual(byHousehold.get(bakker.householdId), {
      householdId: bakker.householdId,
      personId: bakker.personIds[0],
      score: 0.8,
      velden: ['postcode', 'huisnummer', 'geboortedatum'],
      adres: 'Proefstraat 5, 1011 AD Proefdorp',
      naam: 'Eva de Bakker',
      geboortedatum: '1990-02-02',
    });
    assert.equal(byHousehold.get(smit.householdId)?.naam, 'Eva Smit');

    const { rows } = await t.database.db.execute<{
      resource_ids: string[];
      details: { householdIds: string[] };
    }>(
      sql`SELECT resource_ids, details FROM audit_log WHERE action = 'signal.read' ORDER BY id DESC LIMIT 1`,
    );
    assert.deepEqual(new Set(rows[0]!.resource_ids), new Set(ids));
    const audited = new Set(rows[0]!.details.householdIds);
    assert.ok(audited.has(smit.householdId) && audited.has(bakker.householdId));

    const schuldhulp = await signedIn(t, 'schuldhulp');
    const both = (await (await schuldhulp.fetch('/api/v1/signal-reviews?pageSize=200')).json()) as Page;
    assert.ok(
      both.items.some((i) => i.signalId === s.samenwerk),
      'Schuldhulp Delta serves both',
    );
    assert.equal((await b.fetch('/api/v1/signal-reviews?status=alles')).status, 400);
  });

  test('a signal outside my municipalities is 404, like one that does not exist', async () => {
    const b = await signedIn(t, 'intake');
    const res = await post(b, s.samenwerk!, 'bevestigen', { householdId: elders.householdId });
    assert.equal(res.status, 404);
    assert.equal((await post(b, s.samenwerk!, 'afwijzen')).status, 404);
    assert.equal((await post(b, s.samenwerk!, 'ongedaan-maken')).status, 404);
    assert.equal((await post(b, '00000000-0000-4000-8000-000000000000', 'afwijzen')).status, 404);
    assert.equal((await readSignal(t.database.db, s.samenwerk!)).matchStatus, 'te_beoordelen');
  });

  test('a household that is not a candidate, or a person not in it, is 400 with a Dutch message', async () => {
    const b = await signedIn(t, 'intake');
    const wrong = await post(b, s.wrong!, 'bevestigen', { householdId: elders.householdId });
    assert.equal(wrong.status, 400);
    const problem = (await wrong.json()) as Problem;
    assert.match(problem.detail, /niet bij de voorgestelde huishoudens/);
    assert.deepEqual(
      problem.errors?.map((e) => e.path),
      ['householdId'],
    );
    const stranger = await post(b, s.wrong!, 'bevestigen', {
      householdId: smit.householdId,
      personId: bakker.personIds[1],
    });
    assert.equal(stranger.status, 400);
    assert.deepEqual(
      ((await stranger.json()) as Problem).errors?.map((e) => e.path),
      ['personId'],
    );
    assert.equal((await post(b, s.wrong!, 'bevestigen', { householdId: 'geen-id' })).status, 400);
    assert.equal((await readSignal(t.database.db, s.wrong!)).matchStatus, 'te_beoordelen');
    assert.deepEqual(await decisions(s.wrong!), []);
  });

  test('confirm: matched by hand to the household and person, decision kept, listed under beslist', async () => {
    const b = await signedIn(t, 'intake');
    const res = await post(b, s.confirm!, 'bevestigen', {
      householdId: bakker.householdId,
      personId: bakker.personIds[1],
    });
    assert.equal(res.status, 200, await res.clone().text());
    const outcome = (await res.json()) as ReviewOutcome;
    assert.equal(outcome.matchStatus, 'gematcht');
    assert.equal(outcome.householdId, bakker.householdId);
    assert.equal(outcome.besluit?.besluit, 'bevestigd');
    const signal = await readSignal(t.database.db, s.confirm!);
    assert.equal(signal.personId, bakker.personIds[1], 'the person the reviewer chose');
    assert.equal(signal.match?.method, 'handmatig');
    assert.equal(signal.match?.score, 0.8);
    assert.deepEqual(signal.match?.fields, ['postcode', 'huisnummer', 'geboortedatum']);
    assert.equal(signal.match?.candidates?.length, 2);
    assert.deepEqual(
      (await decisions(s.confirm!)).map((d) => [d.decision, d.household_id, d.undone_at]),
      [['bevestigd', bakker.householdId, null]],
    );
    assert.ok((await auditActions(s.confirm!)).includes('signal.match.confirm'));
    const { rows: settled } = await t.database.db.execute<{ deadline: string | null }>(
      sql`SELECT deadline FROM signals WHERE id = ${s.confirm!}`,
    );
    assert.ok(settled[0]?.deadline, 'the rest of the pipeline (afterMatch) ran for the signal');

    assert.equal((await post(b, s.confirm!, 'afwijzen')).status, 409, 'already decided');
    const open = (await (await b.fetch('/api/v1/signal-reviews?pageSize=200')).json()) as Page;
    assert.ok(!open.items.some((i) => i.signalId === s.confirm));
    const decided = (await (await b.fetch('/api/v1/signal-reviews?status=beslist')).json()) as Page;
    const item = decided.items.find((i) => i.signalId === s.confirm);
    assert.deepEqual(item?.besluit, {
      besluit: 'bevestigd',
      householdId: bakker.householdId,
      beslistOp: '2026-11-23T09:00:00.000Z',
    });
  });

  test('undo a confirmation: detached from its case (deleted when unused), back in review', async () => {
    const b = await signedIn(t, 'intake');
    const caseId = await caseOf(s.confirm!, bakker.householdId);
    const res = await post(b, s.confirm!, 'ongedaan-maken');
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal(((await res.json()) as ReviewOutcome).matchStatus, 'te_beoordelen');
    const { rows } = await t.database.db.execute<Record<string, unknown>>(sql`SELECT match_status, status,
      household_id, person_id, case_id, team_id, deadline, match FROM signals WHERE id = ${s.confirm!}`);
    const row = rows[0]!;
    assert.deepEqual(
      [row.match_status, row.status, row.household_id, row.person_id, row.case_id, row.team_id, row.deadline],
      ['te_beoordelen', STATUS.waiting, null, null, null, null, null],
    );
    const match = row.match as { method: string; candidates: unknown[] };
    assert.equal(match.method, 'adres');
    assert.equal(match.candidates.length, 2);
    const cases = await t.database.db.execute(sql`SELECT 1 FROM signal_cases WHERE id = ${caseId}`);
    assert.equal(cases.rows.length, 0, 'the case had no other signal');
    const [decision] = await decisions(s.confirm!);
    assert.ok(decision?.undone_at, 'the decision is kept, marked undone');
    assert.ok((await auditActions(s.confirm!)).includes('signal.match.undo'));
    assert.equal((await post(b, s.confirm!, 'ongedaan-maken')).status, 409, 'nothing left to undo');
  });

  test('reject: no match with the configured status; undo puts it back in review', async () => {
    const b = await signedIn(t, 'teamleider');
    const res = await post(b, s.reject!, 'afwijzen');
    assert.equal(res.status, 200, await res.clone().text());
    const outcome = (await res.json()) as ReviewOutcome;
    assert.equal(outcome.matchStatus, 'geen_match');
    assert.equal(outcome.status, STATUS.notResident);
    assert.equal(outcome.householdId, null);
    assert.deepEqual(
      (await decisions(s.reject!)).map((d) => [d.decision, d.household_id]),
      [['afgewezen', null]],
    );
    const retention = async () =>
      (
        await t.database.db.execute<{ r: string | null }>(sql`SELECT retention_until AS r FROM signals
        WHERE id = ${s.reject!}`)
      ).rows[0]?.r;
    const retainedWhileUnmatched = await retention();
    assert.ok(retainedWhileUnmatched, 'afterMatch gave the unmatched signal its retention');
    const undo = await post(b, s.reject!, 'ongedaan-maken');
    assert.equal(undo.status, 200);
    assert.equal(await retention(), null, `back in review, not kept until ${retainedWhileUnmatched}`);
    const signal = await readSignal(t.database.db, s.reject!);
    assert.equal(signal.matchStatus, 'te_beoordelen');
    assert.equal(signal.status, STATUS.waiting);
    assert.equal(signal.match?.candidates?.length, 2);
  });

  test('undo after the case was picked up is 409 and changes nothing', async () => {
    const b = await signedIn(t, 'intake');
    assert.equal((await post(b, s.pickedUp!, 'bevestigen', { householdId: smit.householdId })).status, 200);
    const caseId = await caseOf(s.pickedUp!, smit.householdId);
    // A contact attempt on a case that was never picked up is work too: the undo would delete it with the case.
    await t.database.db.execute(sql`INSERT INTO signal_contact_attempts (case_id, municipality_code, soort, bereikt, datum)
      VALUES (${caseId}, 'GM9901', 'Brief', false, '2026-11-23')`);
    const worked = await post(b, s.pickedUp!, 'ongedaan-maken');
    assert.equal(worked.status, 409);
    assert.equal(
      ((await worked.json()) as Problem).detail,
      'Aan de zaak van dit signaal is al gewerkt; ongedaan maken kan niet meer',
    );
    await t.database.db.execute(
      sql`UPDATE signal_cases SET picked_up_on = '2026-11-23' WHERE id = ${caseId}`,
    );
    const res = await post(b, s.pickedUp!, 'ongedaan-maken');
    assert.equal(res.status, 409);
    assert.equal(
      ((await res.json()) as Problem).detail,
      'Dit signaal is al opgepakt; ongedaan maken kan niet meer',
    );
    const signal = await readSignal(t.database.db, s.pickedUp!);
    assert.equal(signal.matchStatus, 'gematcht');
    assert.equal(signal.householdId, smit.householdId);
    assert.equal((await decisions(s.pickedUp!))[0]?.undone_at, null);
  });

  test('after 30 days a decision leaves the beslist list and can no longer be undone', async () => {
    const b = await signedIn(t, 'intake');
    assert.equal((await post(b, s.old!, 'afwijzen')).status, 200);
    t.clock.advanceMinutes(31 * 24 * 60);
    const late = await signedIn(t, 'intake');
    const decided = (await (await late.fetch('/api/v1/signal-reviews?status=beslist')).json()) as Page;
    assert.ok(!decided.items.some((i) => i.signalId === s.old));
    assert.equal((await post(late, s.old!, 'ongedaan-maken')).status, 409);
  });
});
