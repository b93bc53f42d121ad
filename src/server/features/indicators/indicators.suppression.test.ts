import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findIndicator } from './indicators.catalogue.ts';
import {
  type Constraint,
  determinedCells,
  publishTable,
  type RawRow,
  suppressCells,
} from './indicators.suppression.ts';

/**
 * An attacker that knows every published count and every sum of the table, and tries every assignment of the hidden
 * counts (0..limit) that satisfies all sums. A hidden count is reconstructed when only one value fits.
 * Written apart from the linear algebra of determinedCells, so it checks it rather than repeats it.
 */
function bruteForceFixed(
  values: number[],
  hidden: boolean[],
  constraints: Constraint[],
  limit: number,
): number[] {
  const vars = hidden.flatMap((h, i) => (h ? [i] : []));
  const seen = vars.map(() => new Set<number>());
  const current = [...values];
  const walk = (k: number) => {
    if (k === vars.length) {
      const ok = constraints.every((c) => current[c.total] === c.parts.reduce((s, p) => s + current[p]!, 0));
      if (ok) {
        vars.forEach((v, j) => {
          seen[j]!.add(current[v]!);
        });
      }
      return;
    }
    for (let x = 0; x <= limit; x++) {
      current[vars[k]!] = x;
      walk(k + 1);
    }
  };
  walk(0);
  return vars.filter((_, j) => seen[j]!.size === 1);
}

