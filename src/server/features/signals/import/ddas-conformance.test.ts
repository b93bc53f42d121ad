import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SIGNAALPARTNERS } from '../../../../shared/ddas.ts';
import { checkVroegsignaal } from './ddas-schema.ts';
import { ddasDocument, levering, vroegsignaal } from './import-fixtures.ts';
import { loadOfficialDdasSchema, officialDdasSchemaFile } from './official-ddas-schema.ts';

/**
 * Regie's DDAS schema (ddas-schema.ts) against the official DDAS v1.2 JSON Schema in ../shared/reference/. That
 * folder is not part of the repository: on a clone without it, these tests are skipped with a message.
 * Every signal Regie accepts must be valid officially; the bad samples must be refused by both. (Regie is stricter
 * on purpose — e.g. a negative bedrag or a BSN failing the 11-proof is valid officially — so the converse does not
 * hold; those cases are listed at the end.)
 */

const official = loadOfficialDdasSchema();
const SKIP = `het officiële DDAS v1.2-schema ontbreekt (${officialDdasSchemaFile().pathname}); conformiteit niet gecontroleerd`;

const good = [
  vroegsignaal('G-1', { burgerservicenummer: '999990019' }),
  vroegsignaal('G-2', { postcode: '1234AB', huisnummer: '12' }),
  vroegsignaal(
    'G-3',
    {
      postcode: '1234 ab',
      huisnummer: '7b',
      huisnummertoevoeging: '2-H',
      geboortedatum: '1970-01-31',
      geslachtsaanduiding: 'Vrouw',
    },
    { crisissignaal: true, warmeOverdracht: true, status: 'Nog niet opgepakt' },
  ),
  { ID: 'G-4', signaalpartner: { type: 'Huur' }, client: { burgerservicenummer: '999990020' } },
  ...SIGNAALPARTNERS.map((type, i) =>
    vroegsignaal(`P-${i}`, { burgerservicenummer: '999990019' }, { signaalpartner: { type } }),
  ),
];

const bad: [string, unknown][] = [
  [
    'unknown partner type',
    vroegsignaal('B-1', { burgerservicenummer: '999990019' }, { signaalpartner: { type: 'Telefoon' } }),
  ],
  [
    'impossible date',
    vroegsignaal('B-2', { burgerservicenummer: '999990019' }, { signaaldatum: '2026-02-31' }),
  ],
  ['no client', { ID: 'B-3', signaalpartner: { type: 'Huur' } }],
  ['no BSN and no address', vroegsignaal('B-4', {})],
  ['postcode without huisnummer', vroegsignaal('B-5', { postcode: '1234AB' })],
  [
    'BSN with address',
    vroegsignaal('B-6', { burgerservicenummer: '999990019', postcode: '1234AB', huisnummer: '1' }),
  ],
  ['BSN of 8 digits', vroegsignaal('B-7', { burgerservicenummer: '99999001' })],
  ['bedrag with cents', vroegsignaal('B-8', { burgerservicenummer: '999990019' }, { bedrag: 12.5 })],
  ['unknown field', { ...vroegsignaal('B-9', { burgerservicenummer: '999990019' }), opmerking: 'x' }],
  ['no ID', { signaalpartner: { type: 'Huur' }, client: { burgerservicenummer: '999990019' } }],
  [
    'crisissignaal as text',
    vroegsignaal('B-10', { burgerservicenummer: '999990019' }, { crisissignaal: 'ja' }),
  ],
  ['huisnummer as number', vroegsignaal('B-11', { postcode: '1234AB', huisnummer: 12 })],
  ['unknown status', vroegsignaal('B-12', { burgerservicenummer: '999990019' }, { status: 'Klaar' })],
  [
    'unknown geslacht',
    vroegsignaal('B-13', { postcode: '1234AB', huisnummer: '1', geslachtsaanduiding: 'X' }),
  ],
];

describe('Regie’s DDAS schema conforms to the official DDAS v1.2 JSON Schema', {
  skip: official ? false : SKIP,
}, () => {
  test('every sample signal Regie accepts is valid officially, alone and in a whole document', () => {
    for (const signal of good) {
      assert.ok(checkVroegsignaal(signal, 1).ok, `Regie accepts ${String(signal.ID)}`);
      assert.deepEqual(official!.validateVroegsignaal(signal), [], `official accepts ${String(signal.ID)}`);
    }
    assert.deepEqual(official!.validateDocument(ddasDocument([levering('GM9901', good)])), []);
  });

  test('every bad sample is refused by both', () => {
    for (const [what, signal] of bad) {
      assert.equal(checkVroegsignaal(signal, 1).ok, false, `Regie refuses: ${what}`);
      assert.notDeepEqual(official!.validateVroegsignaal(signal), [], `official refuses: ${what}`);
    }
  });

  test('Regie is stricter where a wrong signal would otherwise get in (official accepts, Regie refuses)', () => {
    const stricter: [string, unknown][] = [
      ['negative bedrag', vroegsignaal('S-1', { burgerservicenummer: '999990019' }, { bedrag: -5 })],
      ['BSN failing the 11-proof', vroegsignaal('S-2', { burgerservicenummer: '999990018' })],
      ['no partner type', vroegsignaal('S-3', { burgerservicenummer: '999990019' }, { signaalpartner: {} })],
      ['malformed postcode', vroegsignaal('S-4', { postcode: '12345', huisnummer: '1' })],
    ];
    for (const [what, signal] of stricter) {
      assert.deepEqual(official!.validateVroegsignaal(signal), [], `official accepts: ${what}`);
      assert.equal(checkVroegsignaal(signal, 1).ok, false, `Regie refuses: ${what}`);
    }
  });

  test('an envelope without its required members is refused officially too', () => {
    const { aanleverdatumEnTijd: _, ...withoutDate } = ddasDocument([levering('GM9901', [good[0]!])]);
    assert.notDeepEqual(official!.validateDocument(withoutDate), []);
  });
});
