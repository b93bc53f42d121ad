import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../../http/errors.ts';
import { costSharerAgeOn, loadCostSharerAgeTable } from './cost-sharer-age.ts';

const table = loadCostSharerAgeTable();

test('the cost-sharer age is 21 until 31-12-2022 and 27 from 1-1-2023', () => {
  assert.equal(costSharerAgeOn('2015-01-01', table).leeftijd, 21);
  assert.equal(costSharerAgeOn('2022-12-31', table).leeftijd, 21);
  assert.equal(costSharerAgeOn('2023-01-01', table).leeftijd, 27);
  assert.equal(costSharerAgeOn('2026-07-01', table).leeftijd, 27);
});

test('before the kostendelersnorm existed there is no cost-sharer age', () => {
  assert.throws(
    () => costSharerAgeOn('2014-12-31', table),
    (error: unknown) =>
      error instanceof DomainError &&
      /bestond de kostendelersnorm nog niet/.test(error.errors?.[0]?.message ?? ''),
  );
});
