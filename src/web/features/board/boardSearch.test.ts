import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateBoardSearch } from './boardSearch.ts';

test('the board search keeps a known kind and a team id, and drops the rest', () => {
  assert.deepEqual(
    validateBoardSearch({ kind: 'overgang_18', team: '0D3C9F1E-1111-4222-8333-944455556666', x: 1 }),
    { kind: 'overgang_18', team: '0d3c9f1e-1111-4222-8333-944455556666' },
  );
  assert.deepEqual(validateBoardSearch({ kind: 'iets', team: 'noord' }), {});
});
