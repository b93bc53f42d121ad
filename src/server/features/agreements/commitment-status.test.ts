import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commitmentStatus } from './commitment-status.ts';

const cell = (period: string, value: number | null, suppressed = false, complete = true) => ({
  period,
  value,
  suppressed,
  complete,
});

describe('commitment status from the live indicator', () => {
  test('at least / at most the target, on the latest period with a value', () => {
    const cells = [cell('2026-01', 40), cell('2026-02', 65), cell('2026-03', null)];
    assert.deepEqual(commitmentStatus(60, 'minimaal', cells), {
      state: 'op_koers',
      label: 'Op koers',
      value: 65,
      period: '2026-02',
    });
    assert.equal(commitmentStatus(70, 'minimaal', cells).state, 'achter');
    assert.equal(commitmentStatus(65, 'maximaal', cells).state, 'op_koers', 'equal to the target meets it');
    assert.equal(commitmentStatus(64.9, 'maximaal', cells).state, 'achter');
  });

  test('a suppressed latest value hides the status too (it would tell on which side of the target a small cell is)', () => {
    const status = commitmentStatus(5, 'maximaal', [cell('2026-01', 40), cell('2026-02', null, true)]);
    assert.deepEqual(status, {
      state: 'niet_te_tonen',
      label: 'Niet te tonen (minder dan 10)',
      value: null,
      period: '2026-02',
    });
  });

  test('a running period counts only while no complete period has a figure', () => {
    const running = cell('2026-12', null, true, false);
    assert.equal(commitmentStatus(60, 'minimaal', [cell('2026-11', 70), running]).state, 'op_koers');
    assert.equal(commitmentStatus(60, 'minimaal', [cell('2026-11', null), running]).state, 'niet_te_tonen');
    assert.equal(commitmentStatus(60, 'minimaal', [cell('2026-01', 20, false, false)]).state, 'achter');
  });

  test('no values yet', () => {
    assert.equal(commitmentStatus(5, 'maximaal', []).state, 'geen_gegevens');
    assert.equal(commitmentStatus(5, 'maximaal', [cell('2026-01', null)]).state, 'geen_gegevens');
  });
});
