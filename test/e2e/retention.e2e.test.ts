// Browser test of /privacy/bewaartermijnen: the demo FG opens it through the main menu, changes a term through the
// confirm step (was → wordt), places a legal hold on a case and lifts it again with a reason, and sees the
// destruction run that housekeeping did at start. Axe on the page, no horizontal scroll at 320 px.
// Drives Debian's /usr/bin/chromium through playwright-core (never downloads a browser); skips without it.
// Run: npm run build:web && node scripts/test.js test/e2e/retention
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  assertNoAxeViolations,
  assertNoHorizontalScroll,
  ensureWebBuilt,
  launchChromium,
  signIn,
  skipWithoutChromium,
  startApp,
  waitForContent as waitForPageContent,
} from './harness.ts';

const waitForContent = (page: Page) => waitForPageContent(page, 120_000);

test('retention terms, legal holds and destruction records in a real browser', {
  timeout: 900_000,
}, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  // Enough households for the demo cases (the legal hold needs a case id).
  const app = await startApp({
    dataDirPrefix: 'regie-e2e-retention-',
    env: { REGIE_DEMO_HOUSEHOLDS: '200' },
  });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const options = { viewport: { width: 1280, height: 900 }, bypassCSP: true, locale: 'nl-NL' };
    // A case id, as the FG would get it from the regisseur who asks for the hold.
    const regisseur = await (await browser.newContext(options)).newPage();
    await signIn(regisseur, app.baseUrl, 'regisseur');
    const cases = (await (await regisseur.request.get(`${app.baseUrl}/api/v1/cases?mine=true`)).json()) as {
      items: { id: string }[];
    };
    const caseId = cases.items[0]?.id;
    assert.ok(caseId, 'the demo regisseur has a case');

    const context = await browser.newContext(options);
    context.setDefaultTimeout(120_000);
    context.setDefaultNavigationTimeout(120_000);
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'fg');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Bewaartermijnen' })
      .click();
    await page.waitForURL((url) => url.pathname === '/privacy/bewaartermijnen');
    await page.getByRole('heading', { level: 1, name: 'Bewaartermijnen' }).waitFor();
    await waitForContent(page);
    assert.equal(await page.title(), 'Bewaartermijnen - Regie');

    const terms = page.getByRole('table', { name: 'Bewaartermijn per soort gegevens' });
    const jeugd = terms.getByRole('row', { name: /Jeugdwetdossier/ });
    await jeugd.getByText('240 maanden (20 jaar)').first().waitFor();

    // The housekeeping run at start left a destruction record.
    const runs = page.getByRole('table', { name: 'Vernietigingen, nieuwste eerst' });
    await runs.waitFor();
    assert.ok((await runs.getByRole('row').count()) >= 2, 'a header row and at least one run');

    await assertNoAxeViolations(page, 'retention page');
    await page.setViewportSize({ width: 320, height: 800 });
    await assertNoHorizontalScroll(page, 'retention page at 320 px');
    await assertNoAxeViolations(page, 'retention page at 320 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Change a term: form, confirm step with was → wordt, saved.
    await page.getByRole('button', { name: 'Termijn wijzigen: Afgesloten casus met plan' }).click();
    await page.getByLabel('Aantal maanden').fill('30');
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('Afgesloten casus met plan: was 24 maanden, wordt 30 maanden.').waitFor();
    await assertNoAxeViolations(page, 'retention confirm step');
    await page.getByRole('button', { name: 'Ja, opslaan' }).click();
    await page.getByText('De termijn voor "Afgesloten casus met plan" is opgeslagen.').waitFor();
    await terms
      .getByRole('row', { name: /Afgesloten casus met plan/ })
      .getByText('30 maanden (aangepast)')
      .waitFor();

    // A legal hold on the case, then lifted with a reason.
    await page.getByLabel('Casus-id').fill(caseId);
    await page.getByLabel('Reden', { exact: true }).fill('Bezwaarprocedure loopt nog');
    await page.getByRole('button', { name: 'Blokkade opleggen' }).click();
    await page.getByText('De blokkade is opgelegd.').waitFor();
    const holds = page.getByRole('table', { name: 'Actieve blokkades' });
    await holds.getByText(`Casus ${caseId}`).waitFor();
    await holds.getByRole('button', { name: `Blokkade opheffen op Casus ${caseId}` }).click();
    await page.getByLabel('Reden van opheffen').fill('De rechter heeft beslist');
    await assertNoAxeViolations(page, 'lift a legal hold');
    await page.getByRole('button', { name: 'Ja, opheffen' }).click();
    await page.getByText('De blokkade is opgeheven.').waitFor();
    await page.getByText('Er zijn geen actieve blokkades.').waitFor();
  } finally {
    await browser?.close();
    await app.stop();
  }
});
