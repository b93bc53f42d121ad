import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../../context.ts';
import { signals } from '../../../db/schema/index.ts';
import { DEFAULT_SIGNAL_SETTINGS, type SignalSettings } from '../settings.ts';

/**
 * Test support for the flow after matching: households at a chosen wijk/buurt, signals inserted as if matching had
 * settled them, settings and routing rules set directly. Each helper creates fresh rows, so tests do not see each
 * other's (or the demo's) signals. Not used by production code.
 */

let postcodeCounter = 0;

/** A fresh postcode outside the demo range (98xx), unique within the test process. */
export function freshPostcode(): string {
  postcodeCounter++;
  const letters = 'ABCDEFGHJKLMNPRSTVWXZ';
  return `${1000 + Math.floor(postcodeCounter / 400)}${letters[Math.floor(postcodeCounter / 20) % 20]}${letters[postcodeCounter % 20]}`;
}

export type TestHousehold = { householdId: string; addressId: string; postcode: string; huisnummer: number };

/** A household at a new address in buurt `buurt` of its wijk (e.g. BU99010102 in WK990101). */
export async function householdIn(
  db: Executor,
  buurt = 'BU99010101',
  municipality = 'GM9901',
): Promise<TestHousehold> {
  const postcode = freshPostcode();
  const wijk = `WK${buurt.slice(2, 8)}`;
  const { rows } = await db.execute<{ id: string }>(sql`
    INSERT INTO addresses (municipality_code, straat, huisnummer, postcode, woonplaats, wijk_code, buurt_code)
    VALUES (${municipality}, 'Proefstraat', 7, ${postcode}, 'Proefdorp', ${wijk}, ${buurt}) RETURNING id`);
  const addressId = rows[0]!.id;
  const { rows: hh } = await db.execute<{ id: string }>(sql`
    INSERT INTO households (municipality_code, address_id, started_on)
    VALUES (${municipality}, ${addressId}, '2015-01-01') RETURNING id`);
  return { householdId: hh[0]!.id, addressId, postcode, huisnummer: 7 };
}

export type FlowSignal = Partial<typeof signals.$inferInsert> & {
  /** Received this many days before 2026-11-23 09:00 UTC (the pinned test clock), at the same time of day. */
  daysAgo?: number;
};

/** Inserts a settled signal: matched to `householdId` when given, otherwise no match. Returns its id. */
export async function insertSignal(db: Executor, spec: FlowSignal): Promise<string> {
  const { daysAgo = 0, ...rest } = spec;
  const receivedAt = new Date(Date.parse('2026-11-23T09:00:00Z') - daysAgo * 86_400_000);
  const matched = Boolean(rest.householdId);
  const [row] = await db
    .insert(signals)
    .values({
      municipalityCode: 'GM9901',
      kind: 'vroegsignaal',
      source: 'ddas',
      sourceKey: `test:${randomUUID()}`,
      partnerType: 'Energie',
      category: 'betalingsachterstand',
      amountEuros: 300,
      signalDate: receivedAt.toISOString().slice(0, 10),
      receivedAt,
      bsn: '999990019',
      matchStatus: matched ? 'gematcht' : 'geen_match',
      ...rest,
    })
    .returning({ id: signals.id });
  return row!.id;
}

export async function setSettings(db: Executor, patch: Partial<SignalSettings>, municipality = 'GM9901') {
  const settings = JSON.stringify({ ...DEFAULT_SIGNAL_SETTINGS, ...patch });
  await db.execute(sql`
    INSERT INTO signal_settings (municipality_code, settings) VALUES (${municipality}, ${settings}::jsonb)
    ON CONFLICT (municipality_code) DO UPDATE SET settings = EXCLUDED.settings`);
}

export async function resetSettings(db: Executor, municipality = 'GM9901') {
  await db.execute(sql`DELETE FROM signal_settings WHERE municipality_code = ${municipality}`);
}

