import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { desc, eq } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { auditLog, planAgreements, signalContactAttempts } from '../../db/schema/index.ts';
import {
  clearCaseData,
  householdsInWijken,
  insertCase,
  insertDeadline,
  insertPlanVersion,
  insertProvision,
  insertRegisseur,
  insertTransition,
  userId,
} from '../board/board-test-support.ts';
import {
  insertSignal,
  insertCase as insertSignalCase,
  teamId,
  teamUser,
} from '../signals/intake/intake-test-support.ts';

type Overview = {
  id: string;
  addressLine: string;
  members: { id: string }[];
  case: {
    id: string;
    team: { name: string };
    regisseur: { displayName: string } | null;
    access: boolean;
    phaseLabel: string;
  } | null;
  signals: { id: string; canOpen: boolean }[];
  plan: { version: number; agreement: { planVersion: number } | null; goals: number } | null;
  provisions: { id: string }[];
  deadlines: { id: string; status: string }[];
  timeline: { at: string; kind: string; title: string; link: string | null }[];
  restricted: boolean;
};

// A household in a wijk of Wijkteam Noord whose case belongs to Wijkteam Zuid: Noord's professionals see the
// household (their wijk) and the signals on their own worklist, but not Zuid's case, plan or deadlines.
describe('household overview', () => {
  let t: TestApp;
  let zuidRegisseur: Browser;
  let wijkteam: Browser;
  let householdId: string;
  let otherHouseholdId: string;
  const ids: Record<string, string> = {};

  const overview = async (b: Browser, id = householdId) => {
    const res = await b.fetch(`/api/v1/households/${id}/overview`);
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()) as Overview;
  };

  before(async () => {
    t = await createTestApp({ households: 80 });
    await clearCaseData(t);
    const noord = await teamId(t, 'Wijkteam Noord');
    const zuid = await teamId(t, 'Wijkteam Zuid');
    await teamUser(t, 'zuidregisseur', 'Wijkteam Zuid', ['regisseur', 'wijkteam_professional']);
    const zuidId = await userId(t, 'zuidregisseur');
    const [h] = await householdsInWijken(t, ['WK990101'], 1);
    const [other] = await householdsInWijken(t, ['WK990105'], 1);
    householdId = h!.householdId;
    otherHouseholdId = other!.householdId;

    ids.case = await insertCase(t, {
      householdId,
      teamId: zuid,
      phase: 'veiligheidscheck',
      openedOn: '2026-10-01',
    });
    await insertTransition(t, ids.case, null, 'aanmelding', '2026-10-01T10:00:00Z', zuidId);
    await insertRegisseur(t, ids.case, zuidId, 'actief', '2026-10-03T09:00:00Z');
    await insertTransition(t, ids.case, 'aanmelding', 'veiligheidscheck', '2026-10-05T09:00:00Z', zuidId);
    await insertPlanVersion(
      t,
      ids.case,
      1,
      [{ text: 'Ik wil mijn huur weer betalen' }],
      '2026-10-10T09:00:00Z',
      zuidId,
    );
    await t.database.db.insert(planAgreements).values({
      caseId: ids.case,
      planVersion: 1,
      agreedOn: '2026-10-12',
      how: 'mondeling',
      recordedBy: zuidId,
      recordedAt: new Date('2026-10-12T12:00:00Z'),
    });
    ids.deadline = await insertDeadline(t, ids.case, { dueOn: '2026-11-20' });

    // Noord's signal (Noord sees it) and Zuid's signal (only Zuid, through its team and its case).
    const noordCase = await insertSignalCase(t, {
      householdId,
      teamId: noord,
      openedOn: '2026-09-30',
      pickedUpOn: '2026-10-01',
      householdCaseId: ids.case,
    });
    ids.noordSignal = await insertSignal(t, {
      teamId: noord,
      householdId,
      caseId: noordCase,
      status: 'Opgepakt',
      receivedAt: new Date('2026-09-30T08:00:00Z'),
    });
    await t.database.db.insert(signalContactAttempts).values({
      caseId: noordCase,
      municipalityCode: 'GM9901',
      soort: 'Huisbezoek',
      bereikt: true,
      datum: '2026-10-01',
      dagdeel: 'Middag',
    });
    const zuidCase = await insertSignalCase(t, { householdId, teamId: zuid, householdCaseId: ids.case });
    ids.zuidSignal = await insertSignal(t, {
      teamId: zuid,
      householdId,
      caseId: zuidCase,
      receivedAt: new Date('2026-10-01T07:00:00Z'),
    });
    ids.caseProvision = await insertProvision(t, {
      householdId,
      law: 'wmo',
      caseId: ids.case,
      decidedOn: '2026-10-20',
    });
    ids.looseProvision = await insertProvision(t, {
      householdId,
      law: 'participatiewet',
      product: 'algemene-bijstand',
      decidedOn: '2026-10-21',
    });

    zuidRegisseur = await signedIn(t, 'zuidregisseur');
    wijkteam = await signedIn(t, 'wijkteam');
  });
  after(() => t.close());

  test('the case team sees everything, the timeline newest first (timed events before date-only ones)', async () => {
    const data = await overview(zuidRegisseur);
    assert.equal(data.restricted, false);
    assert.ok(data.members.length > 0);
    assert.equal(data.case?.access, true);
    assert.equal(data.case?.phaseLabel, 'Veiligheids- en basiszorgcheck');
    assert.equal(data.case?.regisseur?.displayName, 'Test zuidregisseur');
    assert.deepEqual(new Set(data.signals.map((s) => s.id)), new Set([ids.noordSignal, ids.zuidSignal]));
    assert.equal(data.signals.find((s) => s.id === ids.noordSignal)?.canOpen, false);
    assert.equal(data.plan?.version, 1);
    assert.equal(data.plan?.goals, 1);
    assert.equal(data.plan?.agreement?.planVersion, 1);
    assert.deepEqual(
      data.deadlines.map((d) => [d.id, d.status]),
      [[ids.deadline, 'verlopen']],
    );
    assert.deepEqual(
      new Set(data.provisions.map((p) => p.id)),
      new Set([ids.caseProvision, ids.looseProvision]),
    );
    assert.deepEqual(
      data.timeline.map((e) => [e.kind, e.at]),
      [
        ['besluit', '2026-10-21'],
        ['besluit', '2026-10-20'],
        ['planversie', '2026-10-12'],
        ['planversie', '2026-10-10T09:00:00.000Z'],
        ['fase', '2026-10-05T09:00:00.000Z'],
        ['regisseur', '2026-10-03T09:00:00.000Z'],
        ['fase', '2026-10-01T10:00:00.000Z'],
        ['signaal', '2026-10-01T07:00:00.000Z'],
        ['contactpoging', '2026-10-01'],
        ['signaal', '2026-09-30T08:00:00.000Z'],
      ],
    );
    assert.equal(data.timeline[3]!.link, `/casussen/${ids.case}?tab=plan`);
    assert.equal(data.timeline[6]!.title, 'Casus gestart (Aanmelding)');
  });

  test('a professional of the wijk who is not in the case sees members and signals, not the plan', async () => {
    const data = await overview(wijkteam);
    assert.equal(data.restricted, true);
    assert.ok(data.members.length > 0);
    assert.equal(data.case?.access, false);
    assert.equal(data.case?.team.name, 'Wijkteam Zuid');
    assert.equal(data.case?.regisseur?.displayName, 'Test zuidregisseur', 'who to call is shown');
    assert.deepEqual(
      data.signals.map((s) => [s.id, s.canOpen]),
      [[ids.noordSignal, true]],
    );
    assert.equal(data.plan, null);
    assert.deepEqual(data.deadlines, []);
    // Signal-level access (access rule 3) shows members and address, never a provision: not even one recorded
    // outside the case, which needs full access to the household (rule 2).
    assert.deepEqual(data.provisions, []);
    assert.deepEqual(
      data.timeline.map((e) => e.kind),
      ['contactpoging', 'signaal'],
    );
    assert.equal(data.timeline[1]!.link, `/signalen/${ids.noordSignal}`);
  });

  test('the read is audited with the persons, signals and provisions shown', async () => {
    const data = await overview(wijkteam);
    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'household.read'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    assert.deepEqual(row!.resourceIds, [householdId]);
    const details = row!.details as { via: string; personIds: string[]; signalIds: string[]; caseId: null };
    assert.equal(details.via, 'household.overview');
    assert.deepEqual(
      details.personIds,
      data.members.map((m) => m.id),
    );
    assert.deepEqual(details.signalIds, [ids.noordSignal]);
    assert.equal(details.caseId, null);
  });

  test('a household outside my scope is not found; roles without household access are refused', async () => {
    assert.equal((await wijkteam.fetch(`/api/v1/households/${otherHouseholdId}/overview`)).status, 404);
    const partner = await signedIn(t, 'partner');
    assert.equal((await partner.fetch(`/api/v1/households/${householdId}/overview`)).status, 403);
  });
});
