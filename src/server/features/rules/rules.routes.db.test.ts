import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { rulesCommand } from '../../../cli/commands/rules.ts';
import { household, housemate } from './test-households.ts';

/** The CLI as a function: same code path as `regie rules …`, stdin and stdout captured. */
async function cli(command: 'bijstandsnorm' | 'wat-als', input: unknown) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await rulesCommand([command], {
    readStdin: async () => JSON.stringify(input),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const households = {
  'single with a cost-sharing brother': household({
    medebewoners: [housemate({ naam: 'broer', geboortedatum: '1978-02-02', relatie: 'broer-zus' })],
  }),
  'couple with a child and a mother': household({
    partner: { geboortedatum: '1982-09-09' },
    kinderenOnder18: 1,
    medebewoners: [housemate({ naam: 'moeder', geboortedatum: '1950-03-03', relatie: 'ouder' })],
  }),
  'young single with housemates (no kostendelersnorm under 21)': household({
    peildatum: '2025-08-01',
    aanvrager: { geboortedatum: '2006-01-01' },
    medebewoners: [housemate(), housemate({ geboortedatum: '1990-01-01' })],
  }),
  'young spouse and a spouse at AOW age with a lodger': household({
    peildatum: '2026-07-01',
    aanvrager: { geboortedatum: '2006-03-03' },
    partner: { geboortedatum: '1955-01-01' },
    medebewoners: [housemate({ naam: 'kamerhuurder', commercieleHuur: true, relatie: 'overige-familie' })],
  }),
  'student and mantelzorg (2026)': household({
    peildatum: '2026-02-01',
    aanvrager: { geboortedatum: '1970-01-01', mantelzorgElders: true },
    medebewoners: [
      housemate({ naam: 'student', geboortedatum: '2000-01-01', studiefinanciering: true }),
      housemate({ naam: 'zorg', mantelzorg: true }),
    ],
  }),
};

describe('rules API: the same answers as the CLI', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ households: 10 });
  });
  after(() => t.close());

  test('POST /api/v1/rules/bijstandsnorm equals `regie rules bijstandsnorm` for every household', async () => {
    const b = await signedIn(t, 'regisseur');
    for (const [name, input] of Object.entries(households)) {
      const res = await b.fetch('/api/v1/rules/bijstandsnorm', { method: 'POST', json: input });
      assert.equal(res.status, 200, name);
      const api = await res.json();
      const { code, stdout } = await cli('bijstandsnorm', input);
      assert.equal(code, 0, name);
      assert.deepEqual(api, JSON.parse(stdout), name);
    }
  });

  test('the real `regie` command prints the same JSON as the API', async () => {
    const input = households['couple with a child and a mother'];
    const run = spawnSync(
      process.execPath,
      [new URL('../../../../bin/regie.js', import.meta.url).pathname, 'rules', 'bijstandsnorm'],
      {
        input: JSON.stringify(input),
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
        timeout: 60_000,
      },
    );
    assert.equal(run.status, 0, run.stderr);
    const b = await signedIn(t, 'beleid');
    const res = await b.fetch('/api/v1/rules/bijstandsnorm', { method: 'POST', json: input });
    const api = (await res.json()) as { totaalCent: number };
    assert.deepEqual(api, JSON.parse(run.stdout));
    assert.equal(api.totaalCent, 173518);
  });

  test('POST /api/v1/rules/wat-als equals `regie rules wat-als`', async () => {
    const b = await signedIn(t, 'intake');
    const cases = [
      {
        huishouden: households['single with a cost-sharing brother'],
        wijziging: { soort: 'verhuist', naam: 'broer' },
      },
      {
        huishouden: households['couple with a child and a mother'],
        wijziging: {
          soort: 'komt-wonen',
          medebewoner: housemate({ naam: 'neef', relatie: 'overige-familie' }),
        },
      },
    ];
    for (const input of cases) {
      const res = await b.fetch('/api/v1/rules/wat-als', { method: 'POST', json: input });
      assert.equal(res.status, 200);
      const api = (await res.json()) as { verschilPerMaandCent: number };
      const { code, stdout } = await cli('wat-als', input);
      assert.equal(code, 0);
      assert.deepEqual(api, JSON.parse(stdout));
    }
  });

  test('bad input: 400 problem+json whose errors are the Dutch field messages the CLI prints', async () => {
    const b = await signedIn(t, 'wijkteam');
    const bad = [
      {
        ...households['single with a cost-sharing brother'],
        peildatum: '2027-03-01',
        medebewoners: [housemate({ relatie: 'buurman' as never, geboortedatum: '2027-05-01' })],
      },
      { peildatum: '2025-02-29', aanvrager: {}, kinderenOnder18: -1, medebewoners: 'geen', huisdier: 'kat' },
      household({ aanvrager: { geboortedatum: '2010-01-01' }, partner: { geboortedatum: '2030-01-01' } }),
    ];
    for (const input of bad) {
      const res = await b.fetch('/api/v1/rules/bijstandsnorm', { method: 'POST', json: input });
      assert.equal(res.status, 400);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const problem = (await res.json()) as { code: string; errors: { path: string; message: string }[] };
      assert.equal(problem.code, 'validation');
      const { code, stderr } = await cli('bijstandsnorm', input);
      assert.equal(code, 2);
      const fouten = (JSON.parse(stderr) as { fouten: { veld: string; melding: string }[] }).fouten;
      assert.deepEqual(
        problem.errors,
        fouten.map((f) => ({ path: f.veld, message: f.melding })),
      );
      assert.ok(problem.errors.length > 0);
    }
    const res = await b.fetch('/api/v1/rules/bijstandsnorm', { method: 'POST', json: bad[0] });
    const problem = (await res.json()) as { errors: { path: string; message: string }[] };
    assert.deepEqual(
      problem.errors.map((e) => e.path),
      ['medebewoners[0].relatie'],
      'shape errors come first; the law checks follow once the shape is right',
    );
    assert.equal(
      problem.errors[0]?.message,
      'De relatie van medebewoner 1 is onbekend: "buurman". Kies uit: kind, ouder, broer-zus, grootouder, kleinkind, overige-familie, geen-familie.',
    );
    const law = await b.fetch('/api/v1/rules/bijstandsnorm', {
      method: 'POST',
      json: { ...households['single with a cost-sharing brother'], peildatum: '2024-06-01' },
    });
    assert.deepEqual(((await law.json()) as { errors: unknown[] }).errors, [
      {
        path: 'peildatum',
        message:
          'Voor de peildatum 1-6-2024 zijn geen bijstandsnormen beschikbaar. Regie heeft normen van 1-1-2025 tot en met 31-12-2026.',
      },
    ]);
    const whatIf = await b.fetch('/api/v1/rules/wat-als', {
      method: 'POST',
      json: {
        huishouden: households['single with a cost-sharing brother'],
        wijziging: { soort: 'verhuist', naam: 'zus' },
      },
    });
    assert.equal(whatIf.status, 400);
    const whatIfErrors = ((await whatIf.json()) as { errors: { path: string; message: string }[] }).errors;
    assert.equal(whatIfErrors[0]?.path, 'wijziging.naam');
    assert.match(whatIfErrors[0]?.message ?? '', /Er is geen medebewoner met de naam "zus"/);
  });

  test('unreadable JSON and a body that is not JSON get a Dutch 400', async () => {
    const b = await signedIn(t, 'regisseur');
    const broken = await b.fetch('/api/v1/rules/bijstandsnorm', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"peildatum": ',
    });
    assert.equal(broken.status, 400);
    const problem = (await broken.json()) as { errors: { path: string; message: string }[] };
    assert.equal(problem.errors[0]?.path, '(invoer)');
    assert.match(problem.errors[0]?.message ?? '', /^De JSON kan niet gelezen worden/);
    const text = await b.fetch('/api/v1/rules/bijstandsnorm', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hallo',
    });
    assert.equal(text.status, 400);
    assert.match(
      ((await text.json()) as { errors: { message: string }[] }).errors[0]?.message ?? '',
      /als JSON/,
    );
  });

  test('any signed-in user may compute; nobody else; a calculation writes no audit row', async () => {
    const before = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log`);
    for (const username of ['regisseur', 'partner', 'beheerder', 'fg', 'schuldhulp']) {
      const b = await signedIn(t, username);
      const res = await b.fetch('/api/v1/rules/bijstandsnorm', { method: 'POST', json: household() });
      assert.equal(res.status, 200, username);
    }
    const afterLogin = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'rules.%'`,
    );
    assert.equal(afterLogin.rows[0]?.n, 0, 'no rules.* audit rows for pure calculations');
    assert.ok((before.rows[0]?.n ?? 0) > 0);
    const anonymous = await t.request('/api/v1/rules/bijstandsnorm', { method: 'POST', json: household() });
    assert.equal(anonymous.status, 401);
    const anonymousWhatIf = await t.request('/api/v1/rules/wat-als', { method: 'POST', json: {} });
    assert.equal(anonymousWhatIf.status, 401, 'unauthenticated before any validation');
  });

  test('the OpenAPI document describes the three endpoints with their schemas', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    assert.ok(doc.paths['/api/v1/rules/bijstandsnorm']?.post);
    assert.ok(doc.paths['/api/v1/rules/wat-als']?.post);
    assert.ok(doc.paths['/api/v1/rules/impact']?.get);
    for (const name of [
      'BijstandsnormInvoer',
      'BijstandsnormResultaat',
      'WatAlsInvoer',
      'WatAlsResultaat',
      'ImpactRapport',
    ]) {
      assert.ok(doc.components.schemas[name], name);
    }
  });
});
