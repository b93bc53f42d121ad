import { type CostLaw, costLaws } from '../../db/schema/index.ts';
import {
  type PublishedRow,
  publishTable,
  type RawRow,
  type TableDefinition,
} from '../indicators/indicators.suppression.ts';
import { type BreakdownValue, UNKNOWN } from '../indicators/queries/common.ts';
import { LAW_LABELS } from '../plans/provisions.schemas.ts';
import type { CostRawRow } from './costs.query.ts';

/**
 * The figures of a cost table. Every amount comes with its number of households and is published only when that
 * count is (kind `bedrag`); "zonder tarief" counts provisions and is suppressed like any count.
 */
export const COST_TABLE: TableDefinition = {
  measures: [
    { key: 'households', label: 'Huishoudens', kind: 'aantal' },
    { key: 'committed', label: 'Vastgelegd in het jaar', kind: 'bedrag', base: 'households' },
    { key: 'realised', label: 'Gerealiseerd tot en met vandaag', kind: 'bedrag', base: 'households' },
    { key: 'forecast', label: 'Prognose tot het einde van het jaar', kind: 'bedrag', base: 'households' },
    { key: 'zonderTarief', label: 'Voorzieningen zonder tarief', kind: 'aantal' },
  ],
  additive: [],
};

const COUNT_KEYS = ['households', 'zonderTarief'] as const;

export type PublishedLaw = {
  law: CostLaw;
  label: string;
  total: PublishedRow;
  rows: PublishedRow[];
};

const raw = (row: CostRawRow | undefined, breakdown: BreakdownValue | null): RawRow => ({
  breakdown,
  values: {
    households: row?.households ?? 0,
    committed: row?.committed ?? 0,
    realised: row?.realised ?? 0,
    forecast: row?.forecast ?? 0,
    zonderTarief: row?.zonderTarief ?? 0,
  },
});

/** Hides a count in every given row, with the amounts that rest on it. */
function hideCount(rows: PublishedRow[], key: string): void {
  for (const row of rows) {
    row.cells[key] = { value: null, suppressed: true };
    for (const m of COST_TABLE.measures) {
      if (m.kind === 'bedrag' && m.base === key) row.cells[m.key] = { value: null, suppressed: true };
    }
  }
}

/**
 * Suppresses the cost tables of one answer so that no view gives a small cell away, also not in combination:
 * 1. The law table (the grand total and one row per law) is published first. It decides every law total.
 * 2. Each law's breakdown table (law total, then one row per breakdown value) is published on its own, but shows the
 *    law total of step 1. Where step 1 hides a law total's count (also secondarily, to protect another law), or
 *    its own table had to hide it, all the law's breakdown cells of that count are hidden too: published parts
 *    would add up to the hidden total.
 * So asking with another breakdown never shows a law total differently, and the per-law totals of step 1 are the
 * only figures shared between the tables.
 */
export function publishCosts(
  rows: CostRawRow[],
  values: BreakdownValue[],
  withBreakdown: boolean,
): { total: PublishedRow; laws: PublishedLaw[] } {
  const grand = rows.find((r) => r.level === 3);
  const lawRow = (law: string) => rows.find((r) => r.level === 1 && r.law === law);
  const lawTable = publishTable(COST_TABLE, [
    raw(grand, null),
    ...costLaws.map((law) => raw(lawRow(law), { code: law, label: LAW_LABELS[law] })),
  ]);
  const laws = costLaws.map((law, i): PublishedLaw => {
    const total = lawTable[i + 1]!;
    if (!withBreakdown) return { law, label: LAW_LABELS[law], total, rows: [] };
    const parts = values.map((v) =>
      raw(
        rows.find((r) => r.level === 0 && r.law === law && (r.code ?? UNKNOWN) === v.code),
        v,
      ),
    );
    const table = publishTable(COST_TABLE, [raw(lawRow(law), null), ...parts]);
    const published = table.slice(1);
    for (const key of COUNT_KEYS) {
      // A hidden law total would follow from its published parts (they add up to it), and parts protected on the
      // assumption of a hidden total may be solvable once the total is shown: either way, hide the parts.
      if (total.cells[key]!.suppressed || table[0]!.cells[key]!.suppressed) hideCount(published, key);
    }
    return { law, label: LAW_LABELS[law], total, rows: published };
  });
  return { total: lawTable[0]!, laws };
}
