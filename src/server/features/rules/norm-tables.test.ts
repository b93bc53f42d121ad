import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DomainError } from '../../http/errors.ts';
import { DEFAULT_DATA_DIR } from './data-files.ts';
import { loadNormTables, normTableOn } from './norm-tables.ts';

const tables = loadNormTables();

function withDataDir(edit: (dir: string) => void, run: (dir: URL) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'regie-normen-'));
  try {
    for (const start of ['2025-01-01', '2025-07-01', '2026-01-01', '2026-07-01']) {
      copyFileSync(
        new URL(`bijstandsnormen-${start}.json`, DEFAULT_DATA_DIR),
        join(dir, `bijstandsnormen-${start}.json`),
      );
    }
    edit(dir);
    run(pathToFileURL(`${dir}/`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the four half-year tables load in date order and join up', () => {
  assert.deepEqual(
    tables.map((t) => [t.geldigVanaf, t.geldigTotEnMet]),
    [
      ['2025-01-01', '2025-06-30'],
      ['2025-07-01', '2025-12-31'],
      ['2026-01-01', '2026-06-30'],
      ['2026-07-01', '2026-12-31'],
    ],
  );
  for (const table of tables)
    assert.ok(table.bronnen[0]?.url.startsWith('https://wetten.overheid.nl/BWBR0015703/'));
});

test('the table in force: the day before and the day a new table starts', () => {
  assert.equal(normTableOn('2025-01-01', tables).id, 'participatiewet-normen-2025-01-01');
  assert.equal(normTableOn('2025-06-30', tables).id, 'participatiewet-normen-2025-01-01');
  assert.equal(normTableOn('2025-07-01', tables).id, 'participatiewet-normen-2025-07-01');
  assert.equal(normTableOn('2025-12-31', tables).id, 'participatiewet-normen-2025-07-01');
  assert.equal(normTableOn('2026-01-01', tables).id, 'participatiewet-normen-2026-01-01');
  assert.equal(normTableOn('2026-06-30', tables).id, 'participatiewet-normen-2026-01-01');
  assert.equal(normTableOn('2026-07-01', tables).id, 'participatiewet-normen-2026-07-01');
  assert.equal(normTableOn('2026-12-31', tables).id, 'participatiewet-normen-2026-07-01');
});

test('article 22a lid 4 is in force from 1-1-2026 only', () => {
  assert.deepEqual(
    tables.map((t) => t.bepalingen['22a.4']),
    [false, false, true, true],
  );
});

test('a date outside the tables is a Dutch error on the field peildatum', () => {
  for (const date of ['2024-12-31', '2027-01-01']) {
    assert.throws(
      () => normTableOn(date, tables),
      (error: unknown) => {
        assert.ok(error instanceof DomainError);
        assert.equal(error.code, 'validation');
        assert.equal(error.errors?.[0]?.path, 'peildatum');
        assert.match(error.errors?.[0]?.message ?? '', /geen bijstandsnormen beschikbaar/);
        assert.match(error.errors?.[0]?.message ?? '', /1-1-2025 tot en met 31-12-2026/);
        return true;
      },
    );
  }
});

test('adding the next half-year is a data change: a new file is picked up without code changes', () => {
  withDataDir(
    (dir) => {
      const next = JSON.parse(readFileSync(join(dir, 'bijstandsnormen-2026-07-01.json'), 'utf8'));
      next.id = 'participatiewet-normen-2027-01-01-test';
      next.geldigVanaf = '2027-01-01';
      next.geldigTotEnMet = '2027-06-30';
      next.bedragenCent['21.a'] = 143000;
      writeFileSync(join(dir, 'bijstandsnormen-2027-01-01.json'), JSON.stringify(next));
    },
    (dir) => {
      const extended = loadNormTables(dir);
      assert.equal(extended.length, 5);
      assert.equal(normTableOn('2026-12-31', extended).bedragenCent['21.a'], 141946);
      assert.equal(normTableOn('2027-01-01', extended).bedragenCent['21.a'], 143000);
    },
  );
});

test('tables with a gap, a wrong file name or a missing amount are refused', () => {
  withDataDir(
    (dir) => rmSync(join(dir, 'bijstandsnormen-2025-07-01.json')),
    (dir) => assert.throws(() => loadNormTables(dir), /do not join up/),
  );
  withDataDir(
    (dir) => {
      const table = JSON.parse(readFileSync(join(dir, 'bijstandsnormen-2026-07-01.json'), 'utf8'));
      writeFileSync(join(dir, 'bijstandsnormen-2026-08-01.json'), JSON.stringify(table));
    },
    (dir) => assert.throws(() => loadNormTables(dir), /file name must carry that date/),
  );
  withDataDir(
    (dir) => {
      const table = JSON.parse(readFileSync(join(dir, 'bijstandsnormen-2026-07-01.json'), 'utf8'));
      delete table.bedragenCent['22a.3.a'];
      writeFileSync(join(dir, 'bijstandsnormen-2026-07-01.json'), JSON.stringify(table));
    },
    (dir) => assert.throws(() => loadNormTables(dir), /22a\.3\.a/),
  );
});
