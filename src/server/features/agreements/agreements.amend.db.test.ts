import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { auditLog, commitmentChanges } from '../../db/schema/index.ts';
import { pdfText } from '../plans/plans-test-support.ts';
import type { Agreement } from './agreements.schemas.ts';
import {
  body,
  type Commitment,
  organisationIds,
  type Problem,
  reportCsv,
} from './agreements-test-support.ts';

describe('changing a commitment and letting it lapse: history, reasons, who may, when not', () => {
  let t: TestApp;
  let beleid: Browser;
  let partner: Browser;
  let demo: Agreement;
  const orgId: Record<string, string> = {};
  const url = (c: Pick<Commitment, 'id'>, tail = '') =>
    `/api/v1/agreements/${demo.id}/commitments/${c.id}${tail}`;
  const change = (b: Browser, c: Pick<Commitment, 'id'>, json: unknown, agreementId = demo.id) =>
    b.fetch(`/api/v1/agreements/${agreementId}/commitments/${c.id}`, { method: 'PATCH', json });
  const withdraw = (b: Browser, c: Pick<Commitment, 'id'>, json: unknown, agreementId = demo.id) =>
    b.fetch(`/api/v1/agreements/${agreementId}/commitments/${c.id}/withdraw`, { method: 'POST', json });
  const byOwner = (a: Agreement, owner: string) => a.commitments.filter((c) => c.owner.name === owner);
  const history = (commitmentId: string) =>
    t.database.db
      .select()
      .from(commitmentChanges)
      .where(eq(commitmentChanges.commitmentId, commitmentId))
      .orderBy(asc(commitmentChanges.seq));
  const audits = (action: string, commitmentId: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.municipalityCode, 'GM9901')))
      .then((rows) => rows.filter((r) => r.resourceIds.includes(commitmentId)));

  before(async () => {
    t = await createTestApp({ households: 300 });
    beleid = await signedIn(t, 'beleid');
    partner = await signedIn(t, 'partner');
    Object.assign(orgId, await organisationIds(t));
    const list = await body<{ items: { id: string }[] }>(await beleid.fetch('/api/v1/agreements'), 200);
    demo = await body<Agreement>(await beleid.fetch(`/api/v1/agreements/${list.items[0]!.id}`), 200);
    assert.equal(demo.phase, 'vaststelling');
  });
  after(() => t.close());

  test('a change with a reason: the new terms, a history row with the previous ones, an audit row', async () => {
    const c = byOwner(demo, 'Woonstichting De Sleutel')[0]!;
    assert.equal(c.canAmend, true);
    assert.deepEqual(c.changes, []);
    const target = c.target + 1;
    const changed = await body<Agreement>(
      await change(beleid, c, {
        theme: c.theme,
        description: `${c.description} (bijgesteld)`,
        target,
        direction: c.direction,
        reason: 'Na overleg met de huurdersvereniging is het doel bijgesteld.',
      }),
      200,
    );
    const now = changed.commitments.find((x) => x.id === c.id)!;
    assert.equal(now.target, target);
    assert.equal(now.description, `${c.description} (bijgesteld)`);
    assert.equal(now.changes.length, 1);
    const [shown] = now.changes;
    assert.equal(shown!.kind, 'gewijzigd');
    assert.equal(shown!.on, '2026-11-23');
    assert.equal(shown!.by, 'Bart Beleid', 'named as a comment names its author');
    assert.equal(shown!.organisation, 'Gemeente Regiedam');
    assert.equal(shown!.previous.target, c.target);
    assert.equal(shown!.next.target, target);
    assert.equal(shown!.previous.description, c.description);
    const [row] = await history(c.id);
    assert.deepEqual(row!.previous, {
      theme: c.theme,
      description: c.description,
      target: c.target,
      direction: c.direction,
    });
    assert.equal(row!.reason, 'Na overleg met de huurdersvereniging is het doel bijgesteld.');
    const audited = await audits('commitment.change', c.id);
    assert.equal(audited.length, 1);
    assert.deepEqual(audited[0]!.details, { agreementId: demo.id, fields: ['description', 'target'] });
    // The corporation sees the change of its own commitment, with the same history.
    const own = await body<Agreement>(await partner.fetch(`/api/v1/agreements/${demo.id}`), 200);
    const seen = own.commitments.find((x) => x.id === c.id)!;
    assert.equal(seen.canAmend, false);
    assert.deepEqual(seen.changes, now.changes);
  });

  test('the reason is required and at least 10 characters; an unchanged commitment is no change', async () => {
    const c = byOwner(demo, 'Gemeente Regiedam')[0]!;
    for (const json of [
      { target: 3 },
      { target: 3, reason: 'Te kort' },
      { target: 3, reason: '          ' },
    ]) {
      const problem = await body<Problem>(await change(beleid, c, json), 400);
      assert.deepEqual(
        problem.errors?.map((e) => e.path),
        ['reason'],
        JSON.stringify(json),
      );
      assert.match(problem.errors![0]!.message, /minstens 10 tekens/);
    }
    const short = await body<Problem>(await withdraw(beleid, c, { reason: 'Vervalt' }), 400);
    assert.equal(short.errors?.[0]?.path, 'reason');
    const same = await body<Problem>(
      await change(beleid, c, { target: c.target, reason: 'Niets aan de hand, alleen een proef.' }),
      400,
    );
    assert.match(same.errors![0]!.message, /niets gewijzigd/);
    const badTarget = await body<Problem>(
      await change(beleid, c, { target: 'vijf', reason: 'Een reden van voldoende lengte.' }),
      400,
    );
    assert.equal(badTarget.errors?.[0]?.path, 'target');
    assert.equal((await history(c.id)).length, 0, 'nothing recorded for a refused change');
  });

  test('only the managing beleidsmedewerker: party staff, the FG and others get 403, as for other writes', async () => {
    const corporations = byOwner(demo, 'Woonstichting De Sleutel')[1]!;
    const gemeentes = byOwner(demo, 'Gemeente Regiedam')[0]!;
    const json = { target: 1, reason: 'Een reden van voldoende lengte.' };
    for (const who of ['partner', 'regisseur', 'fg', 'teamleider', 'schuldhulp']) {
      const b = await signedIn(t, who);
      for (const c of [corporations, gemeentes]) {
        assert.equal((await change(b, c, json)).status, 403, `${who} changes ${c.owner.name}`);
        assert.equal((await withdraw(b, c, json)).status, 403, `${who} withdraws ${c.owner.name}`);
      }
    }
    const anonymous = await t.request(url(gemeentes), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
    assert.equal(anonymous.status, 401);
    // A commitment of another agreement (or none) does not exist here.
    const unknown = { id: '00000000-0000-4000-8000-000000000000' };
    assert.equal((await change(beleid, unknown, json)).status, 404);
    assert.equal((await withdraw(beleid, unknown, json)).status, 404);
    assert.equal((await history(corporations.id)).length, 0);
    assert.equal((await history(gemeentes.id)).length, 0);
  });

  test('the year is closed in evaluatie: 409 with a Dutch message', async () => {
    const made = await body<Agreement>(
      await beleid.fetch('/api/v1/agreements', {
        method: 'POST',
        json: {
          municipality: 'GM9901',
          title: 'Afspraken 2026 proef',
          year: 2026,
          parties: [orgId['Gemeente Regiedam']],
        },
      }),
      201,
    );
    const added = await body<Agreement>(
      await beleid.fetch(`/api/v1/agreements/${made.id}/commitments`, {
        method: 'POST',
        json: {
          theme: 'Regie',
          ownerOrganisationId: orgId['Gemeente Regiedam'],
          description: 'Geen open zaak zonder regisseur.',
          indicatorCode: 'zaken-zonder-regisseur',
          measureKey: 'zonderRegisseur',
          target: 5,
          direction: 'maximaal',
        },
      }),
      201,
    );
    const c = added.commitments[0]!;
    for (const to of ['overleg', 'vaststelling', 'monitoring', 'evaluatie'])
      await body<Agreement>(
        await beleid.fetch(`/api/v1/agreements/${made.id}/phase`, { method: 'POST', json: { to } }),
        200,
      );
    const closed = await body<Agreement>(await beleid.fetch(`/api/v1/agreements/${made.id}`), 200);
    assert.equal(closed.commitments[0]!.canAmend, false);
    const json = { target: 2, reason: 'Een reden van voldoende lengte.' };
    const changed = await body<Problem>(await change(beleid, c, json, made.id), 409);
    assert.match(changed.detail, /afgesloten \(fase evaluatie\)/);
    const withdrawn = await body<Problem>(await withdraw(beleid, c, json, made.id), 409);
    assert.match(withdrawn.detail, /afgesloten/);
    assert.equal((await history(c.id)).length, 0);
  });

  test('a lapsed commitment: status vervallen in the answer, the CSV and the PDF; no change after it', async () => {
    const c = byOwner(demo, 'Kredietbank Delta')[0]!;
    const reason = 'De regeling is per 1 november door het Rijk beëindigd.';
    const answer = await body<Agreement>(await withdraw(beleid, c, { reason }), 200);
    const lapsed = answer.commitments.find((x) => x.id === c.id)!;
    assert.deepEqual(lapsed.status, { state: 'vervallen', label: 'Vervallen', value: null, period: null });
    assert.equal(lapsed.withdrawnOn, '2026-11-23');
    assert.equal(lapsed.withdrawnReason, reason);
    assert.equal(lapsed.canAmend, false);
    assert.deepEqual(
      lapsed.changes.map((x) => [x.kind, x.reason, x.previous.target, x.next.target]),
      [['vervallen', reason, c.target, c.target]],
    );
    assert.equal((await audits('commitment.withdraw', c.id)).length, 1);
    // The kredietbank (a party) sees it lapsed too.
    const schuldhulp = await signedIn(t, 'schuldhulp');
    const own = await body<Agreement>(await schuldhulp.fetch(`/api/v1/agreements/${demo.id}`), 200);
    assert.equal(own.commitments.find((x) => x.id === c.id)!.status.state, 'vervallen');

    const { header, rows } = await reportCsv(beleid, demo.id);
    const row = rows.find((r) => r[header.indexOf('Toezegging')] === c.description)!;
    assert.equal(row[header.indexOf('Status')], 'Vervallen');
    assert.equal(row[header.indexOf('Vervallen op')], '2026-11-23');
    assert.equal(row[header.indexOf('Reden vervallen')], reason);
    assert.equal(row[header.indexOf('Waarde')], '', 'no figure for a lapsed commitment');

    const pdf = await beleid.fetch(`/api/v1/agreements/${demo.id}/report.pdf`);
    assert.equal(pdf.status, 200);
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    assert.match(text, new RegExp(`Status: Vervallen op 23-11-2026\\. Reden: ${reason}`));
    assert.match(text, new RegExp(`Wat is er veranderd: - 23-11-2026: vervallen\\. Reden: ${reason}`));
    // The earlier change of the corporation's commitment, with its old and new target, without the employee.
    const before = byOwner(demo, 'Woonstichting De Sleutel')[0]!;
    const unit = { per1000: ' per 1\\.000 inwoners', aandeel: ' %' }[before.indicator.kind] ?? '';
    assert.match(
      text,
      new RegExp(
        `23-11-2026: gewijzigd\\. Beschrijving was ".*?"\\. Doel van ${before.direction} ${before.target}${unit} ` +
          `naar ${before.direction} ${before.target + 1}${unit}\\. Reden: Na overleg`,
      ),
    );
    assert.doesNotMatch(text, /Bart Beleid/);

    const again = await body<Problem>(
      await withdraw(beleid, c, { reason: 'Nog een keer laten vervallen.' }),
      409,
    );
    assert.match(again.detail, /vervallen/);
    const after = await body<Problem>(
      await change(beleid, c, { target: 1, reason: 'Toch weer opnemen in de afspraak.' }),
      409,
    );
    assert.match(after.detail, /vervallen/);
    assert.equal((await history(c.id)).length, 1);
  });

  test("two changes at once: both recorded, in order, the second with the first one's values as previous", async () => {
    const c = byOwner(demo, 'Gemeente Regiedam')[1]!;
    // On PostgreSQL another session holds the commitment's row for a moment, so both requests are in flight at once
    // when it lets go: without the row lock in the change, both would read the same values and number (one 500).
    // The embedded database serves all connections from one session, which runs them one at a time anyway.
    const holder = t.database.kind === 'postgres' ? await t.database.pool.connect() : null;
    await holder?.query('BEGIN');
    await holder?.query('SELECT 1 FROM commitments WHERE id = $1 FOR UPDATE', [c.id]);
    const both = Promise.all([
      change(beleid, c, { target: 11, reason: 'Eerste wijziging van het doel.' }),
      change(beleid, c, { target: 12, reason: 'Tweede wijziging van het doel.' }),
    ]);
    if (holder) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await holder.query('COMMIT');
      holder.release();
    }
    const [first, second] = await both;
    assert.equal(first!.status, 200, await first!.clone().text());
    assert.equal(second!.status, 200, await second!.clone().text());
    const rows = await history(c.id);
    assert.deepEqual(
      rows.map((r) => r.seq),
      [1, 2],
    );
    // Whichever ran first, the second saw its result: the chain of targets has no gap.
    const targets = rows.map((r) => r.previous.target);
    const a = await body<Agreement>(await beleid.fetch(`/api/v1/agreements/${demo.id}`), 200);
    const now = a.commitments.find((x) => x.id === c.id)!;
    assert.equal(targets[0], c.target);
    assert.ok([11, 12].includes(targets[1]!));
    assert.equal(now.target, targets[1] === 11 ? 12 : 11);
    assert.deepEqual(
      now.changes.map((x) => [x.previous.target, x.next.target]),
      [
        [c.target, targets[1]],
        [targets[1], now.target],
      ],
    );
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, ['commitment.change']));
    assert.equal(audited.filter((r) => r.resourceIds.includes(c.id)).length, 2);
  });
});
