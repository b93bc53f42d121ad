import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';

const bin = new URL('../bin/regie.js', import.meta.url).pathname;

function env(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    REGIE_DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'info',
    REGIE_DEMO_HOUSEHOLDS: '40',
    DATABASE_URL: '',
  };
}

function regie(dataDir: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    env: env(dataDir),
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, 'start'], { env: env(dataDir) });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (d: Buffer) => {
      buffer += d.toString();
      const m = /"url":"(http:\/\/localhost:\d+)"/.exec(buffer);
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${buffer}`)));
  });
}

describe('the regie command on the embedded database', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'regie-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a second process on the same data dir fails clearly and the first keeps its data', async () => {
    const { child, url } = await startServer(dir);
    try {
      assert.equal((await fetch(`${url}/health`)).status, 200);
      const second = regie(dir, ['migrate']);
      assert.equal(second.code, 78);
      assert.match(second.err, /al in gebruik door proces \d+/);
      const login = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'regisseur', password: 'Regie-demo-2026' }),
      });
      assert.equal(login.status, 200, 'the running instance still works');
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      assert.equal(await exited, 0, 'graceful shutdown exits 0');
    }
    assert.equal(existsSync(join(dir, 'regie.lock')), false, 'the lock is released on SIGTERM');
  });

  test('seed is idempotent; migrate reports no work the second time', () => {
    const seed = regie(dir, ['seed']);
    assert.equal(seed.code, 0, seed.err);
    assert.match(seed.out, /al geladen; niets gewijzigd/);
    assert.equal(regie(dir, ['migrate']).code, 0);
  });

  test('user create makes an account that can sign in; bad input is refused with a message', () => {
    const ok = regie(
      dir,
      [
        'user',
        'create',
        '--username',
        'nieuw',
        '--name',
        'Nina Nieuw',
        '--organisation',
        'Gemeente Regiedam',
        '--role',
        'regisseur',
        '--password-stdin',
      ],
      'een-lang-genoeg-wachtwoord\n',
    );
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /Gebruiker aangemaakt/);
    const dup = regie(dir, [
      'user',
      'create',
      '--username',
      'NIEUW',
      '--name',
      'x',
      '--organisation',
      'Gemeente Regiedam',
      '--role',
      'fg',
    ]);
    assert.equal(dup.code, 2);
    assert.match(dup.err, /bestaat al/);
    const badRole = regie(dir, [
      'user',
      'create',
      '--username',
      'y',
      '--name',
      'y',
      '--organisation',
      'Gemeente Regiedam',
      '--role',
      'koning',
    ]);
    assert.equal(badRole.code, 2);
    assert.match(badRole.err, /Onbekende rol: koning/);
  });

  test('audit verify passes, then fails naming the row after someone alters it', async () => {
    const good = regie(dir, ['audit', 'verify']);
    assert.equal(good.code, 0, good.err);
    assert.match(good.out, /Auditlog in orde/);

    // An attacker with file access edits the database directly.
    const db = await PGlite.create(join(dir, 'pglite'));
    const { rows } = await db.query<{ id: number }>(
      "SELECT id FROM audit_log WHERE action = 'user.create' ORDER BY id LIMIT 1",
    );
    await db.exec('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await db.query(`UPDATE audit_log SET details = '{"roles":["beheerder"]}' WHERE id = $1`, [rows[0]!.id]);
    await db.exec('ALTER TABLE audit_log ENABLE TRIGGER USER');
    await db.close();

    const bad = regie(dir, ['audit', 'verify']);
    assert.equal(bad.code, 1);
    assert.match(bad.err, new RegExp(`rij id ${rows[0]!.id}\\): inhoud is gewijzigd`));
  });

  test('production without DATABASE_URL refuses to start, naming the variable', () => {
    const r = spawnSync(process.execPath, [bin, 'start'], {
      env: { ...env(dir), NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(r.status, 78);
    assert.match(r.stderr, /DATABASE_URL: is verplicht in productie/);
    assert.match(r.stderr, /SESSION_SECRET: staat nog op de ontwikkelwaarde/);
  });

  test('unknown commands and options get a Dutch message and exit 2', () => {
    const r = regie(dir, ['vlieg']);
    assert.equal(r.code, 2);
    assert.match(r.err, /Onbekende opdracht: vlieg/);
    assert.equal(regie(dir, ['seed', '--huishoudens', '5']).code, 2);
  });
});
