import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CaseloadRegisseur } from '../../api/cases.ts';
import { caseloadBars, OPEN_PHASES } from './caseloadChart.ts';

const row = (name: string, byPhase: CaseloadRegisseur['byPhase']): CaseloadRegisseur => ({
  regisseur: { userId: name, displayName: name },
  openCases: Object.values(byPhase).reduce((sum, n) => sum + (n ?? 0), 0),
  byPhase,
  overdueDeadlines: 0,
  handoversWaiting: 0,
});

test('the caseload counts the six open phases, not afgesloten', () => {
  assert.equal(OPEN_PHASES.length, 6);
  assert.ok(!OPEN_PHASES.includes('afgesloten'));
});

test('bars come per regisseur and phase in phase order, leaving out empty phases', () => {
  const bars = caseloadBars([row('Anna', { plan: 2, aanmelding: 1, afgesloten: 5 }), row('Bram', {})]);
  assert.deepEqual(bars, [
    { regisseur: 'Anna', phase: 'Aanmelding', count: 1 },
    { regisseur: 'Anna', phase: 'Plan', count: 2 },
  ]);
});
