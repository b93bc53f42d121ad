// Fixtures for the destruction tests: a closed household case with a row in every table that hangs on it, signals
// and signal cases with a given retention date, import reports and withdrawn consents, all in Regiedam (GM9901).
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../../context.ts';
import { CASE_CHILD_TABLES } from './household-cases.ts';

export type Cast = { teamId: string; userId: string; organisationId: string };

/** Wijkteam Noord and the demo regisseur: the owners of every case the fixtures make. */
export async function castOf(db: Executor): Promise<Cast> {
  const { rows } = await db.execute<Cast>(sql`
    SELECT t.id AS "teamId", u.id AS "userId", u.organisation_id AS "organisationId"
    FROM teams t, users u WHERE t.name = 'Wijkteam Noord' AND u.username = 'regisseur'`);
  return rows[0]!;
}

/** A household without any case or signal yet, with one adult member. */
export async function freshHousehold(db: Executor): Promise<{ householdId: string; personId: string }> {
  const postcode = `9${String(Math.floor(Math.random() * 900) + 100)}ZZ`;
  const { rows: a } = await db.execute<{ id: string }>(sql`
    INSERT INTO addresses (municipality_code, straat, huisnummer, postcode, woonplaats, wijk_code, buurt_code)
    VALUES ('GM9901', 'Bewaarstraat', ${Math.floor(Math.random() * 9000) + 1}, ${postcode}, 'Regiedam',
      'WK990101', 'BU99010101') RETURNING id`);
  const { rows: h } = await db.execute<{ id: string }>(sql`
    INSERT INTO households (municipality_code, address_id, started_on) VALUES ('GM9901', ${a[0]!.id}, '2000-01-01')
    RETURNING id`);
  const bsn = await unusedBsn(db);
  const { rows: p } = await db.execute<{ id: string }>(sql`
    INSERT INTO persons (municipality_code, bsn, voornamen, geslachtsnaam, geboortedatum)
    VALUES ('GM9901', ${bsn}, 'Proef', 'Bewaar', '1980-01-01') RETURNING id`);
  await db.execute(sql`
    INSERT INTO household_members (municipality_code, household_id, person_id, relation, from_date)
    VALUES ('GM9901', ${h[0]!.id}, ${p[0]!.id}, 'hoofd', '2000-01-01')`);
  return { householdId: h[0]!.id, personId: p[0]!.id };
}

/** A BSN of the 999xxxxxx test range (11-proof) not yet used in Regiedam. */
async function unusedBsn(db: Executor): Promise<string> {
  for (;;) {
    const body = `999${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`.slice(0, 8);
    const sum = [...body].reduce((s, d, i) => s + Number(d) * (9 - i), 0);
    const check = sum % 11;
    if (check === 10) continue;
    const bsn = `${body}${check}`;
    const { rows } = await db.execute(sql`SELECT 1 FROM persons WHERE bsn = ${bsn}`);
    if (rows.length === 0) return bsn;
  }
}

/**
 * A household case closed on `closedOn` with one row in every table that hangs on it (CASE_CHILD_TABLES), a
 * lifted legal hold, and a signal case linked to it. With `jeugdwet` its provision is a Jeugdwet one.
 */
export async function closedCase(
  db: Executor,
  cast: Cast,
  spec: { closedOn: string; jeugdwet?: boolean; householdId?: string },
): Promise<{ caseId: string; householdId: string; personId: string; signalCaseId: string }> {
  const household = spec.householdId
    ? { householdId: spec.householdId, personId: await memberOf(db, spec.householdId) }
    : await freshHousehold(db);
  const { householdId, personId } = household;
  const caseId = randomUUID();
  const at = `${spec.closedOn}T10:00:00Z`;
  await db.execute(sql`
    INSERT INTO cases (id, municipality_code, household_id, team_id, phase, lifecycle_version, opened_on, closed_on)
    VALUES (${caseId}, 'GM9901', ${householdId}, ${cast.teamId}, 'afgesloten', 1, '2000-01-01', ${spec.closedOn})`);
  await db.execute(sql`
    INSERT INTO case_transitions (case_id, from_phase, to_phase, lifecycle_version, reason, actor_id, at)
    VALUES (${caseId}, 'evaluatie', 'afgesloten', 1, 'Doelen bereikt', ${cast.userId}, ${at}::timestamptz)`);
  await db.execute(sql`
    INSERT INTO case_regisseurs (case_id, user_id, status, accepted_at, ended_at)
    VALUES (${caseId}, ${cast.userId}, 'beeindigd', '2000-01-01T10:00:00Z', ${at}::timestamptz)`);
  await db.execute(sql`
    INSERT INTO case_team_members (case_id, user_id, organisation_id, role, law, joined_on, left_on)
    VALUES (${caseId}, ${cast.userId}, ${cast.organisationId}, 'jeugdconsulent', 'jeugdwet', '2000-01-01', ${spec.closedOn})`);
  await db.execute(sql`
    INSERT INTO plan_versions (case_id, version, content, saved_by, saved_at)
    VALUES (${caseId}, 1, '{"doelen":[]}'::jsonb, ${cast.userId}, '2000-02-01T10:00:00Z')`);
  await db.execute(sql`
    INSERT INTO plan_agreements (case_id, plan_version, agreed_on, how, recorded_by, recorded_at)
    VALUES (${caseId}, 1, '2000-02-02', 'mondeling', ${cast.userId}, '2000-02-02T10:00:00Z')`);
  await db.execute(sql`
    INSERT INTO zrm_assessments (case_id, person_id, assessed_on, scores, assessed_by)
    VALUES (${caseId}, ${personId}, '2000-02-01', '{"financien":2}'::jsonb, ${cast.userId})`);
  await db.execute(sql`
    INSERT INTO case_deadlines (case_id, municipality_code, kind, started_on, due_on, basis)
    VALUES (${caseId}, 'GM9901', 'wmo_onderzoek', '2000-01-01', '2000-02-12', '{"rule":"Wmo art. 2.3.2"}'::jsonb)`);
  await db.execute(sql`
    INSERT INTO case_data_shares (case_id, law, basis, legal_basis, created_by, created_at)
    VALUES (${caseId}, 'wgs', 'wettelijke_grondslag', 'Wgs art. 8d', ${cast.userId}, '2000-02-01T10:00:00Z')`);
  await db.execute(sql`
    INSERT INTO provisions (municipality_code, household_id, person_id, law, product, start_date, status, case_id)
    VALUES ('GM9901', ${householdId}, ${personId}, ${spec.jeugdwet ? 'jeugdwet' : 'wmo'},
      ${spec.jeugdwet ? 'jeugdhulp-ambulant' : 'begeleiding'}, '2000-03-01', 'beeindigd', ${caseId})`);
  await db.execute(sql`
    INSERT INTO legal_holds (municipality_code, case_id, reason, placed_at, lifted_at, lift_reason)
    VALUES ('GM9901', ${caseId}, 'Bezwaar liep', '2001-01-01T10:00:00Z', '2002-01-01T10:00:00Z', 'Bezwaar afgerond')`);
  const { rows } = await db.execute<{ id: string }>(sql`
    INSERT INTO signal_cases (municipality_code, household_id, kind, opened_on, picked_up_on, household_case_id)
    VALUES ('GM9901', ${householdId}, 'vroegsignaalzaak', '2000-01-01', '2000-01-01', ${caseId}) RETURNING id`);
  return { caseId, householdId, personId, signalCaseId: rows[0]!.id };
}

