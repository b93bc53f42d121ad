import assert from 'node:assert/strict';
import { test } from 'node:test';
import { add, formatCentsExact, formatEuro, formatPercentage, fraction, roundHalfUp } from './money.ts';

test('roundHalfUp rounds a half cent up and less than half down', () => {
  assert.equal(roundHalfUp(fraction(2002130, 20)), 100107); // 100106.5
  assert.equal(roundHalfUp(fraction(1001064999, 10000)), 100106); // 100106.4999
  assert.equal(roundHalfUp(fraction(26027690, 300)), 86759); // 86758.9667
  assert.equal(roundHalfUp(fraction(499833, 10)), 49983); // 49983.3
  assert.equal(roundHalfUp(fraction(-5, 2)), -3);
});

test('fractions add exactly, so a sum is rounded only once', () => {
  const third = fraction(192207 * 130, 300); // 83289.7 cents
  assert.equal(roundHalfUp(third), 83290);
  assert.equal(roundHalfUp(add(third, third)), 166579); // not 2 × 83290 = 166580
});

test('formatting for explanations', () => {
  assert.equal(formatEuro(140150), '€ 1.401,50');
  assert.equal(formatEuro(34599), '€ 345,99');
  assert.equal(formatEuro(-100107), '-€ 1.001,07');
  assert.equal(formatEuro(5), '€ 0,05');
  assert.equal(formatCentsExact(fraction(26027690, 300)), '86758.9667');
  assert.equal(formatPercentage(fraction(130, 3)), '43,33%');
  assert.equal(formatPercentage(fraction(50)), '50,00%');
});
