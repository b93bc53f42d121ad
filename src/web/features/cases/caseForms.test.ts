import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../../api/problem.ts';
import { calendarDay, phaseSteps, problemsFromError } from './caseForms.ts';

test('field errors of shown fields go next to the field, others to the summary as text', () => {
  const error = new ApiError(400, {
    detail: 'Controleer de invoer.',
    errors: [
      { path: 'body.reason', message: 'Schrijf op waarom.' },
      { path: 'to', message: 'Deze fase bestaat niet.' },
    ],
  });
  const problems = problemsFromError(error, { reason: 'fase-reden' });
  assert.deepEqual(problems.fields, { reason: 'Schrijf op waarom.' });
  assert.deepEqual(problems.items, [
    { message: 'Schrijf op waarom.', fieldId: 'fase-reden' },
    { message: 'Deze fase bestaat niet.' },
  ]);
});

test('an error without field errors becomes one summary line with its Dutch detail', () => {
  const problems = problemsFromError(new ApiError(409, { detail: 'De casus is al afgesloten.' }), {});
  assert.deepEqual(problems, { fields: {}, items: [{ message: 'De casus is al afgesloten.' }] });
});

test('the phase steps mark earlier phases done, the current one, and later ones to do', () => {
  const steps = phaseSteps('startgesprek');
  assert.equal(steps.length, 7);
  assert.deepEqual(
    steps.map((step) => step.state),
    ['done', 'done', 'current', 'todo', 'todo', 'todo', 'todo'],
  );
  assert.equal(steps[1]?.label, 'Veiligheids- en basiszorgcheck');
  assert.deepEqual(
    phaseSteps('afgesloten').map((step) => step.state),
    ['done', 'done', 'done', 'done', 'done', 'done', 'current'],
  );
});

test('a moment becomes its calendar day in Amsterdam, a date stays that date', () => {
  assert.equal(calendarDay('2026-11-23'), calendarDay('2026-11-23T09:00:00Z'));
  // 23:30 UTC on 23 November is already 24 November in Amsterdam.
  assert.equal(calendarDay('2026-11-23T23:30:00Z'), calendarDay('2026-11-24'));
  assert.notEqual(calendarDay('2026-11-23'), calendarDay('2026-11-24'));
  assert.equal(calendarDay('onzin'), 'onzin');
});
