import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addWorkingDays, dayOfWeek, easterSunday, generalHolidays, isWorkingDay } from './working-days.ts';

describe('working days (Algemene termijnenwet)', () => {
  test('Easter Sunday matches known dates', () => {
    const known: [number, string][] = [
      [1818, '1818-03-22'], // earliest possible
      [1943, '1943-04-25'], // latest possible
      [2000, '2000-04-23'],
      [2019, '2019-04-21'],
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2038, '2038-04-25'],
    ];
    for (const [year, date] of known) assert.equal(easterSunday(year), date, `Easter ${year}`);
    for (const [year] of known) assert.equal(dayOfWeek(easterSunday(year)), 0, `${year} is a Sunday`);
  });

  test('the general holidays of 2026', () => {
    assert.deepEqual([...generalHolidays(2026)].sort(), [
      '2026-01-01',
      '2026-04-06', // tweede Paasdag
      '2026-04-27', // Koningsdag (Monday)
      '2026-05-05',
      '2026-05-14', // Hemelvaartsdag
      '2026-05-25', // tweede Pinksterdag
      '2026-12-25',
      '2026-12-26',
    ]);
    assert.equal(isWorkingDay('2026-04-03'), true, 'Goede Vrijdag is not a general holiday');
  });

  test('Koningsdag moves to 26 April when the 27th is a Sunday', () => {
    assert.equal(dayOfWeek('2025-04-27'), 0);
    assert.ok(generalHolidays(2025).has('2025-04-26'));
    assert.ok(!generalHolidays(2025).has('2025-04-27'));
    assert.ok(generalHolidays(2031).has('2031-04-26'), '27 April 2031 is a Sunday too');
    assert.ok(generalHolidays(2028).has('2028-04-27'));
  });

  test('weekends and holidays are not working days', () => {
    assert.equal(isWorkingDay('2026-11-21'), false, 'Saturday');
    assert.equal(isWorkingDay('2026-11-22'), false, 'Sunday');
    assert.equal(isWorkingDay('2026-11-23'), true, 'Monday');
    assert.equal(isWorkingDay('2026-05-05'), false, 'Bevrijdingsdag');
    assert.equal(isWorkingDay('2027-05-06'), false, 'Hemelvaartsdag 2027');
  });

  test('adding working days skips weekends and holidays; the start day does not count', () => {
    assert.equal(addWorkingDays('2026-11-23', 3), '2026-11-26', 'Monday + 3 = Thursday');
    assert.equal(addWorkingDays('2026-11-20', 3), '2026-11-25', 'Friday + 3 = Wednesday');
    assert.equal(addWorkingDays('2026-11-21', 1), '2026-11-23', 'received on Saturday: Monday is the first');
    assert.equal(addWorkingDays('2026-11-23', 10), '2026-12-07');
    assert.equal(addWorkingDays('2026-12-23', 3), '2026-12-29', 'over Christmas (Fri 25, Sat 26)');
    assert.equal(addWorkingDays('2026-04-02', 3), '2026-04-08', 'Good Friday counts, Easter Monday not');
    assert.equal(addWorkingDays('2026-12-31', 1), '2027-01-04', 'over New Year and a weekend');
    assert.equal(addWorkingDays('2026-11-23', 0), '2026-11-23');
    assert.throws(() => addWorkingDays('2026-11-23', -1), RangeError);
    assert.throws(() => addWorkingDays('2026-02-30', 1), RangeError);
  });
});
