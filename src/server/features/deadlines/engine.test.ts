import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isWorkingDay } from '../../lib/working-days.ts';
import { DEFAULT_CASE_SETTINGS, type Term } from './case-settings.ts';
import { termFor } from './deadline-kinds.ts';
import { computeDeadline, daysBetween, deadlineStatus, holidayName } from './engine.ts';

const weeks = (amount: number, rule = 'Testregel'): Term => ({ amount, unit: 'weken', rule });
const workingDays = (amount: number, rule = 'Testregel'): Term => ({ amount, unit: 'werkdagen', rule });
const due = (term: Term, startedOn: string) => computeDeadline({ term, startedOn }).dueOn;

describe('computeDeadline: the term itself', () => {
  test('weeks count calendar days from the day after the start', () => {
    // Monday 2 March 2026 + 6 weeks = Monday 13 April 2026 (a working day).
    assert.equal(due(weeks(6), '2026-03-02'), '2026-04-13');
  });

  test('a term ending on a Saturday runs to Monday (Atw art. 1)', () => {
    // Saturday 10 January 2026 + 4 weeks = Saturday 7 February → Monday 9 February.
    const result = computeDeadline({ term: weeks(4), startedOn: '2026-01-10' });
    assert.equal(result.dueOn, '2026-02-09');
    assert.match(result.basis.explanation, /7-2-2026 is een zaterdag/);
    assert.match(result.basis.explanation, /Algemene termijnenwet art\. 1/);
  });

  test('a term ending on a Sunday runs to Monday', () => {
    // Sunday 4 January 2026 + 2 weeks = Sunday 18 January → Monday 19 January.
    assert.equal(due(weeks(2), '2026-01-04'), '2026-01-19');
  });

  test('a weekend followed by a holiday moves past both (Easter 2026)', () => {
    // Saturday 7 March 2026 + 4 weeks = Saturday 4 April; Monday 6 April is tweede Paasdag → Tuesday 7 April.
    assert.equal(due(weeks(4), '2026-03-07'), '2026-04-07');
  });

  test('working days skip weekends and holidays (Wgs art. 4 lid 2, 3 working days)', () => {
    // Wednesday 23 Dec 2026: Thu 24 (1), Christmas Fri 25 + weekend, Mon 28 (2), Tue 29 (3).
    assert.equal(due(workingDays(3), '2026-12-23'), '2026-12-29');
    // Wednesday 30 Dec 2026: Thu 31 (1), Nieuwjaarsdag Fri 1 Jan + weekend, Mon 4 (2), Tue 5 (3).
    assert.equal(due(workingDays(3), '2026-12-30'), '2027-01-05');
  });

  test('a short calendar term holds at least two working days (Atw art. 2)', () => {
    // Thursday 24 Dec 2026 + 3 days = Sunday 27: Christmas and the weekend leave no working day in it.
    // Art. 2 lengthens it to Tuesday 29 (Mon 28 and Tue 29); art. 1 alone would have given Monday 28.
    const result = computeDeadline({
      term: { amount: 3, unit: 'dagen', rule: 'Testregel' },
      startedOn: '2026-12-24',
    });
    assert.equal(result.dueOn, '2026-12-29');
    assert.match(result.basis.explanation, /art\. 2/);
  });

  test('Christmas: a term ending on 25 December 2026 runs past both Christmas days and the weekend', () => {
    // Friday 11 Dec + 2 weeks = Friday 25 Dec; 26 is Saturday and tweede Kerstdag, 27 Sunday → Monday 28.
    const result = computeDeadline({ term: weeks(2), startedOn: '2026-12-11' });
    assert.equal(result.dueOn, '2026-12-28');
    assert.match(result.basis.explanation, /eerste Kerstdag/);
  });

  test('rejects a date that does not exist', () => {
    assert.throws(() => due(weeks(4), '2026-02-30'), RangeError);
  });
});

