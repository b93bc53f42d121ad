import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkCsvRow, readHeader, streamCsvRecords } from './csv-rows.ts';
import { checkVroegsignaal } from './ddas-schema.ts';
import { vroegsignaal } from './import-fixtures.ts';
import {
  bsnProblem,
  normalisePostcode,
  parseDutchAmount,
  parseDutchBoolean,
  parseDutchDate,
  parseHuisnummer,
  REASONS,
} from './signal-row.ts';

describe('Dutch field formats', () => {
  test('dates: dd-mm-jjjj, d-m-jjjj and ISO; impossible dates are refused', () => {
    assert.equal(parseDutchDate('31-01-2026'), '2026-01-31');
    assert.equal(parseDutchDate('1-2-2026'), '2026-02-01');
    assert.equal(parseDutchDate('01/02/2026'), '2026-02-01');
    assert.equal(parseDutchDate('2026-02-01'), '2026-02-01');
    assert.equal(parseDutchDate('31-02-2026'), null);
    assert.equal(parseDutchDate('29-02-2025'), null);
    assert.equal(parseDutchDate('29-02-2024'), '2024-02-29');
    assert.equal(parseDutchDate('2026-13-01'), null);
  });

  test('amounts: thousands points, decimal comma, euro sign; rounded to whole euros; negative refused', () => {
    assert.deepEqual(parseDutchAmount('1.234,56'), { euros: 1235 });
    assert.deepEqual(parseDutchAmount('€ 12'), { euros: 12 });
    assert.deepEqual(parseDutchAmount('€12,49'), { euros: 12 });
    assert.deepEqual(parseDutchAmount('12,50'), { euros: 13 });
    assert.deepEqual(parseDutchAmount('12'), { euros: 12 });
    assert.deepEqual(parseDutchAmount('1.000.000'), { euros: 1000000 });
    assert.deepEqual(parseDutchAmount('-5'), { problem: REASONS.amountNegative });
    assert.deepEqual(parseDutchAmount('€ -5,00'), { problem: REASONS.amountNegative });
    assert.deepEqual(parseDutchAmount('twaalf'), { problem: REASONS.amountFormat });
  });

  test('booleans, BSN, postcode and huisnummer', () => {
    for (const yes of ['ja', 'J', '1', 'true', 'TRUE']) assert.equal(parseDutchBoolean(yes), true);
    for (const no of ['nee', 'n', '0', 'false']) assert.equal(parseDutchBoolean(no), false);
    assert.equal(parseDutchBoolean(''), null);
    assert.equal(parseDutchBoolean('misschien'), 'invalid');
    assert.equal(bsnProblem('999990019'), null);
    assert.equal(bsnProblem('999990018'), REASONS.bsnElfproef);
    assert.equal(bsnProblem('12345'), REASONS.bsnFormat);
    assert.equal(normalisePostcode('1234 ab'), '1234AB');
    assert.equal(normalisePostcode('0123AB'), null);
    assert.equal(normalisePostcode('12345'), null);
    assert.deepEqual(parseHuisnummer('12a'), { huisnummer: 12, huisletter: 'A' });
    assert.equal(parseHuisnummer('0'), null);
    assert.equal(parseHuisnummer('12-14'), null);
  });
});

