import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../../../http/errors.ts';
import { normalisePostcode, normaliseToevoeging, parseIdentifier } from './household-identifier.ts';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof DomainError);
    assert.equal(error.code, 'validation');
    return error.errors?.map((e) => e.path);
  }
  assert.fail('no validation error');
};

describe('household identifier for break-the-glass', () => {
  test('postcodes are compared without space, in capitals', () => {
    assert.equal(normalisePostcode(' 9811 ab '), '9811AB');
    assert.equal(normalisePostcode('0811AB'), null, 'no postcode starts with 0');
    assert.equal(normalisePostcode('9811A'), null);
  });

  test('huisletter and toevoeging compare as one key', () => {
    assert.equal(normaliseToevoeging('A-2'), 'a2');
    assert.equal(normaliseToevoeging(' a 2 '), 'a2');
    assert.equal(normaliseToevoeging(undefined), '');
  });

  test('exactly one identifier; a BSN must pass the 11-proof', () => {
    assert.deepEqual(parseIdentifier({ bsn: '999990019' }), { kind: 'bsn', bsn: '999990019' });
    assert.deepEqual(parseIdentifier({ bsn: '9999 900 19' }), { kind: 'bsn', bsn: '999990019' });
    assert.deepEqual(
      fieldOf(() => parseIdentifier({ bsn: '999990010' })),
      ['bsn'],
    );
    assert.deepEqual(
      fieldOf(() => parseIdentifier({})),
      ['bsn'],
    );
    assert.deepEqual(
      fieldOf(() => parseIdentifier({ bsn: '999990019', postcode: '9811AB' })),
      ['bsn'],
    );
    assert.deepEqual(parseIdentifier({ postcode: '9811 ab', huisnummer: 12, toevoeging: 'B-2' }), {
      kind: 'address',
      postcode: '9811AB',
      huisnummer: 12,
      toevoeging: 'b2',
    });
    assert.deepEqual(
      fieldOf(() => parseIdentifier({ toevoeging: 'a' })),
      ['postcode', 'huisnummer'],
    );
    const id = '3f1c2b7e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
    assert.deepEqual(parseIdentifier({ householdId: id }), { kind: 'id', householdId: id });
  });
});
