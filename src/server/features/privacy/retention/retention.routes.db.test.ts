import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { runDestruction } from './destruction.ts';
import type { DestructionPage, LegalHoldView, RetentionTermsView } from './retention.schemas.ts';
import { castOf, closedCase } from './retention-test-support.ts';

async function json<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  assert.equal(res.status, status, text);
  return JSON.parse(text) as T;
}

describe('retention API: terms, legal holds, destruction records', () => {
  let t: TestApp;
  let fg: Browser;
  let beheerder: Browser;
  let regisseur: Browser;
  let caseId: string;
  const audit = async (action: string) =>
    (
      await t.database.db.execute<{ details: Record<string, unknown>; resource_ids: string[] }>(
        sql`SELECT details, resource_ids FROM audit_log WHERE action = ${action} ORDER BY id`,
      )
    ).rows;

  before(async () => {
    t = await createTestApp({ households: 20 });
    [fg, beheerder, regisseur] = await Promise.all([
      signedIn(t, 'fg'),
      signedIn(t, 'beheerder'),
      signedIn(t, 'regisseur'),
    ]);
    caseId = (await closedCase(t.database.db, await castOf(t.database.db), { closedOn: '2026-01-05' }))
      .caseId;
  });
  after(() => t.close());

  test('the FG reads the terms of her municipality with defaults and when they count', async () => {
    const body = await json<RetentionTermsView>(await fg.fetch('/api/v1/privacy/retention'), 200);
    assert.equal(body.municipality.code, 'GM9901');
    const byCode = Object.fromEntries(body.categories.map((c) => [c.code, c]));
    assert.deepEqual(
      Object.fromEntries(body.categories.map((c) => [c.code, [c.months, c.defaultMonths, c.source]])),
      {
        signaal_niet_gekoppeld: [6, 6, 'signal_settings'],
        signaal_niet_opgepakt: [6, 6, 'signal_settings'],
        signaal_opgepakt: [12, 12, 'signal_settings'],
        vroegsignaalzaak_afgesloten: [18, 18, 'signal_settings'],
        casus_afgesloten: [24, 24, 'retention_terms'],
        jeugdwet_dossier: [240, 240, 'retention_terms'],
        importverslag: [6, 6, 'retention_terms'],
      },
    );
    assert.equal(byCode.casus_afgesloten!.from, 'na het afsluiten van de casus');
  });

  test('a regisseur may not read or change terms or holds, and nothing changes', async () => {
    assert.equal((await regisseur.fetch('/api/v1/privacy/retention')).status, 403);
    const put = await regisseur.fetch('/api/v1/privacy/retention/casus_afgesloten', {
      method: 'PUT',
      json: { months: 1 },
    });
    assert.equal(put.status, 403);
    const hold = await regisseur.fetch('/api/v1/privacy/legal-holds', {
      method: 'POST',
      json: { caseId, reason: 'Ik wil dit bewaren' },
    });
    assert.equal(hold.status, 403);
    assert.equal((await regisseur.fetch('/api/v1/privacy/destructions')).status, 403);
    const { rows } = await t.database.db.execute(
      sql`SELECT 1 FROM retention_terms UNION ALL SELECT 1 FROM legal_holds WHERE lifted_at IS NULL`,
    );
    assert.equal(rows.length, 0);
    assert.equal((await t.request('/api/v1/privacy/retention')).status, 401);
  });

  test('a term in retention_terms is stored and audited with the old and the new value', async () => {
    const body = await json<RetentionTermsView>(
      await beheerder.fetch('/api/v1/privacy/retention/casus_afgesloten', {
        method: 'PUT',
        json: { months: 30 },
      }),
      200,
    );
    assert.equal(body.categories.find((c) => c.code === 'casus_afgesloten')!.months, 30);
    const { rows } = await t.database.db.execute<{ months: number }>(
      sql`SELECT months FROM retention_terms WHERE municipality_code = 'GM9901' AND category = 'casus_afgesloten'`,
    );
    assert.equal(rows[0]!.months, 30);
    assert.deepEqual((await audit('retention-term.update')).at(-1)!.details, {
      categorie: 'casus_afgesloten',
      was: 24,
      wordt: 30,
    });
  });

  test('a signal term is stored in the signal settings, so /instellingen shows the same value', async () => {
    await json(
      await fg.fetch('/api/v1/privacy/retention/signaal_opgepakt', { method: 'PUT', json: { months: 9 } }),
      200,
    );
    const settings = await json<{ retentionMonths: Record<string, number>; bundlingWindowDays: number }>(
      await beheerder.fetch('/api/v1/signal-settings/GM9901'),
      200,
    );
    assert.deepEqual(settings.retentionMonths, { unmatched: 6, notPickedUp: 6, pickedUp: 9, closedCase: 18 });
    assert.equal(settings.bundlingWindowDays, 90, 'the other settings are untouched');
    assert.deepEqual((await audit('signal-settings.update')).at(-1)!.details, {
      gewijzigd: ['retentionMonths'],
    });
  });

  test('bad terms are refused with a Dutch message next to the field', async () => {
    const res = await fg.fetch('/api/v1/privacy/retention/casus_afgesloten', {
      method: 'PUT',
      json: { months: 0 },
    });
    const problem = await json<{ errors: { path: string; message: string }[] }>(res, 400);
    assert.deepEqual(problem.errors, [{ path: 'months', message: 'De termijn is minstens 1 maand' }]);
    const unknown = await fg.fetch('/api/v1/privacy/retention/auditlog', {
      method: 'PUT',
      json: { months: 12 },
    });
    assert.equal(unknown.status, 400);
    const other = await fg.fetch('/api/v1/privacy/retention?gemeente=GM9902');
    assert.equal(other.status, 404, 'another municipality is not found');
  });

  test('legal holds: place on a case, refuse a second, lift with a reason; audited', async () => {
    const placed = await json<LegalHoldView>(
      await fg.fetch('/api/v1/privacy/legal-holds', {
        method: 'POST',
        json: { caseId, reason: 'Bezwaarprocedure loopt nog' },
      }),
      201,
    );
    assert.equal(placed.active, true);
    assert.equal(placed.caseId, caseId);
    assert.equal(placed.placedBy?.displayName, 'Fenna FG');
    const again = await fg.fetch('/api/v1/privacy/legal-holds', {
      method: 'POST',
      json: { caseId, reason: 'Nog een keer blokkeren' },
    });
    assert.equal(again.status, 409);
    const both = await fg.fetch('/api/v1/privacy/legal-holds', {
      method: 'POST',
      json: { caseId, householdId: caseId, reason: 'Allebei ingevuld hier' },
    });
    assert.equal(both.status, 400);
    const missing = await fg.fetch('/api/v1/privacy/legal-holds', {
      method: 'POST',
      json: { householdId: '00000000-0000-4000-8000-000000000000', reason: 'Bestaat niet, toch?' },
    });
    assert.equal(missing.status, 404);
    const short = await fg.fetch('/api/v1/privacy/legal-holds', {
      method: 'POST',
      json: { caseId, reason: 'kort' },
    });
    assert.equal(short.status, 400);

    const list = await json<{ items: LegalHoldView[] }>(await fg.fetch('/api/v1/privacy/legal-holds'), 200);
    assert.deepEqual(
      list.items.map((h) => h.id),
      [placed.id],
    );
    const lifted = await json<LegalHoldView>(
      await fg.fetch(`/api/v1/privacy/legal-holds/${placed.id}/lift`, {
        method: 'POST',
        json: { reason: 'De rechter heeft beslist' },
      }),
      200,
    );
    assert.equal(lifted.active, false);
    assert.equal(lifted.liftReason, 'De rechter heeft beslist');
    const liftAgain = await fg.fetch(`/api/v1/privacy/legal-holds/${placed.id}/lift`, {
      method: 'POST',
      json: { reason: 'Nog een keer opheffen' },
    });
    assert.equal(liftAgain.status, 409);
    const active = await json<{ items: LegalHoldView[] }>(await fg.fetch('/api/v1/privacy/legal-holds'), 200);
    assert.equal(active.items.length, 0);
    const all = await json<{ items: LegalHoldView[] }>(
      await fg.fetch('/api/v1/privacy/legal-holds?status=alle'),
      200,
    );
    assert.deepEqual(
      all.items.map((h) => h.active),
      [false, false],
      'the lifted hold and the one the fixture lifted long ago',
    );
    assert.equal((await audit('legal-hold.place')).length, 1);
    assert.deepEqual((await audit('legal-hold.lift'))[0]!.resource_ids, [placed.id]);
  });

  test('destruction records are listed per run, newest first, in the order of the register', async () => {
    await runDestruction(t.ctx());
    await runDestruction({ ...t.ctx(), now: new Date('2026-11-24T09:00:00Z') });
    const page = await json<DestructionPage>(await fg.fetch('/api/v1/privacy/destructions?pageSize=1'), 200);
    assert.equal(page.total, 2);
    assert.equal(page.items.length, 1);
    const [latest] = page.items;
    assert.equal(latest!.cutoff, '2026-11-24');
    assert.deepEqual(
      latest!.categories.map((c) => c.category),
      [
        'signaal_niet_gekoppeld',
        'signaal_niet_opgepakt',
        'signaal_opgepakt',
        'vroegsignaalzaak_afgesloten',
        'casus_afgesloten',
        'jeugdwet_dossier',
        'importverslag',
        'toestemming_ingetrokken',
      ],
    );
    assert.equal(
      latest!.categories.find((c) => c.category === 'casus_afgesloten')!.rule,
      '30 maanden na het afsluiten van de casus',
    );
    const second = await json<DestructionPage>(
      await fg.fetch('/api/v1/privacy/destructions?pageSize=1&page=2'),
      200,
    );
    assert.equal(second.items[0]!.cutoff, '2026-11-23');
  });
});
