// Set-based seeding for bench:worklist: every table is filled with INSERT … SELECT over generate_series, so a
// million households and ten million signals never pass through Node. Ids are built from a kind prefix and the row
// number (bid below): deterministic, so rows that point at each other compute each other's ids without a lookup,
// valid version-4 UUIDs (the API validates ids in paths), and ascending, so each primary key grows at its end.
//
// Shape (per scale municipality of 35,000 households: 10 wijken of 4 buurten, two wijkteams of 5 wijken):
// - households with 1-4 members (head, partner, children 0-17), BSNs from the 999 test range (11-proof), unique per
//   municipality like the scale seed; the demo bijstand provisions (seedProvisions) on top;
// - signals: signal i is about household (i·48271 mod H), so each household gets about S/H signals spread over the
//   table; received over the last five years; the last month's partly 'Nog niet opgepakt' (the worklist's default
//   view and the board's overdue signals); one signal case per household with signals;
// - cases on every (H/C)-th household: phases in realistic proportions (a quarter closed or in the early phases, a
//   third in uitvoering), a regisseur from the team's bench regisseurs on most, transitions for each phase passed,
//   1-3 plan versions from phase plan on, an agreement, a deadline on half, provisions under Wmo/Jeugdwet/
//   Participatiewet from uitvoering on, a case team member on a tenth.
import type pg from 'pg';

export const HOUSEHOLDS_PER_MUNICIPALITY = 35_000;
/** Cases per bench regisseur: a realistic caseload decides how many regisseur accounts each team gets. */
const CASES_PER_REGISSEUR = 60;
const MUNICIPALITY_NAME = 'Benchgemeente';

export type SeedSize = { households: number; signals: number; cases: number };
export type Progress = (message: string) => void;

export type BenchUser = { username: string; teamId: string; municipalityCode: string };

function code(index: number): string {
  return `GM${7001 + index}`;
}

/** Whether the bench data is there, and how big it is. */
export async function seededSize(client: pg.Client): Promise<SeedSize | null> {
  const m = await client.query(
    `SELECT count(*)::int AS n FROM municipalities WHERE name LIKE '${MUNICIPALITY_NAME} %'`,
  );
  if (!m.rows[0]?.n) return null;
  const { rows } = await client.query(`SELECT
      (SELECT count(*)::int FROM households h JOIN municipalities m ON m.code = h.municipality_code
        WHERE m.name LIKE '${MUNICIPALITY_NAME} %') AS households,
      (SELECT count(*)::int FROM signals WHERE source_key LIKE 'bench:%') AS signals,
      (SELECT count(*)::int FROM cases c JOIN municipalities m ON m.code = c.municipality_code
        WHERE m.name LIKE '${MUNICIPALITY_NAME} %') AS cases`);
  return rows[0] as SeedSize;
}

/** The accounts the load runs as: one bench regisseur per team, teams in municipality order. */
export async function benchUsers(client: pg.Client): Promise<BenchUser[]> {
  const { rows } = await client.query<BenchUser>(`
    SELECT u.username, tm.team_id AS "teamId", t.municipality_code AS "municipalityCode"
    FROM users u JOIN team_members tm ON tm.user_id = u.id JOIN team_municipalities t ON t.team_id = tm.team_id
    WHERE u.username LIKE 'bench-%-r0' ORDER BY u.username`);
  return rows;
}

