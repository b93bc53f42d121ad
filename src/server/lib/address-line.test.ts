import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addressLine } from './address-line.ts';

describe('addressLine', () => {
  test('address text as people write it', () => {
    const base = { straat: 'Kerkstraat', huisnummer: 10, postcode: '1011AH', woonplaats: 'Regiedam' };
    assert.equal(
      addressLine({ ...base, huisletter: 'A', huisnummertoevoeging: '2' }),
      'Kerkstraat 10A-2, 1011 AH Regiedam',
    );
    assert.equal(
      addressLine({ ...base, huisletter: null, huisnummertoevoeging: null }),
      'Kerkstraat 10, 1011 AH Regiedam',
    );
    assert.equal(
      addressLine({ ...base, postcode: 'onbekend', huisletter: null, huisnummertoevoeging: 'bis' }),
      'Kerkstraat 10-bis, onbekend Regiedam',
    );
  });
});
