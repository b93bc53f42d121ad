import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, DEV_SESSION_SECRET, loadConfig } from './config.ts';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.problems;
  }
}

describe('configuration', () => {
  test('development gets working defaults', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.dataDir, './data');
    assert.equal(c.databaseUrl, undefined);
    assert.equal(c.sessionSecret, DEV_SESSION_SECRET);
    assert.equal(c.oidc, undefined);
  });

  test('production without DATABASE_URL or with the default secret refuses, naming both', () => {
    const p = problems({ NODE_ENV: 'production' });
    assert.equal(p.length, 2);
    assert.ok(p.some((x) => x.startsWith('DATABASE_URL:')));
    assert.ok(p.some((x) => x.startsWith('SESSION_SECRET:')));
  });

  test('production with a database and its own secret starts', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://regie@db/regie',
      SESSION_SECRET: 'x'.repeat(40),
    });
    assert.equal(c.env, 'production');
  });

  test('bad values are named', () => {
    assert.ok(problems({ PORT: 'abc' })[0]?.startsWith('PORT:'));
    assert.ok(problems({ LOG_LEVEL: 'loud' })[0]?.startsWith('LOG_LEVEL:'));
    assert.ok(problems({ SESSION_SECRET: 'kort' })[0]?.includes('32 tekens'));
  });

  test('OIDC settings come as a set of four', () => {
    assert.ok(problems({ OIDC_ISSUER: 'https://login.example' })[0]?.includes('alle vier'));
    const c = loadConfig({
      OIDC_ISSUER: 'https://login.example',
      OIDC_CLIENT_ID: 'regie',
      OIDC_CLIENT_SECRET: 's',
      OIDC_REDIRECT_URI: 'https://regie.example/api/v1/auth/oidc/callback',
    });
    assert.equal(c.oidc?.clientId, 'regie');
  });

  test('empty variables count as unset', () => {
    assert.equal(loadConfig({ DATABASE_URL: '', PORT: '' }).port, 3000);
  });
});
