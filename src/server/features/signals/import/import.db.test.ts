import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../../test/helpers/app.ts';
import { importSignals } from './import.service.ts';
import { ddasDocument, levering, memoryFile, vroegsignaal } from './import-fixtures.ts';

/** The batch import end to end on the embedded database: rows, report, idempotency, resume. */

type Resident = { bsn: string; postcode: string; huisnummer: number };

describe('importSignals', () => {
  let t: TestApp;
  let residents: Resident[];

  before(async () => {
    t = await createTestApp({ households: 60 });
    const found = await t.database.db.execute<Resident>(sql`SELECT p.bsn, a.postcode, a.huisnummer
      FROM persons p JOIN household_members m ON m.person_id = p.id AND m.to_date IS NULL
      JOIN households h ON h.id = m.household_id JOIN addresses a ON a.id = h.address_id
      WHERE p.municipality_code = 'GM9901' ORDER BY p.bsn LIMIT 40`);
    residents = found.rows;
    assert.ok(residents.length >= 30, 'the demo seed has residents in GM9901');
  });
  after(() => t.close());

  const signalCount = async (prefix: string) =>
    Number(
      (
        await t.database.db.execute<{ n: string }>(
          sql`SELECT count(*) AS n FROM signals WHERE external_id LIKE ${`${prefix}%`}`,
        )
      ).rows[0]?.n,
    );
  const errorsOf = async (importId: string) =>
    (
      await t.database.db.execute<{ row: number; field: string; reason: string }>(
        sql`SELECT row, field, reason FROM signal_import_errors WHERE import_id = ${importId} ORDER BY row, field COLLATE "C"`,
      )
    ).rows;

  test('good, bad and duplicate rows: every good row kept, each bad one reported with row and field', async () => {
    const r = residents;
    const signals = [
      vroegsignaal('A-1', { burgerservicenummer: r[0]!.bsn }),
      vroegsignaal('A-2', { postcode: r[1]!.postcode, huisnummer: String(r[1]!.huisnummer) }),
      vroegsignaal('A-3', { burgerservicenummer: '999999991' }), // fails the 11-proof
      vroegsignaal('A-4', { burgerservicenummer: r[2]!.bsn }, { signaalpartner: { type: 'Telefoon' } }),
      vroegsignaal('A-5', { burgerservicenummer: r[3]!.bsn }, { signaaldatum: '2026-02-31' }),
      vroegsignaal('A-6', { burgerservicenummer: r[4]!.bsn }, { bedrag: -12 }),
      vroegsignaal('A-7', {}),
      vroegsignaal('A-8', { postcode: '12345', huisnummer: '3' }),
      vroegsignaal('A-1', { burgerservicenummer: r[0]!.bsn }), // the same ID again: a duplicate
      vroegsignaal('A-9', { burgerservicenummer: r[5]!.bsn }, { crisissignaal: true, bedrag: 1500 }),
    ];
    const file = memoryFile(JSON.stringify(ddasDocument([levering('GM9901', signals)])), 'ddas', {
      chunkSize: 97,
    });
    const report = await importSignals(t.ctx(), file, { municipality: 'GM9901', batchSize: 4 });
    assert.equal(report.status, 'klaar');
    assert.deepEqual(
      { gelezen: report.gelezen, nieuw: report.nieuw, dubbel: report.dubbel, afgekeurd: report.afgekeurd },
      { gelezen: 10, nieuw: 3, dubbel: 1, afgekeurd: 6 },
    );
    const errors = await errorsOf(report.importId);
    assert.deepEqual(
      errors.map((e) => [e.row, e.field]),
      [
        [3, 'client.burgerservicenummer'],
        [4, 'signaalpartner.type'],
        [5, 'signaaldatum'],
        [6, 'bedrag'],
        [7, 'client'],
        [8, 'client.postcode'],
      ],
    );
    assert.match(errors[0]!.reason, /elfproef.*signaal-ID "A-3"/);
    assert.match(errors[1]!.reason, /Onbekende soort signaalpartner/);
    assert.match(errors[2]!.reason, /Geen bestaande datum/);
    assert.match(errors[3]!.reason, /niet negatief/);
    assert.match(errors[4]!.reason, /geen BSN en geen adres/);
    for (const e of errors) assert.doesNotMatch(e.reason, /\d{9}/, 'no BSN in a reason');

    const stored = await t.database.db.execute<
      Record<string, unknown>
    >(sql`SELECT external_id, source, source_key,
      partner_type, crisis, urgency, amount_euros, signal_date::text AS signal_date, import_row, bsn, postcode,
      huisnummer, category, kind, status FROM signals WHERE import_id = ${report.importId} ORDER BY import_row`);
    assert.deepEqual(
      stored.rows.map((s) => [s.external_id, s.source_key, s.import_row]),
      [
        ['A-1', 'platform:A-1', 1],
        ['A-2', 'platform:A-2', 2],
        ['A-9', 'platform:A-9', 10],
      ],
    );
    const a9 = stored.rows[2]!;
    assert.equal(a9.crisis, true);
    assert.equal(a9.urgency, 'hoog');
    assert.equal(a9.amount_euros, 1500);
    assert.equal(a9.category, 'betalingsachterstand');
    assert.equal(a9.kind, 'vroegsignaal');
    assert.equal(a9.source, 'ddas');
    assert.equal(stored.rows[1]!.bsn, null);
    assert.equal(stored.rows[1]!.postcode, r[1]!.postcode.replace(' ', '').toUpperCase());

    // The same file again: nothing new, everything good is a duplicate, the same run row, same report.
    const again = await importSignals(t.ctx(), file, { municipality: 'GM9901', batchSize: 4 });
    assert.equal(again.importId, report.importId);
    assert.deepEqual(
      { gelezen: again.gelezen, nieuw: again.nieuw, dubbel: again.dubbel, afgekeurd: again.afgekeurd },
      { gelezen: 10, nieuw: 0, dubbel: 4, afgekeurd: 6 },
    );
    assert.equal(await signalCount('A-'), 3);
    assert.equal((await errorsOf(report.importId)).length, 6);

    // The same signals as CSV from the platform are the same signals.
    const csv = `\uFEFFID;Signaalpartner;Signaaldatum;BSN\r\nA-1;Energie;2-11-2026;${r[0]!.bsn}\r\nA-9;energie;02-11-2026;${r[5]!.bsn}\r\n`;
    const fromCsv = await importSignals(t.ctx(), memoryFile(csv, 'csv'), { municipality: 'GM9901' });
    assert.deepEqual([fromCsv.nieuw, fromCsv.dubbel, fromCsv.afgekeurd], [0, 2, 0]);

    const audit = await t.database.db.execute<{ details: Record<string, unknown> }>(sql`SELECT details
      FROM audit_log WHERE action = 'signal.import' AND resource_ids ? ${report.importId} ORDER BY chain_seq`);
    assert.equal(audit.rows.length, 2);
    assert.deepEqual(audit.rows[0]!.details, {
      formaat: 'ddas',
      status: 'klaar',
      hervat: false,
      gelezen: 10,
      nieuw: 3,
      dubbel: 1,
      afgekeurd: 6,
    });
  });

  test('rows of another municipality are rejected; a levering may name its gemeente after its signals', async () => {
    const r = residents;
    const late = {
      teller: 3,
      vroegsignalen: [vroegsignaal('L-1', { burgerservicenummer: r[10]!.bsn })],
      aanleverendeOrganisatie: { naam: 'Platform' },
      gemeentecode: 'GM9901',
    };
    const doc = ddasDocument([
      levering('GM9902', [vroegsignaal('O-1', { burgerservicenummer: r[8]!.bsn })], 1),
      levering('GM9901', [vroegsignaal('O-2', { burgerservicenummer: r[9]!.bsn })], 2),
      late,
    ]);
    doc.leveringen = [
      ...(doc.leveringen as unknown[]),
      { teller: 4, vroegsignalen: [vroegsignaal('L-2', {})] },
    ];
    const report = await importSignals(t.ctx(), memoryFile(JSON.stringify(doc), 'ddas'), {
      municipality: 'GM9901',
    });
    assert.deepEqual([report.gelezen, report.nieuw, report.afgekeurd], [4, 2, 2]);
    const errors = await errorsOf(report.importId);
    assert.deepEqual(
      errors.map((e) => [e.row, e.field]),
      [
        [0, 'leveringen[3].aanleverendeOrganisatie'],
        [0, 'leveringen[3].gemeentecode'],
        [1, 'gemeentecode'],
        [4, 'gemeentecode'],
      ],
    );
    assert.match(errors[2]!.reason, /gemeente GM9902; alleen leveringen voor GM9901/);
    assert.equal(await signalCount('O-'), 1);
    assert.equal(await signalCount('L-'), 1);
  });

  test('an import killed half-way, run again, ends with exactly the right signals and counts', async () => {
    const signals = residents
      .slice(0, 30)
      .map((p, i) =>
        i % 10 === 9
          ? vroegsignaal(`K-${i}`, { burgerservicenummer: '123456789' })
          : vroegsignaal(`K-${i}`, { burgerservicenummer: p.bsn }),
      );
    const text = JSON.stringify(ddasDocument([levering('GM9901', signals)]), null, 1);
    const broken = memoryFile(text, 'ddas', { chunkSize: 512, failAfterBytes: Math.floor(text.length / 2) });
    const first = await importSignals(t.ctx(), broken, { municipality: 'GM9901', batchSize: 4 });
    assert.equal(first.status, 'mislukt');
    assert.match(first.melding ?? '', /opnieuw in/);
    assert.ok(first.gelezen > 0 && first.gelezen < 30, `stopped half-way (${first.gelezen})`);
    assert.equal(first.gelezen % 4, 0, 'only whole batches are committed');
    const committed = await signalCount('K-');
    assert.equal(committed, first.nieuw);
    // A kill between a batch's insert and its pipeline transaction leaves stored, unmatched signals.
    await t.database.db.execute(sql`UPDATE signals SET match_status = 'open', match = NULL, person_id = NULL,
      household_id = NULL, case_id = NULL, team_id = NULL, routing_rule_id = NULL, deadline = NULL
      WHERE source_key IN ('platform:K-0', 'platform:K-1')`);

    const whole = memoryFile(text, 'ddas', { chunkSize: 512 });
    assert.equal(whole.sha256, broken.sha256);
    const second = await importSignals(t.ctx(), whole, { municipality: 'GM9901', batchSize: 4 });
    assert.equal(second.importId, first.importId);
    assert.equal(second.hervat, true);
    assert.equal(second.status, 'klaar');
    assert.deepEqual(
      { gelezen: second.gelezen, nieuw: second.nieuw, dubbel: second.dubbel, afgekeurd: second.afgekeurd },
      { gelezen: 30, nieuw: 27, dubbel: 0, afgekeurd: 3 },
    );
    assert.equal(await signalCount('K-'), 27);
    const unsettled = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM signals
      WHERE source_key LIKE 'platform:K-%' AND (match_status = 'open' OR (household_id IS NOT NULL AND case_id IS NULL))`);
    assert.equal(unsettled.rows[0]!.n, 0, 'the resumed run settled the signals the kill left unmatched');
    assert.deepEqual(
      (await errorsOf(second.importId)).map((e) => e.row),
      [10, 20, 30],
    );
    const status = await t.database.db.execute<{ status: string; bytes_done: number; size_bytes: number }>(
      sql`SELECT status, bytes_done, size_bytes FROM signal_imports WHERE id = ${second.importId}`,
    );
    assert.equal(status.rows[0]!.status, 'klaar');
    assert.equal(Number(status.rows[0]!.bytes_done), Number(status.rows[0]!.size_bytes));
  });

  test('batches written two at a time still bundle a household into one case and count every row once', async () => {
    // Five households, each with a signal in every batch of two rows: with the next batch matched while the one
    // before settles (on PostgreSQL on two connections), a household must still get exactly one case.
    const households = (
      await t.database.db.execute<{ bsn: string }>(sql`SELECT DISTINCT ON (m.household_id) p.bsn
        FROM persons p JOIN household_members m ON m.person_id = p.id AND m.to_date IS NULL
        WHERE p.municipality_code = 'GM9901' AND p.overlijdensdatum IS NULL
          AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.household_id = m.household_id)
        ORDER BY m.household_id, p.bsn LIMIT 5`)
    ).rows;
    assert.equal(households.length, 5);
    const signals = [0, 1, 2].flatMap((round) =>
      households.map((p, i) =>
        vroegsignaal(
          `P-${round}-${i}`,
          { burgerservicenummer: p.bsn },
          {
            signaalpartner: { type: ['Energie', 'Water', 'Huur'][round] },
          },
        ),
      ),
    );
    signals.push(vroegsignaal('P-0-0', { burgerservicenummer: households[0]!.bsn })); // a repeat, batches later
    const text = JSON.stringify(ddasDocument([levering('GM9901', signals)]));
    const report = await importSignals(t.ctx(), memoryFile(text, 'ddas'), {
      municipality: 'GM9901',
      batchSize: 2,
      parallel: 2,
    });
    assert.deepEqual(
      { status: report.status, gelezen: report.gelezen, nieuw: report.nieuw, dubbel: report.dubbel },
      { status: 'klaar', gelezen: 16, nieuw: 15, dubbel: 1 },
    );
    const cases = await t.database.db.execute<{ signals: number; cases: number }>(sql`
      SELECT count(*)::int AS signals, count(DISTINCT s.case_id)::int AS cases FROM signals s
      WHERE s.external_id LIKE 'P-%' GROUP BY s.household_id ORDER BY 1`);
    assert.deepEqual(
      cases.rows,
      households.map(() => ({ signals: 3, cases: 1 })),
    );
    const stored = await t.database.db.execute<{ rows_read: number; rows_new: number }>(
      sql`SELECT rows_read, rows_new FROM signal_imports WHERE id = ${report.importId}`,
    );
    assert.deepEqual(stored.rows[0], { rows_read: 16, rows_new: 15 });
  });

  test('CSV: Dutch formats, BOM, quotes; line numbers with header = 1', async () => {
    const r = residents;
    const csv = [
      'id;SIGNAALPARTNER;signaaldatum;ontstaansdatum;bedrag;crisissignaal;warme overdracht;bsn;geboortedatum;geslacht;postcode;huisnummer;huisnummertoevoeging',
      `C-1;Huur;1-2-2026;15-12-2025;"1.234,56";ja;n;${r[20]!.bsn};;;;;`,
      `C-2;Water;01-02-2026;;€ 12;0;1;;3-4-1980;V;${r[21]!.postcode};${r[21]!.huisnummer}a;"2 ""hoog"""`,
      'C-3;Water;31-02-2026;;12;nee;nee;;;;1234AB;3;',
      'C-4;Zorg;01-02-2026;;-5;misschien;nee;;;;;;',
      'C-5;Huur;01-02-2026;;12;nee;nee;;;;1234AB;;',
      'C-6;Huur;01-02-2026;;12;nee;nee;;;;1234AB',
    ].join('\n');
    const report = await importSignals(t.ctx(), memoryFile(`\uFEFF${csv}\n`, 'csv', { chunkSize: 33 }), {
      municipality: 'GM9901',
    });
    assert.deepEqual([report.gelezen, report.nieuw, report.afgekeurd], [6, 2, 4]);
    const errors = await errorsOf(report.importId);
    assert.deepEqual(
      errors.map((e) => [e.row, e.field]),
      [
        [4, 'Signaaldatum'],
        [5, 'BSN'],
        [5, 'Bedrag'],
        [5, 'Crisissignaal'],
        [6, 'Huisnummer'],
        [7, '(rij)'],
      ],
    );
    const stored = await t.database.db.execute<Record<string, unknown>>(sql`SELECT external_id, amount_euros,
      crisis, warme_overdracht, signal_date::text AS signal_date, arrears_since::text AS arrears_since,
      birth_date::text AS birth_date, gender, huisletter, huisnummertoevoeging, import_row, source
      FROM signals WHERE import_id = ${report.importId} ORDER BY import_row`);
    assert.deepEqual(stored.rows, [
      {
        external_id: 'C-1',
        amount_euros: 1235,
        crisis: true,
        warme_overdracht: false,
        signal_date: '2026-02-01',
        arrears_since: '2025-12-15',
        birth_date: null,
        gender: null,
        huisletter: null,
        huisnummertoevoeging: null,
        import_row: 2,
        source: 'csv',
      },
      {
        external_id: 'C-2',
        amount_euros: 12,
        crisis: false,
        warme_overdracht: true,
        signal_date: '2026-02-01',
        arrears_since: null,
        birth_date: '1980-04-03',
        gender: 'Vrouw',
        huisletter: 'A',
        huisnummertoevoeging: '2 "hoog"',
        import_row: 3,
        source: 'csv',
      },
    ]);
  });

  test('a file that is not valid JSON stops the run with a Dutch message', async () => {
    const text =
      '{"startdatumLevering": "2026-11-01", "leveringen": [ {"gemeentecode": "GM9901", "vroegsignalen": [ {"ID": }';
    const report = await importSignals(t.ctx(), memoryFile(text, 'ddas'), { municipality: 'GM9901' });
    assert.equal(report.status, 'mislukt');
    assert.match(report.melding ?? '', /geen geldige JSON \(regel 1/);
  });

  test('an unknown municipality is refused before anything is written', async () => {
    await assert.rejects(
      importSignals(t.ctx(), memoryFile('{}', 'ddas'), { municipality: 'GM0001' }),
      /GM0001 is niet bekend/,
    );
  });
});
