import type { TestApp } from '../helpers/app.ts';

/**
 * Real ids of the demo municipality (GM9901) for the authorisation matrix, looked up once. The "main case" is an
 * open case of Wijkteam Noord whose CASE TEAM is exactly the demo regisseur (actief) and schuldhulp (member, Wgs),
 * led by the demo teamleider; its household has no signal on a worklist of the wijkteam or the loket. So under the
 * access rules the main case and its household are open to regisseur, schuldhulp and teamleider, and to no one else.
 */
export type Fixture = {
  users: Record<string, string>;
  teamNoord: string;
  partnerOrg: string;
  gemeenteOrg: string;
  caseId: string;
  householdId: string;
  personId: string;
  adultId: string;
  provisionId: string;
  deadlineId: string;
  memberId: string;
  planVersion: number;
  offerCaseId: string;
  offerId: string;
  signalId: string;
  reviewSignalId: string | null;
  zaakId: string | null;
  routingRuleId: string;
  spareApiKeyId: string | null;
};

export async function loadFixture(t: TestApp): Promise<Fixture> {
  const q = async <T>(text: string, params: unknown[] = []) =>
    (await t.database.pool.query(text, params)).rows as T[];
  const one = async <T>(text: string, params: unknown[] = []) => {
    const [row] = await q<T>(text, params);
    if (!row) throw new Error(`fixture: nothing found for ${text.slice(0, 120)}`);
    return row;
  };
  const users = Object.fromEntries(
    (await q<{ username: string; id: string }>('SELECT username, id FROM users')).map((u) => [
      u.username,
      u.id,
    ]),
  );
  const teamNoord = (await one<{ id: string }>("SELECT id FROM teams WHERE name = 'Wijkteam Noord'")).id;
  const partnerOrg = (
    await one<{ organisation_id: string }>("SELECT organisation_id FROM users WHERE username = 'partner'")
  ).organisation_id;
  const gemeenteOrg = (
    await one<{ organisation_id: string }>("SELECT organisation_id FROM users WHERE username = 'regisseur'")
  ).organisation_id;
  const main = await one<{ id: string; household_id: string }>(
    `SELECT c.id, c.household_id FROM cases c
     WHERE c.phase IN ('plan', 'uitvoering', 'evaluatie') AND c.team_id = $1
       AND EXISTS (SELECT 1 FROM case_regisseurs r WHERE r.case_id = c.id AND r.user_id = $2 AND r.status = 'actief')
       AND NOT EXISTS (SELECT 1 FROM case_regisseurs r WHERE r.case_id = c.id AND r.status = 'aangeboden')
       AND EXISTS (SELECT 1 FROM case_team_members m WHERE m.case_id = c.id AND m.user_id = $3 AND m.left_on IS NULL)
       AND NOT EXISTS (SELECT 1 FROM case_team_members m WHERE m.case_id = c.id AND m.user_id <> $3)
       AND EXISTS (SELECT 1 FROM provisions p WHERE p.case_id = c.id)
       AND EXISTS (SELECT 1 FROM plan_versions v WHERE v.case_id = c.id)
       AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.household_id = c.household_id
         AND s.team_id IN (SELECT team_id FROM team_members WHERE user_id IN ($4, $5)))
     ORDER BY c.id LIMIT 1`,
    [teamNoord, users.regisseur, users.schuldhulp, users.wijkteam, users.intake],
  );
  const person = await one<{ person_id: string }>(
    `SELECT m.person_id FROM household_members m JOIN persons p ON p.id = m.person_id
     WHERE m.household_id = $1 AND m.to_date IS NULL ORDER BY p.geboortedatum LIMIT 1`,
    [main.household_id],
  );
  const provision = await one<{ id: string }>('SELECT id FROM provisions WHERE case_id = $1 LIMIT 1', [
    main.id,
  ]);
  // The main case gets a deadline of its own in the test (the seed may have none): see ensureDeadline.
  const deadline = await q<{ id: string }>('SELECT id FROM case_deadlines WHERE case_id = $1 LIMIT 1', [
    main.id,
  ]);
  const member = await one<{ id: string }>('SELECT id FROM case_team_members WHERE case_id = $1 LIMIT 1', [
    main.id,
  ]);
  const version = await one<{ v: number }>(
    'SELECT max(version)::int AS v FROM plan_versions WHERE case_id = $1',
    [main.id],
  );
  const offer = await one<{ case_id: string; id: string }>(
    "SELECT case_id, id FROM case_regisseurs WHERE status = 'aangeboden' AND user_id = $1 LIMIT 1",
    [users.regisseur],
  );
  const signal = await one<{ id: string }>(
    `SELECT id FROM signals WHERE team_id = $1 AND status = 'Nog niet opgepakt' ORDER BY received_at LIMIT 1`,
    [teamNoord],
  );
  const review = await q<{ id: string }>(
    "SELECT id FROM signals WHERE match_status = 'te_beoordelen' AND municipality_code = 'GM9901' LIMIT 1",
  );
  const zaak = await q<{ id: string }>(
    'SELECT id FROM signal_cases WHERE team_id = $1 AND closed_on IS NULL LIMIT 1',
    [teamNoord],
  );
  const rule = await one<{ id: string }>(
    "SELECT id FROM routing_rules WHERE municipality_code = 'GM9901' LIMIT 1",
  );
  return {
    users,
    teamNoord,
    partnerOrg,
    gemeenteOrg,
    caseId: main.id,
    householdId: main.household_id,
    personId: person.person_id,
    adultId: person.person_id,
    provisionId: provision.id,
    deadlineId: deadline[0]?.id ?? '',
    memberId: member.id,
    planVersion: version.v,
    offerCaseId: offer.case_id,
    offerId: offer.id,
    signalId: signal.id,
    reviewSignalId: review[0]?.id ?? null,
    zaakId: zaak[0]?.id ?? null,
    routingRuleId: rule.id,
    spareApiKeyId: null,
  };
}

/**
 * "Denied changes nothing": the row count and a hash of the rows of every table, except the tables a request may
 * write whatever its answer (audit trail, sessions, sign-in attempts). The API key's last use is left out too.
 */
export async function fingerprint(t: TestApp): Promise<Map<string, string>> {
  const tables = (
    await t.database.pool.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
         AND table_name NOT IN ('audit_log', 'audit_chain_heads', 'sessions', 'login_attempts')
       ORDER BY table_name`,
    )
  ).rows.map((r) => r.table_name);
  const row = (name: string) =>
    name === 'api_keys'
      ? 'row(x.id, x.organisation_id, x.name, x.prefix, x.key_hash, x.revoked_at)::text'
      : 'x::text';
  const query = tables
    .map(
      (name) =>
        `SELECT '${name}' AS t, count(*)::text || ':' || md5(coalesce(string_agg(md5(${row(name)}), '' ORDER BY md5(${row(name)})), '')) AS h FROM "${name}" x`,
    )
    .join(' UNION ALL ');
  const rows = (await t.database.pool.query<{ t: string; h: string }>(query)).rows;
  return new Map(rows.map((r) => [r.t, r.h]));
}

export function fingerprintDiff(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
}
