import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { casePhases } from '../../db/schema/index.ts';
import {
  allowedTransitions,
  CURRENT_LIFECYCLE_VERSION,
  findTransition,
  LIFECYCLE_DEFINITIONS,
  lifecycleDefinition,
} from './lifecycle.ts';

describe('case lifecycle definition', () => {
  const v1 = lifecycleDefinition(1);

  test('version 1 has the seven phases in order, each with a Dutch label and description', () => {
    assert.deepEqual(
      v1.phases.map((p) => p.code),
      [...casePhases],
    );
    assert.deepEqual(
      v1.phases.map((p) => p.label),
      [
        'Aanmelding',
        'Veiligheids- en basiszorgcheck',
        'Startgesprek',
        'Plan',
        'Uitvoering',
        'Evaluatie',
        'Afgesloten',
      ],
    );
    for (const p of v1.phases) assert.ok(p.description.length > 20, p.code);
  });

  test('forward one step needs no reason; skipping a phase is not allowed', () => {
    assert.deepEqual(
      allowedTransitions(v1, 'aanmelding').map((t) => [t.to, t.reasonRequired]),
      [
        ['veiligheidscheck', false],
        ['afgesloten', true],
      ],
    );
    assert.equal(findTransition(v1, 'aanmelding', 'plan'), null);
    assert.equal(findTransition(v1, 'plan', 'plan'), null);
    assert.equal(findTransition(v1, 'uitvoering', 'evaluatie')?.reasonRequired, false);
  });

  test('moving back, closing and reopening require a reason', () => {
    assert.deepEqual(findTransition(v1, 'evaluatie', 'plan'), {
      from: 'evaluatie',
      to: 'plan',
      label: 'Plan bijstellen',
      reasonRequired: true,
    });
    assert.equal(findTransition(v1, 'evaluatie', 'uitvoering')?.reasonRequired, true);
    assert.equal(findTransition(v1, 'afgesloten', 'aanmelding')?.label, 'Casus heropenen');
    for (const phase of casePhases.filter((p) => p !== 'afgesloten')) {
      assert.equal(findTransition(v1, phase, 'afgesloten')?.reasonRequired, true, `${phase} → afgesloten`);
    }
    const backwards = v1.transitions.filter((t) => casePhases.indexOf(t.to) < casePhases.indexOf(t.from));
    assert.ok(backwards.length >= 5);
    for (const t of backwards) assert.equal(t.reasonRequired, true, `${t.from} → ${t.to}`);
  });

  test('a closed case can only be reopened', () => {
    assert.deepEqual(
      allowedTransitions(v1, 'afgesloten').map((t) => t.to),
      ['aanmelding'],
    );
  });

  test('every version is consistent: known phases, no duplicate moves, no move to the same phase', () => {
    assert.ok(LIFECYCLE_DEFINITIONS.has(CURRENT_LIFECYCLE_VERSION));
    for (const [version, definition] of LIFECYCLE_DEFINITIONS) {
      assert.equal(definition.version, version);
      const codes = new Set(definition.phases.map((p) => p.code));
      const seen = new Set<string>();
      for (const t of definition.transitions) {
        assert.ok(codes.has(t.from) && codes.has(t.to), `${t.from} → ${t.to}`);
        assert.notEqual(t.from, t.to);
        assert.ok(!seen.has(`${t.from}>${t.to}`), `duplicate ${t.from} → ${t.to}`);
        seen.add(`${t.from}>${t.to}`);
      }
    }
  });

  test('an unknown version is a deployment error', () => {
    assert.throws(() => lifecycleDefinition(999), /unknown case lifecycle version 999/);
  });
});
