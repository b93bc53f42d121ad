import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeValue } from './versions.ts';

test('values before and after a change read as words, never as JSON', () => {
  assert.equal(describeValue(null, '(leeg)'), '(leeg)');
  assert.equal(describeValue('', '(leeg)'), '(leeg)');
  assert.equal(describeValue('2026-12-15', '-'), '15-12-2026');
  assert.equal(describeValue('bezig', '-'), 'Bezig');
  assert.equal(describeValue('financien', '-'), 'Financiën');
  assert.equal(describeValue('Ik wil rust', '-'), 'Ik wil rust');
  assert.equal(describeValue(true, '-'), 'Ja');
  assert.equal(describeValue({ kind: 'organisatie', name: 'Schuldhulp' }, '-'), 'Schuldhulp');
  assert.equal(describeValue({ id: 'x', text: 'Doel', actions: [] }, '-'), 'Doel');
  assert.equal(describeValue(['a', 'b'], '-'), 'a, b');
});
