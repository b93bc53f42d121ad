import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import {
  caseRegisseurs,
  cases,
  caseTeamMembers,
  caseTransitions,
  signalCases,
  signals,
} from '../../../db/schema/index.ts';
import { freeHouseholds, json, userIdOf } from '../../cases/cases-test-support.ts';
import { insertSignal, teamId } from './intake-test-support.ts';

type Picked = { id: string; zaakId: string | null; householdCaseId: string };

describe("picking up a signal starts or joins the household's case", () => {
  let t: TestApp;
  let noord: string;
  let households: string[];
  let regisseur: Browser;
  let wijkteam: Browser;

  const pickUp = (b: Browser, id: string) => b.fetch(`/api/v1/signals/${id}/oppakken`, { method: 'POST' });
  const signalFor = (householdId: string, extra: Parameters<typeof insertSignal>[1] = {}) =>
    insertSignal(t, { householdId, teamId: noord, ...extra });

  before(async () => {
    t = await createTestApp({ households: 60 });
    noord = await teamId(t, 'Wijkteam Noord');
    households = await freeHouseholds(t, 3);
    regisseur = await signedIn(t, 'regisseur');
    wijkteam = await signedIn(t, 'wijkteam');
  });
  after(() => t.close());

  test('a regisseur picking up starts the case in aanmelding and becomes its regisseur', async () => {
    const h = households[0]!;
    const signalId = await signalFor(h);
    const picked = await json<Picked>(await pickUp(regisseur, signalId), 200);
    assert.ok(picked.householdCaseId);
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, picked.householdCaseId));
    assert.deepEqual(
      [row?.householdId, row?.teamId, row?.phase, row?.openedOn],
      [h, noord, 'aanmelding', '2026-11-23'],
    );
    const [first] = await t.database.db
      .select()
      .from(caseTransitions)
      .where(eq(caseTransitions.caseId, picked.householdCaseId));
    assert.equal(first?.reason, 'Gestart na oppakken van signaal');
    const regs = await t.database.db
      .select()
      .from(caseRegisseurs)
      .where(eq(caseRegisseurs.caseId, picked.householdCaseId));
    assert.deepEqual(
      regs.map((r) => [r.userId, r.status]),
      [[await userIdOf(t, 'regisseur'), 'actief']],
    );
    const [signal] = await t.database.db.select().from(signals).where(eq(signals.id, signalId));
    const [zaak] = await t.database.db.select().from(signalCases).where(eq(signalCases.id, signal!.caseId!));
    assert.equal(zaak?.householdCaseId, picked.householdCaseId);

    // A second signal of the household (another kind, so another signal case) joins the same household case.
    const debt = await signalFor(h, { kind: 'vroegsignaal', category: 'betalingsachterstand' });
    const again = await json<Picked>(await pickUp(wijkteam, debt), 200);
    assert.equal(again.householdCaseId, picked.householdCaseId);
    assert.equal((await t.database.db.select().from(cases).where(eq(cases.householdId, h))).length, 1);
  });

  test('someone without the role regisseur starts the case without a regisseur', async () => {
    const picked = await json<Picked>(await pickUp(wijkteam, await signalFor(households[1]!)), 200);
    const regs = await t.database.db
      .select()
      .from(caseRegisseurs)
      .where(eq(caseRegisseurs.caseId, picked.householdCaseId));
    assert.equal(regs.length, 0);
    // A regisseur picking up a later signal of that household becomes its regisseur then.
    const later = await signalFor(households[1]!, { kind: 'vroegsignaal', category: 'betalingsachterstand' });
    const second = await json<Picked>(await pickUp(regisseur, later), 200);
    assert.equal(second.householdCaseId, picked.householdCaseId);
    const after = await t.database.db
      .select()
      .from(caseRegisseurs)
      .where(eq(caseRegisseurs.caseId, picked.householdCaseId));
    assert.deepEqual(
      after.map((r) => r.status),
      ['actief'],
    );
  });

  test('an open case started by hand is joined, and its regisseur stays', async () => {
    const h = households[2]!;
    // The signal comes first: through it the household is on Noord's worklist, so wijkteam sees it (access rule 3).
    const signalId = await signalFor(h);
    const started = await wijkteam.fetch('/api/v1/cases', {
      method: 'POST',
      json: { householdId: h, teamId: noord },
    });
    const { id } = await json<{ id: string }>(started, 201);
    const other = await assignSecondRegisseur(id);
    const picked = await json<Picked>(await pickUp(regisseur, signalId), 200);
    assert.equal(picked.householdCaseId, id);
    const regs = await t.database.db.select().from(caseRegisseurs).where(eq(caseRegisseurs.caseId, id));
    assert.deepEqual(
      regs.map((r) => [r.userId, r.status]),
      [[other, 'actief']],
    );
    // Who picks up works on the case from then on: she joins its case team (access rule 1).
    const members = await t.database.db
      .select({ userId: caseTeamMembers.userId, role: caseTeamMembers.role })
      .from(caseTeamMembers)
      .where(eq(caseTeamMembers.caseId, id));
    const picker = await userIdOf(t, 'regisseur');
    assert.ok(
      members.some((m) => m.userId === picker && m.role === 'aanmelder'),
      JSON.stringify(members),
    );
  });

  /** The team leader assigns the wijkteam's second regisseur (from the demo seed) to the case. */
  async function assignSecondRegisseur(caseId: string): Promise<string> {
    const teamleider = await signedIn(t, 'teamleider');
    const userId = await userIdOf(t, 'regisseur2');
    await json(
      await teamleider.fetch(`/api/v1/cases/${caseId}/regisseur/assign`, {
        method: 'POST',
        json: { userId, reason: 'Verdeling' },
      }),
      200,
    );
    return userId;
  }
});
