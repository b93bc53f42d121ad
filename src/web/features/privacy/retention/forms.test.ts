import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkHold, checkLiftReason, checkMonths } from './forms.ts';

test('a term is a whole number of months from 1 to 1200', () => {
  assert.deepEqual(checkMonths(' 24 '), { months: 24 });
  assert.deepEqual(checkMonths('1200'), { months: 1200 });
  assert.match(checkMonths('0').error ?? '', /minstens 1 maand/);
  assert.match(checkMonths('1201').error ?? '', /hoogstens 1200/);
  assert.match(checkMonths('1,5').error ?? '', /heel aantal/);
  assert.match(checkMonths('').error ?? '', /heel aantal/);
});

test('a hold needs a valid id and a reason of at least 10 characters', () => {
  const id = '3F2C8A10-1234-4abc-8def-0123456789ab';
  assert.deepEqual(checkHold({ target: 'case', id, reason: ' Bezwaar loopt nog ' }), {
    errors: {},
    input: { caseId: id.toLowerCase(), reason: 'Bezwaar loopt nog' },
  });
  assert.deepEqual(checkHold({ target: 'household', id, reason: 'Rechtszaak loopt' }).input, {
    householdId: id.toLowerCase(),
    reason: 'Rechtszaak loopt',
  });
  const bad = checkHold({ target: 'case', id: '123', reason: 'kort' });
  assert.equal(bad.input, undefined);
  assert.deepEqual(Object.keys(bad.errors).sort(), ['id', 'reason']);
  assert.ok(checkLiftReason('te kort'));
  assert.equal(checkLiftReason('De rechter heeft beslist'), undefined);
});
