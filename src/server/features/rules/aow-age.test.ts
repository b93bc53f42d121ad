import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aowAgeFor, aowAgeReached, loadAowAgeTable } from './aow-age.ts';

const table = loadAowAgeTable();

function aow(birthDate: string) {
  const age = aowAgeFor(birthDate, table);
  assert.ok(age.vastgesteld, `AOW age for ${birthDate} should be fixed`);
  return [age.jaren, age.maanden, age.datum];
}

test('AOW age per birth date follows the official table', () => {
  assert.deepEqual(aow('1947-12-31'), [65, 0, '2012-12-31']);
  assert.deepEqual(aow('1948-01-01'), [65, 1, '2013-02-01']);
  assert.deepEqual(aow('1952-12-31'), [66, 0, '2018-12-31']);
  assert.deepEqual(aow('1953-01-01'), [66, 4, '2019-05-01']);
  assert.deepEqual(aow('1955-08-31'), [66, 4, '2021-12-31']);
  assert.deepEqual(aow('1955-09-01'), [66, 7, '2022-04-01']);
  assert.deepEqual(aow('1956-05-31'), [66, 7, '2022-12-31']);
  assert.deepEqual(aow('1956-06-01'), [66, 10, '2023-04-01']);
  assert.deepEqual(aow('1957-02-28'), [66, 10, '2023-12-28']);
  assert.deepEqual(aow('1957-03-01'), [67, 0, '2024-03-01']);
  assert.deepEqual(aow('1958-01-01'), [67, 0, '2025-01-01']);
  assert.deepEqual(aow('1959-12-31'), [67, 0, '2026-12-31']);
  // Born October-December 1960: 67 in 2027, when the AOW age is still 67 (not 67 and 3 months).
  assert.deepEqual(aow('1960-10-01'), [67, 0, '2027-10-01']);
  assert.deepEqual(aow('1960-12-31'), [67, 0, '2027-12-31']);
  assert.deepEqual(aow('1961-01-01'), [67, 3, '2028-04-01']);
  assert.deepEqual(aow('1962-09-30'), [67, 3, '2029-12-30']);
});

test('every AOW date of a row falls in the calendar year the row names', () => {
  for (const row of table.rijen.slice(1)) {
    const first = aowAgeFor(row.geborenVanaf!, table);
    const last = aowAgeFor(row.geborenTotEnMet, table);
    assert.ok(first.vastgesteld && last.vastgesteld);
    const years = row.aowInJaar.match(/\d{4}/g)!;
    assert.equal(first.datum.slice(0, 4), years[0], row.aowInJaar);
    assert.equal(last.datum.slice(0, 4), years[years.length - 1], row.aowInJaar);
  }
});

test('the rows leave no gap between birth dates', () => {
  for (let i = 1; i < table.rijen.length; i++) {
    const previous = table.rijen[i - 1]!;
    const current = table.rijen[i]!;
    assert.ok(current.geborenVanaf! > previous.geborenTotEnMet);
  }
  assert.ok(table.nogNietVastgesteld.geborenVanaf > table.rijen[table.rijen.length - 1]!.geborenTotEnMet);
});

test('reaching the AOW age: the day before and the day itself', () => {
  assert.equal(aowAgeReached('1959-03-10', '2026-03-09', table), false);
  assert.equal(aowAgeReached('1959-03-10', '2026-03-10', table), true);
});

test('a birth date whose AOW age is not fixed yet is only "onbekend" once the earliest AOW date is reached', () => {
  assert.equal(aowAgeReached('1970-01-01', '2026-01-01', table), false);
  assert.equal(aowAgeReached('1962-10-01', '2030-01-01', table), 'onbekend');
});
