import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../../test/helpers/app.ts';
import { runImportCommand } from '../../../../../test/helpers/cli.ts';
import { ddasDocument, levering, vroegsignaal } from './import-fixtures.ts';

/** `regie import signals FILE --municipality GMxxxx`: report and exit codes (0, 3, 2). */

describe('regie import signals FILE', () => {
  let t: TestApp;
  let dir: string;
  let bsns: string[];

  before(async () => {
    t = await createTestApp({ households: 30 });
    dir = mkdtempSync(join(tmpdir(), 'regie-signals-'));
    const found = await t.database.db.execute<{ bsn: string }>(
      sql`SELECT bsn FROM persons WHERE municipality_code = 'GM9901' ORDER BY bsn LIMIT 4`,
    );
    bsns = found.rows.map((r) => r.bsn);
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  const run = (args: string[]) => runImportCommand(() => t.ctx(), args);

  function file(name: string, content: string): string {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  }

  test('0 when everything is imported, and again (all duplicates); the report is Dutch', async () => {
    const path = file(
      'goed.json',
      JSON.stringify(
        ddasDocument([levering('GM9901', [vroegsignaal('CLI-1', { burgerservicenummer: bsns[0]! })])]),
      ),
    );
    const first = await run(['signals', path, '--municipality', 'gm9901']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /gelezen\s+1\n\s+nieuw\s+1\n\s+dubbel\s+0 .*\n\s+afgekeurd\s+0/);
    assert.match(first.stdout, /signal-imports\/[0-9a-f-]{36}\/rapport/);
    const again = await run(['signals', path, '--municipality', 'GM9901', '--json']);
    assert.equal(again.code, 0);
    const report = JSON.parse(again.stdout) as { nieuw: number; dubbel: number };
    assert.deepEqual([report.nieuw, report.dubbel], [0, 1]);
  });

  test('3 when some rows are rejected, with the first errors by row and field; format from the content', async () => {
    const csv = `ID;Signaalpartner;BSN\nCLI-2;Huur;${bsns[1]}\nCLI-3;Huur;123\n`;
    const path = file('export-zonder-extensie', csv);
    const result = await run(['signals', path, '--municipality', 'GM9901']);
    assert.equal(result.code, 3);
    assert.match(result.stdout, /\(CSV\)/);
    assert.match(result.stdout, /rij 3, veld BSN: Het BSN moet uit precies 9 cijfers bestaan\./);
    assert.doesNotMatch(result.stdout, /\b123\b/);
  });

  test('2 when nothing could be imported, for usage errors and for a broken file', async () => {
    const bad = file('fout.csv', 'ID;Signaalpartner;BSN\nCLI-4;Gas;123\n');
    assert.equal((await run(['signals', bad, '--municipality', 'GM9901'])).code, 2);
    assert.equal((await run(['signals', bad])).code, 2);
    assert.equal((await run(['signals', bad, '--municipality', 'Regiedam'])).code, 2);
    assert.equal((await run(['signals', bad, '--municipality', 'GM9901', '--format', 'xml'])).code, 2);
    assert.equal(
      (await run(['signals', join(dir, 'bestaat-niet.json'), '--municipality', 'GM9901'])).code,
      2,
    );
    const unknown = await run(['signals', bad, '--municipality', 'GM0001']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /GM0001 is niet bekend/);
    const broken = file('kapot.json', '{"leveringen": [');
    const result = await run(['signals', broken, '--municipality', 'GM9901']);
    assert.equal(result.code, 2);
    assert.match(result.stdout, /Het inlezen is gestopt: Het bestand houdt halverwege op/);
    const help = await run(['signals', '--help']);
    assert.equal(help.code, 0);
    assert.match(
      help.stdout,
      /ID;Signaalpartner;Signaaldatum;Ontstaansdatum;Bedrag;Crisissignaal;WarmeOverdracht;BSN/,
    );
  });
});
