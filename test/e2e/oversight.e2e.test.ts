// Browser test of the supervisor pack page /cijfers/toezicht (issue 7, item 5): the demo beleidsmedewerker follows
// the link on the indicator page, sees the header (no personal data), a table per question with "< 10" where a
// count is small, the definitions with their versions and the suppression rule, and downloads the same pack as CSV.
// Nowhere a BSN (9 digits) or a demo household member's name or street. Axe clean, no sideways scroll at 320 px.
// Run: npm run build:web && node --import tsx --test test/e2e/oversight.e2e.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  assertNoPersonalData,
  checkPage,
  ensureWebBuilt,
  getJson,
  launchChromium,
  openPage,
  signIn,
  skipWithoutChromium,
  startApp,
  waitForContent,
} from './harness.ts';

type Pack = {
  year: number;
  tables: { question: string; rows: { cells: Record<string, { suppressed: boolean }> }[] }[];
};

test('the supervisor pack page in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-oversight-' });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const { page, errors } = await openPage(browser);
    await signIn(page, app.baseUrl, 'beleid');

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Indicatoren' })
      .click();
    await page.waitForURL((url) => url.pathname === '/cijfers/indicatoren');
    await page.getByRole('link', { name: 'Toezichtpakket voor Toezicht Sociaal Domein' }).click();
    await page.waitForURL((url) => url.pathname === '/cijfers/toezicht');
    await page.getByRole('heading', { level: 1, name: 'Toezichtpakket' }).waitFor();
    await waitForContent(page, 180_000);
    assert.equal(await page.title(), 'Toezichtpakket - Regie');
    await page.getByText('geen persoonsgegevens', { exact: true }).waitFor();

    // A table per question, each with its question as a heading; the household types in the first.
    const year = await page.getByLabel('Jaar', { exact: true }).inputValue();
    const pack = await getJson<Pack>(
      page,
      `${app.baseUrl}/api/v1/oversight/supervisor-pack?municipality=GM9901&year=${year}`,
    );
    for (const [i, table] of pack.tables.entries()) {
      await page.getByRole('heading', { level: 2, name: `Vraag ${i + 1}: ${table.question}` }).waitFor();
    }
    const first = page.getByRole('table', { name: new RegExp(`^${escapeRegExp(pack.tables[0]!.question)}`) });
    await first.getByRole('cell', { name: 'Eenpersoonshuishouden' }).first().waitFor();
    await first.getByRole('cell', { name: 'Eenouderhuishouden' }).first().waitFor();
    // Each question's headline figure as a chart next to its table: the household types of the latest half-year.
    const chart = page.getByRole('figure', {
      name: /^Huishoudens met een voorziening, (Eerste|Tweede) halfjaar/,
    });
    await chart.locator('svg').first().waitFor();
    assert.ok((await page.getByRole('figure').count()) >= pack.tables.length, 'a chart per question');
    const anySuppressed = pack.tables.some((x) =>
      x.rows.some((r) => Object.values(r.cells).some((c) => c.suppressed)),
    );
    assert.ok(anySuppressed, 'the demo pack has small cells');
    assert.ok(
      (await page.getByRole('cell', { name: '< 10', exact: true }).count()) > 0,
      '"< 10" on the page',
    );
    await page.getByRole('heading', { level: 3, name: 'Samenhang per huishoudtype (versie 1)' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kleine aantallen' }).waitFor();
    await assertNoPersonalData(page, 'supervisor pack');
    await checkPage(page, 'supervisor pack');

    // The same pack as CSV through the page's session: the header, the tables and "< 10".
    const csvLink = page.getByRole('link', { name: /Download het hele pakket als CSV/ });
    const csvHref = (await csvLink.getAttribute('href')) ?? '';
    assert.match(csvHref, /^\/api\/v1\/oversight\/supervisor-pack\.csv\?/);
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), csvHref);
    assert.match(csv, /^\uFEFF?Toezichtpakket samenhang sociaal domein\r\n/);
    assert.match(csv, /Persoonsgegevens;geen persoonsgegevens/);
    assert.match(csv, /Vraag 1;/);
    assert.match(csv, /;< 10/);
    assert.doesNotMatch(csv, /(?<!\d)\d{9}(?!\d)/, 'no BSN-like number in the CSV');

    assert.deepEqual(errors, [], 'no script errors');
  } finally {
    await browser?.close();
    await app.stop();
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
