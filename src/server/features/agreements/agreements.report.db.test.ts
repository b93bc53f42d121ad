import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Browser, createTestApp, signedIn, type TestApp } from '../../../../test/helpers/app.ts';
import { organisations } from '../../db/schema/index.ts';
import { pdfText } from '../plans/plans-test-support.ts';
import type { Agreement } from './agreements.schemas.ts';
import { body, reportCsv } from './agreements-test-support.ts';

type Csv = { header: string[]; rows: Record<string, string>[] };

/** The year report as CSV, each row keyed by its column name. */
async function csv(b: Browser, id: string): Promise<Csv> {
  const { header, rows } = await reportCsv(b, id);
  return { header, rows: rows.map((cells) => Object.fromEntries(cells.map((v, i) => [header[i], v]))) };
}

async function pdf(b: Browser, id: string): Promise<string> {
  const res = await b.fetch(`/api/v1/agreements/${id}/report.pdf`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  assert.match(res.headers.get('content-disposition') ?? '', /prestatieafspraken-GM9901-2026\.pdf/);
  const file = Buffer.from(await res.arrayBuffer());
  assert.equal(file.subarray(0, 5).toString('latin1'), '%PDF-');
  return pdfText(file);
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the year report as PDF: the same commitments and figures as the CSV, for the viewer', () => {
  let t: TestApp;
  let beleid: Browser;
  let partner: Browser;
  let id: string;

  before(async () => {
    t = await createTestApp({ households: 300 });
    beleid = await signedIn(t, 'beleid');
    partner = await signedIn(t, 'partner');
    const list = await body<{ items: { id: string }[] }>(await beleid.fetch('/api/v1/agreements'), 200);
    id = list.items[0]!.id;
    // A figure the corporation supplies, with a small count: "< 10" for the gemeente, the count for the corporation.
    const orgs = await t.database.db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations);
    const made = await body<Agreement>(
      await beleid.fetch(`/api/v1/agreements/${id}/commitments`, {
        method: 'POST',
        json: {
          theme: 'Voorkomen van huisuitzetting',
          ownerOrganisationId: orgs.find((o) => o.name === 'Woonstichting De Sleutel')!.id,
          description: 'Hoogstens 2 ontruimingen wegens huurachterstand per maand.',
          source: 'partij',
          indicatorCode: 'ontruimingen-huurachterstand',
          measureKey: 'aantal',
          periodType: 'maand',
          target: 2,
          direction: 'maximaal',
        },
      }),
      201,
    );
    const evictions = made.commitments.find((c) => c.source === 'partij')!;
    await body<Agreement>(
      await partner.fetch(`/api/v1/agreements/${id}/commitments/${evictions.id}/figures`, {
        method: 'POST',
        json: { period: '2026-10', value: 3, source: 'Huuradministratie' },
      }),
      201,
    );
  });
  after(() => t.close());

  test('a title page with the municipality, the year, the day it was made, no personal data, the suppression text', async () => {
    const text = await pdf(beleid, id);
    assert.match(text, /^Jaarrapport prestatieafspraken Prestatieafspraken 2026 Regiedam/);
    assert.match(text, /Gemeente: Regiedam \(GM9901\)/);
    assert.match(text, /Jaar: 2026/);
    assert.match(text, /Gemaakt op: 23-11-2026/);
    assert.match(text, /Dit rapport bevat geen persoonsgegevens\./);
    assert.match(text, /Aantallen onder de 10 tonen we niet \(ook 0 niet\)/);
    assert.match(
      text,
      /De jaarcyclus .*Wat er is veranderd .*van overleg naar vaststelling\. Concept besproken/,
    );
    assert.doesNotMatch(text, /\b\d{9}\b/, 'no BSN');
    assert.doesNotMatch(text, /Bart Beleid|Petra Partner/, 'no employee names either');
  });

  test('every CSV row of the beleidsmedewerker is in the PDF with the same value and status', async () => {
    const [table, text] = [await csv(beleid, id), await pdf(beleid, id)];
    const agreement = await body<Agreement>(await beleid.fetch(`/api/v1/agreements/${id}`), 200);
    assert.equal(table.rows.length, agreement.commitments.length);
    assert.ok(table.rows.length >= 9);
    table.rows.forEach((row, i) => {
      const block = new RegExp(
        `${i + 1}\\. ${literal(row.Toezegging!)} Thema: ${literal(row.Thema!)} Partij: ${literal(row.Eigenaar!)} ` +
          `Indicator: ${literal(row.Indicator!)}: ${literal(row.Onderdeel!)} .*?Doel: ${row.Doel} ${literal(row['Doel (waarde)']!)}` +
          `.*? Laatste waarde: ${row.Waarde ? literal(row.Waarde) : 'nog geen waarde'}.*? Status: ${literal(row.Status!)}`,
      );
      assert.match(text, block, `commitment ${i + 1}: ${row.Toezegging}`);
    });
    const evictions = table.rows.find((r) => r.Indicator === 'Ontruimingen wegens huurachterstand')!;
    assert.equal(evictions.Waarde, '< 10');
    assert.equal(evictions.Status, 'Niet te tonen (minder dan 10)');
    assert.match(text, /Laatste waarde: < 10 \(oktober 2026\) Status: Niet te tonen \(minder dan 10\)/);
  });

  test("a party's PDF holds only its own commitments, with its own small count", async () => {
    const [table, text] = [await csv(partner, id), await pdf(partner, id)];
    const whole = await csv(beleid, id);
    assert.deepEqual([...new Set(table.rows.map((r) => r.Eigenaar))], ['Woonstichting De Sleutel']);
    assert.match(text, /alleen de toezeggingen van uw eigen organisatie/);
    for (const other of whole.rows.filter((r) => r.Eigenaar !== 'Woonstichting De Sleutel'))
      assert.doesNotMatch(
        text,
        new RegExp(literal(other.Toezegging!)),
        `${other.Eigenaar}: ${other.Toezegging}`,
      );
    assert.doesNotMatch(text, /Partij: (Gemeente Regiedam|Kredietbank Delta)/);
    const evictions = table.rows.find((r) => r.Indicator === 'Ontruimingen wegens huurachterstand')!;
    assert.equal(evictions.Waarde, '3');
    assert.match(text, /Laatste waarde: 3 \(oktober 2026\) Status: Achter op het doel/);
  });

  test('the same access as the CSV: none without a session, 404 for an agreement the viewer does not see', async () => {
    assert.equal((await t.request(`/api/v1/agreements/${id}/report.pdf`)).status, 401);
    const unknown = await beleid.fetch('/api/v1/agreements/00000000-0000-4000-8000-000000000000/report.pdf');
    assert.equal(unknown.status, 404);
  });
});