export type TestRule = {
  name?: string;
  priority: number;
  areaCode?: string | null;
  category?: string | null;
  urgency?: 'normaal' | 'hoog' | null;
  crisisOnly?: boolean;
  teamId: string;
  active?: boolean;
};

/** Replaces the municipality's routing rules by these (older rules first, in the order given). */
export async function replaceRules(
  db: Executor,
  rules: TestRule[],
  municipality = 'GM9901',
): Promise<string[]> {
  await db.execute(sql`DELETE FROM routing_rules WHERE municipality_code = ${municipality}`);
  const ids: string[] = [];
  for (const [i, r] of rules.entries()) {
    const { rows } = await db.execute<{ id: string }>(sql`
      INSERT INTO routing_rules (municipality_code, name, priority, area_code, category, urgency, crisis_only, team_id,
        active, created_at)
      VALUES (${municipality}, ${r.name ?? `regel ${i + 1}`}, ${r.priority}, ${r.areaCode ?? null}, ${r.category ?? null},
        ${r.urgency ?? null}, ${r.crisisOnly ?? false}, ${r.teamId}, ${r.active ?? true},
        ${new Date(Date.parse('2026-01-01T00:00:00Z') + i * 1000).toISOString()}::timestamptz)
      RETURNING id`);
    ids.push(rows[0]!.id);
  }
  return ids;
}

export async function teamIds(db: Executor) {
  const { rows } = await db.execute<{ id: string; name: string }>(sql`SELECT id, name FROM teams`);
  const byPrefix = (prefix: string) => {
    const team = rows.find((r) => r.name.startsWith(prefix));
    if (!team) throw new Error(`no team ${prefix}`);
    return team.id;
  };
  return {
    noord: byPrefix('Wijkteam Noord'),
    zuid: byPrefix('Wijkteam Zuid'),
    loket: byPrefix('Loket'),
    schuldhulp: byPrefix('Schuldhulp'),
  };
}

export async function organisationId(db: Executor, name: string): Promise<string> {
  const { rows } = await db.execute<{ id: string }>(sql`SELECT id FROM organisations WHERE name = ${name}`);
  return rows[0]!.id;
}

export type SignalState = {
  id: string;
  status: string;
  crisis: boolean;
  team_id: string | null;
  routing_rule_id: string | null;
  deadline: string | null;
  retention_until: string | null;
  case_id: string | null;
};

export async function signalState(db: Executor, id: string): Promise<SignalState> {
  const { rows } = await db.execute<SignalState>(sql`
    SELECT id, status, crisis, team_id, routing_rule_id, deadline::text, retention_until::text, case_id
    FROM signals WHERE id = ${id}`);
  return rows[0]!;
}

export type CaseState = {
  id: string;
  kind: string;
  team_id: string | null;
  opened_on: string;
  household_id: string;
};

export async function casesOf(db: Executor, householdId: string): Promise<CaseState[]> {
  const { rows } = await db.execute<CaseState>(sql`
    SELECT id, kind, team_id, opened_on::text, household_id FROM signal_cases WHERE household_id = ${householdId}
    ORDER BY opened_on, created_at, id`);
  return rows;
}

/** An open case of the household, opened `daysAgo` days before 2026-11-23. */
export async function openCase(
  db: Executor,
  householdId: string,
  kind: 'vroegsignaalzaak' | 'intake',
  daysAgo: number,
  closed = false,
): Promise<string> {
  const openedOn = new Date(Date.parse('2026-11-23T00:00:00Z') - daysAgo * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const { rows } = await db.execute<{ id: string }>(sql`
    INSERT INTO signal_cases (municipality_code, household_id, kind, opened_on, closed_on)
    VALUES ('GM9901', ${householdId}, ${kind}, ${openedOn}, ${closed ? '2026-11-01' : null}) RETURNING id`);
  return rows[0]!.id;
}
