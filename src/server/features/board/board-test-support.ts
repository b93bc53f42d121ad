// Fixtures for the board and household overview tests: cases, regisseurs, deadlines, plan versions and
// provisions inserted directly in the state a test needs, so the tests do not depend on the other features'
// services or on the demo seed's cases.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { TestApp } from '../../../../test/helpers/app.ts';
import {
  type CasePhase,
  caseDeadlines,
  caseRegisseurs,
  cases,
  caseTeamMembers,
  caseTransitions,
  type DeadlineKind,
  type ProvisionLaw,
  persons,
  planVersions,
  provisions,
  users,
} from '../../db/schema/index.ts';

/** Removes the demo cases, signals and provisions, so a test sees only what it made. */
export async function clearCaseData(t: TestApp): Promise<void> {
  const db = t.database.db;
  await db.execute(sql`DELETE FROM signal_contact_attempts`);
  await db.execute(sql`DELETE FROM signal_match_decisions`);
  await db.execute(sql`DELETE FROM signals`);
  await db.execute(sql`DELETE FROM signal_cases`);
  await db.execute(sql`DELETE FROM provisions`);
  await db.execute(sql`DELETE FROM cases`);
}

export async function userId(t: TestApp, username: string): Promise<string> {
  const [row] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return row.id;
}

/** Current households (with their head) in the given wijken, in a stable order. */
export async function householdsInWijken(t: TestApp, wijken: string[], n: number) {
  const rows = await t.database.db.execute<{ household_id: string; person_id: string }>(sql`
    SELECT h.id AS household_id, p.id AS person_id
    FROM households h JOIN addresses a ON a.id = h.address_id
    JOIN household_members m ON m.household_id = h.id AND m.relation = 'hoofd' AND m.to_date IS NULL
    JOIN persons p ON p.id = m.person_id
    WHERE a.wijk_code IN (${sql.join(
      wijken.map((w) => sql`${w}`),
      sql`, `,
    )})
      AND h.ended_on IS NULL AND p.overlijdensdatum IS NULL
    ORDER BY h.id LIMIT ${n}`);
  if (rows.rows.length < n) throw new Error(`only ${rows.rows.length} households in ${wijken.join(', ')}`);
  return rows.rows.map((r) => ({ householdId: r.household_id, personId: r.person_id }));
}

export async function insertCase(
  t: TestApp,
  values: {
    householdId: string;
    teamId: string;
    phase?: CasePhase;
    openedOn?: string;
    lastEvaluatedOn?: string;
  },
): Promise<string> {
  const phase = values.phase ?? 'aanmelding';
  const [row] = await t.database.db
    .insert(cases)
    .values({
      municipalityCode: 'GM9901',
      householdId: values.householdId,
      teamId: values.teamId,
      phase,
      lifecycleVersion: 1,
      openedOn: values.openedOn ?? '2026-01-05',
      closedOn: phase === 'afgesloten' ? '2026-11-01' : null,
      lastEvaluatedOn: values.lastEvaluatedOn ?? null,
    })
    .returning({ id: cases.id });
  return row!.id;
}

export async function insertTransition(
  t: TestApp,
  caseId: string,
  from: CasePhase | null,
  to: CasePhase,
  at: string,
  actorId: string | null = null,
): Promise<void> {
  await t.database.db.insert(caseTransitions).values({
    caseId,
    fromPhase: from,
    toPhase: to,
    lifecycleVersion: 1,
    reason: from ? 'Volgende fase' : 'Casus gestart',
    actorId,
    at: new Date(at),
  });
}

export async function insertRegisseur(
  t: TestApp,
  caseId: string,
  userIdValue: string,
  status: 'actief' | 'aangeboden' = 'actief',
  at = '2026-02-01T10:00:00Z',
): Promise<void> {
  await t.database.db.insert(caseRegisseurs).values({
    caseId,
    userId: userIdValue,
    status,
    offeredAt: new Date(at),
    acceptedAt: status === 'actief' ? new Date(at) : null,
    reason: status === 'aangeboden' ? 'Warme overdracht' : null,
  });
}

/**
 * A case team member (role in words, law or none) who joined before the test day. Only the case team and the leader
 * of the owning team see a case (access rule 1); the law narrows what the member sees in it (rule 6).
 */
export async function insertTeamMember(
  t: TestApp,
  caseId: string,
  userIdValue: string,
  law: ProvisionLaw | null = null,
): Promise<void> {
  const [user] = await t.database.db
    .select({ organisationId: users.organisationId })
    .from(users)
    .where(eq(users.id, userIdValue));
  if (!user) throw new Error(`no user ${userIdValue}`);
  await t.database.db.insert(caseTeamMembers).values({
    caseId,
    userId: userIdValue,
    organisationId: user.organisationId,
    role: 'Casusteamlid',
    law,
    joinedOn: '2026-02-01',
  });
}

export async function insertDeadline(
  t: TestApp,
  caseId: string,
  values: {
    kind?: DeadlineKind;
    dueOn: string;
    metOn?: string;
    suspensions?: { from: string; to: string | null; reason: string }[];
  },
): Promise<string> {
  const [row] = await t.database.db
    .insert(caseDeadlines)
    .values({
      caseId,
      municipalityCode: 'GM9901',
      kind: values.kind ?? 'wmo_onderzoek',
      startedOn: '2026-10-01',
      dueOn: values.dueOn,
      basis: { rule: 'Wmo 2015 art. 2.3.2 lid 1', amount: 6, unit: 'weken', explanation: 'test' },
      suspensions: values.suspensions ?? [],
      metOn: values.metOn ?? null,
    })
    .returning({ id: caseDeadlines.id });
  return row!.id;
}

export type TestGoal = { transition18?: boolean; personId?: string | null; text?: string };

export async function insertPlanVersion(
  t: TestApp,
  caseId: string,
  version: number,
  goals: TestGoal[] = [],
  savedAt = '2026-03-01T10:00:00Z',
  savedBy: string | null = null,
): Promise<void> {
  await t.database.db.insert(planVersions).values({
    caseId,
    version,
    savedBy,
    savedAt: new Date(savedAt),
    content: {
      situation: { network: '', strengths: '', worries: '', earlierHelp: '' },
      goals: goals.map((g) => ({
        id: randomUUID(),
        domain: 'overig',
        text: g.text ?? 'Ik wil weer rust in huis',
        personId: g.personId ?? null,
        transition18: g.transition18 ?? false,
        actions: [],
      })),
    },
  });
}

export async function insertProvision(
  t: TestApp,
  values: {
    householdId: string;
    law: ProvisionLaw;
    personId?: string | null;
    startDate?: string;
    endDate?: string | null;
    status?: 'aangevraagd' | 'toegekend' | 'beeindigd' | 'afgewezen';
    caseId?: string | null;
    decidedOn?: string | null;
    product?: string;
  },
): Promise<string> {
  const [row] = await t.database.db
    .insert(provisions)
    .values({
      municipalityCode: 'GM9901',
      householdId: values.householdId,
      personId: values.personId ?? null,
      law: values.law,
      product: values.product ?? `${values.law}-test`,
      startDate: values.startDate ?? '2026-01-01',
      endDate: values.endDate ?? null,
      status: values.status ?? 'toegekend',
      caseId: values.caseId ?? null,
      decidedOn: values.decidedOn ?? null,
    })
    .returning({ id: provisions.id });
  return row!.id;
}

export async function setBirthDate(t: TestApp, personId: string, geboortedatum: string): Promise<void> {
  await t.database.db.update(persons).set({ geboortedatum }).where(eq(persons.id, personId));
}
