import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, like, sql } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { auditLog, commitmentFigures } from '../../db/schema/index.ts';
import type { Agreement } from './agreements.schemas.ts';
import { body, type Commitment, organisationIds, type Problem } from './agreements-test-support.ts';

describe('figures a party supplies itself: entry, correction, access, status, suppression', () => {
  let t: TestApp;
  let beleid: Browser;
  let partner: Browser;
  let agreementId: string;
  let evictions: string;
  const orgId: Record<string, string> = {};

  const evictionsOf = (a: Agreement): Commitment => a.commitments.find((c) => c.id === evictions)!;
  const enter = (b: Browser, json: Record<string, unknown>, commitment = evictions) =>
    b.fetch(`/api/v1/agreements/${agreementId}/commitments/${commitment}/figures`, { method: 'POST', json });
  const seen = async (b: Browser) =>
    evictionsOf(await body<Agreement>(await b.fetch(`/api/v1/agreements/${agreementId}`), 200));

  before(async () => {
    t = await createTestApp({ households: 200 });
    beleid = await signedIn(t, 'beleid');
    partner = await signedIn(t, 'partner');
    Object.assign(orgId, await organisationIds(t));
    const list = await body<{ items: { id: string }[] }>(await beleid.fetch('/api/v1/agreements'), 200);
    agreementId = list.items[0]!.id;
  });
  after(() => t.close());

  test('beleid adds a commitment on a supplied figure: a figure of the list, a count, per month or half-year', async () => {
    const commit = (json: Record<string, unknown>) =>
      beleid.fetch(`/api/v1/agreements/${agreementId}/commitments`, { method: 'POST', json });
    const good = {
      theme: 'Voorkomen van huisuitzetting',
      ownerOrganisationId: orgId['Woonstichting De Sleutel'],
      description: 'De corporatie ontruimt per maand hoogstens 2 woningen wegens huurachterstand.',
      source: 'partij',
      indicatorCode: 'ontruimingen-huurachterstand',
      measureKey: 'aantal',
      periodType: 'maand',
      target: 2,
      direction: 'maximaal',
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ periodType: undefined }, 'periodType'],
      [{ indicatorCode: 'stapeling' }, 'indicatorCode'],
      [{ measureKey: 'zaken' }, 'measureKey'],
      [{ breakdown: { kind: 'wijk', code: 'WK990102' } }, 'breakdown'],
    ];
    for (const [change, path] of cases) {
      const problem = await body<Problem>(await commit({ ...good, ...change }), 400);
      assert.equal(problem.errors?.[0]?.path, path, JSON.stringify(change));
    }
    const computed = await body<Problem>(
      await commit({
        ...good,
        source: 'indicator',
        indicatorCode: 'zaken-zonder-regisseur',
        measureKey: 'zonderRegisseur',
      }),
      400,
    );
    assert.equal(computed.errors?.[0]?.path, 'periodType', 'a computed indicator has its own period');
    const made = await body<Agreement>(await commit(good), 201);
    const added = made.commitments.find((c) => c.source === 'partij')!;
    evictions = added.id;
    assert.equal(added.indicator.title, 'Ontruimingen wegens huurachterstand');
    assert.equal(added.periodType, 'maand');
    assert.equal(added.status.state, 'geen_gegevens');
    assert.equal(added.canEnterFigures, true);
    assert.deepEqual(added.openPeriods.at(-1), '2026-11', 'up to the month the test clock is in');
    assert.equal(added.openPeriods.length, 11);
  });

  test('the corporation enters a value with its source; it sees the count, the others see "< 10"', async () => {
    const mine = await body<Agreement>(
      await enter(partner, { period: '2026-10', value: 3, source: 'Huuradministratie, stand 1 november' }),
      201,
    );
    const own = evictionsOf(mine);
    assert.equal(own.figures.length, 1);
    assert.deepEqual(
      {
        value: own.figures[0]!.value,
        suppressed: own.figures[0]!.suppressed,
        source: own.figures[0]!.source,
      },
      { value: 3, suppressed: false, source: 'Huuradministratie, stand 1 november' },
    );
    assert.equal(own.figures[0]!.organisation, 'Woonstichting De Sleutel');
    assert.deepEqual(own.status, {
      state: 'achter',
      label: 'Achter op het doel',
      value: 3,
      period: '2026-10',
    });

    // The beleidsmedewerker: the value is under 10, so neither it nor the status (which side of 2) is shown.
    const theirs = await seen(beleid);
    assert.equal(theirs.figures[0]!.value, null);
    assert.equal(theirs.figures[0]!.suppressed, true);
    assert.equal(theirs.status.state, 'niet_te_tonen');
    assert.equal(theirs.status.value, null);
    assert.doesNotMatch(JSON.stringify(theirs), /"value":3\b/);

    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'commitment.figure.enter'));
    assert.equal(audited.length, 1);
    assert.deepEqual(audited[0]!.resourceIds, [evictions, own.figures[0]!.id]);
  });

  test('a period must be of the agreement year, already begun and of the commitment kind', async () => {
    const cases: [string, string][] = [
      ['2026-12', 'nog niet begonnen'],
      ['2025-10', '2026'],
      ['2026-H1', 'maand'],
    ];
    for (const [period, message] of cases) {
      const problem = await body<Problem>(
        await enter(partner, { period, value: 1, source: 'Administratie' }),
        400,
      );
      assert.equal(problem.errors?.[0]?.path, 'period', period);
      assert.match(problem.errors![0]!.message, new RegExp(message));
    }
    const noSource = await body<Problem>(
      await enter(partner, { period: '2026-09', value: 1, source: ' ' }),
      400,
    );
    assert.equal(noSource.errors?.[0]?.path, 'source');
    const negative = await body<Problem>(
      await enter(partner, { period: '2026-09', value: -1, source: 'Adm.' }),
      400,
    );
    assert.equal(negative.errors?.[0]?.path, 'value');
    // A commitment Regie computes takes no entered figures.
    const agreement = await body<Agreement>(await partner.fetch(`/api/v1/agreements/${agreementId}`), 200);
    const computed = agreement.commitments.find((c) => c.source === 'indicator')!;
    const refused = await body<Problem>(
      await enter(partner, { period: '2026-10', value: 1, source: 'Administratie' }, computed.id),
      400,
    );
    assert.equal(refused.errors?.[0]?.path, 'value');
  });

  test('a correction is a new row that supersedes the old one; the old row stays and cannot be changed', async () => {
    const before = await seen(partner);
    const first = before.figures[0]!;
    const blind = await enter(partner, {
      period: '2026-10',
      value: 1,
      source: 'Gecorrigeerde administratie',
    });
    assert.equal(blind.status, 409, 'a new value for a period with a value must say which value it corrects');
    const corrected = evictionsOf(
      await body<Agreement>(
        await enter(partner, {
          period: '2026-10',
          value: 1,
          source: 'Gecorrigeerde administratie',
          corrects: first.id,
        }),
        201,
      ),
    );
    assert.equal(corrected.figures.length, 1, 'one current value per period');
    assert.equal(corrected.figures[0]!.value, 1);
    assert.equal(corrected.figures[0]!.corrections, 1);
    assert.equal(corrected.status.state, 'op_koers');
    const rows = await t.database.db
      .select()
      .from(commitmentFigures)
      .where(eq(commitmentFigures.commitmentId, evictions));
    // The test clock stands still, so order by the chain: the first value, then what corrects it.
    rows.sort((x, y) => Number(x.supersedesId !== null) - Number(y.supersedesId !== null));
    assert.deepEqual(
      rows.map((r) => [r.period, r.value, r.supersedesId]),
      [
        ['2026-10', 3, null],
        ['2026-10', 1, first.id],
      ],
    );
    await assert.rejects(
      t.database.db.execute(sql`UPDATE commitment_figures SET value = 0 WHERE id = ${first.id}`),
      'an entered value is never changed in place',
    );
    const stale = await enter(partner, {
      period: '2026-10',
      value: 2,
      source: 'Nog een correctie',
      corrects: first.id,
    });
    assert.equal(stale.status, 409, 'a value that has been corrected already cannot be corrected again');
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(like(auditLog.action, 'commitment.figure.correct'));
    assert.equal(audited.length, 1);
  });

  test('two corrections of the same value at once: one wins, the other gets 409', async () => {
    const current = (await seen(partner)).figures[0]!;
    const both = await Promise.all(
      [4, 5].map((value) =>
        enter(partner, { period: '2026-10', value, source: 'Tegelijk ingevoerd', corrects: current.id }),
      ),
    );
    assert.deepEqual(both.map((r) => r.status).sort(), [201, 409]);
    assert.equal((await seen(partner)).figures[0]!.corrections, 2);
  });

  test('the latest period with a value decides the status; a count of 10 or more everyone sees', async () => {
    await body<Agreement>(
      await enter(partner, { period: '2026-11', value: 12, source: 'Huuradministratie' }),
      201,
    );
    const theirs = await seen(beleid);
    assert.deepEqual(theirs.status, {
      state: 'achter',
      label: 'Achter op het doel',
      value: 12,
      period: '2026-11',
    });
    assert.deepEqual(
      theirs.figures.map((f) => [f.period, f.value]),
      [
        ['2026-10', null],
        ['2026-11', 12],
      ],
    );
    // The beleidsmedewerker may enter a value too; the gemeente then sees its own small count.
    const byBeleid = evictionsOf(
      await body<Agreement>(
        await enter(beleid, { period: '2026-09', value: 2, source: 'Opgave corporatie' }),
        201,
      ),
    );
    assert.deepEqual(
      byBeleid.figures.map((f) => [f.period, f.value]),
      [
        ['2026-09', 2],
        ['2026-10', null],
        ['2026-11', 12],
      ],
    );
    assert.equal(byBeleid.figures[0]!.organisation, 'Gemeente Regiedam');
  });

  test('another party does not see the commitment (404); an overseer who does not manage may not enter (403)', async () => {
    const kredietbank = await signedIn(t, 'schuldhulp');
    const regisseur = await signedIn(t, 'regisseur');
    for (const b of [kredietbank, regisseur]) {
      const res = await enter(b, { period: '2026-08', value: 1, source: 'Administratie' });
      assert.equal(res.status, 404);
    }
    const fg = await signedIn(t, 'fg');
    assert.equal((await enter(fg, { period: '2026-08', value: 1, source: 'Administratie' })).status, 403);
    const fgView = await seen(fg);
    assert.equal(fgView.canEnterFigures, false);
    assert.equal(fgView.figures.find((f) => f.period === '2026-10')!.value, null, 'the FG sees "< 10" too');
    assert.equal(
      (
        await t.request(`/api/v1/agreements/${agreementId}/commitments/${evictions}/figures`, {
          method: 'POST',
          json: { period: '2026-08', value: 1, source: 'Administratie' },
        })
      ).status,
      401,
    );
    const rows = await t.database.db
      .select()
      .from(commitmentFigures)
      .where(eq(commitmentFigures.period, '2026-08'));
    assert.equal(rows.length, 0, 'a refused entry stores nothing');
  });

  test('a lapsed commitment takes no more figures (409) and offers no form', async () => {
    const withdraw = await beleid.fetch(
      `/api/v1/agreements/${agreementId}/commitments/${evictions}/withdraw`,
      {
        method: 'POST',
        json: { reason: 'De corporatie meet dit voortaan zelf in haar jaarverslag' },
      },
    );
    assert.equal(withdraw.status, 200, await withdraw.text());
    const res = await enter(partner, { period: '2026-08', value: 3, source: 'Huuradministratie' });
    assert.equal(res.status, 409);
    assert.match((await body<Problem>(res, 409)).detail, /vervallen/);
    assert.equal((await seen(partner)).canEnterFigures, false);
  });
});
