import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../../test/helpers/app.ts';
import { runHousekeeping } from '../../auth/housekeeping.ts';
import { DEFAULT_SIGNAL_SETTINGS } from '../settings.ts';
import { householdIn, insertSignal, openCase } from './flow-test-support.ts';
import { retentionDate } from './retention.ts';

describe('retention of signals and closed cases', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ households: 20 });
  });
  after(() => t.close());

  test('retention dates count whole months from the given day', () => {
    assert.equal(retentionDate(DEFAULT_SIGNAL_SETTINGS, 'unmatched', '2026-11-23'), '2027-05-23');
    assert.equal(retentionDate(DEFAULT_SIGNAL_SETTINGS, 'pickedUp', '2026-11-23'), '2027-11-23');
    assert.equal(retentionDate(DEFAULT_SIGNAL_SETTINGS, 'closedCase', '2026-08-31'), '2028-03-01');
  });

  test('expired signals and closed cases go, with their contact attempts; an audit row holds counts only', async () => {
    const db = t.database.db;
    await db.execute(sql`DELETE FROM signals`);
    await db.execute(sql`DELETE FROM signal_cases`);
    const h = await householdIn(db);
    const expired = await insertSignal(db, { retentionUntil: '2026-11-22' });
    const lastDay = await insertSignal(db, { retentionUntil: '2026-11-23' });
    const noRetention = await insertSignal(db, { householdId: h.householdId });
    const closedExpired = await openCase(db, h.householdId, 'intake', 400, true);
    await db.execute(sql`UPDATE signal_cases SET retention_until = '2026-11-01' WHERE id = ${closedExpired}`);
    await db.execute(sql`
      INSERT INTO signal_contact_attempts (case_id, municipality_code, soort, bereikt, datum)
      VALUES (${closedExpired}, 'GM9901', 'Telefoon', true, '2025-10-20')`);
    const onClosedCase = await insertSignal(db, {
      householdId: h.householdId,
      caseId: closedExpired,
      retentionUntil: '2027-01-01',
    });
    const closedKept = await openCase(db, h.householdId, 'vroegsignaalzaak', 30, true);
    await db.execute(sql`UPDATE signal_cases SET retention_until = '2028-05-01' WHERE id = ${closedKept}`);
    const openWithoutRetention = await openCase(db, h.householdId, 'vroegsignaalzaak', 10);
    await db.execute(sql`
      INSERT INTO signal_match_decisions (signal_id, decision, decided_at) VALUES (${expired}, 'afgewezen', now())`);

    const run = await runHousekeeping(db, t.config, t.clock.now());
    assert.ok(run, 'the first housekeeping run destroys (there was no destruction run yet)');
    const left = await db.execute<{ id: string }>(sql`SELECT id FROM signals ORDER BY id`);
    assert.deepEqual(left.rows.map((r) => r.id).sort(), [lastDay, noRetention].sort());
    assert.ok(!left.rows.some((r) => r.id === expired || r.id === onClosedCase));
    const cases = await db.execute<{ id: string }>(sql`SELECT id FROM signal_cases`);
    assert.deepEqual(cases.rows.map((r) => r.id).sort(), [closedKept, openWithoutRetention].sort());
    const attempts = await db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM signal_contact_attempts`,
    );
    assert.equal(attempts.rows[0]!.n, 0);
    const decisions = await db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM signal_match_decisions`,
    );
    assert.equal(decisions.rows[0]!.n, 0);
    const regiedam = run.municipalities.find((m) => m.municipalityCode === 'GM9901')!;
    // `expired` was unmatched; the signal on the closed case counts as not picked up (it was never picked up).
    assert.equal(regiedam.counts.signaal_niet_gekoppeld, 1);
    assert.equal(regiedam.counts.signaal_niet_opgepakt, 1);
    assert.equal(regiedam.counts.vroegsignaalzaak_afgesloten, 1);
    assert.deepEqual(
      { attempts: regiedam.rows.signal_contact_attempts, decisions: regiedam.rows.signal_match_decisions },
      { attempts: 1, decisions: 1 },
    );

    const audit = await db.execute<{ resource_ids: string[]; details: { vernietigd: unknown } }>(sql`
      SELECT resource_ids, details FROM audit_log
      WHERE action = 'retention.destroy' AND municipality_code = 'GM9901'`);
    assert.equal(audit.rows.length, 1);
    assert.deepEqual(audit.rows[0]!.resource_ids, [run.runId], 'the run id only, no ids of signals or cases');

    t.clock.advanceMinutes(23 * 60);
    assert.equal(await runHousekeeping(db, t.config, t.clock.now()), null, 'within a day: no second run');
    t.clock.advanceMinutes(60);
    const next = await runHousekeeping(db, t.config, t.clock.now());
    assert.ok(next, 'a day after the last run, housekeeping destroys again');
    const nextRegiedam = next.municipalities.find((m) => m.municipalityCode === 'GM9901')!;
    assert.equal(
      Object.values(nextRegiedam.counts).reduce((a, b) => a + b, 0),
      1,
      'only the signal whose last day was yesterday goes',
    );
    assert.equal(nextRegiedam.counts.signaal_niet_gekoppeld, 1);
  });
});
