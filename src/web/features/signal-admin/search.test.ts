import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateImportSearch, validateReviewSearch, validateRoutingSearch } from './search.ts';

test('review search keeps only the "beslist" tab and a page number', () => {
  assert.deepEqual(validateReviewSearch({ status: 'beslist', page: '2' }), { status: 'beslist', page: 2 });
  assert.deepEqual(validateReviewSearch({ status: 'alles', page: '-1' }), {});
});

test('import search keeps a uuid and page numbers', () => {
  const id = '0F8FAD5B-D9CB-469F-A165-70867728950E';
  assert.deepEqual(validateImportSearch({ import: id, page: 3, fouten: '2' }), {
    import: id.toLowerCase(),
    page: 3,
    fouten: 2,
  });
  assert.deepEqual(validateImportSearch({ import: '../../etc', fouten: 'x' }), {});
});

test('routing search keeps a short municipality code', () => {
  assert.deepEqual(validateRoutingSearch({ gemeente: 'GM9901' }), { gemeente: 'GM9901' });
  assert.deepEqual(validateRoutingSearch({ gemeente: 'x'.repeat(40) }), {});
});
