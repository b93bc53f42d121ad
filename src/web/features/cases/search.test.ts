import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateCaseloadSearch, validateCaseSearch, validateCasesSearch } from './search.ts';

const TEAM = '0b0f7c1e-2a3b-4c5d-8e9f-0123456789ab';

test('the case list keeps a valid team, phase and page and drops the rest', () => {
  assert.deepEqual(
    validateCasesSearch({ mine: 'true', team: TEAM.toUpperCase(), phase: 'plan', page: '3', x: 'y' }),
    {
      mine: true,
      team: TEAM,
      phase: 'plan',
      page: 3,
    },
  );
  assert.deepEqual(validateCasesSearch({ mine: 'ja', team: 'not-a-uuid', phase: 'onbekend', page: '0' }), {});
});

test('the case tab is one of the six tabs; the overview is the plain URL', () => {
  assert.deepEqual(validateCaseSearch({ tab: 'plan' }), { tab: 'plan' });
  assert.deepEqual(validateCaseSearch({ tab: 'termijnen' }), { tab: 'termijnen' });
  assert.deepEqual(validateCaseSearch({ tab: 'overzicht' }), {});
  assert.deepEqual(validateCaseSearch({ tab: '<script>' }), {});
});

test('the caseload keeps only a valid team id', () => {
  assert.deepEqual(validateCaseloadSearch({ team: TEAM }), { team: TEAM });
  assert.deepEqual(validateCaseloadSearch({ team: 42 }), {});
});
