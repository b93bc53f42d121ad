import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { isValidBsn } from '../../../shared/bsn.ts';
import { addYearsMonths, dateInAmsterdam } from '../../lib/dates.ts';
import { addWorkingDays } from '../../lib/working-days.ts';
import { DEFAULT_CASE_SETTINGS } from '../deadlines/case-settings.ts';
import { PlanContentSchema } from '../plans/plan.schema.ts';

// The board's kinds in plain SQL, after the definitions in the board feature's README (not its code), for the scope
// of the team leader of Wijkteam Noord: the team's signals, cases and wijken.
const TEAM_CASES = sql`c.team_id IN (SELECT tm.team_id FROM team_members tm JOIN users u ON u.id = tm.user_id
  WHERE u.username = 'teamleider')`;
const TEAM_HOUSEHOLDS = sql`h.address_id IN (SELECT a.id FROM addresses a
  JOIN team_areas ta ON ta.area_code = a.wijk_code OR ta.area_code = a.buurt_code
  JOIN team_members tm ON tm.team_id = ta.team_id JOIN users u ON u.id = tm.user_id WHERE u.username = 'teamleider')`;

describe('demo household cases', () => {
  let t: TestApp;
  let today: string;
  let seedMs: number;
  before(async () => {
    const started = performance.now();
    t = await createTestApp({ households: 200 });
    seedMs = performance.now() - started;
    today = dateInAmsterdam(t.clock.now());
  });
  after(() => t.close());

  const count = async (query: ReturnType<typeof sql>) => {
    const { rows } = await t.database.db.execute<{ n: number }>(query);
    return rows[0]!.n;
  };

  test('about 25 open cases in every phase and a few closed ones, with their history', async () => {
    const { rows } = await t.database.db.execute<{ phase: string; n: number }>(sql`
      SELECT phase, count(*)::int AS n FROM cases WHERE municipality_code = 'GM9901' GROUP BY phase`);
    const byPhase = Object.fromEntries(rows.map((r) => [r.phase, r.n]));
    for (const phase of [
      'aanmelding',
      'veiligheidscheck',
      'startgesprek',
      'plan',
      'uitvoering',
      'evaluatie',
    ]) {
      assert.ok((byPhase[phase] ?? 0) >= 2, `phase ${phase} has cases`);
    }
    const open = rows.filter((r) => r.phase !== 'afgesloten').reduce((sum, r) => sum + r.n, 0);
    assert.equal(open, 25);
    assert.equal(byPhase.afgesloten, 3);
    // Every case starts with a creation row and its transitions end in the phase it is in.
    const broken = await count(sql`
      SELECT count(*)::int AS n FROM cases c WHERE
        (SELECT count(*) FROM case_transitions t WHERE t.case_id = c.id AND t.from_phase IS NULL) <> 1
        OR (SELECT t.to_phase FROM case_transitions t WHERE t.case_id = c.id ORDER BY t.at DESC LIMIT 1) <> c.phase`);
    assert.equal(broken, 0);
    console.log(`createTestApp with the whole demo seed: ${seedMs.toFixed(0)} ms`);
  });

  test('regisseurs: most cases led by Rana, two without one (one offered), one warm handover', async () => {
    const withoutActive = await count(sql`SELECT count(*)::int AS n FROM cases c WHERE c.phase <> 'afgesloten'
      AND NOT EXISTS (SELECT 1 FROM case_regisseurs r WHERE r.case_id = c.id AND r.status = 'actief')`);
    assert.equal(withoutActive, 2);
    const rana =
      await count(sql`SELECT count(*)::int AS n FROM case_regisseurs r JOIN users u ON u.id = r.user_id
      JOIN cases c ON c.id = r.case_id WHERE u.username = 'regisseur' AND r.status = 'actief'`);
    assert.ok(rana >= 18, `Rana leads most cases (${rana})`);
    const handovers =
      await count(sql`SELECT count(*)::int AS n FROM case_regisseurs o WHERE o.status = 'aangeboden'
      AND EXISTS (SELECT 1 FROM case_regisseurs a WHERE a.case_id = o.case_id AND a.status = 'actief')`);
    assert.equal(handovers, 1);
    const offeredWithoutActive = await count(sql`SELECT count(*)::int AS n FROM case_regisseurs o
      WHERE o.status = 'aangeboden'
      AND NOT EXISTS (SELECT 1 FROM case_regisseurs a WHERE a.case_id = o.case_id AND a.status = 'actief')`);
    assert.equal(offeredWithoutActive, 1);
    // Only people with role regisseur lead or are offered a case.
    const notRegisseur = await count(sql`SELECT count(*)::int AS n FROM case_regisseurs r WHERE NOT EXISTS
      (SELECT 1 FROM user_roles ur WHERE ur.user_id = r.user_id AND ur.role = 'regisseur')`);
    assert.equal(notRegisseur, 0);
    // The second regisseur can sign in with the demo password.
    await signedIn(t, 'regisseur2');
  });

  test('case team members of another organisation under Wgs and Jeugdwet', async () => {
    const { rows } = await t.database.db.execute<{ law: string; organisation: string; n: number }>(sql`
      SELECT m.law, o.name AS organisation, count(*)::int AS n FROM case_team_members m
      JOIN organisations o ON o.id = m.organisation_id GROUP BY m.law, o.name ORDER BY m.law`);
    assert.ok(rows.some((r) => r.law === 'wgs' && r.organisation === 'Kredietbank Delta'));
    assert.ok(rows.some((r) => r.law === 'jeugdwet'));
  });

  test('plans are valid PlanContent with 2-3 versions on some cases and agreements', async () => {
    const { rows } = await t.database.db.execute<{ case_id: string; version: number; content: unknown }>(
      sql`SELECT case_id, version, content FROM plan_versions ORDER BY case_id, version`,
    );
    for (const r of rows) {
      const parsed = PlanContentSchema.safeParse(r.content);
      assert.ok(parsed.success, `plan ${r.case_id} v${r.version}: ${parsed.error?.message}`);
    }
    const versions = new Map<string, number>();
    for (const r of rows) versions.set(r.case_id, Math.max(versions.get(r.case_id) ?? 0, r.version));
    assert.ok([...versions.values()].filter((v) => v >= 3).length >= 3, 'some plans have three versions');
    assert.ok(
      (await count(sql`SELECT count(*)::int AS n FROM plan_agreements a JOIN plan_versions v
        ON v.case_id = a.case_id AND v.version = a.plan_version`)) >= 5,
    );
    const zrmTrend = await count(sql`SELECT count(*)::int AS n FROM (SELECT person_id FROM zrm_assessments
      GROUP BY case_id, person_id HAVING count(DISTINCT assessed_on) >= 2) x`);
    assert.ok(zrmTrend >= 3, 'some adults have two ZRM dates');
    const laws = await t.database.db.execute<{ law: string }>(sql`
      SELECT DISTINCT law FROM provisions WHERE case_id IS NOT NULL AND jsonb_array_length(goal_ids) > 0`);
    assert.deepEqual(laws.rows.map((r) => r.law).sort(), ['jeugdwet', 'participatiewet', 'wgs', 'wmo']);
  });

  test('deadlines computed by the engine: at risk, overdue, met and suspended', async () => {
    const { rows } = await t.database.db.execute<{ state: string; n: number }>(sql`
      SELECT CASE WHEN met_on IS NOT NULL THEN 'gehaald'
        WHEN suspensions @> '[{"to": null}]' THEN 'opgeschort'
        WHEN due_on < ${today}::date THEN 'verlopen'
        WHEN due_on <= ${addWorkingDays(today, 5)}::date THEN 'risico' ELSE 'lopend' END AS state,
        count(*)::int AS n FROM case_deadlines GROUP BY 1`);
    const states = Object.fromEntries(rows.map((r) => [r.state, r.n]));
    for (const state of ['lopend', 'risico', 'verlopen', 'gehaald', 'opgeschort']) {
      assert.ok((states[state] ?? 0) >= 1, `a deadline that is ${state}`);
    }
    const noBasis = await count(sql`SELECT count(*)::int AS n FROM case_deadlines
      WHERE basis->>'rule' IS NULL OR basis->>'explanation' IS NULL OR (basis->>'amount')::int < 1`);
    assert.equal(noBasis, 0);
  });

  test('the signals board shows each of its six kinds to the team leader of Noord', async () => {
    const { riskMarginWorkingDays, evaluationIntervalMonths, transitionWindowMonths } =
      DEFAULT_CASE_SETTINGS.board;
    const margin = addWorkingDays(today, riskMarginWorkingDays);
    const kinds: Record<string, number> = {
      signaal_niet_opgepakt: await count(sql`SELECT count(*)::int AS n FROM signals s
        WHERE s.team_id IN (SELECT tm.team_id FROM team_members tm JOIN users u ON u.id = tm.user_id
          WHERE u.username = 'teamleider')
        AND s.status = 'Nog niet opgepakt' AND s.deadline < ${today}::date`),
      geen_regisseur: await count(sql`SELECT count(*)::int AS n FROM cases c WHERE c.phase <> 'afgesloten'
        AND ${TEAM_CASES}
        AND NOT EXISTS (SELECT 1 FROM case_regisseurs r WHERE r.case_id = c.id AND r.status = 'actief')`),
      termijn_risico:
        await count(sql`SELECT count(*)::int AS n FROM case_deadlines d JOIN cases c ON c.id = d.case_id
        WHERE c.phase <> 'afgesloten' AND ${TEAM_CASES} AND d.met_on IS NULL
        AND d.due_on >= ${today}::date AND d.due_on <= ${margin}::date`),
      termijn_verlopen: await count(sql`SELECT count(*)::int AS n FROM case_deadlines d
        JOIN cases c ON c.id = d.case_id
        WHERE c.phase <> 'afgesloten' AND ${TEAM_CASES} AND d.met_on IS NULL AND d.due_on < ${today}::date`),
      geen_gedeeld_plan: await count(sql`SELECT count(*)::int AS n FROM households h WHERE ${TEAM_HOUSEHOLDS}
        AND (SELECT count(DISTINCT p.law) FROM provisions p WHERE p.household_id = h.id AND p.law <> 'overig'
          AND p.status = 'toegekend' AND p.start_date <= ${today}::date
          AND (p.end_date IS NULL OR p.end_date >= ${today}::date)) >= 2
        AND NOT EXISTS (SELECT 1 FROM cases c JOIN plan_versions v ON v.case_id = c.id
          WHERE c.household_id = h.id AND c.phase <> 'afgesloten')`),
      overgang_18: await count(sql`SELECT count(*)::int AS n FROM persons pe
        JOIN provisions p ON p.person_id = pe.id AND p.law = 'jeugdwet' AND p.status = 'toegekend'
          AND p.start_date <= ${today}::date AND (p.end_date IS NULL OR p.end_date >= ${today}::date)
        JOIN households h ON h.id = p.household_id
        WHERE (${TEAM_HOUSEHOLDS} OR h.id IN (SELECT c.household_id FROM cases c
            WHERE c.phase <> 'afgesloten' AND ${TEAM_CASES}))
          AND pe.geboortedatum > ${addYearsMonths(today, -18)}::date
          AND pe.geboortedatum <= ${addYearsMonths(today, -18, transitionWindowMonths)}::date
          AND NOT EXISTS (SELECT 1 FROM cases c
            JOIN LATERAL (SELECT v.content FROM plan_versions v WHERE v.case_id = c.id
              ORDER BY v.version DESC LIMIT 1) latest ON true
            CROSS JOIN LATERAL jsonb_array_elements(latest.content->'goals') g
            WHERE c.household_id = h.id AND c.phase <> 'afgesloten' AND (g->>'transition18')::boolean
              AND (g->>'personId' IS NULL OR g->>'personId' = pe.id::text))`),
      niet_geevalueerd: await count(sql`SELECT count(*)::int AS n FROM cases c
        WHERE c.phase IN ('uitvoering', 'evaluatie') AND ${TEAM_CASES}
        AND COALESCE(c.last_evaluated_on, (SELECT min(t.at)::date FROM case_transitions t
          WHERE t.case_id = c.id AND t.to_phase = 'uitvoering'))
          < ${addYearsMonths(today, 0, -evaluationIntervalMonths)}::date`),
    };
    for (const [kind, n] of Object.entries(kinds)) assert.ok(n >= 1, `board kind ${kind} on the demo data`);
    // And the young person with a transition goal in the latest plan is not flagged: one of the two is left.
    const youngWithCare = await count(sql`SELECT count(DISTINCT pe.id)::int AS n FROM persons pe
      JOIN provisions p ON p.person_id = pe.id AND p.law = 'jeugdwet'
      WHERE pe.geboortedatum > ${addYearsMonths(today, -18)}::date
        AND pe.geboortedatum <= ${addYearsMonths(today, -18, transitionWindowMonths)}::date`);
    assert.ok(kinds.overgang_18! < youngWithCare || youngWithCare === 1);
  });

  test('every BSN in the demo is in the 999 test range and passes the 11-proof', async () => {
    const { rows } = await t.database.db.execute<{ bsn: string }>(sql`
      SELECT bsn FROM persons UNION SELECT bsn FROM signals WHERE bsn IS NOT NULL`);
    assert.ok(rows.length > 400);
    const bad = rows.filter((r) => !r.bsn.startsWith('999') || !isValidBsn(r.bsn));
    assert.deepEqual(bad, []);
  });
});