describe('holidays of the Algemene termijnenwet', () => {
  test('Koningsdag on a Sunday (27 April 2025) is celebrated on Saturday 26 April', () => {
    assert.equal(holidayName('2025-04-26'), 'Koningsdag');
    assert.equal(holidayName('2025-04-27'), null);
    // Saturday 12 April 2025 + 2 weeks = Saturday 26 April (Koningsdag) → Monday 28 April.
    const result = computeDeadline({ term: weeks(2), startedOn: '2025-04-12' });
    assert.equal(result.dueOn, '2025-04-28');
    assert.match(result.basis.explanation, /26-4-2025 is Koningsdag/);
  });

  test('Koningsdag on a weekday (Monday 27 April 2026) is not a working day', () => {
    assert.equal(holidayName('2026-04-27'), 'Koningsdag');
    assert.equal(due(weeks(2), '2026-04-13'), '2026-04-28');
  });

  test('5 mei (Bevrijdingsdag) is a recognised holiday every year, not only every fifth', () => {
    for (const year of [2025, 2026, 2027, 2028]) {
      assert.equal(isWorkingDay(`${year}-05-05`), false, `${year}-05-05`);
      assert.equal(holidayName(`${year}-05-05`), 'Bevrijdingsdag');
    }
    // Friday 1 May 2026: Mon 4 (1), Tue 5 May skipped, Wed 6 (2), Thu 7 (3).
    assert.equal(due(workingDays(3), '2026-05-01'), '2026-05-07');
  });

  test('Goede Vrijdag is not a holiday of the Atw', () => {
    assert.equal(holidayName('2026-04-03'), null);
    assert.equal(isWorkingDay('2026-04-03'), true);
  });

  // Computed from Easter, not listed: each year's tweede Paasdag, Hemelvaartsdag and tweede Pinksterdag.
  const moving: Record<number, { paas: string; hemelvaart: string; pinkster: string }> = {
    2025: { paas: '2025-04-21', hemelvaart: '2025-05-29', pinkster: '2025-06-09' },
    2026: { paas: '2026-04-06', hemelvaart: '2026-05-14', pinkster: '2026-05-25' },
    2027: { paas: '2027-03-29', hemelvaart: '2027-05-06', pinkster: '2027-05-17' },
    2028: { paas: '2028-04-17', hemelvaart: '2028-05-25', pinkster: '2028-06-05' },
  };
  for (const [year, days] of Object.entries(moving)) {
    test(`moving feasts of ${year} are computed and push a deadline to the next working day`, () => {
      assert.equal(holidayName(days.paas), 'tweede Paasdag');
      assert.equal(holidayName(days.hemelvaart), 'Hemelvaartsdag');
      assert.equal(holidayName(days.pinkster), 'tweede Pinksterdag');
      for (const holiday of [days.paas, days.hemelvaart, days.pinkster]) {
        // A 2-week Wmo beschikking term that would end on the holiday ends the day after (Tue or Fri).
        const start = new Date(Date.parse(`${holiday}T00:00:00Z`) - 14 * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const result = computeDeadline({
          term: DEFAULT_CASE_SETTINGS.terms.wmo_beschikking,
          startedOn: start,
        });
        assert.equal(daysBetween(holiday, result.dueOn), 1, `${holiday} → ${result.dueOn}`);
        assert.match(result.basis.explanation, new RegExp(holidayName(holiday) as string));
      }
    });
  }
});

describe('computeDeadline: suspension and extension (Awb 4:15, 4:14)', () => {
  const wmo = DEFAULT_CASE_SETTINGS.terms.wmo_onderzoek; // 6 weeks

  test('a closed suspension adds the days it lasted and keeps the rule and value', () => {
    // 2 March 2026 + 6 weeks = 13 April; suspended 10 → 17 March (7 days) → Monday 20 April.
    const result = computeDeadline({
      term: wmo,
      startedOn: '2026-03-02',
      suspensions: [{ from: '2026-03-10', to: '2026-03-17', reason: 'Wachten op gegevens' }],
    });
    assert.equal(result.dueOn, '2026-04-20');
    assert.equal(result.basis.rule, 'Wmo 2015 art. 2.3.2 lid 1');
    assert.equal(result.basis.amount, 6);
    assert.equal(result.basis.unit, 'weken');
    assert.match(result.basis.explanation, /van 10-3-2026 tot 17-3-2026/);
    assert.match(result.basis.explanation, /7 dagen erbij/);
  });

  test('two suspensions add up', () => {
    const result = computeDeadline({
      term: wmo,
      startedOn: '2026-03-02',
      suspensions: [
        { from: '2026-03-10', to: '2026-03-17', reason: 'a' },
        { from: '2026-03-20', to: '2026-03-23', reason: 'b' },
      ],
    });
    // 13 April + 7 + 3 = Thursday 23 April.
    assert.equal(result.dueOn, '2026-04-23');
  });

  test('an open suspension runs until today and needs today', () => {
    const suspensions = [{ from: '2026-03-10', to: null, reason: 'Wachten op aanvulling' }];
    assert.throws(() => computeDeadline({ term: wmo, startedOn: '2026-03-02', suspensions }), RangeError);
    const onDay = (today: string) =>
      computeDeadline({ term: wmo, startedOn: '2026-03-02', suspensions, today });
    // 13 April + 2 days = Wednesday 15 April; a day later it is Thursday 16 April.
    assert.equal(onDay('2026-03-12').dueOn, '2026-04-15');
    assert.equal(onDay('2026-03-13').dueOn, '2026-04-16');
    assert.match(onDay('2026-03-12').basis.explanation, /staat stil sinds 10-3-2026/);
  });

  test('a suspension that ends before it starts is refused', () => {
    assert.throws(
      () =>
        computeDeadline({
          term: wmo,
          startedOn: '2026-03-02',
          suspensions: [{ from: '2026-03-10', to: '2026-03-09', reason: 'x' }],
        }),
      RangeError,
    );
  });

  test('an extension adds its amount once, then the Atw applies (Koningsdag 2026)', () => {
    // 13 April + 2 weeks = Monday 27 April 2026, Koningsdag → Tuesday 28 April.
    const result = computeDeadline({
      term: wmo,
      startedOn: '2026-03-02',
      extension: { amount: 2, unit: 'weken', reason: 'Advies nodig' },
    });
    assert.equal(result.dueOn, '2026-04-28');
    assert.equal(
      result.basis.amount,
      6,
      'the basis keeps the term, the extension is told in the explanation',
    );
    assert.match(result.basis.explanation, /verlengd met 2 weken/);
    assert.match(result.basis.explanation, /Koningsdag/);
  });

  test('an extension in working days counts working days', () => {
    // 13 April 2026 + 5 working days (Koningsdag 27 April is not in range): 14,15,16,17,20 → Monday 20 April.
    const result = computeDeadline({
      term: wmo,
      startedOn: '2026-03-02',
      extension: { amount: 5, unit: 'werkdagen', reason: 'x' },
    });
    assert.equal(result.dueOn, '2026-04-20');
  });

  test('suspension and extension together', () => {
    const result = computeDeadline({
      term: wmo,
      startedOn: '2026-03-02',
      suspensions: [{ from: '2026-03-10', to: '2026-03-17', reason: 'x' }],
      extension: { amount: 1, unit: 'weken', reason: 'y' },
    });
    // 13 April + 7 = 20 April + 1 week = 27 April (Koningsdag) → 28 April.
    assert.equal(result.dueOn, '2026-04-28');
  });
});

describe('terms from the settings', () => {
  test('the law is the default and is recorded with the deadline', () => {
    const term = termFor(DEFAULT_CASE_SETTINGS, 'wgs_eerste_gesprek', false);
    const result = computeDeadline({ term, startedOn: '2026-11-23' });
    assert.deepEqual(
      { rule: result.basis.rule, amount: result.basis.amount, unit: result.basis.unit },
      { rule: 'Wgs art. 4 lid 1', amount: 4, unit: 'weken' },
    );
    assert.equal(result.dueOn, '2026-12-21');
    assert.match(result.basis.explanation, /^De termijn is 4 weken \(Wgs art\. 4 lid 1\)/);
  });

  test('a threatening situation uses 3 working days (Wgs art. 4 lid 2); other kinds ignore it', () => {
    const term = termFor(DEFAULT_CASE_SETTINGS, 'wgs_eerste_gesprek', true);
    assert.deepEqual(term, { amount: 3, unit: 'werkdagen', rule: 'Wgs art. 4 lid 2' });
    // Friday 27 Nov 2026 → Mon 30, Tue 1, Wed 2 December.
    assert.equal(due(term, '2026-11-27'), '2026-12-02');
    assert.deepEqual(
      termFor(DEFAULT_CASE_SETTINGS, 'wgs_besluit', true),
      DEFAULT_CASE_SETTINGS.terms.wgs_besluit,
    );
  });

  test('a configured term overrides the law and records its own rule', () => {
    const settings = structuredClone(DEFAULT_CASE_SETTINGS);
    settings.terms.wgs_besluit = {
      amount: 6,
      unit: 'weken',
      rule: 'Verordening schuldhulpverlening Regiedam art. 4',
    };
    const result = computeDeadline({
      term: termFor(settings, 'wgs_besluit', false),
      startedOn: '2026-03-02',
    });
    // 2 March 2026 + 6 weeks instead of the law's 8.
    assert.equal(result.dueOn, '2026-04-13');
    assert.equal(result.basis.rule, 'Verordening schuldhulpverlening Regiedam art. 4');
    assert.equal(result.basis.amount, 6);
  });
});

describe('deadlineStatus', () => {
  const base = { dueOn: '2026-12-10', metOn: null, suspensions: [] };

  test('lopend well before the due date, risico within the margin in working days', () => {
    assert.equal(deadlineStatus(base, '2026-11-23', 5), 'lopend');
    // 5 working days after Thursday 3 December is Thursday 10 December.
    assert.equal(deadlineStatus(base, '2026-12-03', 5), 'risico');
    assert.equal(deadlineStatus(base, '2026-12-02', 5), 'lopend');
    assert.equal(deadlineStatus(base, '2026-12-03', DEFAULT_CASE_SETTINGS), 'risico');
  });

  test('the due date itself still counts as on time; the day after is verlopen', () => {
    assert.equal(deadlineStatus(base, '2026-12-10', 0), 'risico');
    assert.equal(deadlineStatus(base, '2026-12-11', 5), 'verlopen');
  });

  test('met wins, also after the due date', () => {
    assert.equal(deadlineStatus({ ...base, metOn: '2026-12-09' }, '2027-01-10', 5), 'gehaald');
  });

  test('an open suspension is opgeschort, a closed one is not', () => {
    const open = [{ from: '2026-12-01', to: null, reason: 'x' }];
    assert.equal(deadlineStatus({ ...base, suspensions: open }, '2026-12-20', 5), 'opgeschort');
    const closed = [{ from: '2026-12-01', to: '2026-12-02', reason: 'x' }];
    assert.equal(deadlineStatus({ ...base, suspensions: closed }, '2026-12-20', 5), 'verlopen');
  });
});

describe('properties', () => {
  const date = fc
    .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) })
    .map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
  const term = fc.record({
    amount: fc.integer({ min: 1, max: 20 }),
    unit: fc.constantFrom('werkdagen' as const, 'dagen' as const, 'weken' as const),
    rule: fc.constant('Testregel'),
  });

  test('the due date is always a working day after the start', () => {
    fc.assert(
      fc.property(term, date, (t, start) => {
        const { dueOn } = computeDeadline({ term: t, startedOn: start });
        return isWorkingDay(dueOn) && dueOn > start;
      }),
    );
  });

  test('a suspension never makes a deadline earlier', () => {
    fc.assert(
      fc.property(
        term,
        date,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        (t, start, offset, length) => {
          const from = new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const to = new Date(Date.parse(`${from}T00:00:00Z`) + length * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const plain = computeDeadline({ term: t, startedOn: start }).dueOn;
          const suspended = computeDeadline({
            term: t,
            startedOn: start,
            suspensions: [{ from, to, reason: 'x' }],
          }).dueOn;
          return suspended >= plain && daysBetween(plain, suspended) <= length + 4;
        },
      ),
    );
  });
});
