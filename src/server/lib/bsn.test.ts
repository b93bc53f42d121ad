import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isValidBsn } from '../../shared/bsn.ts';
import { syntheticBsn, testRangeBsns } from './bsn.ts';

test('the 11-proof accepts known-valid and rejects altered numbers', () => {
  assert.equal(isValidBsn('999990019'), true);
  assert.equal(isValidBsn('999990018'), false);
  assert.equal(isValidBsn('12345678'), false);
  assert.equal(isValidBsn('abcdefghi'), false);
  assert.equal(isValidBsn('000000000'), false);
});

test('the test range holds 90,909 valid numbers, all 999xxxxxx and unique', () => {
  const all = testRangeBsns();
  assert.equal(all.length, 90909);
  assert.equal(new Set(all).size, all.length);
  for (const bsn of all) {
    assert.ok(bsn.startsWith('999'));
    assert.ok(isValidBsn(bsn), bsn);
  }
});

test('changing one digit of a valid BSN always breaks the 11-proof', () => {
  fc.assert(
    fc.property(fc.nat(90908), fc.nat(8), fc.integer({ min: 1, max: 9 }), (n, pos, delta) => {
      const bsn = syntheticBsn(n);
      const digit = (Number(bsn[pos]) + delta) % 10;
      const altered = bsn.slice(0, pos) + String(digit) + bsn.slice(pos + 1);
      return !isValidBsn(altered);
    }),
  );
});
