import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, inArray } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { auditLog, persons } from '../../db/schema/index.ts';
import type { Agreement } from './agreements.schemas.ts';
import { body, organisationIds, type Problem, reportCsv } from './agreements-test-support.ts';

type AgreementList = { items: { id: string; title: string; commitments: number }[] };

describe('prestatieafspraken: who sees which commitment, the yearly cycle, comments', () => {
  let t: TestApp;
  let beleid: Browser;
  let partner: Browser;
  let regisseur: Browser;
  let fg: Browser;
  let demo: Agreement;
  const orgId: Record<string, string> = {};

  before(async () => {
    t = await createTestApp({ households: 300 });
    beleid = await signedIn(t, 'beleid');
    partner = await signedIn(t, 'partner');
    regisseur = await signedIn(t, 'regisseur');
    fg = await signedIn(t, 'fg');
    Object.assign(orgId, await organisationIds(t));
    const list = await body<AgreementList>(await beleid.fetch('/api/v1/agreements'), 200);
    demo = await body<Agreement>(await beleid.fetch(`/api/v1/agreements/${list.items[0]!.id}`), 200);
  });
  after(() => t.close());

  test('the beleidsmedewerker sees the demo agreement whole, with a live status per commitment and no person', async () => {
    assert.equal(demo.title, 'Prestatieafspraken 2026 Regiedam');
    assert.equal(demo.phase, 'vaststelling');
    assert.equal(demo.ownOnly, false);
    assert.equal(demo.canManage, true);
    assert.deepEqual([...new Set(demo.commitments.map((c) => c.owner.name))].sort(), [
      'Gemeente Regiedam',
      'Kredietbank Delta',
      'Woonstichting De Sleutel',
    ]);
    assert.deepEqual(
      demo.phaseChanges.map((p) => p.to),
      ['bod', 'overleg', 'vaststelling'],
    );
    for (const c of demo.commitments) {
      assert.ok(['op_koers', 'achter', 'niet_te_tonen', 'geen_gegevens'].includes(c.status.state));
      if (c.status.state === 'niet_te_tonen')
        assert.equal(c.status.value, null, 'a suppressed value stays hidden');
      if (c.status.state === 'op_koers' || c.status.state === 'achter')
        assert.equal(typeof c.status.value, 'number');
    }
    const wijk = demo.commitments.find((c) => c.breakdown?.kind === 'wijk');
    assert.equal(wijk?.breakdown?.label, 'Regiedam Noord', 'the wijk is named as the indicator names it');
    // No resident anywhere: no BSN, no name of a person in the demo population.
    const text = JSON.stringify(demo);
    assert.doesNotMatch(text, /\b\d{9}\b/);
    const names = await t.database.db.select({ n: persons.geslachtsnaam }).from(persons).limit(50);
    for (const { n } of names) assert.ok(!text.includes(n), `the agreement names a resident (${n})`);
  });

  test('the corporation sees the agreement but only its own commitments, and comments on them only', async () => {
    const list = await body<AgreementList>(await partner.fetch('/api/v1/agreements'), 200);
    assert.deepEqual(
      list.items.map((a) => [a.id, a.commitments]),
      [[demo.id, 2]],
    );
    const mine = await body<Agreement>(await partner.fetch(`/api/v1/agreements/${demo.id}`), 200);
    assert.equal(mine.ownOnly, true);
    assert.equal(mine.canManage, false);
    assert.deepEqual(
      mine.commitments.map((c) => c.owner.name),
      ['Woonstichting De Sleutel', 'Woonstichting De Sleutel'],
    );
    const own = mine.commitments[0]!;
    const commented = await body<Agreement>(
      await partner.fetch(`/api/v1/agreements/${demo.id}/commitments/${own.id}/comments`, {
        method: 'POST',
        json: { body: 'In oktober liep het aantal meldingen terug door een nieuw incassosysteem.' },
      }),
      201,
    );
    const comment = commented.commitments.find((c) => c.id === own.id)!.comments.at(-1)!;
    assert.equal(comment.organisation, 'Woonstichting De Sleutel');
    assert.equal(comment.author, 'Petra Partner');
    // Another party's commitment does not exist for the corporation, not even to comment on.
    const theirs = demo.commitments.find((c) => c.owner.name === 'Gemeente Regiedam')!;
    const refused = await partner.fetch(`/api/v1/agreements/${demo.id}/commitments/${theirs.id}/comments`, {
      method: 'POST',
      json: { body: 'Mag dit?' },
    });
    assert.equal(refused.status, 404);
    const empty = await body<Problem>(
      await partner.fetch(`/api/v1/agreements/${demo.id}/commitments/${own.id}/comments`, {
        method: 'POST',
        json: { body: '   ' },
      }),
      400,
    );
    assert.equal(empty.errors?.[0]?.path, 'body');
    // The beleidsmedewerker reads the corporation's comment with the commitment.
    const whole = await body<Agreement>(await beleid.fetch(`/api/v1/agreements/${demo.id}`), 200);
    assert.ok(
      whole.commitments.find((c) => c.id === own.id)!.comments.some((c) => c.author === 'Petra Partner'),
    );
  });

  test('the year report as CSV: every commitment for the beleidsmedewerker, its own for the corporation', async () => {
    const report = async (b: Browser) => {
      const csv = await reportCsv(b, demo.id);
      assert.match(csv.disposition, /prestatieafspraken-GM9901-2026\.csv/);
      return csv;
    };
    const whole = await report(beleid);
    assert.equal(whole.header[5], 'Eigenaar');
    assert.equal(whole.rows.length, demo.commitments.length);
    const statuses = whole.rows.map((r) => r[whole.header.indexOf('Status')]);
    assert.deepEqual(
      statuses,
      demo.commitments.map((c) => c.status.label),
    );
    const own = await report(partner);
    assert.deepEqual([...new Set(own.rows.map((r) => r[5]))], ['Woonstichting De Sleutel']);
    assert.equal((await t.request(`/api/v1/agreements/${demo.id}/report.csv`)).status, 401);
  });

  test('staff of the municipality see its own commitments; the FG oversees all but does not manage', async () => {
    const gemeente = await body<Agreement>(await regisseur.fetch(`/api/v1/agreements/${demo.id}`), 200);
    assert.equal(gemeente.ownOnly, true);
    assert.ok(gemeente.commitments.every((c) => c.owner.name === 'Gemeente Regiedam'));
    const officer = await body<Agreement>(await fg.fetch(`/api/v1/agreements/${demo.id}`), 200);
    assert.equal(officer.ownOnly, false);
    assert.equal(officer.canManage, false);
    assert.equal(officer.commitments.length, demo.commitments.length);
    // The FG works for the gemeente: it comments on the gemeente's commitments, not on the corporation's.
    const corporations = demo.commitments.find((c) => c.owner.name === 'Woonstichting De Sleutel')!;
    assert.equal(officer.commitments.find((c) => c.id === corporations.id)!.canComment, false);
    const refused = await fg.fetch(`/api/v1/agreements/${demo.id}/commitments/${corporations.id}/comments`, {
      method: 'POST',
      json: { body: 'Opmerking' },
    });
    assert.equal(refused.status, 403);
    for (const b of [partner, fg, regisseur]) {
      const phase = await b.fetch(`/api/v1/agreements/${demo.id}/phase`, {
        method: 'POST',
        json: { to: 'monitoring' },
      });
      assert.equal(phase.status, 403);
    }
  });

  test('the cycle moves one step at a time; back only with a reason; two moves at once give one step', async () => {
    const phase = (to: string, note?: string) =>
      beleid.fetch(`/api/v1/agreements/${demo.id}/phase`, { method: 'POST', json: { to, note } });
    const skip = await body<Problem>(await phase('bod', 'Te ver terug'), 400);
    assert.match(skip.errors![0]!.message, /één fase tegelijk/);
    const forward = await body<Agreement>(await phase('monitoring'), 200);
    assert.equal(forward.phase, 'monitoring');
    assert.equal(forward.phaseChanges.at(-1)?.by, 'Bart Beleid');
    const noReason = await body<Problem>(await phase('vaststelling'), 400);
    assert.equal(noReason.errors?.[0]?.path, 'note');
    const back = await body<Agreement>(
      await phase('vaststelling', 'De raad wil nog een toezegging over schulden'),
      200,
    );
    assert.equal(back.phase, 'vaststelling');
    const stale = await beleid.fetch(`/api/v1/agreements/${demo.id}/phase`, {
      method: 'POST',
      json: { from: 'monitoring', to: 'evaluatie' },
    });
    assert.equal(stale.status, 409, 'a page that saw another phase cannot move the agreement');
    const both = await Promise.all([phase('monitoring'), phase('monitoring')]);
    // The loser sees the new phase (400, "al in deze fase") or, when both read the old one, loses the update (409).
    const [won, lost] = both.map((r) => r.status).sort();
    assert.equal(won, 200);
    assert.ok(lost === 400 || lost === 409, `the second move answered ${lost}`);
    const after = await body<Agreement>(await beleid.fetch(`/api/v1/agreements/${demo.id}`), 200);
    assert.equal(after.phaseChanges.filter((p) => p.to === 'monitoring').length, 2, 'one step per move');
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'agreement.phase'), eq(auditLog.municipalityCode, 'GM9901')));
    assert.equal(audited.length, 3);
  });

  test('a new agreement and its commitments are checked against the catalogue, the parties and the municipality', async () => {
    const create = (json: unknown) => beleid.fetch('/api/v1/agreements', { method: 'POST', json });
    const base = {
      municipality: 'GM9901',
      title: 'Prestatieafspraken 2027 Regiedam',
      year: 2027,
      parties: [orgId['Gemeente Regiedam'], orgId['Zorggroep Horizon']],
      schedule: { bod: '2027-07-01' },
    };
    const foreign = await body<Problem>(await create({ ...base, municipality: 'GM9902' }), 400);
    assert.equal(foreign.errors?.[0]?.path, 'municipality');
    const outsider = await body<Problem>(
      await create({ ...base, parties: [orgId['Gemeente Samenwerk']] }),
      400,
    );
    assert.equal(outsider.errors?.[0]?.path, 'parties');
    const made = await body<Agreement>(await create(base), 201);
    assert.equal(made.phase, 'bod');
    assert.deepEqual(made.schedule, { bod: '2027-07-01' });
    assert.equal(made.commitments.length, 0);

    const commit = (json: Record<string, unknown>) =>
      beleid.fetch(`/api/v1/agreements/${made.id}/commitments`, { method: 'POST', json });
    const good = {
      theme: 'Zorg thuis',
      ownerOrganisationId: orgId['Zorggroep Horizon'],
      description: 'Geen open zaak zonder regisseur.',
      indicatorCode: 'zaken-zonder-regisseur',
      measureKey: 'zonderRegisseur',
      target: 5,
      direction: 'maximaal',
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ ownerOrganisationId: orgId['Woonstichting De Sleutel'] }, 'ownerOrganisationId'],
      [{ indicatorCode: 'bestaat-niet' }, 'indicatorCode'],
      [{ measureKey: 'bestaatNiet' }, 'measureKey'],
      [{ breakdown: { kind: 'wijk', code: 'WK990102' } }, 'breakdown'], // this indicator splits by team only
      [{ breakdown: { kind: 'team', code: '00000000-0000-4000-8000-000000000000' } }, 'breakdown'],
      [{ target: 'vijf' }, 'target'],
    ];
    for (const [change, path] of cases) {
      const problem = await body<Problem>(await commit({ ...good, ...change }), 400);
      assert.equal(problem.errors?.[0]?.path, path, JSON.stringify(change));
    }
    const added = await body<Agreement>(await commit(good), 201);
    assert.equal(added.commitments.length, 1);
    assert.equal(added.commitments[0]!.status.state, 'geen_gegevens', 'the year 2027 has not started');
    // Zorggroep Horizon has no user in the demo; as a party it would see only this commitment.
    assert.equal(added.parties.length, 2);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, ['agreement.create', 'commitment.create']));
    assert.equal(rows.length, 2);
  });

  test('without a session nothing; a user of no party and no oversight sees no agreement', async () => {
    const anonymous = await t.request('/api/v1/agreements');
    assert.equal(anonymous.status, 401);
    const intake = await signedIn(t, 'schuldhulp'); // Kredietbank Delta is a party: its own commitment only
    const seen = await body<Agreement>(await intake.fetch(`/api/v1/agreements/${demo.id}`), 200);
    assert.deepEqual(
      seen.commitments.map((c) => c.owner.name),
      ['Kredietbank Delta', 'Kredietbank Delta'],
    );
    const beheerder = await signedIn(t, 'beheerder'); // Gemeente Regiedam: a party, so its commitments only
    const asAdmin = await body<Agreement>(await beheerder.fetch(`/api/v1/agreements/${demo.id}`), 200);
    assert.ok(asAdmin.commitments.every((c) => c.owner.name === 'Gemeente Regiedam'));
  });
});
