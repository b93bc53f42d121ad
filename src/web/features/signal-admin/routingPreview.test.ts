import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDifference, previewBars, previewRows } from './routingPreview.ts';

const RESULT = {
  periode: { van: '2026-10-01', tot: '2026-10-31' },
  totaal: 30,
  gewijzigd: 6,
  perTeam: [
    { teamId: 'zuid', teamNaam: 'Wijkteam Zuid', nu: 10, met: 4 },
    { teamId: null, teamNaam: '', nu: 2, met: 0 },
    { teamId: 'noord', teamNaam: 'Wijkteam Noord', nu: 18, met: 26 },
  ],
};

test('one row per team, most signals first, with the difference; signals without a team are named', () => {
  assert.deepEqual(previewRows(RESULT), [
    { key: 'noord', team: 'Wijkteam Noord', nu: 18, met: 26, verschil: 8 },
    { key: 'zuid', team: 'Wijkteam Zuid', nu: 10, met: 4, verschil: -6 },
    { key: 'geen-team', team: 'Geen team', nu: 2, met: 0, verschil: -2 },
  ]);
});

test('differences have a sign', () => {
  assert.deepEqual([8, -6, 0, 1200].map(formatDifference), ['+8', '-6', '0', '+1.200']);
});

test('the chart gets two bars per team, now and with the rule', () => {
  const bars = previewBars(previewRows(RESULT).slice(0, 1));
  assert.deepEqual(bars, [
    { team: 'Wijkteam Noord', serie: 'Nu', aantal: 18 },
    { team: 'Wijkteam Noord', serie: 'Met deze regel', aantal: 26 },
  ]);
});
