import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../../test/helpers/app.ts';
import { onTestDatabase } from '../../../../../test/helpers/cli.ts';
import { retentionCommand } from '../../../../cli/commands/retention.ts';
import { dateInAmsterdam } from '../../../lib/dates.ts';
import { DATA_CATEGORIES, RETENTION_CATEGORIES } from '../register/register.ts';
import { expiredBefore } from './cutoff.ts';

/** The register's categories that the destruction run ends (resident data with a retention term). */
const DESTROYED_CATEGORIES = [
  'signalen',
  'vroegsignaalzaken',
  'importverslagen',
  'casus_plan',
  'zelfredzaamheid',
  'voorzieningen_wmo',
  'voorzieningen_jeugdwet',
  'voorzieningen_participatiewet',
  'schuldhulp',
  'toestemming_delen',
];

const months = (code: string) => RETENTION_CATEGORIES.find((c) => c.code === code)!.defaultMonths;

/**
 * For every table of those categories: the rows that are past their term on `today` under the default terms,
 * written independently of the destruction code (from the register's terms and the rules in words).
 */
function expiredRows(today: string): Record<string, SQL> {
  const closedCase = expiredBefore(today, months('casus_afgesloten'));
  const jeugdwet = expiredBefore(today, months('jeugdwet_dossier'));
  const imports = expiredBefore(today, months('importverslag'));
  const expiredSignalCases = sql`SELECT id FROM signal_cases WHERE closed_on IS NOT NULL AND retention_until < ${today}::date`;
  const expiredSignals = sql`SELECT id FROM signals WHERE retention_until < ${today}::date
    OR case_id IN (${expiredSignalCases})`;
  const expiredCases = sql`SELECT c.id FROM cases c WHERE c.phase = 'afgesloten'
    AND c.closed_on < CASE WHEN EXISTS (SELECT 1 FROM provisions p WHERE p.case_id = c.id AND p.law = 'jeugdwet')
      THEN ${jeugdwet}::date ELSE ${closedCase}::date END`;
  const expiredImports = sql`SELECT id FROM signal_imports
    WHERE (coalesce(finished_at, started_at) AT TIME ZONE 'Europe/Amsterdam')::date < ${imports}::date`;
  const onExpiredCase = (table: string) =>
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE case_id IN (${expiredCases})`;
  return {
    signals: sql`SELECT count(*)::int AS n FROM (${expiredSignals}) s`,
    signal_match_decisions: sql`SELECT count(*)::int AS n FROM signal_match_decisions
      WHERE signal_id IN (${expiredSignals})`,
    signal_cases: sql`SELECT count(*)::int AS n FROM (${expiredSignalCases}) c`,
    signal_contact_attempts: sql`SELECT count(*)::int AS n FROM signal_contact_attempts
      WHERE case_id IN (${expiredSignalCases})`,
    signal_imports: sql`SELECT count(*)::int AS n FROM (${expiredImports}) i`,
    signal_import_errors: sql`SELECT count(*)::int AS n FROM signal_import_errors
      WHERE import_id IN (${expiredImports})`,
    cases: sql`SELECT count(*)::int AS n FROM (${expiredCases}) c`,
    case_transitions: onExpiredCase('case_transitions'),
    case_regisseurs: onExpiredCase('case_regisseurs'),
    case_team_members: onExpiredCase('case_team_members'),
    plan_versions: onExpiredCase('plan_versions'),
    plan_agreements: onExpiredCase('plan_agreements'),
    zrm_assessments: onExpiredCase('zrm_assessments'),
    case_deadlines: onExpiredCase('case_deadlines'),
    case_data_shares: onExpiredCase('case_data_shares'),
    provisions: onExpiredCase('provisions'),
    legal_holds: onExpiredCase('legal_holds'),
    consents: sql`SELECT count(*)::int AS n FROM consents k WHERE k.withdrawn_on < ${closedCase}::date
      AND NOT EXISTS (SELECT 1 FROM household_members hm JOIN cases c ON c.household_id = hm.household_id
        WHERE hm.person_id = k.person_id)`,
  };
}

describe('destruction on the demo data, 25 years on', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('every table of a destroyed category has an expiry rule here', () => {
    const tables = DATA_CATEGORIES.filter((c) => DESTROYED_CATEGORIES.includes(c.code)).flatMap(
      (c) => c.tables,
    );
    const rules = expiredRows('2026-11-23');
    for (const table of new Set(tables)) assert.ok(rules[table], `no expiry rule for ${table}`);
  });

  test('regie retention run --now leaves no expired row in any of them; open cases stay', async () => {
    const db = t.database.db;
    t.clock.current = new Date('2051-11-23T09:00:00Z');
    const today = dateInAmsterdam(t.clock.now());
    const rules = expiredRows(today);
    const count = async () => {
      const out: Record<string, number> = {};
      for (const [table, query] of Object.entries(rules))
        out[table] = (await db.execute<{ n: number }>(query)).rows[0]!.n;
      return out;
    };
    const before = await count();
    for (const table of ['signals', 'cases', 'case_transitions', 'case_regisseurs', 'plan_versions'])
      assert.ok(before[table]! > 0, `the demo has expired ${table} 25 years on (${before[table]})`);
    const openBefore = await db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM cases WHERE phase <> 'afgesloten'`,
    );

    const out: string[] = [];
    const err: string[] = [];
    const code = await retentionCommand(['run', '--now', t.clock.now().toISOString(), '--json'], {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      withDatabase: onTestDatabase(() => t.ctx()),
    });
    assert.equal(code, 0, err.join(''));
    const run = JSON.parse(out.join('')) as {
      today: string;
      municipalities: { counts: Record<string, number> }[];
    };
    assert.equal(run.today, '2051-11-23');
    const destroyed = run.municipalities.reduce(
      (sum, m) => sum + Object.values(m.counts).reduce((a, b) => a + b, 0),
      0,
    );
    assert.ok(destroyed > 0);

    const left = await count();
    assert.deepEqual(
      Object.entries(left).filter(([, n]) => n > 0),
      [],
      'no expired personal data anywhere',
    );
    const openAfter = await db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM cases WHERE phase <> 'afgesloten'`,
    );
    assert.equal(openAfter.rows[0]!.n, openBefore.rows[0]!.n, 'an open case has no term yet');
    const audit = await db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'retention.destroy'`,
    );
    assert.equal(audit.rows[0]!.n, run.municipalities.length, 'one audit row per municipality');
  });

  test('the command refuses a moment that is not one', async () => {
    const err: string[] = [];
    const code = await retentionCommand(['run', '--now', 'morgen'], {
      stdout: () => {},
      stderr: (text) => err.push(text),
      withDatabase: onTestDatabase(() => t.ctx()),
    });
    assert.equal(code, 2);
    assert.match(err.join(''), /--now moet een moment zijn/);
  });
});
