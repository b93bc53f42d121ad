import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { onTestDatabase } from '../../../../../test/helpers/cli.ts';
import { type ExportIo, exportCommand } from '../../../../cli/commands/export.ts';
import { createExportTestDb, type ExportTestDb, PERIOD } from './ddas-export.fixtures.ts';
import { exportDdas } from './ddas-export.service.ts';
import { loadOfficialDdasSchema } from './official-ddas-schema.ts';

/**
 * `regie export ddas …` in-process against a test database (like brp/import-command.db.test.ts), and the
 * dispatch of the real `regie` binary for the checks that need no database.
 */

const bin = new URL('../../../../../bin/regie.js', import.meta.url).pathname;
const official = loadOfficialDdasSchema();

describe('regie export ddas --municipality --from --to [--output]', () => {
  let t: ExportTestDb;
  let dir: string;

  before(async () => {
    t = await createExportTestDb();
    dir = mkdtempSync(join(tmpdir(), 'regie-ddas-'));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  async function run(args: string[]) {
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const err: string[] = [];
    let opened = false;
    const io: ExportIo = {
      stdout,
      stderr: (text) => err.push(text),
      withDatabase: onTestDatabase(
        () => t.ctx(),
        () => {
          opened = true;
        },
      ),
    };
    const code = await exportCommand(args, io);
    return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr: err.join(''), opened };
  }

  const period = ['--municipality', 'gm9901', '--from', PERIOD.from, '--to', PERIOD.to];

  test('writes the delivery to stdout and a summary to stderr; exit 0', async () => {
    const result = await run(['ddas', ...period]);
    assert.equal(result.code, 0, result.stderr);
    const delivery = JSON.parse(result.stdout) as {
      leveringen: { gemeentecode: string; vroegsignalen: unknown[] }[];
    };
    assert.equal(delivery.leveringen[0]!.gemeentecode, 'GM9901');
    assert.equal(delivery.leveringen[0]!.vroegsignalen.length, 6);
    if (official) assert.deepEqual(official.validate(delivery), []);
    assert.match(
      result.stderr,
      /DDAS-export GM9901 2026-10-01 t\/m 2026-10-31: 6 vroegsignalen, 2 vroegsignaalzaken\./,
    );
    assert.match(
      result.stderr,
      /1 vroegsignaal is niet opgenomen: het heeft geen BSN en geen postcode met huisnummer/,
    );
  });

  test('--output writes the same delivery to a file, and leaves no temporary file behind', async () => {
    const stdout = await run(['ddas', ...period]);
    const file = join(dir, 'levering-2026-10.json');
    const result = await run([
      'ddas',
      ...period,
      '--output',
      file,
      '--organisation-name',
      'Gemeente Regiedam',
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '', 'nothing on stdout');
    assert.equal(readFileSync(file, 'utf8'), stdout.stdout);
    assert.deepEqual(readdirSync(dir), ['levering-2026-10.json']);
    assert.match(result.stderr, /naar .*levering-2026-10\.json\./);
  });

  test('bad input: Dutch message, exit 2, nothing written; checked before the database is opened', async () => {
    const file = join(dir, 'niet.json');
    const cases: [string[], RegExp][] = [
      [
        ['--municipality', 'GM9901', '--from', '2026-02-30', '--to', '2026-10-31'],
        /--from moet een bestaande datum zijn in de vorm JJJJ-MM-DD/,
      ],
      [
        ['--municipality', 'GM9901', '--from', '2026-10-01', '--to', '31-10-2026'],
        /--to moet een bestaande datum zijn/,
      ],
      [
        ['--municipality', 'GM9901', '--from', '2026-11-01', '--to', '2026-10-31'],
        /De periode klopt niet: --from \(2026-11-01\) ligt na --to \(2026-10-31\)/,
      ],
      [['--municipality', '0363', '--from', '2026-10-01', '--to', '2026-10-31'], /zoals GM0363/],
      [['--from', '2026-10-01'], /Geef --municipality, --to op/],
      [[...period, '--output', join(dir, 'bestaat-niet', 'x.json')], /De map voor --output bestaat niet/],
      [[...period, '--organisation-name', ' '], /--organisation-name mag niet leeg zijn/],
      [[...period, 'extra'], /Onverwacht argument: "extra"/],
    ];
    for (const [args, message] of cases) {
      const result = await run(['ddas', ...args, ...(args.includes('--output') ? [] : ['--output', file])]);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, message);
      assert.equal(result.opened, false, `${args.join(' ')}: no database opened`);
    }
    assert.equal(existsSync(file), false);
  });

  test('an unknown municipality: exit 2, no file, not even a temporary one', async () => {
    const file = join(dir, 'onbekend.json');
    const result = await run([
      'ddas',
      '--municipality',
      'GM0001',
      '--from',
      PERIOD.from,
      '--to',
      PERIOD.to,
      '--output',
      file,
    ]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Gemeente GM0001 is niet bekend in Regie\.\nEr is niets geschreven\./);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.includes('onbekend')),
      [],
    );
  });

  test('help and unknown kinds', async () => {
    const none = await run([]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /regie export ddas --municipality GMxxxx --from JJJJ-MM-DD --to JJJJ-MM-DD/);
    const help = await run(['ddas', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Zorgsignalen horen niet bij\s+de aanlevering/);
    const kind = await run(['csv']);
    assert.equal(kind.code, 2);
    assert.match(kind.stderr, /Onbekend soort export: "csv"/);
  });

  test('a failure half-way (the reader went away) is audited as interrupted, with what was written', async () => {
    let writes = 0;
    const sink = {
      write: async () => {
        if (++writes > 4) throw new Error('uitvoer gesloten');
      },
    };
    await assert.rejects(exportDdas(t.ctx(), { ...PERIOD, batchSize: 2 }, sink), /uitvoer gesloten/);
    const { rows } = await t.database.db.execute<{ details: Record<string, unknown> }>(
      sql`SELECT details FROM audit_log WHERE action = 'signal.export' ORDER BY id DESC LIMIT 1`,
    );
    assert.deepEqual(rows[0]!.details, {
      formaat: 'DDAS v1.2',
      van: '2026-10-01',
      tot: '2026-10-31',
      vroegsignalen: 3,
      vroegsignaalzaken: 0,
      overgeslagen: 1,
      afgebroken: true,
    });
  });

  test('the regie command dispatches `export` (checked before any database is opened)', () => {
    const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: '', REGIE_DATA_DIR: join(dir, 'data') };
    const spawn = (args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 60_000 });
    const none = spawn(['export']);
    assert.equal(none.status, 2, none.stderr);
    assert.match(none.stderr, /regie export ddas/);
    const backwards = spawn([
      'export',
      'ddas',
      '--municipality',
      'GM9901',
      '--from',
      '2026-10-31',
      '--to',
      '2026-10-01',
    ]);
    assert.equal(backwards.status, 2, backwards.stderr);
    assert.match(backwards.stderr, /ligt na --to/);
    const option = spawn(['export', 'ddas', '--gemeente', 'GM9901']);
    assert.equal(option.status, 2);
    assert.match(option.stderr, /Onbekende optie/);
    const help = spawn(['--help']);
    assert.match(help.stdout, /regie export ddas --municipality GMxxxx/);
    assert.equal(existsSync(join(dir, 'data')), false, 'no embedded database was started');
  });
});
