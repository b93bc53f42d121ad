import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { ZRM_DOMAIN_CODES } from '../../../shared/zrm.ts';
import { auditLog, cases, planVersions, provisions } from '../../db/schema/index.ts';
import type { PlanContent, PlanView } from './plan.schema.ts';
import {
  householdsWithoutCase,
  insertCase,
  type PlanTestHousehold,
  pdfText,
  teamIdOf,
  userIdOf,
} from './plans-test-support.ts';

type Problem = { detail: string; errors?: { path: string; message: string }[] };
type Diff = { from: number; to: number; changes: { path: string; label: string; change: string }[] };
type Zrm = {
  adults: { personId: string }[];
  assessments: {
    personId: string;
    assessedOn: string;
    scores: Record<string, number>;
    assessedBy: unknown;
  }[];
};

const GOAL = randomUUID();
const ACTION = randomUUID();

function content(over: { goals?: PlanContent['goals']; worries?: string } = {}): PlanContent {
  return {
    situation: {
      network: 'Zus woont in de buurt',
      strengths: 'Komt afspraken na',
      worries: over.worries ?? 'Huurachterstand van drie maanden',
      earlierHelp: '',
    },
    goals: over.goals ?? [
      {
        id: GOAL,
        domain: 'financien',
        text: 'Ik wil mijn huur weer betalen',
        personId: null,
        transition18: false,
        actions: [
          {
            id: ACTION,
            description: 'Afspraak maken met de woningcorporatie',
            owner: { kind: 'persoon', name: 'Sanne' },
            dueOn: '2026-12-15',
            status: 'open',
          },
        ],
      },
    ],
  };
}

const scores = (value = 3) => Object.fromEntries(ZRM_DOMAIN_CODES.map((c) => [c, value]));

