import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agreementPhases } from '../../../server/db/schema/index.ts';
import {
  breakdownText,
  byTheme,
  cycleSteps,
  formatValue,
  neighbours,
  PHASES,
  statusText,
  targetText,
} from './cycle.ts';

test('the web knows the same cycle, in the same order, as the server', () => {
  assert.deepEqual([...PHASES], [...agreementPhases]);
});

test('each phase says where the agreement stands, with its planned and reached date', () => {
  const steps = cycleSteps({
    phase: 'overleg',
    schedule: { bod: '2026-07-01', overleg: '2026-09-30' },
    phaseChanges: [
      { from: null, to: 'bod', on: '2026-06-28', note: null, by: null },
      { from: 'bod', to: 'overleg', on: '2026-09-15', note: null, by: null },
      { from: 'overleg', to: 'vaststelling', on: '2026-10-01', note: null, by: null },
      {
        from: 'vaststelling',
        to: 'overleg',
        on: '2026-10-03',
        note: 'Nieuwe cijfers van de corporatie',
        by: null,
      },
    ],
  });
  assert.deepEqual(
    steps.map((s) => [s.phase, s.state, s.planned, s.reached]),
    [
      ['bod', 'done', '01-07-2026', '28-06-2026'],
      // Back in overleg: the latest date it was entered counts.
      ['overleg', 'current', '30-09-2026', '03-10-2026'],
      // Reached once, but the agreement went back: not yet (again).
      ['vaststelling', 'next', null, null],
      ['monitoring', 'next', null, null],
      ['evaluatie', 'next', null, null],
    ],
  );
});

test('one step forward or back, and nothing beyond either end', () => {
  assert.deepEqual(neighbours('bod'), { next: 'overleg', previous: null });
  assert.deepEqual(neighbours('vaststelling'), { next: 'monitoring', previous: 'overleg' });
  assert.deepEqual(neighbours('evaluatie'), { next: null, previous: 'monitoring' });
});

const indicator = (kind: string) => ({ code: 'x', title: 'X', measure: 'Y', kind });

test('targets and values read as Dutch text per kind of measure', () => {
  assert.equal(
    targetText({ target: 60, direction: 'minimaal', indicator: indicator('aandeel') }),
    'minimaal 60\u00a0%',
  );
  assert.equal(
    targetText({ target: 5, direction: 'maximaal', indicator: indicator('aantal') }),
    'maximaal 5',
  );
  assert.equal(formatValue(5.25, 'per1000'), '5,25 per 1.000 inwoners');
  assert.equal(formatValue(1234.5, 'aantal'), '1.234,5');
});

test('a status names its label, value and period; a suppressed one never a value', () => {
  assert.equal(
    statusText({
      indicator: indicator('aandeel'),
      status: { state: 'op_koers', label: 'Op koers', value: 72.5, period: '2026-03' },
    }),
    'Op koers, waarde 72,5\u00a0%, over maart 2026',
  );
  const hidden = statusText({
    indicator: indicator('aantal'),
    status: {
      state: 'niet_te_tonen',
      label: 'Niet te tonen (minder dan 10)',
      value: null,
      period: '2026-H1',
    },
  });
  assert.equal(hidden, 'Niet te tonen (minder dan 10), over Eerste halfjaar 2026');
  assert.doesNotMatch(hidden, /waarde/);
  assert.equal(
    statusText({
      indicator: indicator('aantal'),
      status: { state: 'geen_gegevens', label: 'Nog geen gegevens', value: null, period: null },
    }),
    'Nog geen gegevens',
  );
});

test('commitments are grouped per theme in the order the themes first appear', () => {
  const groups = byTheme([
    { theme: 'Schulden', id: 1 },
    { theme: 'Wonen', id: 2 },
    { theme: 'Schulden', id: 3 },
  ]);
  assert.deepEqual(
    groups.map(([theme, items]) => [theme, items.map((i) => i.id)]),
    [
      ['Schulden', [1, 3]],
      ['Wonen', [2]],
    ],
  );
});

test('a breakdown names its kind; none means the whole municipality', () => {
  assert.equal(breakdownText({ breakdown: null }), 'De hele gemeente');
  assert.equal(
    breakdownText({ breakdown: { kind: 'wijk', code: 'WK990102', label: 'Regiedam Noord' } }),
    'Wijk: Regiedam Noord',
  );
});