describe('indicator suppression', () => {
  test('every count under 10 is hidden, zero too', () => {
    assert.deepEqual(suppressCells([0, 9, 10, 55], []), [true, true, false, false]);
  });

  test('a lone small part of a published total takes the next smallest part with it', () => {
    // total 40 = 3 + 25 + 12: hiding only the 3 would leave 40 − 25 − 12 = 3.
    assert.deepEqual(suppressCells([40, 3, 25, 12], [{ total: 0, parts: [1, 2, 3] }]), [
      false,
      true,
      false,
      true,
    ]);
  });

  test('a part that is itself a total is hidden only as a last resort', () => {
    // 50 = 4 + 20 + 26, where 20 is the total of 11 + 9. The next smallest part after 4 is 20, but it is a
    // total; 26 is taken instead.
    const constraints = [
      { total: 0, parts: [1, 2, 3] },
      { total: 2, parts: [4, 5] },
    ];
    const hidden = suppressCells([50, 4, 20, 26, 11, 9], constraints);
    assert.deepEqual(hidden, [false, true, false, true, true, true]);
  });

  test('a hidden total hides all its parts', () => {
    assert.deepEqual(suppressCells([8, 5, 3], [{ total: 0, parts: [1, 2] }]), [true, true, true]);
  });

  test('the linear audit finds a small cell pinned through two sums', () => {
    // Rows a = x + y and b = x + z, columns published except x, y: x is fixed by b − z.
    const constraints = [
      { total: 0, parts: [1, 2] },
      { total: 3, parts: [1, 4] },
    ];
    assert.deepEqual(determinedCells([false, true, true, false, false], constraints), [1, 2]);
  });

  test('a team table: the brute-force attacker reconstructs no small cell from totals and published cells', () => {
    const version = findIndicator('zaken-zonder-regisseur')!.versions[0]!;
    // open = with + without per team; teams add up to the municipality.
    const rows: RawRow[] = [
      { breakdown: null, values: { openZaken: 82, metRegisseur: 62, zonderRegisseur: 20 } },
      {
        breakdown: { code: 'a', label: 'A' },
        values: { openZaken: 30, metRegisseur: 27, zonderRegisseur: 3 },
      },
      {
        breakdown: { code: 'b', label: 'B' },
        values: { openZaken: 12, metRegisseur: 10, zonderRegisseur: 2 },
      },
      {
        breakdown: { code: 'c', label: 'C' },
        values: { openZaken: 40, metRegisseur: 25, zonderRegisseur: 15 },
      },
    ];
    const published = publishTable(version, rows);
    const keys = ['openZaken', 'metRegisseur', 'zonderRegisseur'];
    const values = rows.flatMap((r) => keys.map((k) => r.values[k]!));
    const hidden = published.flatMap((r) => keys.map((k) => r.cells[k]!.suppressed));
    // The primary cells, and the cells hidden so they cannot be worked back.
    assert.equal(published[1]!.cells.zonderRegisseur!.suppressed, true);
    assert.equal(published[2]!.cells.zonderRegisseur!.suppressed, true);
    assert.equal(published[1]!.cells.metRegisseur!.suppressed, true);
    assert.equal(published[3]!.cells.zonderRegisseur!.suppressed, true);
    assert.equal(published[0]!.cells.openZaken!.value, 82);
    // Shares follow their counts.
    assert.equal(published[1]!.cells.aandeelZonderRegisseur!.suppressed, true);
    assert.equal(published[0]!.cells.aandeelZonderRegisseur!.value, 24.4);
    const constraints: Constraint[] = [];
    for (let r = 0; r < 4; r++) constraints.push({ total: r * 3, parts: [r * 3 + 1, r * 3 + 2] });
    for (let k = 0; k < 3; k++) constraints.push({ total: k, parts: [3 + k, 6 + k, 9 + k] });
    const fixed = bruteForceFixed(values, hidden, constraints, 40);
    assert.deepEqual(
      fixed.filter((i) => values[i]! < 10),
      [],
      'a small cell can be worked out',
    );
  });

  test('the same table with only the primary cells hidden would leak: the attacker is not toothless', () => {
    const values = [82, 62, 20, 30, 27, 3, 12, 10, 2, 40, 25, 15];
    const hidden = values.map((v) => v < 10);
    const constraints: Constraint[] = [];
    for (let r = 0; r < 4; r++) constraints.push({ total: r * 3, parts: [r * 3 + 1, r * 3 + 2] });
    for (let k = 0; k < 3; k++) constraints.push({ total: k, parts: [3 + k, 6 + k, 9 + k] });
    assert.deepEqual(bruteForceFixed(values, hidden, constraints, 40), [5, 8]);
  });

  test('stapeling: nested sums (laws, combinations, plan and regisseur) leave no small cell to work out', () => {
    const version = findIndicator('stapeling')!.versions[0]!;
    const total = {
      huishoudens: 60,
      wetten1: 40,
      wetten2: 16,
      wetten3: 4,
      alleenJeugd: 12,
      alleenPwet: 13,
      alleenWmo: 15,
      jeugdPwet: 2,
      jeugdWmo: 6,
      pwetWmo: 8,
      wetten2plus: 20,
      eenPlanEenRegisseur: 14,
      zonderPlanOfRegisseur: 6,
    };
    const [row] = publishTable(version, [{ breakdown: null, values: total }]);
    const cells = row!.cells;
    const shown = Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.value]));
    assert.equal(shown.huishoudens, 60);
    assert.equal(shown.wetten3, null);
    assert.equal(shown.zonderPlanOfRegisseur, null);
    // wetten1 + wetten2 + wetten3 = 60: with wetten3 hidden, one more of the three must be hidden.
    assert.equal([shown.wetten1, shown.wetten2].filter((v) => v === null).length >= 1, true);
    // Try every way to get back at wetten3 = 4 or zonder = 6 from what is shown.
    const derive = (a: number | null | undefined, ...bs: (number | null | undefined)[]) =>
      a == null || bs.some((b) => b == null) ? null : a - bs.reduce<number>((s, b) => s + (b as number), 0);
    for (const guess of [
      derive(shown.huishoudens, shown.wetten1, shown.wetten2),
      derive(shown.wetten2plus, shown.wetten2),
    ]) {
      assert.notEqual(guess, 4);
    }
    assert.notEqual(derive(shown.wetten2plus, shown.eenPlanEenRegisseur), 6);
    assert.equal(cells.aandeelEenPlanEenRegisseur!.suppressed, true);
  });

  test('an amount (bedrag) is published only with its base count, rounded to whole cents', () => {
    const table = {
      measures: [
        { key: 'huishoudens', label: 'Huishoudens', kind: 'aantal' as const },
        { key: 'kosten', label: 'Kosten', kind: 'bedrag' as const, base: 'huishoudens' },
      ],
      additive: [],
    };
    const rows = publishTable(table, [
      { breakdown: null, values: { huishoudens: 30, kosten: 123_456.6 } },
      { breakdown: { code: 'a', label: 'A' }, values: { huishoudens: 22, kosten: 100_000 } },
      { breakdown: { code: 'b', label: 'B' }, values: { huishoudens: 5, kosten: 15_000 } },
      { breakdown: { code: 'c', label: 'C' }, values: { huishoudens: 3, kosten: 8_456.6 } },
    ]);
    assert.deepEqual(rows[0]!.cells.kosten, { value: 123_457, suppressed: false });
    assert.deepEqual(rows[1]!.cells.kosten, { value: null, suppressed: true });
    // B and C are under 10 together with each other's help (5 + 3 < 10), so A goes too: no amount of B or C is
    // the total minus the shown amounts.
    for (const r of rows.slice(1)) assert.equal(r.cells.kosten!.suppressed, r.cells.huishoudens!.suppressed);
    assert.equal(rows[2]!.cells.kosten!.value, null);
    assert.equal(rows[3]!.cells.kosten!.value, null);
  });
});
