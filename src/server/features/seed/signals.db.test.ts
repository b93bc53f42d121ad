import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.ts';
import { inTransaction } from '../../context.ts';
import { signals } from '../../db/schema/index.ts';
import { processSignals } from '../signals/pipeline/process.ts';

describe('demo signals and the whole pipeline', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ households: 60 });
  });
  after(() => t.close());

  test('the demo has routing rules and about sixty processed signals on the right teams', async () => {
    const db = t.database.db;
    const rules = await db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM routing_rules WHERE municipality_code = 'GM9901' AND active`);
    assert.equal(rules.rows[0]!.n, 11);
    const { rows } = await db.execute<{
      match_status: string;
      status: string;
      kind: string;
      team: string | null;
      wijk: string | null;
      cased: boolean;
    }>(sql`
      SELECT s.match_status, s.status, s.kind, t.name AS team, a.wijk_code AS wijk, s.case_id IS NOT NULL AS cased
      FROM signals s LEFT JOIN teams t ON t.id = s.team_id
      LEFT JOIN households h ON h.id = s.household_id LEFT JOIN addresses a ON a.id = h.address_id
      WHERE s.source_key LIKE 'demo:%'`);
    assert.equal(rows.length, 60);
    const count = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length;
    assert.ok(count((r) => r.match_status === 'gematcht') >= 30, 'most are matched');
    assert.ok(count((r) => r.match_status === 'te_beoordelen') > 0, 'the review queue is not empty');
    assert.equal(
      count((r) => r.match_status === 'geen_match'),
      3,
    );
    assert.ok(count((r) => r.status === 'Niet opgepakt: herhaalde melding') >= 1, 'repeats are marked');
    const settled = rows.filter((r) => r.match_status === 'gematcht' && r.status !== 'Inwoner is overleden');
    for (const r of settled) {
      assert.ok(r.cased, 'every matched signal is on a case');
      if (r.kind === 'vroegsignaal') assert.match(r.team ?? '', /^Schuldhulp Delta/);
      else
        assert.equal(
          r.team,
          ['WK990101', 'WK990102', 'WK990103'].includes(r.wijk!) ? 'Wijkteam Noord' : 'Wijkteam Zuid',
        );
    }
    const crises = await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM signals WHERE crisis`);
    assert.ok(crises.rows[0]!.n >= 5, 'a few crises');
  });

  test('a new signal goes through matching and the flow in one transaction', async () => {
    const db = t.database.db;
    const { rows } = await db.execute<{ bsn: string; household_id: string }>(sql`
      SELECT p.bsn, m.household_id FROM persons p JOIN household_members m ON m.person_id = p.id AND m.to_date IS NULL
      JOIN households h ON h.id = m.household_id JOIN addresses a ON a.id = h.address_id
      WHERE a.wijk_code = 'WK990104' AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.household_id = h.id)
      ORDER BY p.bsn LIMIT 1`);
    const resident = rows[0]!;
    const ctx = t.ctx();
    const id = await inTransaction(ctx, async (tx) => {
      const [row] = await tx
        .insert(signals)
        .values({
          municipalityCode: 'GM9901',
          kind: 'zorgsignaal',
          source: 'formulier',
          sourceKey: 'test:e2e',
          category: 'eenzaamheid',
          signalDate: '2026-11-23',
          receivedAt: ctx.now,
          bsn: resident.bsn,
        })
        .returning({ id: signals.id });
      await processSignals(ctx, tx, [row!.id]);
      return row!.id;
    });
    const { rows: after } = await db.execute<{
      match_status: string;
      household_id: string;
      team: string;
      deadline: string;
      case_kind: string;
    }>(sql`
      SELECT s.match_status, s.household_id, t.name AS team, s.deadline::text, c.kind AS case_kind
      FROM signals s JOIN teams t ON t.id = s.team_id JOIN signal_cases c ON c.id = s.case_id WHERE s.id = ${id}`);
    assert.deepEqual(after[0], {
      match_status: 'gematcht',
      household_id: resident.household_id,
      team: 'Wijkteam Zuid',
      deadline: '2026-12-07',
      case_kind: 'intake',
    });
  });
});