async function timed(progress: Progress, label: string, fn: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await fn();
  progress(`${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * Seeds the bench data on `client` (one connection: the temporary lookup tables live in its session). The password
 * hash is computed once by the caller and shared by every bench account.
 */
export async function seedBench(
  client: pg.Client,
  size: SeedSize,
  today: string,
  passwordHash: string,
  progress: Progress,
): Promise<string[]> {
  const H = size.households;
  const M = Math.max(1, Math.ceil(H / HOUSEHOLDS_PER_MUNICIPALITY));
  const codes = Array.from({ length: M }, (_, i) => code(i));
  const casesPerTeam = size.cases / (2 * M);
  const regisseursPerTeam = Math.max(2, Math.ceil(casesPerTeam / CASES_PER_REGISSEUR));
  // A bulk load: no need to wait for the WAL flush of each statement, and room for the index builds.
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query(`SET work_mem = '64MB'`);
  await client.query(`CREATE FUNCTION pg_temp.bid(prefix text, n bigint) RETURNS uuid IMMUTABLE LANGUAGE sql
    AS $$ SELECT (prefix || '000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$`);
  // The rows are consistent by construction: skip the row-by-row foreign-key triggers (about 4× faster for the
  // signals). Needs a superuser, as on the throwaway cluster; elsewhere the load simply runs with the checks.
  await client
    .query(`SET session_replication_role = replica`)
    .catch(() => progress('foreign keys are checked (not a superuser)'));

  await timed(
    progress,
    `organisation: ${M} municipalities, ${2 * M} teams, ${2 * M * (regisseursPerTeam + 1)} accounts`,
    async () => {
      await client.query('BEGIN');
      await client.query(
        `CREATE TEMP TABLE bench_muni AS SELECT i AS mi, 'GM' || (7001 + i) AS code FROM generate_series(0, $1::int - 1) i`,
        [M],
      );
      await client.query(`INSERT INTO municipalities (code, name)
      SELECT code, '${MUNICIPALITY_NAME} ' || (mi + 1) FROM bench_muni`);
      await client.query(`INSERT INTO areas (code, kind, name, municipality_code)
      SELECT 'WK' || substr(code, 3) || lpad(w::text, 2, '0'), 'wijk', 'Wijk ' || w, code
      FROM bench_muni, generate_series(1, 10) w`);
      await client.query(`INSERT INTO areas (code, kind, name, municipality_code, parent_code)
      SELECT 'BU' || substr(code, 3) || lpad(w::text, 2, '0') || lpad(b::text, 2, '0'), 'buurt', 'Buurt ' || w || '.' || b,
        code, 'WK' || substr(code, 3) || lpad(w::text, 2, '0')
      FROM bench_muni, generate_series(1, 10) w, generate_series(1, 4) b`);
      await client.query(`INSERT INTO organisations (id, kind, name)
      SELECT pg_temp.bid('c1', mi), 'gemeente', 'Gemeente ${MUNICIPALITY_NAME} ' || (mi + 1) FROM bench_muni`);
      await client.query(`INSERT INTO organisation_municipalities (organisation_id, municipality_code)
      SELECT pg_temp.bid('c1', mi), code FROM bench_muni`);
      await client.query(`CREATE TEMP TABLE bench_team AS
      SELECT mi, code, half, pg_temp.bid('c2', mi * 2 + half) AS team_id FROM bench_muni, generate_series(0, 1) half`);
      await client.query(`INSERT INTO teams (id, organisation_id, name, kind)
      SELECT team_id, pg_temp.bid('c1', mi), 'Wijkteam ' || chr(65 + half) || ' ' || code, 'wijkteam' FROM bench_team`);
      await client.query(
        `INSERT INTO team_municipalities (team_id, municipality_code) SELECT team_id, code FROM bench_team`,
      );
      await client.query(`INSERT INTO team_areas (team_id, area_code, municipality_code)
      SELECT team_id, 'WK' || substr(code, 3) || lpad((half * 5 + w)::text, 2, '0'), code
      FROM bench_team, generate_series(1, 5) w`);
      // Regisseurs r0..rN of each team (r0 is the account the load signs in as) and one team leader.
      await client.query(
        `CREATE TEMP TABLE bench_user AS
      SELECT t.mi, t.half, t.team_id, t.code, k, pg_temp.bid('c3', (t.mi * 2 + t.half) * 10000 + k + 1) AS user_id,
        'bench-' || t.code || '-' || chr(97 + t.half) || '-' || CASE WHEN k < 0 THEN 'tl' ELSE 'r' || k END AS username
      FROM bench_team t, generate_series(-1, $1::int - 1) k`,
        [regisseursPerTeam],
      );
      await client.query(
        `INSERT INTO users (id, username, display_name, email, organisation_id, password_hash)
      SELECT user_id, username, CASE WHEN k < 0 THEN 'Teamleider ' ELSE 'Regisseur ' || k || ' ' END || code,
        username || '@bench.example', pg_temp.bid('c1', mi), $1 FROM bench_user`,
        [passwordHash],
      );
      await client.query(`INSERT INTO user_roles (user_id, role)
      SELECT user_id, r FROM bench_user, unnest(CASE WHEN k < 0 THEN ARRAY['teamleider']
        ELSE ARRAY['regisseur', 'wijkteam_professional'] END) r`);
      await client.query(`INSERT INTO team_members (team_id, user_id, is_leader)
      SELECT team_id, user_id, k < 0 FROM bench_user`);
      await client.query('COMMIT');
    },
  );

  // The n-th valid BSN of the 999 test range (11-proof), as the scale seed numbers persons per municipality.
  await client.query(`CREATE TEMP TABLE bench_bsn AS
    SELECT (row_number() OVER (ORDER BY p) - 1)::int AS idx, p::text || c::text AS bsn FROM (
      SELECT p, (9 * (p / 10000000 % 10) + 8 * (p / 1000000 % 10) + 7 * (p / 100000 % 10) + 6 * (p / 10000 % 10)
        + 5 * (p / 1000 % 10) + 4 * (p / 100 % 10) + 3 * (p / 10 % 10) + 2 * (p % 10)) % 11 AS c
      FROM generate_series(99900000, 99999999) p) x WHERE c <= 9`);
  await client.query(`CREATE UNIQUE INDEX ON bench_bsn (idx)`);

  const streets = `ARRAY['Dorpsstraat','Kerkweg','Molenlaan','Schoolstraat','Stationsweg','Beukenlaan','Lindelaan',
    'Havenstraat','Nieuwe Gracht','Tulpstraat','Merelpad','Vinkenweg']`;
  const firstNames = `ARRAY['Anna','Daan','Emma','Finn','Julia','Lucas','Mila','Noah','Sara','Sem','Tess','Yara','Mohamed','Fatima','Jan','Els']`;
  const surnames = `ARRAY['Jansen','de Vries','van den Berg','Bakker','Visser','Smit','Meijer','de Boer','Mulder','Bos','Yilmaz','El Amrani']`;
  for (let mi = 0; mi < M; mi++) {
    const from = mi * HOUSEHOLDS_PER_MUNICIPALITY;
    const to = Math.min(H, from + HOUSEHOLDS_PER_MUNICIPALITY) - 1;
    await client.query('BEGIN');
    // Household n: local number j within the municipality gives wijk, buurt and address.
    await client.query(
      `CREATE TEMP TABLE bench_hh ON COMMIT DROP AS SELECT n, n - $1::int AS j, $3::text AS code,
        1 + (n - $1::int) % 10 AS w, 1 + ((n - $1::int) / 10) % 4 AS b,
        CASE WHEN (n::bigint * 7919) % 10 < 4 THEN 1 WHEN (n::bigint * 7919) % 10 < 7 THEN 2 WHEN (n::bigint * 7919) % 10 < 9 THEN 3 ELSE 4 END AS size
      FROM generate_series($1::int, $2::int) n`,
      [from, to, code(mi)],
    );
    await client.query(`INSERT INTO addresses (id, municipality_code, straat, huisnummer, postcode, woonplaats, wijk_code, buurt_code)
      SELECT pg_temp.bid('a1', n), code, (${streets})[1 + n % 12], 1 + j % 250,
        (1000 + (${mi} * 37 + j / 50) % 8990)::text || chr(65 + j % 20) || chr(65 + (j / 20) % 20),
        'Benchstad ' || code, 'WK' || substr(code, 3) || lpad(w::text, 2, '0'),
        'BU' || substr(code, 3) || lpad(w::text, 2, '0') || lpad(b::text, 2, '0')
      FROM bench_hh`);
    await client.query(`INSERT INTO households (id, municipality_code, address_id, started_on)
      SELECT pg_temp.bid('a2', n), code, pg_temp.bid('a1', n), DATE '2000-01-01' + n % 9000 FROM bench_hh`);
    await client.query(`INSERT INTO persons (id, municipality_code, bsn, voornamen, voorvoegsel, geslachtsnaam, geboortedatum, geslacht)
      SELECT pg_temp.bid('a3', n * 4 + k), code, bsn.bsn, (${firstNames})[1 + (n + k * 7) % 16], NULL,
        (${surnames})[1 + CASE WHEN k = 1 THEN n / 3 ELSE n END % 12],
        CASE WHEN k < 2 THEN DATE '1936-01-01' + (n * 31 + k * 977) % 25000 ELSE DATE '2009-01-01' + (n * 13 + k * 101) % 6200 END,
        CASE WHEN (n + k) % 2 = 0 THEN 'V' ELSE 'M' END
      FROM (SELECT h.*, k, (row_number() OVER (ORDER BY n, k) - 1)::int AS idx
        FROM bench_hh h, generate_series(0, 3) k WHERE k < h.size) p
      JOIN bench_bsn bsn ON bsn.idx = p.idx`);
    await client.query(`INSERT INTO household_members (id, municipality_code, household_id, person_id, relation, from_date)
      SELECT pg_temp.bid('a4', n * 4 + k), code, pg_temp.bid('a2', n), pg_temp.bid('a3', n * 4 + k),
        CASE k WHEN 0 THEN 'hoofd' WHEN 1 THEN 'partner' ELSE 'kind' END,
        GREATEST(DATE '2000-01-01' + n % 9000, CASE WHEN k < 2 THEN DATE '1936-01-01' + (n * 31 + k * 977) % 25000
          ELSE DATE '2009-01-01' + (n * 13 + k * 101) % 6200 END)
      FROM bench_hh h, generate_series(0, 3) k WHERE k < h.size`);
    await client.query('COMMIT');
    progress(`households ${Math.min(H, to + 1).toLocaleString('en-GB')} / ${H.toLocaleString('en-GB')}`);
  }

  // bench_team is the lookup of household number → municipality and team for signals and cases.
  await client.query(`CREATE UNIQUE INDEX ON bench_team (mi, half)`);
  await client.query('ANALYZE');

  // Signals: drop the secondary indexes for the bulk load and build them once afterwards (a sort per index instead
  // of ten million random inserts into each; measured about 3× faster here). The primary key stays: other tables
  // reference it.
  const { rows: indexDefs } = await client.query<{ name: string; def: string }>(`
    SELECT indexname AS name, indexdef AS def FROM pg_indexes
    WHERE schemaname = 'public' AND tablename = 'signals' AND indexname <> 'signals_pkey'`);
  await timed(progress, `signal cases`, async () => {
    await client.query(
      `INSERT INTO signal_cases (id, municipality_code, household_id, kind, team_id, opened_on, picked_up_on, closed_on, result)
      SELECT pg_temp.bid('a5', n), t.code, pg_temp.bid('a2', n), CASE WHEN n % 3 = 0 THEN 'intake' ELSE 'vroegsignaalzaak' END,
        t.team_id, $2::date - (n % 1800), CASE WHEN n % 10 < 9 THEN $2::date - (n % 1800) + 3 END,
        CASE WHEN n % 10 < 7 THEN $2::date - (n % 1800) + 60 END,
        CASE WHEN n % 10 < 7 THEN 'Schuldhulpverlening gestart' END
      FROM (SELECT DISTINCT (i::bigint * 48271 % $1::int)::int AS n FROM generate_series(0, $3::int - 1) i) s
      JOIN bench_team t ON t.mi = s.n / ${HOUSEHOLDS_PER_MUNICIPALITY} AND t.half = ((s.n % ${HOUSEHOLDS_PER_MUNICIPALITY}) % 10) / 5`,
      [H, today, Math.min(size.signals, 2 ** 31 - 1)],
    );
  });
  for (const idx of indexDefs) await client.query(`DROP INDEX ${idx.name}`);
  const chunk = 1_000_000;
  const started = performance.now();
  for (let from = 0; from < size.signals; from += chunk) {
    const to = Math.min(size.signals, from + chunk) - 1;
    await client.query(
      `INSERT INTO signals (id, municipality_code, kind, source, source_key, external_id, partner_type, category, crisis,
        amount_euros, signal_date, received_at, postcode, huisnummer, status, match_status, household_id, team_id,
        deadline, case_id, created_at)
      SELECT pg_temp.bid('a6', i), t.code, CASE WHEN i % 3 = 0 THEN 'zorgsignaal' ELSE 'vroegsignaal' END, 'ddas',
        'bench:' || i, 'B' || i, (ARRAY['Huur','Energie','Water','Zorg'])[1 + i % 4],
        CASE WHEN i % 3 = 0 THEN 'eenzaamheid' ELSE 'betalingsachterstand' END, i % 97 = 0,
        CASE WHEN i % 3 <> 0 THEN 50 + i % 2000 END, ($4::date - x.age), ($4::date - x.age) + time '09:00' + (i % 480) * interval '1 minute',
        (1000 + (t.mi * 37 + (x.n % ${HOUSEHOLDS_PER_MUNICIPALITY}) / 50) % 8990)::text
          || chr(65 + (x.n % ${HOUSEHOLDS_PER_MUNICIPALITY}) % 20) || chr(65 + ((x.n % ${HOUSEHOLDS_PER_MUNICIPALITY}) / 20) % 20),
        1 + (x.n % ${HOUSEHOLDS_PER_MUNICIPALITY}) % 250,
        CASE WHEN x.age <= 30 AND i % 5 < 2 THEN 'Nog niet opgepakt' WHEN i % 50 = 0 THEN 'Niet opgepakt: herhaalde melding'
          ELSE 'Opgepakt' END,
        'gematcht', pg_temp.bid('a2', x.n), t.team_id, ($4::date - x.age) + 14, pg_temp.bid('a5', x.n), now()
      FROM (SELECT i, (i::bigint * 48271 % $3::int)::int AS n, (i * 7) % 1825 AS age FROM generate_series($1::int, $2::int) i) x
      JOIN bench_team t ON t.mi = x.n / ${HOUSEHOLDS_PER_MUNICIPALITY} AND t.half = ((x.n % ${HOUSEHOLDS_PER_MUNICIPALITY}) % 10) / 5`,
      [from, to, H, today],
    );
    const done = to + 1;
    const rate = done / ((performance.now() - started) / 1000);
    progress(
      `signals ${done.toLocaleString('en-GB')} / ${size.signals.toLocaleString('en-GB')} (${Math.round(rate).toLocaleString('en-GB')}/s)`,
    );
  }
  await timed(progress, `signal indexes rebuilt (${indexDefs.length})`, async () => {
    for (const idx of indexDefs) await client.query(idx.def);
  });

  await seedCases(client, size, H, regisseursPerTeam, today, progress);
  return codes;
}

const PHASES = `ARRAY['aanmelding','aanmelding','veiligheidscheck','startgesprek','startgesprek','plan','plan','plan',
  'uitvoering','uitvoering','uitvoering','uitvoering','uitvoering','uitvoering','uitvoering','evaluatie','evaluatie',
  'afgesloten','afgesloten','afgesloten']`;
const ORDER = `ARRAY['aanmelding','veiligheidscheck','startgesprek','plan','uitvoering','evaluatie','afgesloten']`;

async function seedCases(
  client: pg.Client,
  size: SeedSize,
  H: number,
  regisseursPerTeam: number,
  today: string,
  progress: Progress,
) {
  const C = Math.min(size.cases, H);
  if (C === 0) return;
  const step = Math.floor(H / C);
  await timed(
    progress,
    `cases: ${C.toLocaleString('en-GB')} with regisseurs, transitions, plans, deadlines, provisions`,
    async () => {
      await client.query('BEGIN');
      await client.query(
        `CREATE TEMP TABLE bench_case ON COMMIT DROP AS
      SELECT k, n, pg_temp.bid('a7', k) AS id, t.code, t.team_id, t.mi, t.half, (${PHASES})[1 + k % 20] AS phase,
        array_position(${ORDER}, (${PHASES})[1 + k % 20]) - 1 AS pi, $3::date - (30 + (k * 13) % 700) AS opened_on,
        pg_temp.bid('a2', n) AS household_id, pg_temp.bid('a3', n * 4) AS head_id
      FROM (SELECT k, k * $2::int AS n FROM generate_series(0, $1::int - 1) k) c
      JOIN bench_team t ON t.mi = c.n / ${HOUSEHOLDS_PER_MUNICIPALITY} AND t.half = ((c.n % ${HOUSEHOLDS_PER_MUNICIPALITY}) % 10) / 5`,
        [C, step, today],
      );
      await client.query(`INSERT INTO cases (id, municipality_code, household_id, team_id, phase, lifecycle_version, opened_on,
        closed_on, last_evaluated_on, created_at)
      SELECT id, code, household_id, team_id, phase, 1, opened_on,
        CASE WHEN phase = 'afgesloten' THEN opened_on + 25 END,
        CASE WHEN phase = 'evaluatie' THEN opened_on + 20 WHEN phase = 'uitvoering' AND k % 3 = 0 THEN opened_on + 15 END,
        opened_on + time '09:00'
      FROM bench_case`);
      // One transition per phase passed: creation, then each step, spread over the first 25 days.
      await client.query(`INSERT INTO case_transitions (case_id, from_phase, to_phase, lifecycle_version, reason, at)
      SELECT id, CASE WHEN s = 0 THEN NULL ELSE (${ORDER})[s] END,
        CASE WHEN s = pi THEN phase ELSE (${ORDER})[s + 1] END, 1, 'Bench', opened_on + s * 4 + time '10:00'
      FROM bench_case, generate_series(0, 6) s WHERE s <= pi`);
      // Regisseur: one of the team's bench regisseurs for 19 of 20 open cases; closed cases had one.
      await client.query(`INSERT INTO case_regisseurs (case_id, user_id, status, accepted_at, ended_at, reason)
      SELECT c.id, u.user_id, CASE WHEN c.phase = 'afgesloten' THEN 'beeindigd' ELSE 'actief' END,
        c.opened_on + time '11:00', CASE WHEN c.phase = 'afgesloten' THEN c.opened_on + 25 + time '12:00' END, 'Bench'
      FROM bench_case c
      JOIN bench_user u ON u.team_id = c.team_id
        AND u.k = (c.k / 2) % ${regisseursPerTeam}
      WHERE c.k % 40 <> 1`);
      await client.query(`INSERT INTO case_team_members (case_id, user_id, organisation_id, role, law, joined_on)
      SELECT c.id, u.user_id, pg_temp.bid('c1', c.mi), 'jeugdconsulent', 'jeugdwet', c.opened_on + 5
      FROM bench_case c JOIN bench_user u ON u.team_id = c.team_id AND u.k = ((c.k / 2) + 1) % ${regisseursPerTeam}
      WHERE c.k % 10 = 0 AND c.phase <> 'afgesloten'`);
      // Plan versions (1-3) from phase plan on, with two goals in the residents' words; an agreement on version 1.
      await client.query(`INSERT INTO plan_versions (case_id, version, content, saved_at)
      SELECT c.id, v, jsonb_build_object(
          'situation', jsonb_build_object('network', 'Een zus in de buurt.', 'strengths', 'Komt afspraken na.',
            'worries', 'Achterstand bij de huur.', 'earlierHelp', 'Geen.'),
          'goals', jsonb_build_array(
            jsonb_build_object('id', pg_temp.bid('b1', c.k), 'domain', 'financien',
              'text', 'Ik wil mijn huur weer op tijd betalen.', 'personId', c.head_id, 'transition18', false,
              'actions', jsonb_build_array(jsonb_build_object('id', pg_temp.bid('b3', c.k),
                'description', 'Overzicht van de rekeningen maken', 'owner',
                jsonb_build_object('kind', 'organisatie', 'name', 'Schuldhulp'), 'dueOn', c.opened_on + 40,
                'status', CASE WHEN v > 1 THEN 'klaar' ELSE 'open' END))),
            jsonb_build_object('id', pg_temp.bid('b2', c.k), 'domain', 'sociaal_netwerk',
              'text', 'Ik wil vaker mensen zien.', 'personId', c.head_id, 'transition18', false,
              'actions', jsonb_build_array(jsonb_build_object('id', pg_temp.bid('b4', c.k),
                'description', 'Mee-eten in het buurthuis', 'owner',
                jsonb_build_object('kind', 'persoon', 'name', 'Bewoner'), 'dueOn', NULL, 'status', 'open'))))),
        c.opened_on + 10 + v * 3 + time '14:00'
      FROM bench_case c, generate_series(1, 3) v WHERE c.pi >= 3 AND v <= 1 + c.k % 3`);
      await client.query(`INSERT INTO plan_agreements (case_id, plan_version, agreed_on, how, recorded_at)
      SELECT id, 1, opened_on + 14, 'mondeling', opened_on + 14 + time '15:00' FROM bench_case WHERE pi >= 4`);
      await client.query(
        `INSERT INTO case_deadlines (case_id, municipality_code, kind, started_on, due_on, basis, met_on)
      SELECT c.id, c.code, (ARRAY['wgs_eerste_gesprek','wgs_besluit','wmo_onderzoek','wmo_beschikking','awb_beslistermijn'])[1 + c.k % 5],
        d.started, d.started + 42, jsonb_build_object('rule', 'Wmo 2015 art. 2.3.2 lid 1', 'amount', 6, 'unit', 'weken',
          'explanation', 'Bench'), CASE WHEN c.pi >= 4 THEN d.started + 30 END
      FROM bench_case c CROSS JOIN LATERAL (SELECT CASE WHEN c.pi < 4 THEN $1::date - (c.k % 50) ELSE c.opened_on END AS started) d
      WHERE c.k % 2 = 0 AND c.phase <> 'afgesloten'`,
        [today],
      );
      await client.query(`INSERT INTO provisions (id, municipality_code, household_id, person_id, law, product, start_date,
        end_date, status, decided_on, legal_basis, case_id, extent, goal_ids)
      SELECT pg_temp.bid('a8', c.k * 2 + l), c.code, c.household_id, c.head_id,
        (ARRAY['wmo','jeugdwet','participatiewet'])[1 + (c.k + l) % 3],
        (ARRAY['huishoudelijke-ondersteuning','ambulante-jeugdhulp','bijzondere-bijstand'])[1 + (c.k + l) % 3],
        c.opened_on + 20, c.opened_on + 385, 'toegekend', c.opened_on + 18, 'Bench', c.id, NULL,
        jsonb_build_array(pg_temp.bid('b1', c.k))
      FROM bench_case c, generate_series(0, 1) l WHERE c.pi >= 4 AND l <= c.k % 2`);
      await client.query('COMMIT');
    },
  );
}
