import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rulesCommand } from './rules.ts';

function run(args: string[], stdin: string) {
  const out: string[] = [];
  const err: string[] = [];
  return rulesCommand(args, {
    readStdin: async () => stdin,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  }).then((code) => ({ code, stdout: out.join(''), stderr: err.join('') }));
}

const household = {
  peildatum: '2026-01-15',
  aanvrager: { geboortedatum: '1980-05-01' },
  partner: { geboortedatum: '1982-09-09' },
  kinderenOnder18: 1,
  medebewoners: [
    {
      naam: 'moeder',
      geboortedatum: '1950-03-03',
      relatie: 'ouder',
      commercieleHuur: false,
      studiefinanciering: false,
      bbl: false,
      mantelzorg: false,
    },
  ],
};

test('bijstandsnorm: household JSON on stdin, result JSON on stdout, exit 0', async () => {
  const { code, stdout, stderr } = await run(['bijstandsnorm'], JSON.stringify(household));
  assert.equal(code, 0);
  assert.equal(stderr, '');
  const result = JSON.parse(stdout);
  // Couple of 21+ with one cost-sharer: A = 3, 2 × 43,33% × € 2.002,13 = 173517,93 → 173518.
  assert.equal(result.totaalCent, 173518);
  assert.equal(result.kostendelers, 3);
  assert.ok(Array.isArray(result.uitleg) && result.uitleg.length > 5);
  assert.equal((await run(['rules', 'bijstandsnorm'], JSON.stringify(household))).code, 0);
});

test('bad input: exit 2 and a JSON error with Dutch messages on stderr', async () => {
  const bad = structuredClone(household);
  bad.medebewoners[0]!.relatie = 'buurman';
  bad.peildatum = '2027-03-01';
  const { code, stdout, stderr } = await run(['bijstandsnorm'], JSON.stringify(bad));
  assert.equal(code, 2);
  assert.equal(stdout, '');
  const error = JSON.parse(stderr);
  assert.equal(error.fout, 'De invoer voor de berekening is niet goed');
  assert.deepEqual(
    error.fouten.map((f: { veld: string }) => f.veld),
    ['medebewoners[0].relatie'],
  );
  assert.match(error.fouten[0].melding, /onbekend: "buurman"/);

  bad.medebewoners[0]!.relatie = 'ouder';
  const outside = JSON.parse((await run(['bijstandsnorm'], JSON.stringify(bad))).stderr);
  assert.equal(outside.fouten[0].veld, 'peildatum');
  assert.match(outside.fouten[0].melding, /geen bijstandsnormen beschikbaar/);
});

test('not JSON, empty input, unknown subcommand, help', async () => {
  const notJson = await run(['bijstandsnorm'], '{ peildatum: 2026 }');
  assert.equal(notJson.code, 2);
  assert.equal(JSON.parse(notJson.stderr).fout, 'De invoer is geen geldige JSON');
  const empty = await run(['bijstandsnorm'], '   ');
  assert.equal(empty.code, 2);
  assert.match(JSON.parse(empty.stderr).fouten[0].melding, /Er kwam geen invoer binnen/);
  const unknown = await run(['norm'], '{}');
  assert.equal(unknown.code, 2);
  assert.match(JSON.parse(unknown.stderr).fout, /Onbekende opdracht/);
  const help = await run(['--help'], '');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /regie rules bijstandsnorm < huishouden\.json/);
});

test('wat-als: now and after, side by side', async () => {
  const { code, stdout } = await run(
    ['wat-als'],
    JSON.stringify({ huishouden: household, wijziging: { soort: 'verhuist', naam: 'moeder' } }),
  );
  assert.equal(code, 0);
  const result = JSON.parse(stdout);
  assert.equal(result.nu.totaalCent, 173518);
  assert.equal(result.straks.totaalCent, 200213);
  assert.equal(result.verschilPerMaandCent, 26695);
  assert.equal(result.verschilPerJaarCent, 320340);
});

test('reads real stdin in a child process', () => {
  const script = `import { rulesCommand } from ${JSON.stringify(fileURLToPath(new URL('./rules.ts', import.meta.url)))};
process.exitCode = await rulesCommand(['bijstandsnorm']);`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    input: JSON.stringify(household),
    encoding: 'utf8',
  });
  assert.equal(child.status, 0, child.stderr);
  assert.equal(JSON.parse(child.stdout).totaalCent, 173518);
  const bad = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    input: '{"peildatum":"2026-01-15"}',
    encoding: 'utf8',
  });
  assert.equal(bad.status, 2);
  assert.equal(JSON.parse(bad.stderr).fouten[0].veld, 'aanvrager');
});
