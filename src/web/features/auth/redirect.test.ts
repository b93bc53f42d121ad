import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeReturnPath } from './redirect.ts';

test('only paths inside the app are used to return to after signing in', () => {
  assert.equal(safeReturnPath('/huishoudens?search=Linde'), '/huishoudens?search=Linde');
  assert.equal(safeReturnPath('https://evil.example/'), '/');
  assert.equal(safeReturnPath('//evil.example/'), '/');
  assert.equal(safeReturnPath('/\\evil.example'), '/');
  assert.equal(safeReturnPath('/inloggen?melding=verlopen'), '/');
  assert.equal(safeReturnPath('/api/v1/auth/logout'), '/');
  assert.equal(safeReturnPath(undefined), '/');
});
