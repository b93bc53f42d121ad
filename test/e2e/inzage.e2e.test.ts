// Browser test of the FG's part of issue 5: the demo FG opens the processing register, the break-the-glass review
// queue and an inzage dossier (AVG art. 15) of a demo inwoner through the main menu. The dossier shows the data,
// the purposes with their legal bases and recipients, and who looked at the data; the PDF and JSON downloads hold
// the same person; a BSN failing the 11-proof gets a Dutch error and an unknown one the empty state. Axe on every
// state, no horizontal scroll at 320 px.
// Drives Debian's /usr/bin/chromium through playwright-core (never downloads a browser); skips without it.
// Run: npm run build:web && node scripts/test.js test/e2e/inzage
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { syntheticBsn } from '../../src/server/lib/bsn.ts';
import type { Dossier } from '../../src/web/features/privacy/inzage/api.ts';
import {
  checkPage,
  ensureWebBuilt,
  launchChromium,
  openPage,
  signIn,
  skipWithoutChromium,
  startApp,
  waitForContent as waitForPageContent,
} from './harness.ts';

const waitForContent = (page: Page) => waitForPageContent(page, 120_000);

/**
 * The demo population is generated from a fixed seed, and every generated person in a municipality gets the next
 * test-range BSN from 0 (seed/population.ts: `bsn: syntheticBsn(n)`, n counted per municipality). The whole
 * population lives in Regiedam, the FG's municipality, so index 0 is the head of the first demo household.
 */
const DEMO_BSN = syntheticBsn(0);
/** A valid test BSN no demo person has: the population (2.3 per household) and the seeds' extras stay far off. */
const UNKNOWN_BSN = syntheticBsn(70_000);

async function openFromMenu(page: Page, link: string, path: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: link, exact: true })
    .click();
  await page.waitForURL((url) => url.pathname === path);
}

async function lookUp(page: Page, bsn: string): Promise<void> {
  await page.getByLabel('Burgerservicenummer (BSN)').fill(bsn);
  await page.getByRole('button', { name: 'Inzage maken' }).click();
}

