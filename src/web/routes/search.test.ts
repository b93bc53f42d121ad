import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateAuditSearch, validateHouseholdsSearch, validateListSearch } from './search.ts';

test('search parameters from the address are checked, bad values dropped', () => {
  assert.deepEqual(validateListSearch({ page: '3' }), { page: 3 });
  assert.deepEqual(validateListSearch({ page: 1 }), {});
  assert.deepEqual(validateListSearch({ page: '-2' }), {});
  assert.deepEqual(validateHouseholdsSearch({ search: '  Linde ', wijk: 'WK990101', x: 1 }), {
    search: 'Linde',
    wijk: 'WK990101',
  });
  assert.deepEqual(validateAuditSearch({ from: '2026-01-01', to: '31-01-2026', action: 'session' }), {
    from: '2026-01-01',
    action: 'session',
  });
});
