import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatGivenAddress, formatPostcode, formatScore, matchedFieldLabels } from './reviewFormat.ts';

test('scores are whole percentages, clamped to 0..100', () => {
  assert.equal(formatScore(0.874), '87%');
  assert.equal(formatScore(1), '100%');
  assert.equal(formatScore(0), '0%');
  assert.equal(formatScore(1.2), '100%');
  assert.equal(formatScore(Number.NaN), '0%');
});

test('matched fields are named in Dutch; unknown codes stay visible', () => {
  assert.deepEqual(matchedFieldLabels(['postcode', 'huisnummer', 'geboortedatum', 'naam']), [
    'Postcode',
    'Huisnummer',
    'Geboortedatum',
    'Naam',
  ]);
  assert.deepEqual(matchedFieldLabels(['iets-nieuws']), ['iets-nieuws']);
});

test('the address the partner sent reads like an address', () => {
  const given = { geboortedatum: null, naam: null };
  assert.equal(
    formatGivenAddress({ ...given, postcode: '9711ab', huisnummer: 12, huisletter: 'a', toevoeging: '2' }),
    '9711 AB, 12a-2',
  );
  assert.equal(
    formatGivenAddress({ ...given, postcode: null, huisnummer: null, huisletter: null, toevoeging: null }),
    '',
  );
  assert.equal(formatPostcode('1234 XY'), '1234 XY');
  assert.equal(formatPostcode('onbekend'), 'onbekend');
});
