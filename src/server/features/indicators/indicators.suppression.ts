import { SMALL_CELL_THRESHOLD } from '../population/suppression.ts';
import type { IndicatorVersion, Measure } from './indicators.catalogue.ts';

/**
 * Small-cell suppression of an indicator table (issue 7, item 3), following the choices of
 * features/rules/impact.suppression.ts:
 * 1. Primary: every count under SMALL_CELL_THRESHOLD (10) is hidden, zero included.
 * 2. Secondary: the table's sums (within a row: the catalogue's additive groups; across rows: the breakdown rows add
 *    up to the total row) may not give a hidden count away. When a sum's total is shown, its hidden parts must
 *    together hold at least the threshold, else the next smallest shown part is hidden too (a part that is itself
 *    the total of another sum last); when a total is hidden, all its parts are hidden.
 * 3. Audit: the greedy rules are checked by solving the published sums as a linear system. If any hidden count under
 *    the threshold is still fixed by the published counts (e.g. through two sums at once), one more count next to it
 *    is hidden and the audit runs again. So no published total and published cells of the table pin a small cell.
 * 4. Shares and rates are published only when numerator and denominator are; a share's complement is a count in
 *    the same additive group, so the audit covers it. Medians and maxima only when their base count is published;
 *    amounts (`bedrag`, features/costs) likewise.
 * Periods are separate tables: no indicator publishes cumulative figures, so no difference of two periods is the
 * size of a group. The limit is exactness: nonnegativity can still bound a hidden count (0 ≤ x ≤ a sum ≥ 10).
 */

export const THRESHOLD = SMALL_CELL_THRESHOLD;

export type Cell = { value: number | null; suppressed: boolean };
export type Constraint = { total: number; parts: number[] };

const EPS = 1e-9;

/**
 * The hidden cells whose value follows exactly from the published ones through the constraints: a variable is fixed
 * when its unit vector lies in the row space of the constraint matrix restricted to the hidden cells, which in
 * reduced row echelon form means some row has that variable as its only non-zero entry.
 */
export function determinedCells(
  suppressed: readonly boolean[],
  constraints: readonly Constraint[],
): number[] {
  const vars = suppressed.flatMap((s, i) => (s ? [i] : []));
  const column = new Map(vars.map((v, j) => [v, j]));
  const rows: number[][] = [];
  for (const c of constraints) {
    const row = new Array<number>(vars.length).fill(0);
    let any = false;
    const add = (cell: number, coefficient: number) => {
      const j = column.get(cell);
      if (j === undefined) return;
      row[j] = (row[j] ?? 0) + coefficient;
      any = true;
    };
    add(c.total, 1);
    for (const p of c.parts) add(p, -1);
    if (any) rows.push(row);
  }
  // Reduced row echelon form (Gauss-Jordan); the coefficients are small integers, so floats are exact enough.
  let pivotRow = 0;
  for (let col = 0; col < vars.length && pivotRow < rows.length; col++) {
    let best = -1;
    for (let r = pivotRow; r < rows.length; r++) if (Math.abs(rows[r]![col]!) > EPS) best = r;
    if (best < 0) continue;
    [rows[pivotRow], rows[best]] = [rows[best]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    const factor = pivot[col]!;
    for (let k = 0; k < pivot.length; k++) pivot[k] = pivot[k]! / factor;
    for (let r = 0; r < rows.length; r++) {
      if (r === pivotRow) continue;
      const f = rows[r]![col]!;
      if (Math.abs(f) <= EPS) continue;
      for (let k = 0; k < pivot.length; k++) rows[r]![k] = rows[r]![k]! - f * pivot[k]!;
    }
    pivotRow++;
  }
  const fixed: number[] = [];
  for (const row of rows) {
    const nonZero = row.flatMap((x, j) => (Math.abs(x) > EPS ? [j] : []));
    if (nonZero.length === 1) fixed.push(vars[nonZero[0]!]!);
  }
  return fixed.sort((a, b) => a - b);
}

/** Which cells to hide (true) for the counts `values` under `constraints` (rules 1 to 3). */
export function suppressCells(
  values: readonly number[],
  constraints: readonly Constraint[],
  threshold = THRESHOLD,
): boolean[] {
  const suppressed = values.map((v) => v < threshold);
  const isTotal = new Set(constraints.map((c) => c.total));
  const order = (a: number, b: number) =>
    Number(isTotal.has(a)) - Number(isTotal.has(b)) || values[a]! - values[b]! || a - b;
  const hideNextTo = (cells: readonly number[]): boolean => {
    const next = cells.filter((i) => !suppressed[i]).sort(order)[0];
    if (next === undefined) return false;
    suppressed[next] = true;
    return true;
  };
  for (;;) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const c of constraints) {
        if (suppressed[c.total]) {
          for (const p of c.parts) {
            if (!suppressed[p]) {
              suppressed[p] = true;
              changed = true;
            }
          }
          continue;
        }
        const hidden = c.parts.filter((p) => suppressed[p]);
        const sum = hidden.reduce((s, p) => s + values[p]!, 0);
        if (hidden.length > 0 && sum < threshold && hideNextTo(c.parts)) changed = true;
      }
    }
    const leaking = determinedCells(suppressed, constraints).filter((i) => values[i]! < threshold);
    if (leaking.length === 0) return suppressed;
    const cell = leaking[0]!;
    const around = constraints.filter((c) => c.total === cell || c.parts.includes(cell));
    const neighbours = around.flatMap((c) => [...c.parts, c.total]).filter((i) => i !== cell);
    // Every neighbour hidden while the cell is still fixed cannot happen (then no equation holds it); guard anyway.
    if (!hideNextTo(neighbours)) return suppressed.map(() => true);
  }
}