test('the FG opens the register, the review queue and an inzage dossier', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-inzage-', env: { REGIE_DEMO_HOUSEHOLDS: '50' } });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const { page, errors } = await openPage(browser, { acceptDownloads: true });
    await signIn(page, app.baseUrl, 'fg');

    await t.test('the processing register', async () => {
      await openFromMenu(page, 'Verwerkingsregister', '/privacy/verwerkingsregister');
      await page.getByRole('heading', { level: 1, name: 'Verwerkingsregister' }).waitFor();
      await page
        .getByRole('region', { name: 'Doelen', exact: true })
        .getByRole('region', { name: 'Vroegsignalering van schulden' })
        .waitFor();
      await checkPage(page, 'processing register');
    });

    await t.test('the break-the-glass review queue', async () => {
      await openFromMenu(page, 'Noodtoegang beoordelen', '/privacy/noodtoegang');
      await page.getByRole('heading', { level: 1, name: 'Noodtoegang beoordelen' }).waitFor();
      // The fresh demo has no use of noodtoegang yet: the queue says so instead of showing an empty table.
      await page.getByText('Er is geen noodtoegang om te beoordelen.').waitFor();
      await checkPage(page, 'break-the-glass review queue');
    });

    await t.test(
      'a BSN failing the 11-proof gets a Dutch error; an unknown BSN the empty state',
      async () => {
        await openFromMenu(page, 'Inzageverzoeken', '/privacy/inzage');
        await page.getByRole('heading', { level: 1, name: 'Inzageverzoeken' }).waitFor();
        await checkPage(page, 'inzage page');

        await lookUp(page, '123456789');
        const summary = page.locator('.regie-error-summary');
        await summary
          .getByRole('link', {
            name: 'Dit burgerservicenummer bestaat niet. Controleer de cijfers (elfproef).',
          })
          .waitFor();
        assert.equal(await page.getByLabel('Burgerservicenummer (BSN)').getAttribute('aria-invalid'), 'true');
        await checkPage(page, 'inzage page with a BSN error');

        await lookUp(page, '12345');
        await summary.getByRole('link', { name: 'Een burgerservicenummer heeft 9 cijfers.' }).waitFor();

        await lookUp(page, UNKNOWN_BSN);
        await page
          .getByRole('heading', { level: 2, name: 'Regie heeft geen gegevens van deze persoon' })
          .waitFor();
        assert.equal(await summary.count(), 0, 'the error summary is gone once the BSN is valid');
        await checkPage(page, 'inzage page without data');
      },
    );

    let dossier: Dossier | undefined;
    await t.test('the dossier of a demo inwoner: data, purposes, recipients and the access log', async () => {
      await lookUp(page, DEMO_BSN);
      const result = page.getByRole('article', { name: /^Inzage voor \S/ });
      await result.waitFor();
      await waitForContent(page);
      // The result takes focus, so a screen reader user hears it is there.
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'inzage-result-title');

      const person = result.getByRole('region', { name: 'Persoonsgegevens', exact: true });
      await person.getByText(DEMO_BSN, { exact: true }).waitFor();
      await person.getByText('Regiedam', { exact: true }).waitFor();
      const households = result.getByRole('region', { name: 'Adressen en huishoudens' });
      await households
        .getByRole('rowheader', { name: /Regiedam$/ })
        .first()
        .waitFor();

      const why = result.getByRole('region', { name: 'Waarom Regie deze gegevens gebruikt' });
      await why.getByRole('heading', { level: 4, name: 'Identificerende gegevens' }).waitFor();
      await why
        .getByText(/Wettelijke grondslag: .+\. Ontvangers: .+\./)
        .first()
        .waitFor();
      assert.ok((await why.getByRole('heading', { level: 4 }).count()) >= 2, 'at least two data categories');

      // The access log is there (the seed may have logged work on the household); no inzage was made before, and
      // one click compiled once (a cached query used to compile twice on a slow machine: now it is a mutation).
      const log = result.getByRole('region', { name: 'Wie heeft de gegevens bekeken of gewijzigd' });
      await log.waitFor();
      assert.equal(await log.getByText('Heeft een inzage in uw gegevens gemaakt (zoals deze)').count(), 0);
      await checkPage(page, 'inzage dossier');

      // The PDF: compiled (and logged) again on the server, saved under a name without personal data.
      const [pdfDownload] = await Promise.all([
        page.waitForEvent('download'),
        result.getByRole('button', { name: 'Download PDF' }).click(),
      ]);
      assert.match(pdfDownload.suggestedFilename(), /^inzage-\d{4}-\d{2}-\d{2}\.pdf$/);
      const pdf = readFileSync(await pdfDownload.path());
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      assert.ok(pdf.length > 2_000, `a PDF of ${pdf.length} bytes`);

      // The JSON: the dossier as shown, the same person and the same sections.
      const [jsonDownload] = await Promise.all([
        page.waitForEvent('download'),
        result.getByRole('button', { name: 'Download JSON' }).click(),
      ]);
      assert.match(jsonDownload.suggestedFilename(), /^inzage-\d{4}-\d{2}-\d{2}\.json$/);
      dossier = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as Dossier;
      assert.equal(dossier.person.bsn, DEMO_BSN);
      await result.getByRole('heading', { level: 2, name: `Inzage voor ${dossier.person.name}` }).waitFor();
      assert.deepEqual(dossier.municipalities, [{ code: 'GM9901', name: 'Regiedam' }]);
      assert.ok(dossier.households.length > 0, 'the demo inwoner lives somewhere');
      assert.ok(dossier.processing.some((c) => c.category === 'identificatie'));
      for (const category of dossier.processing) {
        assert.ok(category.purposes.length > 0, `${category.category} has a purpose`);
        for (const purpose of category.purposes) {
          assert.ok(purpose.legalBases.length > 0, `${purpose.code} has a legal basis`);
          assert.ok(purpose.recipients.length > 0, `${purpose.code} has recipients`);
        }
      }
      assert.deepEqual(
        dossier.accessLog.filter((e) => e.action === 'privacy.inzage'),
        [],
        'this compilation is logged, but not shown in itself',
      );
    });

    await t.test('looking again shows the earlier compilations: who and what', async () => {
      assert.ok(dossier, 'the dossier test ran');
      // Away and back: the page keeps no dossier, so this is a new compilation.
      await openFromMenu(page, 'Verwerkingsregister', '/privacy/verwerkingsregister');
      await openFromMenu(page, 'Inzageverzoeken', '/privacy/inzage');
      await lookUp(page, DEMO_BSN);
      const log = page
        .getByRole('article', { name: `Inzage voor ${dossier.person.name}` })
        .getByRole('region', { name: 'Wie heeft de gegevens bekeken of gewijzigd' });
      // The JSON compilation and the PDF one; the JSON download itself asked the server for nothing.
      const rows = log
        .getByRole('row')
        .filter({ hasText: 'Heeft een inzage in uw gegevens gemaakt (zoals deze)' });
      await rows.first().waitFor();
      assert.equal(await rows.count(), 2);
      for (const row of await rows.all()) {
        await row.getByText('Fenna FG', { exact: true }).waitFor();
        await row.getByText('Gemeente Regiedam', { exact: true }).waitFor();
      }
      await checkPage(page, 'inzage dossier with an access log');
    });

    assert.deepEqual(errors, [], 'no script errors on the page');
  } finally {
    await browser?.close();
    await app.stop();
  }
});
