import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBytes, importFormatOf, percentOf, progressStep } from './importProgress.ts';

test('a .json file is a DDAS delivery, a .csv file a CSV export; other files are refused', () => {
  assert.equal(importFormatOf('levering-2026-10.json'), 'ddas');
  assert.equal(importFormatOf('Signalen.CSV'), 'csv');
  assert.equal(importFormatOf('signalen.xlsx'), null);
  assert.equal(importFormatOf('json'), null);
});

test('percentages are whole, clamped, and 0 while the total is unknown', () => {
  assert.equal(percentOf(0, 1000), 0);
  assert.equal(percentOf(999, 1000), 99, 'never 100 before it is done');
  assert.equal(percentOf(1000, 1000), 100);
  assert.equal(percentOf(1200, 1000), 100);
  assert.equal(percentOf(10, 0), 0);
  assert.equal(percentOf(Number.NaN, 10), 0);
});

test('progress is announced in steps of 25 percent', () => {
  assert.deepEqual(
    [0, 10, 24, 25, 49, 50, 74, 75, 99, 100, 130].map(progressStep),
    [0, 0, 0, 25, 25, 50, 50, 75, 75, 100, 100],
  );
});

test('file sizes are Dutch', () => {
  assert.equal(formatBytes(812), '812 bytes');
  assert.equal(formatBytes(1500), '1,5 kB');
  assert.equal(formatBytes(2_345_678), '2,3 MB');
  assert.equal(formatBytes(345_678_901), '346 MB');
  assert.equal(formatBytes(-1), '');
});
