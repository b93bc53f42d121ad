import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../../test/helpers/app.ts';
import type { Tx } from '../../../context.ts';
import { type BatchTarget, stageSignals } from '../import/import.repo.ts';
import type { SignalRow } from '../import/signal-row.ts';
import { STAGE_TABLE } from './batch.ts';
import { insertSignal, openCase, replaceRules, setSettings, teamIds } from './flow-test-support.ts';
import { processSignals } from './process.ts';
import { ensureStage, matchStaged, settleStaged, unstageStored, writeStaged } from './stage.ts';
import { STATUS } from './statuses.ts';

/**
 * The batch import decides everything in the staging table and writes each signal once (stage.ts); a form or API
 * signal is inserted and then taken through processSignals by id. Both must end the same. The same batch goes
 * through both paths on the same database (each in a transaction that is rolled back), against earlier signals that
 * exercise every step: matching by BSN and address, no match, thresholds (below the amount, too few signals, and an
 * earlier signal revived), repeats within the batch and against an open case, routing with a crisis rule, bundling
 * into a new and an existing case, deadlines and retention.
 */

type Resident = {
  bsn: string;
  household_id: string;
  postcode: string;
  huisnummer: number;
  geboortedatum: string | null;
};

class Rollback extends Error {
  constructor(readonly value: unknown) {
    super('rollback');
  }
}