describe('plans: plan versions, diff, agreement, ZRM, provisions, printable plan', () => {
  let t: TestApp;
  let regisseur: Browser;
  let wijkteam: Browser;
  let household: PlanTestHousehold;
  let caseId: string;
  let otherCaseId: string;
  let regisseurId: string;

  const api = (path: string) => `/api/v1/cases/${caseId}${path}`;
  const save = (b: Browser, baseVersion: number, c: PlanContent) =>
    b.fetch(api('/plan'), { method: 'PUT', json: { baseVersion, content: c } });
  const auditActions = async (action: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action)));

  before(async () => {
    t = await createTestApp({ households: 80 });
    const noord = await teamIdOf(t, 'Wijkteam Noord');
    const zuid = await teamIdOf(t, 'Wijkteam Zuid');
    [household] = (await householdsWithoutCase(t, 'WK990101', { withMinor: true })) as [PlanTestHousehold];
    const [elsewhere] = await householdsWithoutCase(t, 'WK990104', { withMinor: false });
    regisseurId = await userIdOf(t, 'regisseur');
    // wijkteam works on the case under the Wmo (access rules 1 and 6); the plan itself belongs to no law.
    caseId = await insertCase(t, {
      householdId: household.householdId,
      teamId: noord,
      regisseurId,
      members: [{ userId: await userIdOf(t, 'wijkteam'), law: 'wmo' }],
    });
    otherCaseId = await insertCase(t, { householdId: elsewhere!.householdId, teamId: zuid });
    regisseur = await signedIn(t, 'regisseur');
    wijkteam = await signedIn(t, 'wijkteam');
  });
  after(() => t.close());

  test('before any save the plan is version 0, empty, with the current members and no BSN', async () => {
    const res = await regisseur.fetch(api('/plan'));
    assert.equal(res.status, 200, await res.clone().text());
    const text = await res.text();
    const view = JSON.parse(text) as PlanView;
    assert.equal(view.version, 0);
    assert.deepEqual(view.content.goals, []);
    assert.equal(view.savedBy, null);
    assert.equal(view.agreement, null);
    const adult = view.members.find((m) => m.personId === household.adults[0]!.personId);
    const minor = view.members.find((m) => m.personId === household.minors[0]!.personId);
    assert.equal(adult?.adult, true);
    assert.equal(minor?.adult, false);
    for (const p of [...household.adults, ...household.minors])
      assert.ok(!text.includes(p.bsn), 'no BSN in the plan');
    const reads = await auditActions('plan.read');
    assert.ok(
      reads.some((r) => r.resourceIds.includes(caseId)),
      'the read is audited',
    );
  });

  test('every save is a new version: 1, then 2; each save is audited with who saved it', async () => {
    const first = await save(regisseur, 0, content());
    assert.equal(first.status, 200, await first.clone().text());
    const v1 = (await first.json()) as PlanView;
    assert.equal(v1.version, 1);
    assert.equal(v1.savedBy?.userId, regisseurId);

    const second = await save(
      regisseur,
      1,
      content({ worries: 'Huurachterstand, nu met betalingsregeling' }),
    );
    assert.equal(second.status, 200, await second.clone().text());
    assert.equal(((await second.json()) as PlanView).version, 2);

    const rows = await t.database.db.select().from(planVersions).where(eq(planVersions.caseId, caseId));
    assert.deepEqual(rows.map((r) => r.version).sort(), [1, 2]);
    const saves = (await auditActions('plan.save')).filter((r) => r.resourceIds.includes(caseId));
    assert.deepEqual(
      saves.map((r) => (r.details as { version: number }).version),
      [1, 2],
    );

    const list = (await (await regisseur.fetch(api('/plan/versions'))).json()) as { version: number }[];
    assert.deepEqual(
      list.map((v) => v.version),
      [2, 1],
    );
  });

  test('a save on a stale base version is refused with 409 and stores nothing', async () => {
    const res = await save(wijkteam, 1, content({ worries: 'Overschreven?' }));
    assert.equal(res.status, 409);
    assert.match(((await res.json()) as Problem).detail, /Iemand anders heeft het plan intussen opgeslagen/);
    const current = (await (await regisseur.fetch(api('/plan'))).json()) as PlanView;
    assert.equal(current.version, 2);
    assert.equal(current.content.situation.worries, 'Huurachterstand, nu met betalingsregeling');
  });

  test('two saves on the same base at the same time: exactly one wins', async () => {
    const [a, b] = await Promise.all([
      save(regisseur, 2, content({ worries: 'Versie van de regisseur' })),
      save(wijkteam, 2, content({ worries: 'Versie van het wijkteam' })),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const current = (await (await regisseur.fetch(api('/plan'))).json()) as PlanView;
    assert.equal(current.version, 3);
  });

  test('the diff names the changes in Dutch; a version can be read back', async () => {
    const base = (await (await regisseur.fetch(api('/plan'))).json()) as PlanView;
    const changed = content({ worries: base.content.situation.worries });
    changed.goals[0]!.actions.push({
      id: randomUUID(),
      description: 'Betalingsregeling afspreken',
      owner: { kind: 'organisatie', name: 'Kredietbank Delta' },
      dueOn: null,
      status: 'bezig',
    });
    changed.goals[0]!.actions[0]!.status = 'klaar';
    const saved = await save(regisseur, base.version, changed);
    assert.equal(saved.status, 200, await saved.clone().text());
    const to = ((await saved.json()) as PlanView).version;

    const res = await regisseur.fetch(api(`/plan/diff?from=${base.version}&to=${to}`));
    assert.equal(res.status, 200, await res.clone().text());
    const diff = (await res.json()) as Diff;
    assert.deepEqual(
      diff.changes.map((c) => c.label),
      [
        "Doel 'Ik wil mijn huur weer betalen': actie 'Afspraak maken met de woningcorporatie': stand gewijzigd van open naar klaar",
        "Doel 'Ik wil mijn huur weer betalen': actie toegevoegd: 'Betalingsregeling afspreken'",
      ],
    );
    const whole = (await (await regisseur.fetch(api(`/plan/diff?from=0&to=1`))).json()) as Diff;
    assert.ok(whole.changes.some((c) => c.label === "Doel 'Ik wil mijn huur weer betalen' toegevoegd"));

    const v1 = await regisseur.fetch(api('/plan/versions/1'));
    assert.equal(v1.status, 200);
    assert.equal(
      ((await v1.json()) as PlanView).content.situation.worries,
      'Huurachterstand van drie maanden',
    );
    assert.equal((await regisseur.fetch(api('/plan/versions/99'))).status, 404);
    assert.equal((await regisseur.fetch(api('/plan/diff?from=1&to=99'))).status, 404);
  });

  test('a goal for someone outside the household is refused', async () => {
    const current = (await (await regisseur.fetch(api('/plan'))).json()) as PlanView;
    const c = structuredClone(current.content);
    c.goals[0]!.personId = randomUUID();
    const res = await save(regisseur, current.version, c);
    assert.equal(res.status, 400);
    assert.deepEqual(((await res.json()) as Problem).errors?.[0]?.path, 'content.goals.0.personId');
  });

  test('agreement: only to a saved version, not in the future; an older agreement is shown as such', async () => {
    const bad = await regisseur.fetch(api('/plan/agreement'), {
      method: 'POST',
      json: { version: 99, agreedOn: '2026-11-23', how: 'mondeling' },
    });
    assert.equal(bad.status, 400);
    const future = await regisseur.fetch(api('/plan/agreement'), {
      method: 'POST',
      json: { version: 1, agreedOn: '2026-11-24', how: 'mondeling' },
    });
    assert.equal(future.status, 400);
    assert.equal(((await future.json()) as Problem).errors?.[0]?.path, 'agreedOn');

    const ok = await regisseur.fetch(api('/plan/agreement'), {
      method: 'POST',
      json: { version: 1, agreedOn: '2026-11-23', how: 'schriftelijk', note: 'Getekend op kantoor' },
    });
    assert.equal(ok.status, 200, await ok.clone().text());
    const view = (await ok.json()) as PlanView;
    assert.ok(view.version > 1);
    assert.deepEqual(view.agreement, {
      planVersion: 1,
      agreedOn: '2026-11-23',
      how: 'schriftelijk',
      note: 'Getekend op kantoor',
    });
    const v1 = (await (await regisseur.fetch(api('/plan/versions/1'))).json()) as PlanView;
    assert.equal(v1.agreement?.planVersion, 1);
    assert.equal((await auditActions('plan.agreement')).length, 1);
  });

  test('ZRM: all 13 domains 1..5, adults only, not in the future; history oldest first', async () => {
    const adult = household.adults[0]!.personId;
    const post = (body: Record<string, unknown>) =>
      regisseur.fetch(api('/zrm'), { method: 'POST', json: body });

    const missing = scores();
    delete missing.justitie;
    const r1 = await post({ personId: adult, assessedOn: '2026-11-20', scores: missing });
    assert.equal(r1.status, 400);
    assert.ok(((await r1.json()) as Problem).errors?.some((e) => e.path === 'scores.justitie'));

    const r2 = await post({
      personId: household.minors[0]!.personId,
      assessedOn: '2026-11-20',
      scores: scores(),
    });
    assert.equal(r2.status, 400);
    assert.match(((await r2.json()) as Problem).detail, /volwassenen/);

    const r3 = await post({ personId: adult, assessedOn: '2026-11-24', scores: scores() });
    assert.equal(r3.status, 400);
    assert.match(((await r3.json()) as Problem).detail, /toekomst/);

    assert.equal((await post({ personId: adult, assessedOn: '2026-11-20', scores: scores(4) })).status, 201);
    const last = await post({ personId: adult, assessedOn: '2026-10-01', scores: scores(2) });
    assert.equal(last.status, 201, await last.clone().text());
    const view = (await last.json()) as Zrm;
    assert.deepEqual(
      view.assessments.map((a) => [a.assessedOn, a.scores.financien]),
      [
        ['2026-10-01', 2],
        ['2026-11-20', 4],
      ],
    );
    assert.ok(view.adults.some((a) => a.personId === adult));
    assert.ok(!view.adults.some((a) => a.personId === household.minors[0]!.personId));
    assert.equal((await auditActions('zrm.create')).length, 2);
    const read = await regisseur.fetch(api('/zrm'));
    assert.equal(read.status, 200);
    assert.ok((await auditActions('zrm.read')).length >= 1);
  });

  test('provisions: goals must be in the current plan, overig needs a reference, update replaces', async () => {
    const body = {
      law: 'wgs',
      product: 'Schuldhulpverlening',
      startDate: '2026-11-10',
      status: 'toegekend',
      decidedOn: '2026-11-09',
      legalBasis: 'art. 4 Wgs',
      extent: 'Budgetbeheer, 12 maanden',
      personId: household.adults[0]!.personId,
      goalIds: [GOAL],
    };
    const created = await regisseur.fetch(api('/provisions'), { method: 'POST', json: body });
    assert.equal(created.status, 201, await created.clone().text());
    const provision = (await created.json()) as { id: string; goalIds: string[]; law: string };
    assert.deepEqual(provision.goalIds, [GOAL]);

    const unknownGoal = await regisseur.fetch(api('/provisions'), {
      method: 'POST',
      json: { ...body, goalIds: [randomUUID()] },
    });
    assert.equal(unknownGoal.status, 400);
    assert.equal(((await unknownGoal.json()) as Problem).errors?.[0]?.path, 'goalIds.0');

    const overig = await regisseur.fetch(api('/provisions'), {
      method: 'POST',
      json: { ...body, law: 'overig', goalIds: [] },
    });
    assert.equal(overig.status, 400);
    assert.equal(((await overig.json()) as Problem).errors?.[0]?.path, 'reference');

    const updated = await regisseur.fetch(api(`/provisions/${provision.id}`), {
      method: 'PUT',
      json: { ...body, status: 'beeindigd', endDate: '2026-11-22' },
    });
    assert.equal(updated.status, 200, await updated.clone().text());
    const [row] = await t.database.db.select().from(provisions).where(eq(provisions.id, provision.id));
    assert.equal(row?.status, 'beeindigd');
    assert.equal(row?.caseId, caseId);
    assert.equal(row?.householdId, household.householdId);

    const list = (await (await regisseur.fetch(api('/provisions'))).json()) as { id: string }[];
    assert.ok(list.some((p) => p.id === provision.id));
    // Access rule 6: the case team member under the Wmo does not see the Wgs provision, nor can she change it.
    const theirs = (await (await wijkteam.fetch(api('/provisions'))).json()) as { id: string }[];
    assert.ok(!theirs.some((p) => p.id === provision.id));
    const hidden = await wijkteam.fetch(api(`/provisions/${provision.id}`), {
      method: 'PUT',
      json: { ...body, status: 'toegekend' },
    });
    assert.equal(hidden.status, 404);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, ['provision.create', 'provision.update']));
    assert.deepEqual(audits.map((a) => a.action).sort(), ['provision.create', 'provision.update']);
  });

  test('a recorded bijstand decision with its calculation is not changed through the plan', async () => {
    const [decision] = await t.database.db
      .insert(provisions)
      .values({
        municipalityCode: 'GM9901',
        householdId: household.householdId,
        law: 'participatiewet',
        product: 'algemene-bijstand',
        startDate: '2026-10-01',
        status: 'toegekend',
        decidedOn: '2026-09-28',
        calculation: { norm: 'test' },
      })
      .returning({ id: provisions.id });
    const listed = (await (await regisseur.fetch(api('/provisions'))).json()) as { id: string }[];
    assert.ok(
      listed.some((p) => p.id === decision!.id),
      'household provisions outside the plan are listed',
    );
    const res = await regisseur.fetch(api(`/provisions/${decision!.id}`), {
      method: 'PUT',
      json: {
        law: 'participatiewet',
        product: 'algemene-bijstand',
        startDate: '2026-10-01',
        status: 'aangevraagd',
      },
    });
    assert.equal(res.status, 409);
    const [row] = await t.database.db.select().from(provisions).where(eq(provisions.id, decision!.id));
    assert.equal(row?.status, 'toegekend');
  });

  test('the seeded demo cases have plans this feature reads, diffs and prints', async () => {
    const seeded = await t.database.db.execute<{ case_id: string; versions: number }>(sql`
      SELECT c.id AS case_id, max(v.version)::int AS versions FROM cases c
      JOIN plan_versions v ON v.case_id = c.id
      JOIN teams tm ON tm.id = c.team_id AND tm.name = 'Wijkteam Noord'
      WHERE c.id <> ${caseId} -- this file's own case: its audit rows are counted below
      GROUP BY c.id HAVING max(v.version) >= 2 ORDER BY c.id LIMIT 1`);
    const demo = seeded.rows[0];
    assert.ok(demo, 'the demo seed has a Noord case with two plan versions');
    // The team leader sees every case of her team (access rule 1), whoever its regisseur is.
    const leader = await signedIn(t, 'teamleider');
    const base = `/api/v1/cases/${demo.case_id}`;
    const plan = await leader.fetch(`${base}/plan`);
    assert.equal(plan.status, 200, await plan.clone().text());
    assert.equal(((await plan.json()) as PlanView).version, demo.versions);
    const diff = await leader.fetch(`${base}/plan/diff?from=1&to=2`);
    assert.equal(diff.status, 200);
    assert.ok(((await diff.json()) as Diff).changes.length > 0);
    assert.equal((await leader.fetch(`${base}/zrm`)).status, 200);
    assert.equal((await leader.fetch(`${base}/plan.pdf`)).status, 200);
  });

  test('the printable plan is a PDF with goals and names, without a BSN; the download is audited', async () => {
    const res = await regisseur.fetch(api('/plan.pdf'));
    assert.equal(res.status, 200, res.status === 200 ? '' : await res.text());
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(
      res.headers.get('content-disposition'),
      `attachment; filename="plan-${caseId.slice(0, 8)}.pdf"`,
    );
    const pdf = Buffer.from(await res.arrayBuffer());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = pdfText(pdf);
    assert.match(text, /Ons plan/);
    assert.match(text, /Ik wil mijn huur weer betalen/);
    assert.match(text, /Kredietbank Delta: Betalingsregeling afspreken/);
    assert.match(text, /Schuldhulpverlening \(Wet gemeentelijke schuldhulpverlening\)/);
    assert.match(text, /ingestemd met een eerdere versie/);
    assert.ok(text.includes(household.adults[0]!.name.split(' ').at(-1)!), 'the household is named');
    assert.match(text, /regiedam\.example/, 'the regisseur can be reached');
    for (const p of [...household.adults, ...household.minors]) {
      assert.ok(!text.includes(p.bsn) && !pdf.toString('latin1').includes(p.bsn), 'no BSN in the PDF');
    }
    assert.equal((await auditActions('plan.pdf')).filter((r) => r.resourceIds.includes(caseId)).length, 1);
  });

  test('a case outside the scope is not found; a role without case work is forbidden', async () => {
    for (const path of ['/plan', '/zrm', '/provisions', '/plan/versions', '/plan.pdf']) {
      const res = await regisseur.fetch(`/api/v1/cases/${otherCaseId}${path}`);
      assert.equal(res.status, 404, path);
    }
    const put = await regisseur.fetch(`/api/v1/cases/${otherCaseId}/plan`, {
      method: 'PUT',
      json: { baseVersion: 0, content: content() },
    });
    assert.equal(put.status, 404);
    // A plain member of the owning team who is not in the case team does not see it (access rule 1).
    const colleague = await signedIn(t, 'regisseur2');
    assert.equal((await colleague.fetch(api('/plan'))).status, 404);
    const partner = await signedIn(t, 'partner');
    assert.equal((await partner.fetch(api('/plan'))).status, 403);
  });

  test('the OpenAPI document describes every route of the feature', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    for (const path of [
      '/plan',
      '/plan/versions',
      '/plan/versions/{v}',
      '/plan/diff',
      '/plan/agreement',
      '/plan.pdf',
      '/zrm',
      '/provisions',
      '/provisions/{pid}',
    ]) {
      assert.ok(doc.paths[`/api/v1/cases/{id}${path}`], path);
    }
  });

  test('a closed case can be read (by the team leader) but refuses changes', async () => {
    await t.database.db
      .update(cases)
      .set({ phase: 'afgesloten', closedOn: '2026-11-23' })
      .where(eq(cases.id, caseId));
    // Access rule 1: a closed case is seen only by the leader of the owning team, no longer by its regisseur.
    assert.equal((await regisseur.fetch(api('/plan'))).status, 404);
    const teamleider = await signedIn(t, 'teamleider');
    const read = await teamleider.fetch(api('/plan'));
    assert.equal(read.status, 200);
    const current = (await read.json()) as PlanView;
    assert.ok(current.version > 0);
    const res = await save(teamleider, current.version, current.content);
    assert.equal(res.status, 409);
    assert.match(((await res.json()) as Problem).detail, /afgesloten/);
    const zrm = await teamleider.fetch(api('/zrm'), {
      method: 'POST',
      json: { personId: household.adults[0]!.personId, assessedOn: '2026-11-20', scores: scores() },
    });
    assert.equal(zrm.status, 409);
    const provision = await teamleider.fetch(api('/provisions'), {
      method: 'POST',
      json: { law: 'wmo', product: 'Begeleiding', startDate: '2026-11-10', status: 'aangevraagd' },
    });
    assert.equal(provision.status, 409);
    const agreement = await teamleider.fetch(api('/plan/agreement'), {
      method: 'POST',
      json: { version: 1, agreedOn: '2026-11-23', how: 'mondeling' },
    });
    assert.equal(agreement.status, 409);
  });
});
