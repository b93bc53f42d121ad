import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PROCESSING_PURPOSES } from './register.ts';
import {
  categoryRetentionText,
  defaultRetentionMonths,
  exportFileName,
  registerCsv,
  registerRows,
  registerView,
  retentionText,
} from './register-view.ts';

describe('register view and export', () => {
  test('retention in words, with years for whole years', () => {
    assert.equal(retentionText(1, 'na x'), '1 maand na x');
    assert.equal(retentionText(12, 'na het oppakken'), '12 maanden na het oppakken');
    assert.equal(retentionText(240, 'na het afsluiten'), '240 maanden (20 jaar) na het afsluiten');
    assert.equal(retentionText(30, 'na y'), '30 maanden na y');
  });

  test("a category's retention uses the municipality's months and adds its note", () => {
    const months = { ...defaultRetentionMonths(), signaal_opgepakt: 9 };
    const text = categoryRetentionText(
      { retention: ['signaal_niet_gekoppeld', 'signaal_opgepakt'], retentionNote: 'Let op.' },
      months,
    );
    assert.equal(
      text,
      'Signaal dat niet aan een inwoner is gekoppeld: 6 maanden na ontvangst van het signaal | ' +
        'Signaal dat is opgepakt: 9 maanden na het oppakken van het signaal | Let op.',
    );
  });

  test('the view fills in current months next to the defaults', () => {
    const view = registerView(
      { code: 'GM9901', name: 'Regiedam' },
      { ...defaultRetentionMonths(), jeugdwet_dossier: 300 },
    );
    const jw = view.retentionCategories.find((r) => r.code === 'jeugdwet_dossier')!;
    assert.deepEqual([jw.months, jw.defaultMonths, jw.source], [300, 240, 'retention_terms']);
    const jeugdhulp = view.purposes.find((p) => p.code === 'jeugdhulp')!;
    assert.equal(jeugdhulp.retention.find((r) => r.category === 'jeugdwet_dossier')!.months, 300);
    assert.ok(view.nonPersonalTables.some((t) => t.table === 'regie_migrations'));
  });

  test('aggregates purpose says it keeps no copy instead of a term', () => {
    const rows = registerRows(defaultRetentionMonths()).filter((r) => r.purposeCode === 'verantwoording');
    assert.ok(rows.length > 0);
    for (const r of rows) assert.match(r.retention, /Geen eigen kopie/);
  });

  test('CSV: BOM, header, quoting of ";", quotes and line breaks, CRLF', () => {
    const [row] = registerRows(defaultRetentionMonths());
    const csv = registerCsv([{ ...row!, purpose: 'a;b', purposeDescription: 'zei "ja"\nklaar' }]);
    assert.ok(csv.startsWith('\uFEFFDoel (code);Doel;Omschrijving doel;'));
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines.length, 3, 'header, one row, empty after the final CRLF');
    assert.equal(lines[2], '');
    assert.ok(lines[1]!.startsWith(`${row!.purposeCode};"a;b";"zei ""ja""\nklaar";`));
    assert.equal(registerCsv([]), `\uFEFF${csv.slice(1).split('\r\n')[0]}\r\n`);
  });

  test('one row per purpose and category', () => {
    const rows = registerRows(defaultRetentionMonths());
    assert.equal(
      rows.length,
      PROCESSING_PURPOSES.reduce((n, p) => n + p.categories.length, 0),
    );
    assert.equal(new Set(rows.map((r) => `${r.purposeCode}/${r.categoryCode}`)).size, rows.length);
  });

  test('file names are dated, versioned and ASCII', () => {
    assert.equal(
      exportFileName('GM9901', '2026-11-23', 'csv'),
      'verwerkingsregister-GM9901-v2026.1-2026-11-23.csv',
    );
    assert.equal(exportFileName(null, '2026-11-23', 'json'), 'verwerkingsregister-v2026.1-2026-11-23.json');
    assert.equal(
      exportFileName('GM"9;9', '2026-01-01', 'csv'),
      'verwerkingsregister-GM99-v2026.1-2026-01-01.csv',
    );
  });
});
