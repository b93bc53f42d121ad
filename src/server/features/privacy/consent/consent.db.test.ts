import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { auditLog, consents, organisations } from '../../../db/schema/index.ts';
import { json, type Problem } from '../../cases/cases-test-support.ts';
import { teamUser } from '../../signals/intake/intake-test-support.ts';
import type { Consent, MemberConsents, Recipient } from './consent.schemas.ts';
import { type DemoCase, regisseurCase } from './consent-test-support.ts';

/** Consents per person: recording (with Dutch field messages), who may, withdrawal, and the audit trail. */
describe('consents: record, validate, withdraw, audit', () => {
  let t: TestApp;
  let regisseur: Browser;
  let outsider: Browser;
  let intake: Browser;
  let c: { id: string };
  let personId: string;
  let gemeente: string;
  let samenwerk: string;

  const orgId = async (name: string) => {
    const [row] = await t.database.db.select().from(organisations).where(eq(organisations.name, name));
    if (!row) throw new Error(`no organisation ${name}`);
    return row.id;
  };
  const record = (b: Browser, body: unknown, person = personId) =>
    b.fetch(`/api/v1/persons/${person}/consents`, { method: 'POST', json: body });
  const valid = () => ({
    purpose: 'integrale_regie',
    recipientOrganisationId: gemeente,
    givenOn: '2026-11-20',
    givenHow: 'schriftelijk',
    note: 'Getekend formulier in het dossier',
  });
  const auditRows = (action: string, id: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, action), sql`${auditLog.resourceIds} @> ${JSON.stringify([id])}::jsonb`),
      );

  before(async () => {
    t = await createTestApp({ households: 60 });
    regisseur = await signedIn(t, 'regisseur');
    intake = await signedIn(t, 'intake');
    await teamUser(t, 'zuidwerker', 'Wijkteam Zuid', ['regisseur', 'wijkteam_professional']);
    outsider = await signedIn(t, 'zuidwerker');
    const demo: DemoCase = await regisseurCase(t);
    c = { id: demo.caseId };
    const members = await json<MemberConsents[]>(
      await regisseur.fetch(`/api/v1/cases/${c.id}/consents`),
      200,
    );
    personId = members[0]!.personId;
    assert.ok(members.every((m) => m.consents.length === 0));
    gemeente = await orgId('Gemeente Regiedam');
    samenwerk = await orgId('Gemeente Samenwerk');
  });
  after(() => t.close());

  test('the recipients are the organisations of my municipalities', async () => {
    const list = await json<Recipient[]>(
      await regisseur.fetch('/api/v1/organisations/recipients?municipality=GM9901'),
      200,
    );
    const names = list.map((r) => r.name);
    assert.ok(names.includes('Gemeente Regiedam'));
    assert.ok(names.includes('Kredietbank Delta'));
    assert.ok(!names.includes('Gemeente Samenwerk'), 'works only in GM9902');
    assert.equal((await intake.fetch('/api/v1/organisations/recipients')).status, 403);
  });

  test('bad input gets Dutch messages naming the field, and nothing is stored', async () => {
    const bad = await record(regisseur, {
      purpose: 'reclame',
      recipientOrganisationId: 'x',
      givenOn: '20-11-2026',
      givenHow: 'per duif',
    });
    assert.equal(bad.status, 400);
    const problem = (await bad.json()) as Problem;
    const paths = (problem.errors ?? []).map((e) => e.path.replace(/^body\./, '')).sort();
    assert.deepEqual(paths, ['givenHow', 'givenOn', 'purpose', 'recipientOrganisationId']);
    const purpose = problem.errors?.find((e) => e.path.endsWith('purpose'));
    assert.equal(purpose?.message, 'Kies een doel uit het verwerkingsregister');

    const future = await record(regisseur, { ...valid(), givenOn: '2026-11-24' });
    assert.equal(future.status, 400);
    assert.deepEqual((await future.json()).errors, [
      { path: 'givenOn', message: 'De datum van de toestemming ligt in de toekomst' },
    ]);
    const elsewhere = await record(regisseur, { ...valid(), recipientOrganisationId: samenwerk });
    assert.equal(elsewhere.status, 400);
    assert.equal(((await elsewhere.json()) as Problem).errors?.[0]?.path, 'recipientOrganisationId');
    const stored = await t.database.db.select().from(consents).where(eq(consents.personId, personId));
    assert.equal(stored.length, 0);
  });

  test('outside the case the person does not exist (404); a role without consent.record gets 403', async () => {
    assert.equal((await record(outsider, valid())).status, 404);
    assert.equal((await outsider.fetch(`/api/v1/persons/${personId}/consents`)).status, 404);
    assert.equal((await outsider.fetch(`/api/v1/cases/${c.id}/consents`)).status, 404);
    assert.equal((await record(intake, valid())).status, 403);
    const stored = await t.database.db.select().from(consents).where(eq(consents.personId, personId));
    assert.equal(stored.length, 0, 'denied changes nothing');
  });

  test('recording, listing, withdrawing; a consent is never changed or deleted, only withdrawn', async () => {
    const given = await json<Consent>(await record(regisseur, valid()), 201);
    assert.deepEqual(
      {
        purpose: given.purpose,
        purposeName: typeof given.purposeName,
        recipient: given.recipient.name,
        givenOn: given.givenOn,
        givenHow: given.givenHow,
        note: given.note,
        recordedBy: given.recordedBy?.displayName,
        withdrawnOn: given.withdrawnOn,
        active: given.active,
      },
      {
        purpose: 'integrale_regie',
        purposeName: 'string',
        recipient: 'Gemeente Regiedam',
        givenOn: '2026-11-20',
        givenHow: 'schriftelijk',
        note: 'Getekend formulier in het dossier',
        recordedBy: 'Rana Regisseur',
        withdrawnOn: null,
        active: true,
      },
    );
    assert.notEqual(given.purposeName, given.purpose, 'the name comes from the processing register');
    assert.equal(
      (await record(regisseur, valid())).status,
      409,
      'one active consent per purpose and recipient',
    );

    const list = await json<Consent[]>(await regisseur.fetch(`/api/v1/persons/${personId}/consents`), 200);
    assert.deepEqual(
      list.map((x) => x.id),
      [given.id],
    );

    const withdraw = (body: unknown, b = regisseur) =>
      b.fetch(`/api/v1/consents/${given.id}/withdraw`, { method: 'POST', json: body });
    assert.equal(
      (await withdraw({ withdrawnOn: '2026-11-22', withdrawnHow: 'mondeling' }, outsider)).status,
      404,
    );
    const before = await withdraw({ withdrawnOn: '2026-11-19', withdrawnHow: 'mondeling' });
    assert.equal(before.status, 400);
    assert.deepEqual((await before.json()).errors, [
      {
        path: 'withdrawnOn',
        message: 'De datum van intrekken ligt vóór de datum waarop de toestemming is gegeven',
      },
    ]);
    const future = await withdraw({ withdrawnOn: '2026-11-30', withdrawnHow: 'mondeling' });
    assert.equal(((await future.json()) as Problem).errors?.[0]?.path, 'withdrawnOn');
    const noHow = await withdraw({ withdrawnOn: '2026-11-22' });
    assert.equal(noHow.status, 400);
    assert.match(((await noHow.json()) as Problem).errors?.[0]?.path ?? '', /withdrawnHow/);

    const withdrawn = await json<Consent>(
      await withdraw({ withdrawnOn: '2026-11-22', withdrawnHow: 'mondeling' }),
      200,
    );
    assert.deepEqual(
      { on: withdrawn.withdrawnOn, how: withdrawn.withdrawnHow, active: withdrawn.active },
      { on: '2026-11-22', how: 'mondeling', active: false },
    );
    assert.equal((await withdraw({ withdrawnOn: '2026-11-23', withdrawnHow: 'digitaal' })).status, 409);
    const [row] = await t.database.db.select().from(consents).where(eq(consents.id, given.id));
    assert.equal(row?.givenOn, '2026-11-20', 'the consent itself is unchanged');
    assert.equal(row?.withdrawnOn, '2026-11-22');

    // After withdrawal the same consent may be given again: a new row, the old one stays as history.
    const again = await json<Consent>(await record(regisseur, { ...valid(), givenOn: '2026-11-23' }), 201);
    const members = await json<MemberConsents[]>(
      await regisseur.fetch(`/api/v1/cases/${c.id}/consents`),
      200,
    );
    const mine = members.find((m) => m.personId === personId);
    assert.deepEqual(
      mine?.consents.map((x) => [x.id, x.active]),
      [
        [again.id, true],
        [given.id, false],
      ],
    );

    // Every read and change left its row, with the ids it touched.
    assert.equal((await auditRows('consent.record', given.id)).length, 1);
    const [withdrawRow] = await auditRows('consent.withdraw', given.id);
    assert.equal(withdrawRow?.resourceType, 'consent');
    assert.equal(withdrawRow?.municipalityCode, 'GM9901');
    assert.deepEqual(withdrawRow?.details, {
      personId,
      withdrawnOn: '2026-11-22',
      withdrawnHow: 'mondeling',
    });
    assert.ok((await auditRows('consent.read', given.id)).length >= 2, 'person list and case tab');
  });
});
