// A hand-made world for the access rule tests (policy.db.test.ts): a few users, cases, provisions, deadlines,
// grants, consents and shares inserted directly, each with exactly the relation to a case a rule talks about.
import { eq, type SQL, sql } from 'drizzle-orm';
import type { TestApp } from '../../../../test/helpers/app.ts';
import type { UserActor } from '../../context.ts';
import {
  accessGrants,
  caseDataShares,
  caseDeadlines,
  caseRegisseurs,
  cases,
  caseTeamMembers,
  consents,
  type organisations,
  provisions,
  type Role,
  type teams,
} from '../../db/schema/index.ts';
import { createUser } from '../users/users.service.ts';

export const TODAY = '2026-11-23';
export const TOMORROW = '2026-11-24';

export async function idOf(t: TestApp, table: typeof teams | typeof organisations, name: string) {
  const [row] = await t.database.db.select({ id: table.id }).from(table).where(eq(table.name, name));
  if (!row) throw new Error(`no ${name}`);
  return row.id;
}

let counter = 0;

/** A user with roles, organisation and (optionally) team memberships, as the actor the HTTP layer would make. */
export async function makeUser(
  t: TestApp,
  roles: Role[],
  organisationId: string,
  teamIds: string[] = [],
  password?: string,
): Promise<UserActor> {
  counter += 1;
  const username = `acc${counter}_${roles[0]}`;
  const { id } = await createUser(t.ctx(), {
    username,
    displayName: `Test ${username}`,
    email: `${username}@regiedam.example`,
    organisationId,
    roles,
    ...(password ? { password } : {}),
    teams: teamIds.map((teamId) => ({ teamId, isLeader: roles.includes('teamleider') })),
  });
  return {
    type: 'user',
    userId: id,
    username,
    displayName: `Test ${username}`,
    roles,
    organisationId,
    sessionId: null,
  };
}

/** Current households of the demo population without a case or a signal: nobody sees them yet. */
export async function untouchedHouseholds(t: TestApp, n: number) {
  const { rows } = await t.database.db.execute<{ id: string; person_id: string }>(sql`
    SELECT h.id, min(m.person_id::text)::uuid AS person_id FROM households h
    JOIN household_members m ON m.household_id = h.id AND m.to_date IS NULL
    WHERE h.ended_on IS NULL AND h.municipality_code = 'GM9901'
      AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.household_id = h.id)
      AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.household_id = h.id)
    GROUP BY h.id ORDER BY h.id LIMIT ${n}`);
  if (rows.length < n) throw new Error(`only ${rows.length} untouched households`);
  return rows.map((r) => ({ id: r.id, personId: r.person_id }));
}

export async function makeCase(
  t: TestApp,
  householdId: string,
  teamId: string,
  phase: 'plan' | 'afgesloten' = 'plan',
): Promise<string> {
  const [row] = await t.database.db
    .insert(cases)
    .values({
      municipalityCode: 'GM9901',
      householdId,
      teamId,
      phase,
      lifecycleVersion: 1,
      openedOn: '2026-10-01',
      closedOn: phase === 'afgesloten' ? '2026-11-01' : null,
      createdAt: new Date('2026-10-01T09:00:00Z'),
    })
    .returning({ id: cases.id });
  return row!.id;
}

export async function makeRegisseur(
  t: TestApp,
  caseId: string,
  userId: string,
  status: 'actief' | 'aangeboden' | 'beeindigd',
) {
  await t.database.db.insert(caseRegisseurs).values({
    caseId,
    userId,
    status,
    offeredAt: new Date('2026-10-02T09:00:00Z'),
    acceptedAt: status === 'aangeboden' ? null : new Date('2026-10-02T09:00:00Z'),
    endedAt: status === 'beeindigd' ? new Date('2026-10-20T09:00:00Z') : null,
  });
}

export async function makeMember(
  t: TestApp,
  caseId: string,
  actor: UserActor,
  law: string | null = null,
  leftOn: string | null = null,
) {
  await t.database.db.insert(caseTeamMembers).values({
    caseId,
    userId: actor.userId,
    organisationId: actor.organisationId,
    role: law ? `consulent ${law}` : 'wijkteamprofessional',
    law: law as never,
    joinedOn: '2026-10-05',
    leftOn,
  });
}

