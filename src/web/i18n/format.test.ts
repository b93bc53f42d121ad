import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCalendarDate, formatMoment, formatNumber, formatStreetLine } from './format.ts';

test('calendar dates are shown as DD-MM-YYYY without time-zone drift', () => {
  assert.equal(formatCalendarDate('2026-01-31'), '31-01-2026');
  assert.equal(formatCalendarDate('1981-03-01'), '01-03-1981');
  assert.equal(formatCalendarDate(null), '');
  assert.equal(formatCalendarDate('onbekend'), 'onbekend');
});

test('moments are shown in Europe/Amsterdam', () => {
  // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1 in winter).
  assert.match(formatMoment('2025-12-31T23:30:00Z'), /1 jan\.? 2026.*00:30/);
  assert.equal(formatMoment(undefined), '');
});

test('numbers use Dutch grouping', () => {
  assert.equal(formatNumber(1001), '1.001');
});

test('a street line joins number, letter and addition the Dutch way', () => {
  assert.equal(formatStreetLine({ straat: 'Dorpsstraat', huisnummer: 12 }), 'Dorpsstraat 12');
  assert.equal(
    formatStreetLine({ straat: 'Dorpsstraat', huisnummer: 12, huisletter: 'a', toevoeging: '2' }),
    'Dorpsstraat 12a-2',
  );
});
