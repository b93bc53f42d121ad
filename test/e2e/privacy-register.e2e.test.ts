// Browser test of the processing register /privacy/verwerkingsregister: the demo FG opens it through the main menu,
// sees the purposes with their legal bases and the data categories, and downloads the CSV (BOM, ';', dated name).
// Axe on the page, no horizontal scroll at 320 px.
// Drives Debian's /usr/bin/chromium through playwright-core (never downloads a browser); skips without it.
// Run: npm run build:web && node scripts/test.js test/e2e/privacy-register
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  assertNoAxeViolations,
  assertNoHorizontalScroll,
  ensureWebBuilt,
  launchChromium,
  openPage,
  signIn,
  skipWithoutChromium,
  startApp,
  waitForContent as waitForPageContent,
} from './harness.ts';

const waitForContent = (page: Page) => waitForPageContent(page, 120_000);

test('the processing register in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  // The register holds no household data: a small demo population starts faster.
  const app = await startApp({ dataDirPrefix: 'regie-e2e-register-', env: { REGIE_DEMO_HOUSEHOLDS: '50' } });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const { page } = await openPage(browser, { acceptDownloads: true });
    await signIn(page, app.baseUrl, 'fg');

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Verwerkingsregister' })
      .click();
    await page.waitForURL((url) => url.pathname === '/privacy/verwerkingsregister');
    await page.getByRole('heading', { level: 1, name: 'Verwerkingsregister' }).waitFor();
    await waitForContent(page);
    assert.equal(await page.title(), 'Verwerkingsregister - Regie');

    // The purposes, each a section with its legal basis, data, recipients and retention.
    const purposes = page.getByRole('region', { name: 'Doelen', exact: true });
    const vroeg = purposes.getByRole('region', { name: 'Vroegsignalering van schulden' });
    await vroeg.getByText('Wgs art. 8a–8d', { exact: true }).waitFor();
    await vroeg.getByText(/alleen of het signaal is opgepakt, ja of nee/).waitFor();
    await vroeg.getByText('Signaal dat is opgepakt: 12 maanden na het oppakken van het signaal').waitFor();
    const jeugd = purposes.getByRole('region', { name: 'Jeugdhulp (Jeugdwet)' });
    await jeugd.getByText('Jeugdwetdossier: 240 maanden (20 jaar) na het afsluiten van de casus').waitFor();
    assert.equal(await purposes.getByRole('heading', { level: 3 }).count(), 8, 'eight purposes');
    await page
      .getByText('De bewaartermijnen zijn die van gemeente Regiedam, zoals ze nu zijn ingesteld.')
      .waitFor();

    // The data categories with their tables.
    const categories = page.getByRole('table', {
      name: 'Soorten persoonsgegevens met hun tabellen en bewaartermijn',
    });
    await categories.getByRole('rowheader', { name: 'Identificerende gegevens' }).waitFor();
    await categories.getByText('persons', { exact: true }).waitFor();

    await assertNoAxeViolations(page, 'processing register');
    await page.setViewportSize({ width: 320, height: 800 });
    await assertNoHorizontalScroll(page, 'processing register at 320 px');
    await assertNoAxeViolations(page, 'processing register at 320 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The CSV download: dated file name, BOM, ';' separator and a header row.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download als CSV (voor Excel)' }).click(),
    ]);
    assert.match(
      download.suggestedFilename(),
      /^verwerkingsregister-GM9901-v2026\.1-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const bytes = readFileSync(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    assert.ok(lines[0]!.startsWith('Doel (code);Doel;Omschrijving doel;Grondslag;'), lines[0]);
    assert.ok(lines.some((line) => line.startsWith('vroegsignalering;')));
  } finally {
    await browser?.close();
    await app.stop();
  }
});
