import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../../../http/errors.ts';
import { canonicalJson } from '../../../lib/canonical-json.ts';
import { apiSourceKey, parseIdempotencyKey, requestHash } from './idempotency.ts';

describe('idempotency of the partner API', () => {
  test('canonical JSON sorts keys at every level and drops undefined, so key order does not change the hash', () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null }, u: undefined }),
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
    assert.equal(requestHash({ a: 1, b: 'x' }), requestHash({ b: 'x', a: 1 }));
    assert.notEqual(requestHash({ a: 1 }), requestHash({ a: 2 }));
    assert.notEqual(requestHash({ a: '1' }), requestHash({ a: 1 }), 'types count');
    assert.match(requestHash({}), /^[0-9a-f]{64}$/);
  });

  test('a key is 1 to 200 visible ASCII characters; otherwise a Dutch 400', () => {
    assert.equal(parseIdempotencyKey('abc-123_~!'), 'abc-123_~!');
    assert.equal(parseIdempotencyKey('x'.repeat(200)).length, 200);
    for (const bad of [undefined, '', '   ', 'a b', 'x'.repeat(201), 'é', 'a\tb']) {
      assert.throws(
        () => parseIdempotencyKey(bad),
        (err: unknown) =>
          err instanceof DomainError &&
          err.code === 'validation' &&
          err.message.startsWith('Idempotency-Key ontbreekt'),
        String(bad),
      );
    }
  });

  test('keys are scoped to the partner organisation', () => {
    assert.equal(apiSourceKey('org-1', 'k'), 'api:org-1:k');
    assert.notEqual(apiSourceKey('org-1', 'k'), apiSourceKey('org-2', 'k'));
  });
});
