import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { auditLog, caseDataShares, organisations } from '../../../db/schema/index.ts';
import { json, type Problem, userIdOf } from '../../cases/cases-test-support.ts';
import type { Provision } from '../../plans/provisions.schemas.ts';
import { teamUser } from '../../signals/intake/intake-test-support.ts';
import type { Consent, MemberConsents, Share } from './consent.schemas.ts';
import { regisseurCase } from './consent-test-support.ts';

/**
 * Case data shares per law (access rule 6e): who may share, what a share needs, and, through the API, that a
 * Participatiewet consultant in the case team sees the case's Jeugdwet provision only while a share exists and
 * the consent it rests on is not withdrawn.
 */
describe('case data shares: validation, who may share, and sharing that stops with the consent', () => {
  let t: TestApp;
  let regisseur: Browser;
  let teamleider: Browser;
  let schuldhulp: Browser;
  let outsider: Browser;
  let pw: Browser;
  let caseId: string;
  let personId: string;
  let gemeente: string;
  let kredietbank: string;
  let jeugd: Provision;

  const orgId = async (name: string) => {
    const [row] = await t.database.db.select().from(organisations).where(eq(organisations.name, name));
    if (!row) throw new Error(`no organisation ${name}`);
    return row.id;
  };
  const share = (b: Browser, body: unknown) =>
    b.fetch(`/api/v1/cases/${caseId}/shares`, { method: 'POST', json: body });
  const end = (b: Browser, shareId: string) =>
    b.fetch(`/api/v1/cases/${caseId}/shares/${shareId}/end`, { method: 'POST' });
  const consent = async (recipientOrganisationId: string) =>
    json<Consent>(
      await regisseur.fetch(`/api/v1/persons/${personId}/consents`, {
        method: 'POST',
        json: { purpose: 'jeugdhulp', recipientOrganisationId, givenOn: '2026-11-23', givenHow: 'digitaal' },
      }),
      201,
    );
  const withdraw = async (id: string) =>
    json<Consent>(
      await regisseur.fetch(`/api/v1/consents/${id}/withdraw`, {
        method: 'POST',
        json: { withdrawnOn: '2026-11-23', withdrawnHow: 'mondeling' },
      }),
      200,
    );
  /** Does the Participatiewet consultant see the Jeugdwet provision in the case's provision list? */
  const pwSeesJeugdwet = async () => {
    const list = await json<Provision[]>(await pw.fetch(`/api/v1/cases/${caseId}/provisions`), 200);
    return list.some((p) => p.id === jeugd.id);
  };
  const errorPaths = async (res: Response) => {
    assert.equal(res.status, 400);
    return ((await res.json()) as Problem).errors?.map((e) => e.path.replace(/^body\./, '')) ?? [];
  };
  const join = async (userId: string, role: string, law: string) =>
    json(
      await regisseur.fetch(`/api/v1/cases/${caseId}/team-members`, {
        method: 'POST',
        json: { userId, role, law },
      }),
      200,
    );

  before(async () => {
    t = await createTestApp({ households: 60 });
    ({ caseId } = await regisseurCase(t));
    regisseur = await signedIn(t, 'regisseur');
    teamleider = await signedIn(t, 'teamleider');
    schuldhulp = await signedIn(t, 'schuldhulp');
    await teamUser(t, 'buitenstaander', 'Wijkteam Zuid', ['regisseur', 'wijkteam_professional']);
    outsider = await signedIn(t, 'buitenstaander');
    await teamUser(t, 'pwconsulent', 'Wijkteam Zuid', ['wijkteam_professional']);
    pw = await signedIn(t, 'pwconsulent');
    await join(await userIdOf(t, 'pwconsulent'), 'Consulent werk en inkomen', 'participatiewet');
    await join(await userIdOf(t, 'schuldhulp'), 'Schuldhulpverlener', 'wgs');
    const members = await json<MemberConsents[]>(
      await regisseur.fetch(`/api/v1/cases/${caseId}/consents`),
      200,
    );
    personId = members[0]!.personId;
    gemeente = await orgId('Gemeente Regiedam');
    kredietbank = await orgId('Kredietbank Delta');
    jeugd = await json<Provision>(
      await regisseur.fetch(`/api/v1/cases/${caseId}/provisions`, {
        method: 'POST',
        json: {
          law: 'jeugdwet',
          product: 'jeugdhulp-ambulant',
          personId,
          startDate: '2026-11-23',
          status: 'aangevraagd',
          goalIds: [],
        },
      }),
      201,
    );
  });
  after(() => t.close());

  test('a share needs its article or an active consent of the household, and another law; Dutch messages', async () => {
    assert.deepEqual(
      await errorPaths(await share(regisseur, { law: 'jeugdwet', sharedWithLaw: 'jeugdwet', basis: 'x' })),
      ['basis'],
    );
    assert.deepEqual(
      await errorPaths(
        await share(regisseur, { law: 'jeugdwet', sharedWithLaw: 'jeugdwet', basis: 'wettelijke_grondslag' }),
      ),
      ['sharedWithLaw', 'legalBasis'],
    );
    const noConsent = await share(regisseur, { law: 'jeugdwet', sharedWithLaw: null, basis: 'toestemming' });
    assert.deepEqual((await noConsent.json()).errors, [
      { path: 'consentId', message: 'Kies de toestemming waarop het delen rust' },
    ]);
    assert.deepEqual(
      await errorPaths(
        await share(regisseur, { law: 'overig', basis: 'wettelijke_grondslag', legalBasis: 'Wgs art. 8d' }),
      ),
      ['law'],
    );
    const gone = await consent(kredietbank);
    await withdraw(gone.id);
    const withdrawn = await share(regisseur, {
      law: 'jeugdwet',
      sharedWithLaw: 'participatiewet',
      basis: 'toestemming',
      consentId: gone.id,
    });
    assert.deepEqual((await withdrawn.json()).errors, [
      { path: 'consentId', message: 'Kies een geldige toestemming van iemand uit dit huishouden' },
    ]);
    const stored = await t.database.db.select().from(caseDataShares).where(eq(caseDataShares.caseId, caseId));
    assert.equal(stored.length, 0, 'nothing stored on bad input');
  });

  test('only the regisseur or the team leader shares; outside the case it does not exist', async () => {
    const body = {
      law: 'wgs',
      sharedWithLaw: 'participatiewet',
      basis: 'wettelijke_grondslag',
      legalBasis: 'x',
    };
    const denied = await share(schuldhulp, body);
    assert.equal(denied.status, 403, 'a case team member sees the case but does not decide on sharing');
    assert.match(((await denied.json()) as Problem).detail, /regisseur .* teamleider/);
    assert.equal((await share(outsider, body)).status, 404);
    assert.equal((await outsider.fetch(`/api/v1/cases/${caseId}/shares`)).status, 404);
    const stored = await t.database.db.select().from(caseDataShares).where(eq(caseDataShares.caseId, caseId));
    assert.equal(stored.length, 0, 'denied changes nothing');

    const byLeader = await json<Share>(await share(teamleider, { ...body, legalBasis: 'Wgs art. 8d' }), 201);
    assert.equal(byLeader.createdBy?.displayName, 'Tess Teamleider');
    assert.equal((await share(teamleider, { ...body, legalBasis: 'Wgs art. 8d' })).status, 409);
    assert.equal((await end(schuldhulp, byLeader.id)).status, 403);
    const ended = await json<Share>(await end(regisseur, byLeader.id), 200);
    assert.equal(ended.active, false);
    assert.equal(ended.endedBy?.displayName, 'Rana Regisseur');
    assert.equal((await end(regisseur, byLeader.id)).status, 409);

    const audit = (action: string) =>
      t.database.db
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, action),
            sql`${auditLog.resourceIds} @> ${JSON.stringify([byLeader.id])}::jsonb`,
          ),
        );
    const [created] = await audit('case_data_share.create');
    assert.deepEqual(created?.details, {
      caseId,
      law: 'wgs',
      sharedWithLaw: 'participatiewet',
      basis: 'wettelijke_grondslag',
      legalBasis: 'Wgs art. 8d',
      consentId: null,
    });
    assert.equal((await audit('case_data_share.end')).length, 1);
    await json<Share[]>(await schuldhulp.fetch(`/api/v1/cases/${caseId}/shares`), 200);
    assert.ok((await audit('case_data_share.read')).length >= 1);
  });

  test('a Participatiewet consultant sees the Jeugdwet provision only while it is shared on a live consent', async () => {
    assert.equal(await pwSeesJeugdwet(), false, 'without a share: not visible');

    // A consent that names another organisation does not open it for the consultant of the municipality.
    const elsewhere = await consent(kredietbank);
    const other = await json<Share>(
      await share(regisseur, {
        law: 'jeugdwet',
        sharedWithLaw: 'participatiewet',
        basis: 'toestemming',
        consentId: elsewhere.id,
      }),
      201,
    );
    assert.equal(other.consent?.recipient.name, 'Kredietbank Delta');
    assert.equal(await pwSeesJeugdwet(), false, 'consent names Kredietbank Delta, not the consultant');

    const given = await consent(gemeente);
    const shared = await json<Share>(
      await share(regisseur, {
        law: 'jeugdwet',
        sharedWithLaw: 'participatiewet',
        basis: 'toestemming',
        consentId: given.id,
        legalBasis: 'ignored for a consent',
      }),
      201,
    );
    assert.deepEqual(
      { basis: shared.basis, legalBasis: shared.legalBasis, active: shared.active, on: shared.consent?.id },
      { basis: 'toestemming', legalBasis: null, active: true, on: given.id },
    );
    assert.equal(await pwSeesJeugdwet(), true, 'shared on a live consent: visible');
    assert.equal(
      (await json<Provision[]>(await schuldhulp.fetch(`/api/v1/cases/${caseId}/provisions`), 200)).some(
        (p) => p.id === jeugd.id,
      ),
      false,
      'shared with the Participatiewet only, not with the Wgs member',
    );

    await withdraw(given.id);
    assert.equal(await pwSeesJeugdwet(), false, 'the moment the consent is withdrawn: not visible');
    const list = await json<Share[]>(await regisseur.fetch(`/api/v1/cases/${caseId}/shares`), 200);
    const after = list.find((s) => s.id === shared.id);
    assert.deepEqual(
      { endedAt: after?.endedAt, active: after?.active, consentActive: after?.consent?.active },
      { endedAt: null, active: false, consentActive: false },
      'the share row stays; it simply no longer works',
    );

    // On a legal basis it works until the share is ended.
    const byLaw = await json<Share>(
      await share(regisseur, {
        law: 'jeugdwet',
        sharedWithLaw: 'participatiewet',
        basis: 'wettelijke_grondslag',
        legalBasis: 'Jw art. 7.3.11',
      }),
      201,
    );
    assert.equal(await pwSeesJeugdwet(), true);
    await json<Share>(await end(regisseur, byLaw.id), 200);
    assert.equal(await pwSeesJeugdwet(), false, 'ended: not visible');
  });
});
