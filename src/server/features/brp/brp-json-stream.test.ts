import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BrpFileError, streamPersonen } from './brp-json-stream.ts';

async function* chunked(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function readAll(text: string, size = 7) {
  const out: unknown[] = [];
  for await (const value of streamPersonen(chunked(text, size))) out.push(value);
  return out;
}

const document = {
  personen: [
    { burgerservicenummer: '999990019', naam: { geslachtsnaam: 'Bakker \\ "de" [x] {y}' }, leeftijd: 40 },
    { burgerservicenummer: '999990020', partners: [], kinderen: [{ a: [1, 2, { b: null }] }] },
    {},
  ],
  extra: { nested: [true, false, null, -1.5e3, 'é'] },
  type: 'RaadpleegMetBurgerservicenummer',
};

test('every personen element, in order, whatever the chunk boundaries (type may come last)', async () => {
  const text = `\uFEFF${JSON.stringify(document, null, 2)}\n`;
  for (const size of [1, 2, 3, 5, 16, 64, 100_000]) {
    assert.deepEqual(await readAll(text, size), document.personen, `chunk size ${size}`);
  }
  assert.deepEqual(await readAll(JSON.stringify(document)), document.personen);
});

test('an empty list and top-level primitives are fine', async () => {
  assert.deepEqual(
    await readAll('{"type":"RaadpleegMetBurgerservicenummer","n":12,"b":true,"personen":[]}', 3),
    [],
  );
  assert.deepEqual(await readAll('{"personen":[1,"a",null],"type":"RaadpleegMetBurgerservicenummer"}', 1), [
    1,
    'a',
    null,
  ]);
});

test('broken or wrong documents give a Dutch message with the place', async () => {
  const cases: [string, RegExp][] = [
    ['', /Het bestand is leeg/],
    ['[]', /verwacht "\{" aan het begin/],
    [
      '{"type":"RaadpleegMetBurgerservicenummer","personen":[{"a":1},{"b":2}',
      /houdt halverwege op \(na 2 personen\)/,
    ],
    [
      '{"type":"RaadpleegMetBurgerservicenummer","personen":[{"a":1} {"b":2}]}',
      /verwacht "," of "\]" na personen\[0\]/,
    ],
    [
      '{"type":"RaadpleegMetBurgerservicenummer","personen":[{"a":01}]}',
      /personen\[0\] is geen geldige JSON/,
    ],
    ['{"type":"RaadpleegMetBurgerservicenummer",\n"personen":[]} x', /regel 2, .*tekst na het einde/],
    ['{"type":"RaadpleegMetBurgerservicenummer"}', /geen lijst "personen"/],
    ['{"personen":[]}', /geen veld "type"/],
    [
      '{"type":"ZoekMetPostcodeEnHuisnummer","personen":[]}',
      /alleen antwoorden van het type "RaadpleegMetBurgerservicenummer"/,
    ],
    ['{"type" "x"}', /verwacht ":" na "type"/],
  ];
  for (const [text, message] of cases) {
    await assert.rejects(readAll(text, 4), (err: Error) => {
      assert.ok(err instanceof BrpFileError, `${text}: ${err}`);
      assert.match(err.message, message, text);
      return true;
    });
  }
});

test('elements are handed out before the file ends (streaming, not read whole)', async () => {
  const seen: number[] = [];
  async function* slow() {
    yield '{"type":"RaadpleegMetBurgerservicenummer","personen":[{"i":0},';
    seen.push(-1); // the first element must have been handed out before this point
    yield '{"i":1}]}';
  }
  for await (const value of streamPersonen(slow())) seen.push((value as { i: number }).i);
  assert.deepEqual(seen, [0, -1, 1]);
});