export async function makeGrant(
  t: TestApp,
  userId: string,
  householdId: string,
  window: { from: string; to: string; endedAt?: string },
) {
  const [row] = await t.database.db
    .insert(accessGrants)
    .values({
      municipalityCode: 'GM9901',
      userId,
      householdId,
      reason: 'Crisis bij het gezin buiten kantoortijd, regisseur niet bereikbaar',
      grantedAt: new Date(window.from),
      expiresAt: new Date(window.to),
      endedAt: window.endedAt ? new Date(window.endedAt) : null,
    })
    .returning({ id: accessGrants.id });
  return row!.id;
}

export async function makeProvision(
  t: TestApp,
  householdId: string,
  caseId: string | null,
  law: 'wmo' | 'jeugdwet' | 'participatiewet' | 'wgs' | 'overig',
) {
  const [row] = await t.database.db
    .insert(provisions)
    .values({
      municipalityCode: 'GM9901',
      householdId,
      caseId,
      law,
      product: `product-${law}`,
      startDate: '2026-10-10',
      status: 'toegekend',
      createdAt: new Date('2026-10-10T09:00:00Z'),
    })
    .returning({ id: provisions.id });
  return row!.id;
}

export async function makeDeadline(
  t: TestApp,
  caseId: string,
  kind: 'wgs_eerste_gesprek' | 'wmo_onderzoek' | 'awb_beslistermijn',
  provisionId?: string,
) {
  const [row] = await t.database.db
    .insert(caseDeadlines)
    .values({
      caseId,
      municipalityCode: 'GM9901',
      kind,
      startedOn: '2026-11-10',
      dueOn: '2026-12-10',
      basis: {
        rule: 'test',
        amount: 4,
        unit: 'weken',
        explanation: '',
        ...(provisionId ? { provisionId } : {}),
      },
    })
    .returning({ id: caseDeadlines.id });
  return row!.id;
}

export async function makeConsent(t: TestApp, personId: string, recipientOrganisationId: string) {
  const [row] = await t.database.db
    .insert(consents)
    .values({
      municipalityCode: 'GM9901',
      personId,
      purpose: 'jeugdhulp',
      recipientOrganisationId,
      givenOn: '2026-11-01',
      givenHow: 'schriftelijk',
      recordedAt: new Date('2026-11-01T09:00:00Z'),
    })
    .returning({ id: consents.id });
  return row!.id;
}

export async function withdrawConsent(t: TestApp, consentId: string) {
  await t.database.db
    .update(consents)
    .set({ withdrawnOn: TODAY, withdrawnHow: 'mondeling', withdrawnAt: new Date('2026-11-23T08:00:00Z') })
    .where(eq(consents.id, consentId));
}

export async function makeShare(
  t: TestApp,
  caseId: string,
  share: {
    law: 'wmo' | 'jeugdwet' | 'participatiewet' | 'wgs';
    sharedWithLaw: 'wmo' | 'jeugdwet' | 'participatiewet' | 'wgs' | null;
    consentId?: string;
  },
) {
  const [row] = await t.database.db
    .insert(caseDataShares)
    .values({
      caseId,
      law: share.law,
      sharedWithLaw: share.sharedWithLaw,
      basis: share.consentId ? 'toestemming' : 'wettelijke_grondslag',
      legalBasis: share.consentId ? null : 'Jw art. 7.3.11',
      consentId: share.consentId ?? null,
      createdAt: new Date('2026-11-02T09:00:00Z'),
    })
    .returning({ id: caseDataShares.id });
  return row!.id;
}

export async function endShare(t: TestApp, shareId: string) {
  await t.database.db
    .update(caseDataShares)
    .set({ endedAt: new Date('2026-11-23T08:00:00Z') })
    .where(eq(caseDataShares.id, shareId));
}

/** The ids of `table` (alias x) among `ids` that satisfy `condition`, as a set. */
export async function idsWhere(
  t: TestApp,
  table: string,
  ids: string[],
  condition: SQL,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await t.database.db.execute<{ id: string }>(sql`
    SELECT x.id FROM ${sql.identifier(table)} x
    WHERE x.id IN (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) AND ${condition}`);
  return new Set(rows.map((r) => r.id));
}