async function memberOf(db: Executor, householdId: string): Promise<string> {
  const { rows } = await db.execute<{ person_id: string }>(
    sql`SELECT person_id FROM household_members WHERE household_id = ${householdId} LIMIT 1`,
  );
  return rows[0]!.person_id;
}

/** How many rows each case table holds for the case (the case itself under `cases`). */
export async function caseRowCounts(db: Executor, caseId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...CASE_CHILD_TABLES, 'cases'] as const) {
    const column = table === 'cases' ? sql`id` : sql`case_id`;
    const { rows } = await db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${column} = ${caseId}`,
    );
    counts[table] = rows[0]!.n;
  }
  const linked = await db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM signal_cases WHERE household_case_id = ${caseId}`,
  );
  counts.signal_cases_linked = linked.rows[0]!.n;
  return counts;
}

/** An import report finished at `finishedAt` with two rejected rows (raw row data) and one signal from it. */
export async function importReport(
  db: Executor,
  finishedAt: string,
): Promise<{ importId: string; signalId: string }> {
  const { rows } = await db.execute<{ id: string }>(sql`
    INSERT INTO signal_imports (municipality_code, format, file_name, file_sha256, size_bytes, status, started_at,
      finished_at)
    VALUES ('GM9901', 'csv', 'signalen.csv', ${randomUUID()}, 100, 'klaar', ${finishedAt}::timestamptz,
      ${finishedAt}::timestamptz) RETURNING id`);
  const importId = rows[0]!.id;
  await db.execute(sql`
    INSERT INTO signal_import_errors (import_id, row, field, reason) VALUES
      (${importId}, 2, 'bsn', 'BSN 123456789 klopt niet'), (${importId}, 3, 'postcode', 'Postcode 12 AB onbekend')`);
  const { rows: s } = await db.execute<{ id: string }>(sql`
    INSERT INTO signals (municipality_code, kind, source, source_key, category, signal_date, received_at, bsn,
      import_id, import_row, retention_until)
    VALUES ('GM9901', 'vroegsignaal', 'csv', ${`test:${randomUUID()}`}, 'betalingsachterstand', '2026-05-01',
      ${finishedAt}::timestamptz, '999990019', ${importId}, 4, '2099-01-01') RETURNING id`);
  return { importId, signalId: s[0]!.id };
}

/** A consent of the person to Regiedam's own organisation, withdrawn on `withdrawnOn` (or still given). */
export async function consent(
  db: Executor,
  cast: Cast,
  personId: string,
  withdrawnOn: string | null,
): Promise<string> {
  const withdrawnAt = withdrawnOn ? `${withdrawnOn}T10:00:00Z` : null;
  const { rows } = await db.execute<{ id: string }>(sql`
    INSERT INTO consents (municipality_code, person_id, purpose, recipient_organisation_id, given_on, given_how,
      recorded_at, withdrawn_on, withdrawn_how, withdrawn_at)
    VALUES ('GM9901', ${personId}, 'integrale_regie', ${cast.organisationId}, '2019-01-01', 'schriftelijk',
      '2019-01-01T10:00:00Z', ${withdrawnOn}, ${withdrawnOn ? 'schriftelijk' : null}, ${withdrawnAt}::timestamptz)
    RETURNING id`);
  return rows[0]!.id;
}

export async function exists(db: Executor, table: string, id: string): Promise<boolean> {
  const { rows } = await db.execute(sql`SELECT 1 FROM ${sql.identifier(table)} WHERE id = ${id}`);
  return rows.length > 0;
}