describe('staged batch pipeline', () => {
  let t: TestApp;
  let residents: Resident[];
  let target: BatchTarget;
  let earlier: string[];

  before(async () => {
    t = await createTestApp({ households: 60 });
    const db = t.database.db;
    const found = await db.execute<Resident>(sql`
      SELECT DISTINCT ON (h.id) p.bsn, h.id AS household_id, a.postcode, a.huisnummer, p.geboortedatum::text
      FROM persons p JOIN household_members m ON m.person_id = p.id AND m.to_date IS NULL
      JOIN households h ON h.id = m.household_id AND h.ended_on IS NULL JOIN addresses a ON a.id = h.address_id
      WHERE p.municipality_code = 'GM9901' AND p.overlijdensdatum IS NULL AND p.geboortedatum IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.household_id = h.id)
        AND (SELECT count(*) FROM households o WHERE o.address_id = a.id) = 1
      ORDER BY h.id, p.bsn`);
    residents = found.rows;
    assert.ok(residents.length >= 10, 'the demo seed has households without signals');
    const teams = await teamIds(db);
    await replaceRules(db, [
      { priority: 1, crisisOnly: true, teamId: teams.schuldhulp },
      { priority: 5, areaCode: 'WK990101', teamId: teams.noord },
      { priority: 9, teamId: teams.loket },
    ]);
    await setSettings(db, {
      thresholds: {
        Water: { minAmountEuros: 0, minSignals: 2 },
        Zorg: { minAmountEuros: 100, minSignals: 1 },
      },
    });
    const r = residents;
    // Earlier, committed: a Water signal that was too few on its own, and an open case with an Energie signal.
    const caseId = await openCase(db, r[5]!.household_id, 'vroegsignaalzaak', 5);
    earlier = [
      await insertSignal(db, {
        householdId: r[4]!.household_id,
        partnerType: 'Water',
        status: STATUS.unfounded,
        daysAgo: 10,
        sourceKey: 'test:earlier-water',
      }),
      await insertSignal(db, {
        householdId: r[5]!.household_id,
        partnerType: 'Energie',
        caseId,
        daysAgo: 5,
        sourceKey: 'test:earlier-energie',
      }),
    ];
    const { rows } = await db.execute<{ id: string }>(sql`INSERT INTO signal_imports
      (municipality_code, format, file_name, file_sha256, size_bytes, status, started_at)
      VALUES ('GM9901', 'ddas', 'vergelijk.json', 'vergelijk', 1, 'bezig', ${t.ctx().now}) RETURNING id`);
    target = {
      importId: rows[0]!.id,
      municipalityCode: 'GM9901',
      source: 'ddas',
      receivedAt: t.ctx().now,
      today: '2026-11-23',
    };
  });
  after(() => t.close());

  /** The batch: distinct signal dates, so "earlier" never depends on the (random) ids. */
  function batch(): SignalRow[] {
    const r = residents;
    let n = 0;
    const row = (
      partnerType: SignalRow['partnerType'],
      subject: Partial<SignalRow>,
      extra: Partial<SignalRow> = {},
    ) => {
      n++;
      return {
        row: n,
        externalId: `V-${n}`,
        partnerType,
        signalDate: `2026-11-${String(n).padStart(2, '0')}`,
        arrearsSince: '2026-09-01',
        amountEuros: 250,
        crisis: false,
        warmeOverdracht: false,
        bsn: null,
        birthDate: null,
        gender: null,
        postcode: null,
        huisnummer: null,
        huisletter: null,
        huisnummertoevoeging: null,
        ...subject,
        ...extra,
      } satisfies SignalRow;
    };
    const address = (x: Resident, birth = true) => ({
      postcode: x.postcode,
      huisnummer: x.huisnummer,
      birthDate: birth ? x.geboortedatum : null,
    });
    return [
      row('Energie', { bsn: r[0]!.bsn }), // opens a case
      row('Energie', { bsn: r[0]!.bsn }), // a repeat of the one before, in the same batch
      row('Huur', { bsn: r[0]!.bsn }), // joins the same new case
      row('Water', { bsn: r[1]!.bsn }), // too few Water signals: onterecht
      row('Water', { bsn: r[4]!.bsn }), // the second Water signal: revives the earlier one
      row('Energie', { bsn: r[5]!.bsn }), // joins the open case, as a repeat
      row('Zorg', { bsn: r[2]!.bsn }, { amountEuros: 50 }), // below the minimum amount
      row('Huur', { bsn: r[3]!.bsn }, { crisis: true }), // crisis: the crisis rule and term
      row('Energie', address(r[6]!)), // address and birth date
      row('Hypotheek', address(r[7]!, false)), // address only, one household there
      row('Energie', { bsn: '999990019' }), // not a resident
      row('Energie', { postcode: '9999ZZ', huisnummer: 1 }), // nobody lives there
      row('Energie', { bsn: r[8]!.bsn }, { amountEuros: null, signalDate: null }),
    ];
  }

  /** Every signal of the run and the earlier ones; a case is shown by the signals on it, as ids differ per run. */
  async function snapshot(tx: Tx) {
    const { rows } = await tx.execute<Record<string, unknown>>(sql`
      SELECT s.source_key, s.match_status, s.person_id, s.household_id, s.match, s.status, s.team_id,
        s.routing_rule_id, s.crisis, s.urgency, s.deadline::text, s.retention_until::text, s.signal_date::text,
        c.kind AS case_kind, c.team_id AS case_team, c.opened_on::text AS case_opened, c.household_id AS case_household,
        (SELECT string_agg(o.source_key, ',' ORDER BY o.source_key) FROM signals o WHERE o.case_id = s.case_id)
          AS case_signals
      FROM signals s LEFT JOIN signal_cases c ON c.id = s.case_id
      WHERE s.import_id = ${target.importId} OR s.id = ANY(${sql.param(earlier)}::uuid[])
      ORDER BY s.source_key`);
    const cases = await tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM signal_cases`);
    return { signals: rows, cases: cases.rows[0]!.n };
  }

  async function rolledBack<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      await t.database.db.transaction(async (tx) => {
        throw new Rollback(await fn(tx));
      });
    } catch (error) {
      if (error instanceof Rollback) return error.value as T;
      throw error;
    }
    throw new Error('unreachable');
  }

  test('a batch staged and written once ends as the same signals sent by id', async () => {
    const staged = await rolledBack(async (tx) => {
      await ensureStage(tx);
      await stageSignals(tx, target, batch());
      await matchStaged(tx);
      await settleStaged(tx);
      assert.equal(await writeStaged(tx), batch().length);
      return snapshot(tx);
    });
    const perRow = await rolledBack(async (tx) => {
      await ensureStage(tx);
      await stageSignals(tx, target, batch());
      await matchStaged(tx);
      await settleStaged(tx);
      await writeStaged(tx, { perRow: true });
      return snapshot(tx);
    });
    assert.deepEqual(staged, perRow, 'foreign keys checked per batch or per row: the same signals');
    const byId = await rolledBack(async (tx) => {
      await ensureStage(tx);
      await stageSignals(tx, target, batch());
      const inserted = await tx.execute<{ id: string }>(
        sql`INSERT INTO signals SELECT * FROM ${sql.identifier(STAGE_TABLE)} RETURNING id`,
      );
      await processSignals(
        t.ctx(),
        tx,
        inserted.rows.map((r) => r.id),
      );
      return snapshot(tx);
    });
    assert.deepEqual(staged, byId);

    // The comparison covers every outcome, so it cannot pass on a batch where nothing happens.
    const statuses = new Set(staged.signals.map((s) => s.status));
    for (const status of [STATUS.waiting, STATUS.repeat, STATUS.unfounded, STATUS.notResident]) {
      assert.ok(statuses.has(status), `some signal is "${status}"`);
    }
    const revived = staged.signals.find((s) => s.source_key === 'test:earlier-water');
    assert.equal(revived?.status, STATUS.waiting, 'the earlier Water signal is revived');
    assert.ok(revived?.case_signals, 'and joins a case with the new one');
    const joined = staged.signals.find((s) => s.source_key === 'platform:V-6');
    assert.equal(joined?.case_signals, 'platform:V-6,test:earlier-energie', 'V-6 joins the open case');
    assert.equal(
      staged.signals.find((s) => s.source_key === 'platform:V-1')?.case_signals,
      'platform:V-1,platform:V-2,platform:V-3',
    );
    assert.ok(staged.signals.some((s) => s.match_status === 'gematcht' && s.source_key === 'platform:V-9'));
    assert.ok(staged.signals.some((s) => s.crisis === true && s.team_id));
  });

  test('a signal another import stored after staging leaves the stage once the batch holds the lock', async () => {
    const left = await rolledBack(async (tx) => {
      await ensureStage(tx);
      await stageSignals(tx, target, batch());
      await tx.execute(sql`INSERT INTO signals (municipality_code, kind, source, source_key, category, signal_date,
        received_at, postcode) VALUES ('GM9901', 'vroegsignaal', 'ddas', 'platform:V-4', 'betalingsachterstand',
        '2026-11-04', ${t.ctx().now}, '9999ZZ')`);
      const removed = await unstageStored(tx, 'GM9901');
      const keys = await tx.execute<{ source_key: string }>(
        sql`SELECT source_key FROM ${sql.identifier(STAGE_TABLE)} ORDER BY import_row`,
      );
      return { removed, keys: keys.rows.map((r) => r.source_key) };
    });
    assert.equal(left.removed, 1);
    assert.deepEqual(
      left.keys,
      batch()
        .map((r) => `platform:${r.externalId}`)
        .filter((k) => k !== 'platform:V-4'),
    );
  });

  test('a signal already stored is not staged again', async () => {
    const count = await rolledBack(async (tx) => {
      await ensureStage(tx);
      await stageSignals(tx, target, batch());
      await matchStaged(tx);
      await settleStaged(tx);
      await writeStaged(tx);
      return stageSignals(tx, target, batch());
    });
    assert.equal(count, 0);
  });
});
