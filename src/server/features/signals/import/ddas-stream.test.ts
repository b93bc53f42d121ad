import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DdasFileError, DdasScanner, type DdasSignal, streamVroegsignalen } from './ddas-stream.ts';
import { ddasDocument, levering, vroegsignaal } from './import-fixtures.ts';

/** The streaming DDAS reader: whatever the chunking, the same signals in the same order, and nothing else kept. */

const tricky = vroegsignaal('T-"1"\\}]', {
  postcode: '1234 AB',
  huisnummer: '12',
  huisnummertoevoeging: 'ë{[',
});
const doc = {
  ...ddasDocument([
    levering('GM9901', [vroegsignaal('A-1', { burgerservicenummer: '999990019' }), tricky]),
    {
      vroegsignaalzaken: [{ resultaat: 'Opgepakt', vroegsignalen: [{ ID: 'Z-1' }], contactpogingen: [] }],
      gemeentecode: 'GM9902',
      teller: 2,
      aanleverendeOrganisatie: { naam: 'Platform "Noord"' },
      vroegsignalen: [vroegsignaal('B-1', { burgerservicenummer: '999990020' })],
    },
  ]),
};

function scanAll(text: string, chunkSize: number) {
  const scanner = new DdasScanner();
  const out: DdasSignal[] = [];
  for (let at = 0; at < text.length; at += chunkSize)
    scanner.push(text.slice(at, at + chunkSize), (s) => out.push(s));
  scanner.end();
  return { out, envelope: scanner.envelope };
}

describe('DdasScanner', () => {
  test('emits every vroegsignaal across any chunk boundary, with position, levering and gemeentecode', () => {
    for (const text of [JSON.stringify(doc), `\uFEFF${JSON.stringify(doc, null, 2)}\n`]) {
      for (const size of [1, 2, 3, 7, 64, 1000, text.length]) {
        const { out, envelope } = scanAll(text, size);
        assert.deepEqual(
          out.map((s) => [s.position, s.levering, s.gemeentecode, (s.value as { ID: string }).ID]),
          [
            [1, 0, 'GM9901', 'A-1'],
            [2, 0, 'GM9901', tricky.ID],
            [3, 1, 'GM9902', 'B-1'],
          ],
          `chunk size ${size}`,
        );
        assert.deepEqual(out[1]!.value, tricky);
        assert.equal(envelope.leveringen.length, 2);
        assert.deepEqual(envelope.leveringen[1]!.members.aanleverendeOrganisatie, {
          naam: 'Platform "Noord"',
        });
        assert.equal(envelope.leveringen[1]!.members.vroegsignaalzaken, undefined, 'cases are skipped');
        assert.equal(envelope.members.codeGegevensleverancier, 'TEST');
        assert.equal(envelope.hasLeveringen, true);
      }
    }
  });

  test('a gemeentecode after the signals is not known to them (the import reads such a levering twice)', () => {
    const late = JSON.stringify({
      leveringen: [{ vroegsignalen: [vroegsignaal('X', {})], gemeentecode: 'GM9901' }],
    });
    const { out, envelope } = scanAll(late, 5);
    assert.equal(out[0]!.gemeentecode, undefined);
    assert.equal(envelope.leveringen[0]!.members.gemeentecode, 'GM9901');
  });

  test('unknown members are passed over and named, not kept', () => {
    const text = JSON.stringify({
      extra: { big: [1, 2, 3] },
      leveringen: [{ gemeentecode: 'GM9901', x: 'y' }],
    });
    const { envelope } = scanAll(text, 4);
    assert.deepEqual(envelope.unknown, ['extra']);
    assert.deepEqual(envelope.leveringen[0]!.unknown, ['x']);
    assert.equal(envelope.members.extra, undefined);
  });

  test('broken JSON is a DdasFileError with line and column, in Dutch', () => {
    assert.throws(() => scanAll('', 10), /Het bestand is leeg/);
    assert.throws(
      () => scanAll('[1]', 10),
      (e: unknown) => e instanceof DdasFileError && /verwacht "\{"/.test(e.message),
    );
    assert.throws(
      () => scanAll('{"leveringen": [{"vroegsignalen": [{"ID": "a"}', 10),
      /houdt halverwege op \(na 1 vroegsignalen\)/,
    );
    assert.throws(
      () => scanAll('{\n"leveringen": [{"vroegsignalen": [{"ID": tru}]}]}', 3),
      /regel 2.*leveringen\[0\]\.vroegsignalen\[0\] is geen geldige JSON/,
    );
    assert.throws(() => scanAll('{} x', 10), /tekst na het einde/);
  });

  test('a value over 1 MiB is refused instead of being held', () => {
    const huge = `{"leveringen": [{"vroegsignalen": [{"ID": "${'x'.repeat(1.1 * 2 ** 20)}"}]}]}`;
    assert.throws(() => scanAll(huge, 65536), /groter dan 1 MiB/);
  });
});

describe('streamVroegsignalen', () => {
  test('reports the bytes read with each signal', async () => {
    const text = JSON.stringify(doc);
    async function* chunks() {
      for (let at = 0; at < text.length; at += 100) yield { text: text.slice(at, at + 100), bytes: 100 };
    }
    const seen = [];
    for await (const list of streamVroegsignalen(chunks())) for (const s of list) seen.push(s.bytesDone);
    assert.equal(seen.length, 3);
    assert.ok(seen[0]! > 0 && seen[0]! <= seen[2]!);
  });
});