describe('checkVroegsignaal (Regie’s DDAS schema)', () => {
  const issues = (value: unknown) => {
    const r = checkVroegsignaal(value, 7);
    return r.ok ? [] : r.issues.map((i) => [i.row, i.field, i.reason]);
  };

  test('a good signal with a BSN or an address', () => {
    const bsn = checkVroegsignaal(vroegsignaal('1', { burgerservicenummer: '999990019' }), 1);
    assert.ok(bsn.ok && bsn.signal.bsn === '999990019' && bsn.signal.partnerType === 'Energie');
    const adres = checkVroegsignaal(
      vroegsignaal('2', {
        postcode: '1234 ab',
        huisnummer: '7b',
        huisnummertoevoeging: '2',
        geboortedatum: '1970-01-01',
      }),
      2,
    );
    assert.ok(adres.ok);
    assert.equal(adres.signal.postcode, '1234AB');
    assert.equal(adres.signal.huisnummer, 7);
    assert.equal(adres.signal.huisletter, 'B');
    assert.equal(adres.signal.birthDate, '1970-01-01');
  });

  test('each problem names the DDAS field and says why in Dutch, never the value', () => {
    assert.deepEqual(issues(vroegsignaal('1', { burgerservicenummer: '999990018' })), [
      [7, 'client.burgerservicenummer', REASONS.bsnElfproef],
    ]);
    assert.deepEqual(issues(vroegsignaal('1', {}, { signaalpartner: {} })), [
      [7, 'signaalpartner.type', REASONS.partnerMissing],
      [7, 'client', REASONS.noSubject],
    ]);
    assert.deepEqual(
      issues(vroegsignaal('1', { postcode: '1234AB' }, { bedrag: 12.5, ontstaansdatum: '2026-02-30' })),
      [
        [7, 'bedrag', REASONS.amountInteger],
        [7, 'ontstaansdatum', REASONS.isoDate],
        [7, 'client.huisnummer', REASONS.postcodeWithoutHuisnummer],
      ],
    );
    assert.deepEqual(issues({ ...vroegsignaal('', { burgerservicenummer: '999990019' }), kleur: 'rood' }), [
      [7, 'ID', REASONS.idMissing],
      [7, 'kleur', 'Onbekend veld: DDAS v1.2 kent dit veld niet.'],
    ]);
    assert.deepEqual(issues(vroegsignaal('1', { burgerservicenummer: '999990019', postcode: '1234AB' })), [
      [
        7,
        'client.postcode',
        'Volgens DDAS v1.2 bevat een client met een BSN alleen het BSN; laat de andere gegevens weg of stuur geen BSN.',
      ],
    ]);
    assert.deepEqual(
      issues(vroegsignaal('1', { burgerservicenummer: '999990019' }, { crisissignaal: 'ja' })),
      [[7, 'crisissignaal', 'Moet true of false zijn.']],
    );
    assert.deepEqual(issues({ ID: 'x', signaalpartner: { type: 'Huur' } }), [
      [7, 'client', REASONS.noSubject],
    ]);
  });
});

describe('CSV rows', () => {
  const header = readHeader(['ID', 'Signaalpartner', 'Bedrag', 'BSN', 'Postcode', 'Huisnummer']);

  test('header names are matched without case or spaces; unknown columns are named; required ones checked', () => {
    const h = readHeader(['\uFEFFid', 'SIGNAAL PARTNER', 'warme_overdracht', 'BSN', 'Opmerking']);
    assert.deepEqual(h.index, { ID: 0, Signaalpartner: 1, WarmeOverdracht: 2, BSN: 3 });
    assert.deepEqual(
      h.issues.map((i) => [i.row, i.field]),
      [[1, 'Opmerking']],
    );
    assert.throws(() => readHeader(['ID', 'BSN']), /mist de kolom Signaalpartner/);
    assert.throws(() => readHeader(['ID', 'Signaalpartner', 'Postcode']), /geen kolom BSN/);
  });

  test('row problems name the column and the line', () => {
    const r = checkCsvRow(['9', 'Gas', '-3', '', '', ''], 12, header);
    assert.ok(!r.ok);
    assert.deepEqual(
      r.issues.map((i) => [i.row, i.field, i.reason]),
      [
        [12, 'Signaalpartner', REASONS.partnerUnknown],
        [12, 'Bedrag', REASONS.amountNegative],
        [12, 'BSN', REASONS.noSubject],
      ],
    );
    const short = checkCsvRow(['9', 'Huur'], 3, header);
    assert.ok(!short.ok && short.issues[0]!.field === '(rij)');
  });

  test('streamed with BOM, quoted separators and quotes, CRLF, across tiny chunks', async () => {
    const text = '\uFEFFID;Signaalpartner;BSN\r\n"A;1";Huur;"999990019"\r\n\r\n"B ""2""";Zorg;999990020\r\n';
    const bytes = Buffer.from(text);
    async function* chunks() {
      for (let at = 0; at < bytes.length; at += 3) yield bytes.subarray(at, at + 3);
    }
    const records = [];
    for await (const r of streamCsvRecords(chunks())) records.push([r.line, r.cells]);
    assert.deepEqual(records, [
      [1, ['ID', 'Signaalpartner', 'BSN']],
      [2, ['A;1', 'Huur', '999990019']],
      [4, ['B "2"', 'Zorg', '999990020']],
    ]);
  });

  test('an unclosed quote is a CsvFileError naming the line', async () => {
    async function* chunks() {
      yield Buffer.from('ID;Signaalpartner;BSN\nA;"Huur;1\n');
    }
    await assert.rejects(async () => {
      for await (const _ of streamCsvRecords(chunks())) {
        // read all
      }
    }, /niet te lezen/);
  });
});
