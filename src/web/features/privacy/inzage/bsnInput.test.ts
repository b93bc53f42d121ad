import assert from 'node:assert/strict';
import { test } from 'node:test';
import { syntheticBsn } from '../../../../server/lib/bsn.ts';
import { bsnError, normaliseBsn } from './bsnInput.ts';
import { inzageTexts } from './texts.ts';

test('a valid test-range BSN passes, also with spaces or dots between the digits', () => {
  const bsn = syntheticBsn(12);
  assert.equal(bsnError(bsn), null);
  const spaced = `${bsn.slice(0, 4)} ${bsn.slice(4, 6)}.${bsn.slice(6)}`;
  assert.equal(normaliseBsn(spaced), bsn);
  assert.equal(bsnError(spaced), null);
});

test('empty, not nine digits, and failing the 11-proof each get their own Dutch message', () => {
  assert.equal(bsnError('  '), inzageTexts.form.bsnRequired);
  assert.equal(bsnError('12345'), inzageTexts.form.bsnNineDigits);
  assert.equal(bsnError('12345678a'), inzageTexts.form.bsnNineDigits);
  assert.equal(bsnError('123456789'), inzageTexts.form.bsnElfproef);
  assert.equal(bsnError('000000000'), inzageTexts.form.bsnElfproef);
});
