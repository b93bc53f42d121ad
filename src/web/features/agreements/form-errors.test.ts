import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../../api/problem.ts';
import { fieldErrorsOf, parseNumber, summaryOf } from './form-errors.ts';

test("the server's field errors land at the form's fields, on the longest matching path", () => {
  const error = new ApiError(400, {
    title: 'De invoer is niet goed ingevuld',
    detail: 'x',
    errors: [
      { path: 'schedule.bod', message: 'Gebruik een datum' },
      { path: 'parties.0', message: 'Kies een organisatie uit de lijst' },
      { path: 'breakdown.code', message: 'Kies de wijk' },
      { path: 'onbekend', message: 'Iets anders' },
    ],
  } as never);
  const { fields, general } = fieldErrorsOf(error, ['schedule.bod', 'parties', 'breakdown']);
  assert.deepEqual(fields, {
    'schedule.bod': 'Gebruik een datum',
    parties: 'Kies een organisatie uit de lijst',
    breakdown: 'Kies de wijk',
  });
  assert.equal(general, 'Iets anders');
  assert.deepEqual(summaryOf(fields, { parties: 'p', 'schedule.bod': 's' }), [
    { message: 'Kies een organisatie uit de lijst', fieldId: 'p' },
    { message: 'Gebruik een datum', fieldId: 's' },
  ]);
});

test('an error without field errors is one general message', () => {
  const { fields, general } = fieldErrorsOf(
    new ApiError(409, { title: 'Conflict', detail: 'Al gewijzigd' } as never),
    [],
  );
  assert.deepEqual(fields, {});
  assert.equal(general, 'Al gewijzigd');
});

test('numbers typed the Dutch way', () => {
  assert.equal(parseNumber('60'), 60);
  assert.equal(parseNumber('5,5'), 5.5);
  assert.equal(parseNumber('1.000'), 1000);
  assert.equal(parseNumber('1.234,5'), 1234.5);
  assert.equal(parseNumber('2.5'), 2.5);
  assert.equal(parseNumber(''), null);
  assert.equal(parseNumber('vijf'), null);
});
