import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { auditLog } from '../../../db/schema/index.ts';
import { pdfText } from '../../plans/plans-test-support.ts';
import type { Dossier } from './inzage.schemas.ts';
import { BSN, buildInzageWorld, COBY_SECRETS, type InzageWorld } from './inzage-test-support.ts';

type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };

describe('inzage dossier (AVG art. 15)', () => {
  let t: TestApp;
  let world: InzageWorld;
  let fg: Browser;
  let dossier: Dossier;
  let readAt: string;

  const get = (b: Browser, bsn: string, pdf = false) =>
    b.fetch(`/api/v1/privacy/inzage${pdf ? '/pdf' : ''}?bsn=${encodeURIComponent(bsn)}`);

  before(async () => {
    t = await createTestApp({ households: 20 });
    world = await buildInzageWorld(t);
    // The regisseur opens the case: that read must show up in the access log with who and when.
    t.clock.advanceMinutes(-60);
    readAt = t.clock.now().toISOString();
    const regisseur = await signedIn(t, 'regisseur');
    const read = await regisseur.fetch(`/api/v1/cases/${world.caseId}`);
    assert.equal(read.status, 200, await read.text());
    t.clock.advanceMinutes(60);
    fg = await signedIn(t, 'fg');
    const res = await get(fg, BSN.ayse);
    assert.equal(res.status, 200, await res.clone().text());
    dossier = (await res.json()) as Dossier;
  });
  after(() => t.close());

  test('the person, their address over time and the co-resident only as a count', () => {
    assert.equal(dossier.person.name, 'Ayşe Yılmaz');
    assert.equal(dossier.person.bsn, BSN.ayse);
    assert.equal(dossier.person.geboortedatum, '1988-04-12');
    assert.deepEqual(dossier.municipalities, [{ code: 'GM9901', name: 'Regiedam' }]);
    assert.equal(dossier.households.length, 1);
    const h = dossier.households[0]!;
    assert.equal(h.address, 'Şahinlaan 7b, 9811 ZZ Regiedam');
    assert.equal(h.from, '2020-01-01');
    assert.equal(h.to, null);
    assert.equal(h.coResidents, 1);
    assert.equal(dossier.compiledOn, '2026-11-23');
  });

  test('the signal, the case with its regisseur, the plan, ZRM, provision, term and consent are in it', () => {
    const own = dossier.signals.find((s) => s.id === world.signalId);
    assert.ok(own, 'the signal about the person');
    assert.equal(own.about, 'persoon');
    assert.equal(own.partnerOrganisation, 'Woonstichting De Sleutel');
    assert.equal(own.partnerType, 'Huur');
    assert.equal(own.amountEuros, 850);
    assert.equal(own.description, 'Huurachterstand van twee maanden');
    assert.equal(own.subject?.bsn, BSN.ayse);
    // The co-resident's signal is there as a fact about the household, without its description or subject.
    const other = dossier.signals.find((s) => s.id !== world.signalId);
    assert.ok(other);
    assert.equal(other.about, 'huishouden');
    assert.equal(other.description, null);
    assert.equal(other.subject, null);

    assert.equal(dossier.cases.length, 1);
    const c = dossier.cases[0]!;
    assert.equal(c.id, world.caseId);
    assert.equal(c.phaseLabel, 'Plan');
    assert.deepEqual(
      c.regisseurs.map((r) => [r.name, r.organisation, r.status]),
      [['Rana Regisseur', 'Gemeente Regiedam', 'actief']],
    );
    assert.deepEqual(
      c.phases.map((p) => [p.toLabel, p.reason]),
      [['Aanmelding', 'Casus gestart']],
    );

    assert.equal(dossier.plans.length, 1);
    assert.deepEqual(
      dossier.plans[0]!.goals.map((g) => [g.text, g.forYou]),
      [
        ['Ik wil mijn huur weer betalen', true],
        ['Samen rust in huis', false],
      ],
    );
    assert.deepEqual(dossier.plans[0]!.agreements, [{ agreedOn: '2026-10-21', how: 'mondeling' }]);
    assert.equal(dossier.zrm.length, 1);
    assert.deepEqual(
      dossier.zrm[0]!.scores.map((s) => [s.label, s.score]),
      [
        ['Financiën', 2],
        ['Huisvesting', 3],
      ],
    );
    assert.deepEqual(
      dossier.provisions.map((p) => [p.id, p.lawLabel, p.decision?.decidedBy, p.decision?.legalBasis]),
      [[world.provisionId, 'Wet gemeentelijke schuldhulpverlening', 'Rana Regisseur', 'art. 4 Wgs']],
    );
    assert.deepEqual(
      dossier.deadlines.map((d) => [d.kind, d.dueOn, d.metOn, d.rule]),
      [['wgs_eerste_gesprek', '2026-11-02', '2026-10-20', 'Wgs art. 4 lid 1']],
    );
    assert.deepEqual(
      dossier.consents.map((k) => [k.id, k.purposeName, k.recipient, k.active]),
      [[world.consentId, 'Schuldhulpverlening', 'Kredietbank Delta', true]],
    );
    assert.deepEqual(
      dossier.accessGrants.map((g) => [g.who.name, g.who.organisation, g.reviewStatus]),
      [['Wout Wijkteam', 'Gemeente Regiedam', 'open']],
    );
  });

  test("the access log holds the regisseur's read of the case: who, their organisation and when", () => {
    const read = dossier.accessLog.find((e) => e.action === 'case.read');
    assert.ok(read, JSON.stringify(dossier.accessLog));
    assert.equal(read.at, readAt);
    assert.deepEqual(read.who, { name: 'Rana Regisseur', organisation: 'Gemeente Regiedam' });
    assert.equal(read.description, 'Heeft de casus bekeken');
  });

  test('purposes, legal bases, recipients and retention per data category the dossier holds', () => {
    const codes = dossier.processing.map((p) => p.category);
    for (const code of [
      'identificatie',
      'huishouden_adres',
      'signalen',
      'casus_plan',
      'schuldhulp',
      'toegangslog',
    ]) {
      assert.ok(codes.includes(code), `${code} in ${codes.join(', ')}`);
    }
    // No Jeugdwet data of this person: the co-resident's Jeugdwet provision is not hers.
    assert.ok(!codes.includes('voorzieningen_jeugdwet'));
    assert.ok(!codes.includes('medewerkers'));
    const signalen = dossier.processing.find((p) => p.category === 'signalen')!;
    assert.ok(
      signalen.purposes.some(
        (p) => p.code === 'vroegsignalering' && p.legalBases.some((b) => b.includes('Wgs')),
      ),
    );
    assert.ok(signalen.purposes.every((p) => p.recipients.length > 0));
    assert.deepEqual(
      signalen.retention.map((r) => r.months),
      [6, 6, 12],
    );
  });

  test("nothing of the co-resident's own data is in the dossier", () => {
    const text = JSON.stringify(dossier);
    for (const secret of COBY_SECRETS) assert.ok(!text.includes(secret), `dossier contains ${secret}`);
    assert.ok(!text.includes(world.cobyId), 'dossier contains the co-resident id');
  });

  test('the compilation is audited on the person, with the FG as actor', async () => {
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'privacy.inzage'),
          sql`${auditLog.resourceIds} @> ${JSON.stringify([world.ayseId])}::jsonb`,
        ),
      );
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.resourceType, 'person');
    assert.equal(rows[0]!.municipalityCode, 'GM9901');
    assert.deepEqual(rows[0]!.resourceIds, [world.ayseId]);
    // A second compilation lists the first one in the access log.
    const again = (await (await get(fg, BSN.ayse)).json()) as Dossier;
    const own = again.accessLog.filter((e) => e.action === 'privacy.inzage');
    assert.equal(own.length, 1);
    assert.deepEqual(own[0]!.who, { name: 'Fenna FG', organisation: 'Gemeente Regiedam' });
  });

  test('the PDF: an attachment without personal data in its name, with the section titles and the name', async () => {
    const res = await get(fg, BSN.ayse, true);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(res.headers.get('content-disposition'), 'attachment; filename="inzage-2026-11-23.pdf"');
    const pdf = Buffer.from(await res.arrayBuffer());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = pdfText(pdf);
    for (const title of [
      'Inzage in uw gegevens',
      'Wie heeft uw gegevens bekeken of gewijzigd',
      'Ayşe Yılmaz',
    ]) {
      assert.ok(text.includes(title), `PDF lacks ${title}`);
    }
    assert.ok(!text.includes('Coby'), 'PDF names the co-resident');
  });

  test('a person in another municipality is 404 for this FG, as is an unknown BSN; each search is audited', async () => {
    const searches = async () =>
      (
        await t.database.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, 'privacy.inzage'), sql`${auditLog.details}->>'found' = 'false'`))
      ).length;
    const before = await searches();
    for (const bsn of [BSN.elsewhere, BSN.unknown]) {
      const res = await get(fg, bsn);
      assert.equal(res.status, 404);
      const text = JSON.stringify(await res.json());
      assert.match(text, /kent niemand met dit burgerservicenummer/);
    }
    assert.equal(await searches(), before + 2, 'a search that finds nobody leaves a trace');
    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'privacy.inzage'), sql`${auditLog.details}->>'found' = 'false'`))
      .limit(1);
    assert.deepEqual(row!.resourceIds, []);
    assert.ok(!JSON.stringify(row).includes(BSN.unknown), 'the searched BSN is not kept in the audit log');
  });

  test('an invalid BSN is a Dutch 400 on the bsn field, for JSON and PDF', async () => {
    for (const [bsn, message] of [
      ['123456789', /elfproef/],
      ['12345', /9 cijfers/],
      ['', /9 cijfers|burgerservicenummer/],
    ] as const) {
      for (const pdf of [false, true]) {
        const res = await get(fg, bsn, pdf);
        assert.equal(res.status, 400, `${bsn} pdf=${pdf}`);
        const problem = (await res.json()) as Problem;
        assert.equal(problem.errors?.[0]?.path, 'bsn');
        assert.match(problem.errors?.[0]?.message ?? '', message);
      }
    }
  });

  test('only the FG: every other role is 403 and leaves no inzage audit row', async () => {
    const before = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.action, 'privacy.inzage'));
    for (const username of ['regisseur', 'teamleider', 'beleid', 'beheerder', 'partner']) {
      const b = await signedIn(t, username);
      const res = await get(b, BSN.ayse);
      assert.equal(res.status, 403, username);
      assert.equal((await get(b, BSN.ayse, true)).status, 403, `${username} pdf`);
    }
    const afterRows = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.action, 'privacy.inzage'));
    assert.equal(afterRows[0]!.n, before[0]!.n);
    const anonymous = await t.request(`/api/v1/privacy/inzage?bsn=${BSN.ayse}`);
    assert.equal(anonymous.status, 401);
  });
});
