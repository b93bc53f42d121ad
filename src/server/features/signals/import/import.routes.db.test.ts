import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { settleImportJobs } from './import.jobs.ts';
import { ddasDocument, levering, vroegsignaal } from './import-fixtures.ts';

/** The upload API: 202 + background run, progress, history, paged errors, the CSV report, and who may do it. */

describe('/api/v1/signal-imports', () => {
  let t: TestApp;
  let bsns: string[];

  before(async () => {
    t = await createTestApp({ households: 40 });
    const found = await t.database.db.execute<{ bsn: string }>(
      sql`SELECT bsn FROM persons WHERE municipality_code = 'GM9901' ORDER BY bsn LIMIT 5`,
    );
    bsns = found.rows.map((r) => r.bsn);
  });
  after(() => t.close());

  const file = () =>
    JSON.stringify(
      ddasDocument([
        levering('GM9901', [
          vroegsignaal('U-1', { burgerservicenummer: bsns[0]! }),
          vroegsignaal('U-2', { burgerservicenummer: '123456789' }),
          vroegsignaal('U-3', { postcode: '1234 AB', huisnummer: 'x' }),
          vroegsignaal('U-4', { burgerservicenummer: bsns[1]! }),
        ]),
      ]),
    );

  test('upload → 202 with an id; the run finishes with progress, history, errors and a CSV report', async () => {
    const intake = await signedIn(t, 'intake');
    const res = await intake.fetch(
      '/api/v1/signal-imports?gemeente=GM9901&bestandsnaam=platform%20nov.json',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: file(),
      },
    );
    assert.equal(res.status, 202, await res.clone().text());
    const { id } = (await res.json()) as { id: string };
    await settleImportJobs();

    const status = await intake.fetch(`/api/v1/signal-imports/${id}`);
    assert.equal(status.status, 200);
    const run = (await status.json()) as Record<string, unknown>;
    assert.equal(run.status, 'klaar');
    assert.equal(run.bestandsnaam, 'platform nov.json');
    assert.equal(run.formaat, 'ddas');
    assert.deepEqual([run.gelezen, run.nieuw, run.dubbel, run.afgekeurd], [4, 2, 0, 2]);
    assert.equal(run.bytesVerwerkt, run.bytesTotaal);
    assert.equal(run.bytesTotaal, Buffer.byteLength(file()));

    const history = (await (await intake.fetch('/api/v1/signal-imports?page=1&pageSize=10')).json()) as {
      items: { id: string }[];
      total: number;
    };
    assert.ok(history.items.some((i) => i.id === id));

    const errors = (await (
      await intake.fetch(`/api/v1/signal-imports/${id}/fouten?page=1&pageSize=1`)
    ).json()) as {
      items: { rij: number; veld: string; reden: string }[];
      total: number;
    };
    assert.equal(errors.total, 2);
    assert.deepEqual(
      errors.items.map((e) => [e.rij, e.veld]),
      [[2, 'client.burgerservicenummer']],
    );

    const report = await intake.fetch(`/api/v1/signal-imports/${id}/rapport`);
    assert.equal(report.status, 200);
    assert.match(report.headers.get('content-type') ?? '', /^text\/csv/);
    assert.equal(
      report.headers.get('content-disposition'),
      'attachment; filename="importverslag-platform_nov.csv"',
    );
    const bytes = new Uint8Array(await report.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(lines[0], 'rij;veld;reden');
    assert.equal(lines.length, 3);
    assert.match(lines[1]!, /^2;client\.burgerservicenummer;/);
    assert.match(lines[2]!, /^3;client\.huisnummer;/);

    const audit = await t.database.db.execute<{
      action: string;
      details: { onderdeel?: string };
    }>(sql`SELECT action,
      details FROM audit_log WHERE resource_ids ? ${id} ORDER BY chain_seq`);
    assert.deepEqual(
      audit.rows.map((r) => [r.action, r.details.onderdeel ?? null]),
      [
        ['signal.import', null],
        ['signal_import.read', 'fouten'],
        ['signal_import.read', 'rapport'],
      ],
    );

    // The same file again is the same run: nothing new.
    const again = await intake.fetch('/api/v1/signal-imports?gemeente=GM9901&bestandsnaam=kopie.json', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: file(),
    });
    assert.equal(again.status, 202);
    assert.equal(((await again.json()) as { id: string }).id, id);
    await settleImportJobs();
    const second = (await (await intake.fetch(`/api/v1/signal-imports/${id}`)).json()) as Record<
      string,
      unknown
    >;
    assert.deepEqual([second.nieuw, second.dubbel, second.afgekeurd], [0, 2, 2]);
  });

  test('403 without the capability or for another municipality; 404 for a run out of scope', async () => {
    const wijkteam = await signedIn(t, 'wijkteam');
    const denied = await wijkteam.fetch('/api/v1/signal-imports?gemeente=GM9901', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'ID;Signaalpartner;BSN\n',
    });
    assert.equal(denied.status, 403);
    assert.equal((await wijkteam.fetch('/api/v1/signal-imports')).status, 403);

    const intake = await signedIn(t, 'intake');
    const other = await intake.fetch('/api/v1/signal-imports?gemeente=GM9902', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'ID;Signaalpartner;BSN\n',
    });
    assert.equal(other.status, 403);
    assert.match(((await other.json()) as { detail: string }).detail, /GM9902/);
    const missing = await intake.fetch('/api/v1/signal-imports/00000000-0000-4000-8000-000000000000');
    assert.equal(missing.status, 404);
    const count = await t.database.db.execute<{ n: string }>(
      sql`SELECT count(*) AS n FROM signal_imports WHERE municipality_code = 'GM9902'`,
    );
    assert.equal(Number(count.rows[0]?.n), 0);
  });

  test('a file larger than the limit is refused with 413 and a Dutch message', async () => {
    const intake = await signedIn(t, 'intake');
    const res = await intake.fetch('/api/v1/signal-imports?gemeente=GM9901', {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'content-length': String(2 ** 31) },
      body: 'ID;Signaalpartner;BSN\n',
    });
    assert.equal(res.status, 413);
    assert.match(((await res.json()) as { detail: string }).detail, /groter dan 1024 MiB/);
  });

  test('a broken file ends as mislukt with a Dutch message; the server goes on', async () => {
    const intake = await signedIn(t, 'intake');
    const res = await intake.fetch('/api/v1/signal-imports?gemeente=GM9901&bestandsnaam=kapot.json', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"leveringen": [',
    });
    assert.equal(res.status, 202);
    const { id } = (await res.json()) as { id: string };
    await settleImportJobs();
    const run = (await (await intake.fetch(`/api/v1/signal-imports/${id}`)).json()) as Record<
      string,
      unknown
    >;
    assert.equal(run.status, 'mislukt');
    assert.match(String(run.melding), /houdt halverwege op/);
  });
});
