import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../../test/helpers/app.ts';
import { STATUS } from '../../signals/pipeline/statuses.ts';
import { runDestruction } from './destruction.ts';
import { CASE_CHILD_TABLES } from './household-cases.ts';
import {
  type Cast,
  caseRowCounts,
  castOf,
  closedCase,
  consent,
  exists,
  freshHousehold,
  importReport,
} from './retention-test-support.ts';

/**
 * A hand-made world on 2026-11-23 (the pinned clock) with default terms: for every category one item whose last
 * day was yesterday (destroyed) and one whose last day is today (kept), plus legal holds and the Jeugdwet rule.
 */
describe('destruction run', () => {
  let t: TestApp;
  let cast: Cast;
  const ids: Record<string, string> = {};
  before(async () => {
    t = await createTestApp({ households: 20 });
    const db = t.database.db;
    cast = await castOf(db);
    // Only the world below: the demo's own signals, cases and imports are tested elsewhere.
    for (const table of ['signal_match_decisions', 'signals', 'signal_contact_attempts', 'signal_cases'])
      await db.execute(sql`DELETE FROM ${sql.identifier(table)}`);

    const matched = (await freshHousehold(db)).householdId;
    const signal = async (name: string, fields: { status?: string; household?: boolean; until: string }) => {
      const { rows } = await db.execute<{ id: string }>(sql`
        INSERT INTO signals (municipality_code, kind, source, source_key, category, signal_date, received_at, bsn,
          name, postcode, huisnummer, status, match_status, household_id, retention_until)
        VALUES ('GM9901', 'vroegsignaal', 'ddas', ${`test:${name}`}, 'betalingsachterstand', '2026-05-01',
          '2026-05-01T10:00:00Z', '999990019', 'P. Bewaar', '9999ZZ', 1, ${fields.status ?? STATUS.waiting},
          ${fields.household ? 'gematcht' : 'geen_match'}, ${fields.household ? matched : null}, ${fields.until})
        RETURNING id`);
      ids[name] = rows[0]!.id;
    };
    await signal('unmatchedGone', { until: '2026-11-22' });
    await signal('unmatchedKept', { until: '2026-11-23' });
    await signal('notPickedUpGone', { household: true, status: STATUS.unfounded, until: '2026-11-22' });
    await signal('notPickedUpKept', { household: true, status: STATUS.unfounded, until: '2026-11-23' });
    await signal('pickedUpGone', { household: true, status: STATUS.pickedUp, until: '2027-11-22' });
    await signal('pickedUpKept', { household: true, status: STATUS.pickedUp, until: '2026-11-23' });
    // "pickedUpGone" expires through its closed vroegsignaalzaak, below; this one through its own date.
    await signal('pickedUpOwnDateGone', { household: true, status: STATUS.pickedUp, until: '2026-11-22' });
    for (const name of ['unmatchedGone', 'pickedUpOwnDateGone', 'pickedUpKept']) {
      await db.execute(sql`
        INSERT INTO signal_match_decisions (signal_id, decision, decided_at) VALUES (${ids[name]}, 'afgewezen', now())`);
    }
    const signalCase = async (name: string, until: string, signalName: string) => {
      const { rows } = await db.execute<{ id: string }>(sql`
        INSERT INTO signal_cases (municipality_code, household_id, kind, opened_on, picked_up_on, closed_on,
          result, retention_until)
        VALUES ('GM9901', ${matched}, 'vroegsignaalzaak', '2025-01-01', '2025-01-02', '2025-05-22',
          'Schuldhulpverlening', ${until}) RETURNING id`);
      ids[name] = rows[0]!.id;
      await db.execute(sql`
        INSERT INTO signal_contact_attempts (case_id, municipality_code, soort, bereikt, datum)
        VALUES (${ids[name]}, 'GM9901', 'Telefoon', true, '2025-01-03')`);
      await db.execute(sql`UPDATE signals SET case_id = ${ids[name]} WHERE id = ${ids[signalName]}`);
    };
    await signalCase('signalCaseGone', '2026-11-22', 'pickedUpGone');
    await signalCase('signalCaseKept', '2026-11-23', 'pickedUpKept');

    // Closed cases: 24 months after closing, a Jeugdwet case 240 months.
    const c = async (name: string, spec: Parameters<typeof closedCase>[2]) => {
      const made = await closedCase(db, cast, spec);
      ids[name] = made.caseId;
      ids[`${name}.person`] = made.personId;
      ids[`${name}.household`] = made.householdId;
      ids[`${name}.signalCase`] = made.signalCaseId;
    };
    await c('caseGone', { closedOn: '2024-11-22' });
    await c('caseKept', { closedOn: '2024-11-23' });
    await c('jeugdwetGone', { closedOn: '2006-11-22', jeugdwet: true });
    await c('jeugdwetKept', { closedOn: '2006-11-23', jeugdwet: true });
    await c('threeYearsJeugdwet', { closedOn: '2023-11-23', jeugdwet: true });
    await c('threeYearsPlain', { closedOn: '2023-11-23' });
    await c('heldByCase', { closedOn: '2015-01-01' });
    await c('heldByHousehold', { closedOn: '2015-01-01' });
    await db.execute(sql`
      INSERT INTO legal_holds (municipality_code, case_id, reason, placed_at)
      VALUES ('GM9901', ${ids.heldByCase}, 'Rechtszaak loopt', '2026-01-01T10:00:00Z')`);
    await db.execute(sql`
      INSERT INTO legal_holds (municipality_code, household_id, reason, placed_at)
      VALUES ('GM9901', ${ids['heldByHousehold.household']}, 'Klacht bij de ombudsman', '2026-01-01T10:00:00Z')`);
    await db.execute(sql`
      INSERT INTO signals (municipality_code, kind, source, source_key, category, signal_date, received_at, bsn,
        match_status, household_id, retention_until)
      VALUES ('GM9901', 'vroegsignaal', 'ddas', 'test:held', 'betalingsachterstand', '2020-01-01',
        '2020-01-01T10:00:00Z', '999990019', 'gematcht', ${ids['heldByHousehold.household']}, '2020-07-01')`);

    // Import reports: 6 months after the import ended (Amsterdam date).
    const gone = await importReport(db, '2026-05-22T12:00:00Z');
    const kept = await importReport(db, '2026-05-23T12:00:00Z');
    Object.assign(ids, {
      importGone: gone.importId,
      importGoneSignal: gone.signalId,
      importKept: kept.importId,
      importKeptSignal: kept.signalId,
    });

    // Withdrawn consents go 24 months after withdrawal once the person has no case data.
    const loner = (await freshHousehold(db)).personId;
    ids.consentGone = await consent(db, cast, loner, '2024-11-22');
    ids.consentKept = await consent(db, cast, loner, '2024-11-23');
    ids.consentGiven = await consent(db, cast, loner, null);
    ids.consentWithCase = await consent(db, cast, ids['caseKept.person']!, '2010-01-01');
  });
  after(() => t.close());

  let first: Awaited<ReturnType<typeof runDestruction>>;

  test('the expired item of every category is gone from every table; the one on its last day stays', async () => {
    const db = t.database.db;
    first = await runDestruction(t.ctx());
    for (const name of ['unmatchedGone', 'notPickedUpGone', 'pickedUpGone', 'pickedUpOwnDateGone'])
      assert.equal(await exists(db, 'signals', ids[name]!), false, name);
    for (const name of [
      'unmatchedKept',
      'notPickedUpKept',
      'pickedUpKept',
      'importGoneSignal',
      'importKeptSignal',
    ])
      assert.equal(await exists(db, 'signals', ids[name]!), true, name);
    const decisions = await db.execute<{ signal_id: string }>(
      sql`SELECT signal_id FROM signal_match_decisions`,
    );
    assert.deepEqual(
      decisions.rows.map((r) => r.signal_id),
      [ids.pickedUpKept],
    );
    assert.equal(await exists(db, 'signal_cases', ids.signalCaseGone!), false);
    assert.equal(await exists(db, 'signal_cases', ids.signalCaseKept!), true);
    const attempts = await db.execute<{ case_id: string }>(sql`SELECT case_id FROM signal_contact_attempts`);
    assert.deepEqual(
      attempts.rows.map((r) => r.case_id),
      [ids.signalCaseKept],
    );

    const everything = Object.fromEntries(
      [...CASE_CHILD_TABLES, 'cases', 'signal_cases_linked'].map((k) => [k, 1]),
    );
    const nothing = Object.fromEntries(Object.keys(everything).map((k) => [k, 0]));
    for (const name of ['caseGone', 'jeugdwetGone', 'threeYearsPlain']) {
      assert.deepEqual(await caseRowCounts(db, ids[name]!), nothing, `${name} is gone from every table`);
      // The signal case keeps its own term; only its link to the destroyed case is gone.
      assert.equal(await exists(db, 'signal_cases', ids[`${name}.signalCase`]!), true);
    }
    for (const name of ['caseKept', 'jeugdwetKept', 'threeYearsJeugdwet'])
      assert.deepEqual(await caseRowCounts(db, ids[name]!), everything, `${name} is kept whole`);

    const imports = await db.execute<{ id: string }>(sql`SELECT id FROM signal_imports`);
    assert.deepEqual(
      imports.rows.map((r) => r.id),
      [ids.importKept],
    );
    const errors = await db.execute<{ import_id: string }>(
      sql`SELECT DISTINCT import_id FROM signal_import_errors`,
    );
    assert.deepEqual(
      errors.rows.map((r) => r.import_id),
      [ids.importKept],
    );
    const link = await db.execute<{ import_id: string | null }>(
      sql`SELECT import_id FROM signals WHERE id = ${ids.importGoneSignal}`,
    );
    assert.equal(link.rows[0]!.import_id, null, 'the signal of a destroyed report loses the link only');

    assert.equal(await exists(db, 'consents', ids.consentGone!), false);
    for (const name of ['consentKept', 'consentGiven', 'consentWithCase'])
      assert.equal(await exists(db, 'consents', ids[name]!), true, name);
  });

  test('an active legal hold keeps an expired case, on the case or on its household (with its signals)', async () => {
    const db = t.database.db;
    const whole = await caseRowCounts(db, ids.heldByCase!);
    assert.equal(whole.cases, 1);
    assert.equal(whole.provisions, 1);
    assert.equal(whole.legal_holds, 2, 'the lifted hold of the fixture and the active one');
    assert.equal((await caseRowCounts(db, ids.heldByHousehold!)).cases, 1);
    const held = await db.execute(sql`SELECT 1 FROM signals WHERE source_key = 'test:held'`);
    assert.equal(held.rows.length, 1, 'the expired signal of a held household stays');
  });

  test('destruction records and the audit row hold counts, rules and dates only', async () => {
    const db = t.database.db;
    const regiedam = first.municipalities.find((m) => m.municipalityCode === 'GM9901')!;
    assert.deepEqual(regiedam.counts, {
      signaal_niet_gekoppeld: 1,
      signaal_niet_opgepakt: 1,
      signaal_opgepakt: 2,
      vroegsignaalzaak_afgesloten: 1,
      casus_afgesloten: 2,
      jeugdwet_dossier: 1,
      importverslag: 1,
      toestemming_ingetrokken: 1,
    });
    const { rows } = await db.execute<Record<string, unknown>>(sql`
      SELECT category, count, rule, cutoff::text AS cutoff FROM destruction_records
      WHERE run_id = ${first.runId} AND municipality_code = 'GM9901' ORDER BY category`);
    assert.equal(rows.length, 8);
    const byCategory = Object.fromEntries(rows.map((r) => [r.category, r]));
    assert.deepEqual(byCategory.casus_afgesloten, {
      category: 'casus_afgesloten',
      count: 2,
      rule: '24 maanden na het afsluiten van de casus',
      cutoff: '2026-11-23',
    });
    assert.equal(byCategory.jeugdwet_dossier!.rule, '240 maanden na het afsluiten van de casus');
    // No ids, no names, no BSNs, no addresses in any record of the run.
    const text = JSON.stringify(rows);
    for (const id of Object.values(ids)) assert.ok(!text.includes(id), 'no id in the records');
    assert.doesNotMatch(text, /9999\d{5}|Bewaar|9999ZZ|[0-9a-f]{8}-[0-9a-f]{4}-/);

    const audit = await db.execute<{ resource_ids: string[]; details: Record<string, unknown> }>(sql`
      SELECT resource_ids, details FROM audit_log WHERE action = 'retention.destroy' AND municipality_code = 'GM9901'`);
    assert.equal(audit.rows.length, 1);
    assert.deepEqual(audit.rows[0]!.resource_ids, [first.runId]);
    const details = JSON.stringify(audit.rows[0]!.details);
    for (const id of Object.values(ids)) assert.ok(!details.includes(id), 'no id in the audit row');
  });

  test('a second run destroys nothing and records zeros for every category', async () => {
    const db = t.database.db;
    const before = await db.execute<{ n: number }>(sql`
      SELECT ((SELECT count(*) FROM signals) + (SELECT count(*) FROM cases) + (SELECT count(*) FROM consents)
        + (SELECT count(*) FROM signal_imports) + (SELECT count(*) FROM provisions))::int AS n`);
    const second = await runDestruction(t.ctx());
    for (const m of second.municipalities)
      assert.ok(
        Object.values(m.counts).every((n) => n === 0),
        `${m.municipalityCode}: ${JSON.stringify(m.counts)}`,
      );
    const after = await db.execute<{ n: number }>(sql`
      SELECT ((SELECT count(*) FROM signals) + (SELECT count(*) FROM cases) + (SELECT count(*) FROM consents)
        + (SELECT count(*) FROM signal_imports) + (SELECT count(*) FROM provisions))::int AS n`);
    assert.equal(after.rows[0]!.n, before.rows[0]!.n);
    const records = await db.execute<{ n: number; zero: number }>(sql`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE count = 0)::int AS zero
      FROM destruction_records WHERE run_id = ${second.runId}`);
    assert.equal(records.rows[0]!.n, 8 * second.municipalities.length);
    assert.equal(records.rows[0]!.zero, records.rows[0]!.n);
  });

  test('lifting the hold lets the next run destroy the case; a shorter term destroys sooner', async () => {
    const db = t.database.db;
    await db.execute(sql`UPDATE legal_holds SET lifted_at = now(), lift_reason = 'Rechtszaak afgerond'
      WHERE case_id = ${ids.heldByCase} AND lifted_at IS NULL`);
    await db.execute(sql`
      INSERT INTO retention_terms (municipality_code, category, months, updated_at)
      VALUES ('GM9901', 'jeugdwet_dossier', 36, now())`);
    const run = await runDestruction(t.ctx());
    const regiedam = run.municipalities.find((m) => m.municipalityCode === 'GM9901')!;
    assert.equal((await caseRowCounts(db, ids.heldByCase!)).cases, 0);
    assert.equal(
      (await caseRowCounts(db, ids.heldByHousehold!)).cases,
      1,
      'the household hold is still active',
    );
    // 36 months: closed 2023-11-23 is kept through 2026-11-23; closed 2006 goes.
    assert.equal(await exists(db, 'cases', ids.threeYearsJeugdwet!), true);
    assert.equal(await exists(db, 'cases', ids.jeugdwetKept!), false);
    assert.deepEqual([regiedam.counts.casus_afgesloten, regiedam.counts.jeugdwet_dossier], [1, 1]);
  });
});
