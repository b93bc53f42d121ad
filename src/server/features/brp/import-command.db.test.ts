import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runImportCommand } from '../../../../test/helpers/cli.ts';
import { brpResponse, generateBrpPersonen } from './brp-fixtures.ts';
import type { BrpImportReport } from './brp-import.service.ts';
import { type BrpTestDb, createBrpTestDb } from './brp-test-support.ts';

/**
 * `regie import brp FILE` end to end: a synthetic file on disk, read as a stream, into a test database.
 * (The test lives here rather than beside src/cli/commands/import.ts, which other import kinds will share.)
 */

const bin = new URL('../../../../bin/regie.js', import.meta.url).pathname;

describe('regie import brp FILE', () => {
  let t: BrpTestDb;
  let dir: string;
  const personen = generateBrpPersonen({ households: 300, seed: 41 });

  before(async () => {
    t = await createBrpTestDb();
    dir = mkdtempSync(join(tmpdir(), 'regie-brp-'));
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

  test('imports a file, and importing it again changes nothing', async () => {
    // Pretty-printed, with `type` after `personen`: the reader does not depend on layout or key order.
    const path = file(
      'brp.json',
      `\uFEFF${JSON.stringify({ personen, type: 'RaadpleegMetBurgerservicenummer' }, null, 2)}`,
    );
    const first = await run(['brp', path, '--municipality', 'gm9901']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(
      first.stdout,
      new RegExp(`BRP-import: ${personen.length.toLocaleString('nl-NL')} personen gelezen`),
    );
    assert.match(first.stdout, /Huishoudens: 300 nieuw, 0 beëindigd\./);
    assert.equal(await t.count('persons'), personen.length);

    const second = await run(['brp', path, '--municipality', 'GM9901']);
    assert.equal(second.code, 0);
    assert.match(second.stdout, /Niets gewijzigd/);
    assert.match(second.stdout, new RegExp(`${personen.length.toLocaleString('nl-NL')} ongewijzigd`));
  });

  test('bad records: exit 3, each named by record and field; --json gives the full report', async () => {
    const good = generateBrpPersonen({ households: 2, seed: 42, firstBsnIndex: 75_000 });
    const valid = good[0]!.burgerservicenummer;
    const bad = {
      ...structuredClone(good[0]!),
      burgerservicenummer: valid.slice(0, 8) + String((Number(valid[8]) + 5) % 10),
    };
    const path = file('bad.json', JSON.stringify(brpResponse([...good, bad])));
    const result = await run(['brp', path, '--municipality', 'GM9901']);
    assert.equal(result.code, 3);
    assert.match(result.stdout, /1 overgeslagen vanwege fouten/);
    assert.match(
      result.stdout,
      new RegExp(
        `personen\\[${good.length}\\] burgerservicenummer: Het burgerservicenummer voldoet niet aan de elfproef\\.`,
      ),
    );
    const json = await run(['brp', path, '--municipality', 'GM9901', '--json']);
    const report = JSON.parse(json.stdout) as BrpImportReport;
    assert.deepEqual(
      report.fouten.map((f) => [f.index, f.veld]),
      [[good.length, 'burgerservicenummer']],
    );
    assert.equal(report.gewijzigd, false);
  });

  test('a broken or wrong file imports nothing (exit 2) and says why', async () => {
    const persons = await t.count('persons');
    const fresh = generateBrpPersonen({ households: 3, seed: 43, firstBsnIndex: 76_000 });
    const cut = JSON.stringify(brpResponse(fresh)).slice(0, -20);
    const broken = await run(['brp', file('cut.json', cut), '--municipality', 'GM9901']);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /houdt halverwege op .*\nEr is niets geïmporteerd\./);
    const wrongType = await run([
      'brp',
      file('type.json', JSON.stringify({ type: 'ZoekMetPostcodeEnHuisnummer', personen: fresh })),
      '--municipality',
      'GM9901',
    ]);
    assert.equal(wrongType.code, 2);
    assert.match(wrongType.stderr, /alleen antwoorden van het type "RaadpleegMetBurgerservicenummer"/);
    assert.equal(await t.count('persons'), persons, 'the valid persons before the error were not written');
    const unknown = await run([
      'brp',
      file('ok.json', JSON.stringify(brpResponse(fresh))),
      '--municipality',
      'GM0001',
    ]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Gemeente GM0001 is niet bekend in Regie/);
  });

  test('usage errors: no file, missing file, bad municipality, unknown kind', async () => {
    assert.equal((await run([])).code, 2);
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /regie import brp BESTAND \[--municipality GMxxxx\]/);
    assert.match((await run(['brp'])).stderr, /Geef het bestand op/);
    assert.match((await run(['brp', join(dir, 'bestaat-niet.json')])).stderr, /Bestand niet gevonden/);
    assert.match((await run(['brp', join(dir, 'ok.json'), '--municipality', '0363'])).stderr, /zoals GM0363/);
    const kind = await run(['adressen']);
    assert.equal(kind.code, 2);
    assert.match(kind.stderr, /Onbekend soort import: "adressen"/);
    assert.match((await run(['brp', '--help'])).stdout, /RaadpleegMetBurgerservicenummer/);
  });

  test('the regie command dispatches `import` (checked before any database is opened)', () => {
    const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: '', REGIE_DATA_DIR: join(dir, 'data') };
    const none = spawnSync(process.execPath, [bin, 'import'], { env, encoding: 'utf8', timeout: 60_000 });
    assert.equal(none.status, 2, none.stderr);
    assert.match(none.stderr, /regie import brp BESTAND/);
    const missing = spawnSync(process.execPath, [bin, 'import', 'brp', join(dir, 'nergens.json')], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(missing.status, 2, missing.stderr);
    assert.match(missing.stderr, /Bestand niet gevonden/);
    const option = spawnSync(process.execPath, [bin, 'import', 'brp', 'x.json', '--gemeente', 'GM9901'], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(option.status, 2);
    assert.match(option.stderr, /Onbekende optie/);
  });
});
