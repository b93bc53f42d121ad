// Fixtures for the intake, worklist and case tests: demo organisations and teams by name, households by wijk,
// a partner API key made with the api-keys service, and signals inserted directly in a given state (so worklist
// tests do not depend on what the pipeline decides).
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { TestApp } from '../../../../../test/helpers/app.ts';
import type { UserActor } from '../../../context.ts';
import { organisations, type Role, signalCases, signals, teams, users } from '../../../db/schema/index.ts';
import { createApiKey } from '../../auth/api-keys.service.ts';
import { createUser } from '../../users/users.service.ts';

export const PASSWORD = 'Regie-demo-2026';

export async function organisationId(t: TestApp, name: string): Promise<string> {
  const [row] = await t.database.db.select().from(organisations).where(eq(organisations.name, name));
  if (!row) throw new Error(`no organisation ${name}`);
  return row.id;
}

export async function teamId(t: TestApp, name: string): Promise<string> {
  const [row] = await t.database.db.select().from(teams).where(eq(teams.name, name));
  if (!row) throw new Error(`no team ${name}`);
  return row.id;
}

/** A partner system's key, created by the beheerder through the api-keys service. */
export async function partnerApiKey(t: TestApp, organisationName: string): Promise<string> {
  const [admin] = await t.database.db.select().from(users).where(eq(users.username, 'beheerder'));
  if (!admin) throw new Error('no beheerder');
  const actor: UserActor = {
    type: 'user',
    userId: admin.id,
    username: admin.username,
    displayName: admin.displayName,
    roles: ['beheerder'],
    organisationId: admin.organisationId,
    sessionId: null,
  };
  const { key } = await createApiKey(t.ctx(actor), {
    organisationId: await organisationId(t, organisationName),
    name: `test ${organisationName}`,
  });
  return key;
}

/** A professional of Gemeente Regiedam in the given team (the demo has nobody in Wijkteam Zuid). */
export async function teamUser(
  t: TestApp,
  username: string,
  team: string,
  roles: Role[] = ['wijkteam_professional'],
) {
  await createUser(t.ctx(), {
    username,
    displayName: `Test ${username}`,
    email: `${username}@regiedam.example`,
    organisationId: await organisationId(t, 'Gemeente Regiedam'),
    roles,
    password: PASSWORD,
    teams: [{ teamId: await teamId(t, team), isLeader: false }],
  });
}

export type TestHousehold = {
  householdId: string;
  personId: string;
  bsn: string;
  geboortedatum: string | null;
  postcode: string;
  huisnummer: number;
  wijkCode: string;
};

/** Current households (with their head) in a wijk of the demo population, in a stable order. */
export async function householdsIn(t: TestApp, wijk: string, n = 1): Promise<TestHousehold[]> {
  const rows = await t.database.db.execute<{
    household_id: string;
    person_id: string;
    bsn: string;
    geboortedatum: string | null;
    postcode: string;
    huisnummer: number;
    wijk_code: string;
  }>(sql`
    SELECT h.id AS household_id, p.id AS person_id, p.bsn, p.geboortedatum::text AS geboortedatum,
      a.postcode, a.huisnummer, a.wijk_code
    FROM households h JOIN addresses a ON a.id = h.address_id
    JOIN household_members m ON m.household_id = h.id AND m.relation = 'hoofd' AND m.to_date IS NULL
    JOIN persons p ON p.id = m.person_id
    WHERE a.wijk_code = ${wijk} AND h.ended_on IS NULL AND p.overlijdensdatum IS NULL
    ORDER BY h.id LIMIT ${n}`);
  if (rows.rows.length < n) throw new Error(`only ${rows.rows.length} households in ${wijk}`);
  return rows.rows.map((r) => ({
    householdId: r.household_id,
    personId: r.person_id,
    bsn: r.bsn,
    geboortedatum: r.geboortedatum,
    postcode: r.postcode,
    huisnummer: r.huisnummer,
    wijkCode: r.wijk_code,
  }));
}

/** A signal stored directly in the state a test needs (matched, routed, …), bypassing the pipeline. */
export async function insertSignal(
  t: TestApp,
  values: Partial<typeof signals.$inferInsert> & { teamId?: string | null },
): Promise<string> {
  const [row] = await t.database.db
    .insert(signals)
    .values({
      municipalityCode: 'GM9901',
      kind: 'zorgsignaal',
      source: 'formulier',
      sourceKey: `form:${randomUUID()}`,
      category: 'eenzaamheid',
      signalDate: '2026-11-20',
      receivedAt: new Date('2026-11-20T10:00:00Z'),
      bsn: '999990019',
      matchStatus: 'gematcht',
      ...values,
    })
    .returning({ id: signals.id });
  return row!.id;
}

export async function insertCase(
  t: TestApp,
  values: Partial<typeof signalCases.$inferInsert> & { householdId: string },
) {
  const [row] = await t.database.db
    .insert(signalCases)
    .values({ municipalityCode: 'GM9901', kind: 'intake', openedOn: '2026-11-20', ...values })
    .returning({ id: signalCases.id });
  return row!.id;
}

/** A complete, valid form body; tests override what they check. */
export function formBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    gemeente: 'GM9901',
    categorie: 'vervuiling-woning',
    urgentie: 'normaal',
    omschrijving: 'Tijdens de reparatie zag ik veel afval in de woning.',
    bewonerGeinformeerd: true,
    bewonerStemtIn: true,
    persoon: { bsn: '999990019' },
    ...overrides,
  };
}

/** A partner system's request with its key and (optionally) an Idempotency-Key. */
export function apiPost(t: TestApp, key: string, body: unknown, idempotencyKey?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
  return t.request('/api/v1/signals', { method: 'POST', headers, json: body });
}

export function apiGet(t: TestApp, key: string, path: string) {
  return t.request(path, { headers: { authorization: `Bearer ${key}` } });
}

/** Removes the demo signals and cases, so a test sees only the signals it made (routing rules stay). */
export async function clearSignals(t: TestApp): Promise<void> {
  await t.database.db.execute(sql`DELETE FROM signal_contact_attempts`);
  await t.database.db.execute(sql`DELETE FROM signal_match_decisions`);
  await t.database.db.execute(sql`DELETE FROM signals`);
  await t.database.db.execute(sql`DELETE FROM signal_cases`);
}
