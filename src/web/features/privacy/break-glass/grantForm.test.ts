import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { emptyGrantForm, reasonLength, remainingText, validateGrantForm } from './grantForm.ts';

const REASON = 'Acute situatie, casusteam niet bereikbaar';

describe('the noodtoegang form', () => {
  test('a BSN is checked with the 11-proof and sent without spaces', () => {
    const ok = validateGrantForm({ ...emptyGrantForm, bsn: '9999 900 19', reason: REASON, hours: '8' });
    assert.deepEqual(ok, { errors: {}, request: { bsn: '999990019', reason: REASON, hours: 8 } });
    const bad = validateGrantForm({ ...emptyGrantForm, bsn: '999990010', reason: REASON });
    assert.match(bad.errors.bsn ?? '', /elfproef/);
    assert.equal(bad.request, null);
    assert.equal(validateGrantForm({ ...emptyGrantForm, reason: REASON }).errors.bsn, 'Vul het BSN in');
  });

  test('the reason needs 20 characters without the spaces around it, like the server', () => {
    const padded = `   ${'x'.repeat(19)}   `;
    assert.equal(reasonLength(padded), 19);
    const short = validateGrantForm({ ...emptyGrantForm, bsn: '999990019', reason: padded });
    assert.match(short.errors.reason ?? '', /minstens 20 tekens/);
    const exact = validateGrantForm({ ...emptyGrantForm, bsn: '999990019', reason: ` ${'x'.repeat(20)} ` });
    assert.equal(exact.request?.reason, 'x'.repeat(20));
  });

  test('an address sends only postcode, huisnummer and a toevoeging when given; never a BSN', () => {
    const values = {
      ...emptyGrantForm,
      findBy: 'adres' as const,
      bsn: '999990019',
      postcode: '9811 ab',
      huisnummer: '12',
      reason: REASON,
    };
    assert.deepEqual(validateGrantForm(values).request, {
      postcode: '9811AB',
      huisnummer: 12,
      reason: REASON,
      hours: 4,
    });
    assert.deepEqual(validateGrantForm({ ...values, toevoeging: ' B-2 ' }).request, {
      postcode: '9811AB',
      huisnummer: 12,
      toevoeging: 'B-2',
      reason: REASON,
      hours: 4,
    });
    const bad = validateGrantForm({ ...values, postcode: '981', huisnummer: '12a' });
    assert.deepEqual(Object.keys(bad.errors).sort(), ['huisnummer', 'postcode']);
  });

  test('the remaining time reads as Dutch words and is null once expired', () => {
    const now = new Date('2026-11-23T09:00:00Z');
    assert.equal(remainingText('2026-11-23T12:12:00Z', now), '3 uur en 12 minuten');
    assert.equal(remainingText('2026-11-23T13:00:00Z', now), '4 uur');
    assert.equal(remainingText('2026-11-23T09:00:30Z', now), '1 minuut');
    assert.equal(remainingText('2026-11-23T09:45:00Z', now), '45 minuten');
    assert.equal(remainingText('2026-11-23T09:00:00Z', now), null);
  });
});
