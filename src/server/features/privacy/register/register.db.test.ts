import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, signedIn, type TestApp } from '../../../../../test/helpers/app.ts';
import { DEFAULT_SIGNAL_SETTINGS } from '../../signals/settings.ts';
import { PROCESSING_PURPOSES } from './register.ts';
import type { RegisterView } from './register-view.ts';
import { unregisteredTables } from './schema-tables.ts';

type Problem = { status: number; detail?: string };

/** Parses the register CSV: BOM, ';' separator, quoted fields, CRLF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('processing register API', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ households: 5 });
  });
  after(() => t.close());

  const auditCount = async () => {
    const { rows } = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'privacy.register.export'`,
    );
    return rows[0]!.n;
  };

  test('every table in the migrated database is covered by the register (catches tables outside drizzle)', async () => {
    const { rows } = await t.database.db.execute<{ name: string }>(sql`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`);
    const tables = rows.map((r) => r.name);
    assert.ok(tables.includes('regie_migrations') && tables.includes('consents'));
    assert.deepEqual(unregisteredTables(tables), []);
  });

  test('fg, beheerder and beleidsmedewerker read the register with the municipality and its terms', async () => {
    for (const user of ['fg', 'beheerder', 'beleid']) {
      const res = await (await signedIn(t, user)).fetch('/api/v1/privacy/register');
      assert.equal(res.status, 200, user);
      const body = (await res.json()) as RegisterView;
      assert.equal(body.version, '2026.1');
      assert.match(body.validFrom, /^\d{4}-\d{2}-\d{2}$/);
      assert.deepEqual(body.municipality, { code: 'GM9901', name: 'Regiedam' });
      assert.deepEqual(
        body.purposes.map((p) => p.code),
        PROCESSING_PURPOSES.map((p) => p.code),
      );
      const picked = body.retentionCategories.find((r) => r.code === 'signaal_opgepakt')!;
      assert.equal(picked.months, 12);
      assert.equal(picked.signalSettingsKey, 'pickedUp');
      assert.ok(body.categories.some((c) => c.tables.includes('persons')));
    }
    assert.equal(await auditCount(), 0, 'reading the register holds no personal data and is not audited');
  });

  test('regisseur and partner are refused; without a session 401', async () => {
    for (const user of ['regisseur', 'partner']) {
      const b = await signedIn(t, user);
      assert.equal((await b.fetch('/api/v1/privacy/register')).status, 403, user);
      assert.equal((await b.fetch('/api/v1/privacy/register/export?format=csv')).status, 403, user);
    }
    assert.equal((await t.request('/api/v1/privacy/register')).status, 401);
    assert.equal((await t.request('/api/v1/privacy/register/export')).status, 401);
    assert.equal(await auditCount(), 0, 'a refused export leaves nothing behind');
  });

  test('another municipality is not found; a bad code is a Dutch validation error', async () => {
    const fg = await signedIn(t, 'fg');
    const other = await fg.fetch('/api/v1/privacy/register?gemeente=GM9902');
    assert.equal(other.status, 404);
    const bad = await fg.fetch('/api/v1/privacy/register?gemeente=Regiedam');
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as Problem).detail ?? JSON.stringify(bad), /gemeentecode|GM/);
    const format = await fg.fetch('/api/v1/privacy/register/export?format=xlsx');
    assert.equal(format.status, 400);
  });

  test('CSV export: BOM, ";" separator, header row, a row per purpose × category, dated name, audited', async () => {
    const fg = await signedIn(t, 'fg');
    const res = await fg.fetch('/api/v1/privacy/register/export?format=csv');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
    assert.equal(
      res.headers.get('content-disposition'),
      'attachment; filename="verwerkingsregister-GM9901-v2026.1-2026-11-23.csv"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    assert.ok(text.startsWith('\uFEFFDoel (code);Doel;'));
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    assert.deepEqual(header.slice(0, 4), ['Doel (code)', 'Doel', 'Omschrijving doel', 'Grondslag']);
    assert.ok(header.includes('Ontvangers') && header.includes('Bewaartermijn'));
    const expected = PROCESSING_PURPOSES.reduce((n, p) => n + p.categories.length, 0);
    assert.equal(rows.length - 1, expected);
    for (const row of rows) assert.equal(row.length, header.length, 'every row has every column');
    const col = (name: string) => header.indexOf(name);
    const signals = rows.find(
      (r) => r[0] === 'vroegsignalering' && r[col('Categorie (code)')] === 'signalen',
    )!;
    assert.match(signals[col('Grondslag')]!, /Wgs art\. 8a–8d/);
    assert.match(signals[col('Ontvangers')]!, /alleen of het signaal is opgepakt/);
    assert.match(signals[col('Bewaartermijn')]!, /12 maanden na het oppakken van het signaal/);
    const log = rows.find(
      (r) => r[0] === 'beveiliging_logging' && r[col('Categorie (code)')] === 'toegangslog',
    )!;
    assert.match(log[col('Bewaartermijn')]!, /niet vernietigd/);

    const { rows: audit } = await t.database.db.execute<{
      actor_type: string;
      municipality_code: string;
      details: { format: string; version: string };
    }>(sql`SELECT actor_type, municipality_code, details FROM audit_log
      WHERE action = 'privacy.register.export' ORDER BY chain_seq DESC LIMIT 1`);
    assert.equal(audit[0]!.actor_type, 'user');
    assert.equal(audit[0]!.municipality_code, 'GM9901');
    assert.equal(audit[0]!.details.format, 'csv');
    assert.equal(audit[0]!.details.version, '2026.1');
  });

  test("the municipality's changed terms show up in the register and the export", async () => {
    const settings = {
      ...DEFAULT_SIGNAL_SETTINGS,
      retentionMonths: { ...DEFAULT_SIGNAL_SETTINGS.retentionMonths, pickedUp: 9, closedCase: 30 },
    };
    await t.database.db.execute(sql`
      INSERT INTO signal_settings (municipality_code, settings, updated_at)
      VALUES ('GM9901', ${JSON.stringify(settings)}::jsonb, now())
      ON CONFLICT (municipality_code) DO UPDATE SET settings = EXCLUDED.settings`);
    await t.database.db.execute(sql`
      INSERT INTO retention_terms (municipality_code, category, months, updated_at)
      VALUES ('GM9901', 'casus_afgesloten', 36, now())
      ON CONFLICT (municipality_code, category) DO UPDATE SET months = EXCLUDED.months`);

    const fg = await signedIn(t, 'fg');
    const body = (await (await fg.fetch('/api/v1/privacy/register')).json()) as RegisterView;
    const months = Object.fromEntries(
      body.retentionCategories.map((r) => [r.code, [r.months, r.defaultMonths]]),
    );
    assert.deepEqual(months.signaal_opgepakt, [9, 12]);
    assert.deepEqual(months.vroegsignaalzaak_afgesloten, [30, 18]);
    assert.deepEqual(months.casus_afgesloten, [36, 24]);
    assert.deepEqual(months.jeugdwet_dossier, [240, 240], 'no own value: the default');
    const vroeg = body.purposes.find((p) => p.code === 'vroegsignalering')!;
    assert.equal(vroeg.retention.find((r) => r.category === 'signaal_opgepakt')!.months, 9);

    const csv = await (await fg.fetch('/api/v1/privacy/register/export?format=csv')).text();
    assert.match(csv, /Signaal dat is opgepakt: 9 maanden na het oppakken van het signaal/);
    assert.match(csv, /Afgesloten casus met plan: 36 maanden \(3 jaar\) na het afsluiten van de casus/);
    assert.doesNotMatch(csv, /12 maanden na het oppakken/);
  });

  test('JSON export: the same data with rows, as an attachment, audited', async () => {
    const before = await auditCount();
    const beleid = await signedIn(t, 'beleid');
    const res = await beleid.fetch('/api/v1/privacy/register/export?format=json');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(
      res.headers.get('content-disposition'),
      'attachment; filename="verwerkingsregister-GM9901-v2026.1-2026-11-23.json"',
    );
    const body = (await res.json()) as RegisterView & { rows: { purposeCode: string }[]; exportedAt: string };
    assert.equal(body.exportedAt, '2026-11-23T09:00:00.000Z');
    assert.equal(body.purposes.length, PROCESSING_PURPOSES.length);
    assert.equal(
      body.rows.length,
      PROCESSING_PURPOSES.reduce((n, p) => n + p.categories.length, 0),
    );
    assert.equal(await auditCount(), before + 1);
  });
});
