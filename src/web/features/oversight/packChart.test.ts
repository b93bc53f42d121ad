import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PackTable } from './api.ts';
import { packChart } from './packChart.ts';

const cell = (value: number | null, suppressed = false) => ({ value, suppressed });

function table(rows: PackTable['rows']): PackTable {
  return {
    key: 'q',
    question: 'Vraag',
    indicator: 'samenhang-huishoudtype',
    rowLabel: 'Huishoudtype',
    columns: [
      { key: 'huishoudens', label: 'Huishoudens met een voorziening', kind: 'aantal' },
      { key: 'aandeel', label: 'Aandeel', kind: 'aandeel' },
    ],
    rows,
  } as unknown as PackTable;
}

test('with a breakdown: the first figure per row of the latest period, "< 10" kept, empty cells left out', () => {
  const chart = packChart(
    table([
      { period: '2026-H1', peildatum: '2026-06-30', label: 'Regiedam', cells: { huishoudens: cell(270) } },
      { period: '2026-H1', peildatum: '2026-06-30', label: 'Eenpersoons', cells: { huishoudens: cell(96) } },
      { period: '2026-H2', peildatum: '2026-11-23', label: 'Regiedam', cells: { huishoudens: cell(288) } },
      { period: '2026-H2', peildatum: '2026-11-23', label: 'Eenpersoons', cells: { huishoudens: cell(98) } },
      {
        period: '2026-H2',
        peildatum: '2026-11-23',
        label: 'Eenouder',
        cells: { huishoudens: cell(null, true) },
      },
      { period: '2026-H2', peildatum: '2026-11-23', label: 'Onbekend', cells: { huishoudens: cell(null) } },
    ] as unknown as PackTable['rows']),
  );
  assert.ok(chart);
  assert.equal(chart.column.key, 'huishoudens');
  assert.match(chart.scope, /2026/);
  assert.deepEqual(chart.bars, [
    { label: 'Regiedam', value: 288, suppressed: false },
    { label: 'Eenpersoons', value: 98, suppressed: false },
    { label: 'Eenouder', value: null, suppressed: true },
  ]);
});

test('one row per period: the first figure per period; nothing to draw gives no chart', () => {
  const chart = packChart(
    table([
      { period: '2026-05', peildatum: '2026-05-31', label: 'Regiedam', cells: { huishoudens: cell(14) } },
      {
        period: '2026-06',
        peildatum: '2026-06-30',
        label: 'Regiedam',
        cells: { huishoudens: cell(null, true) },
      },
    ] as unknown as PackTable['rows']),
  );
  assert.equal(chart?.scope, 'per periode');
  assert.deepEqual(
    chart?.bars.map((b) => b.value),
    [14, null],
  );
  assert.equal(packChart(table([])), null);
});