/** One row of a computed indicator: the breakdown value (null for the municipality as a whole) and raw figures. */
export type RawRow = {
  breakdown: { code: string; label: string } | null;
  values: Record<string, number | null>;
};

export type PublishedRow = { breakdown: { code: string; label: string } | null; cells: Record<string, Cell> };

/**
 * A figure of a published table: a catalogue measure, or `bedrag` (an amount in cents, features/costs), which like a
 * median is published only when its `base` count is. Amounts follow their count's pattern, so an amount hidden
 * with its count cannot be worked out either: the counts' sums are the amounts' sums.
 */
export type TableMeasure = Measure | { key: string; label: string; kind: 'bedrag'; base: string };

/** What publishTable needs of a table's definition: its figures and its sums. */
export type TableDefinition = Pick<IndicatorVersion, 'additive' | 'notAdditive'> & {
  measures: readonly TableMeasure[];
};

const counts = (m: TableMeasure): m is Extract<Measure, { kind: 'aantal' }> => m.kind === 'aantal';
const suppressible = (m: TableMeasure) => counts(m) && m.counts !== 'medewerkers';

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Publishes one period's table: rows[0] is the total row, the others its breakdown rows (they add up to it, except
 * the measures in `notAdditive`). Returns every row with every measure as a Cell.
 */
export function publishTable(version: TableDefinition, rows: readonly RawRow[]): PublishedRow[] {
  const countKeys = version.measures.filter(suppressible).map((m) => m.key);
  const index = (row: number, key: string) => row * countKeys.length + countKeys.indexOf(key);
  const values = rows.flatMap((r) => countKeys.map((k) => r.values[k] ?? 0));
  const constraints: Constraint[] = [];
  rows.forEach((_, r) => {
    for (const g of version.additive) {
      constraints.push({ total: index(r, g.total), parts: g.parts.map((p) => index(r, p)) });
    }
  });
  if (rows.length > 1) {
    for (const k of countKeys) {
      if (version.notAdditive?.includes(k)) continue;
      constraints.push({ total: index(0, k), parts: rows.slice(1).map((_, r) => index(r + 1, k)) });
    }
  }
  const hidden = suppressCells(values, constraints);

  return rows.map((row, r) => {
    const cells: Record<string, Cell> = {};
    const count = (key: string): number | null => (hidden[index(r, key)] ? null : (row.values[key] ?? 0));
    for (const m of version.measures) {
      if (m.kind === 'aantal') {
        const value = m.counts === 'medewerkers' ? (row.values[m.key] ?? 0) : count(m.key);
        cells[m.key] = { value, suppressed: value === null };
      } else if ('base' in m) {
        const ok = count(m.base) !== null;
        const raw = row.values[m.key];
        cells[m.key] = {
          value: ok && raw !== null && raw !== undefined ? round(raw, m.kind === 'bedrag' ? 0 : 1) : null,
          suppressed: !ok,
        };
      } else {
        const num = count(m.numerator);
        const den = count(m.denominator);
        const ok = num !== null && den !== null;
        const value =
          ok && den > 0
            ? m.kind === 'aandeel'
              ? round((100 * num) / den, 1)
              : round((1000 * num) / den, 2)
            : null;
        cells[m.key] = { value, suppressed: !ok };
      }
    }
    return { breakdown: row.breakdown, cells };
  });
}
