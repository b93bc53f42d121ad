// Browser test of the case tab "Delen en toestemming" (issue 5, consent): the demo regisseur opens one of her
// cases, records a consent for a household member (after seeing the Dutch errors of an empty form), shares the
// case's Jeugdwet data with the Participatiewet on that consent, and withdraws the consent through its confirm
// step; the share then shows it stopped. Axe on every state, no horizontal scroll at 320 px.
// Drives Debian's /usr/bin/chromium; skips without it.
// Run: npm run build:web && node --import tsx --test test/e2e/consent.e2e.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { CaseSummary } from '../../src/web/api/cases.ts';
import type { Page as ResultPage, Session } from '../../src/web/api/types.ts';
import type { Share } from '../../src/web/features/privacy/consent/api.ts';
import {
  checkPage,
  ensureWebBuilt,
  getJson,
  launchChromium,
  openPage,
  PASSWORD,
  skipWithoutChromium,
  startApp,
  waitForContent as waitForPageContent,
} from './harness.ts';

function waitForContent(page: Page): Promise<void> {
  return waitForPageContent(page, 60_000);
}

test('consent and sharing per law in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-consent-' });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    // axe is injected as an inline script, which the server's Content Security Policy blocks: bypass CSP here.
    const { page, errors } = await openPage(browser);

    await page.goto(`${app.baseUrl}/`);
    await page.waitForURL(/\/inloggen/);
    await page.getByLabel('Gebruikersnaam').fill('regisseur');
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await waitForContent(page);
    const { user } = await getJson<Session>(page, `${app.baseUrl}/api/v1/auth/session`);

    // One of the demo cases she leads (the demo gives her several).
    const mine = await getJson<ResultPage<CaseSummary>>(
      page,
      `${app.baseUrl}/api/v1/cases?mine=true&pageSize=50`,
    );
    const demoCase = mine.items.find((c) => c.regisseur?.userId === user.id);
    assert.ok(demoCase, 'the demo regisseur leads an open case');

    await t.test('the tab explains sharing and lists the household members', async () => {
      await page.goto(`${app.baseUrl}/casussen/${demoCase.id}?tab=delen`);
      await page.getByRole('heading', { level: 2, name: 'Delen en toestemming' }).waitFor();
      await page
        .getByText('Zonder delen ziet een consulent van een andere wet deze gegevens niet.')
        .waitFor();
      await page.getByRole('heading', { level: 3, name: 'Toestemming per persoon' }).waitFor();
      await page.getByText('Er worden geen gegevens gedeeld tussen wetten.').waitFor();
      await checkPage(page, 'sharing tab (empty)');
    });

    await t.test('the regisseur records a consent; an empty form gets Dutch errors first', async () => {
      await page
        .getByRole('button', { name: /^Toestemming vastleggen voor / })
        .first()
        .click();
      const submit = page.getByRole('button', { name: 'Toestemming vastleggen', exact: true });
      await submit.click();
      const summary = page.locator('.regie-error-summary');
      await summary.getByText('Kies het doel van de toestemming').waitFor();
      await summary.getByText('Kies hoe de toestemming is gegeven').waitFor();
      await checkPage(page, 'consent form with errors');

      await page.getByLabel('Doel', { exact: true }).selectOption('jeugdhulp');
      await page.getByLabel('Ontvanger', { exact: true }).selectOption({ label: 'Gemeente Regiedam' });
      await page.getByRole('radio', { name: 'Schriftelijk' }).check();
      await page.getByLabel('Notitie (niet verplicht)').fill('Getekend formulier in het dossier');
      await submit.click();
      await page.getByText('De toestemming is vastgelegd.').waitFor();
      await page.getByRole('cell', { name: 'Geldig' }).waitFor();
    });

    await t.test('she shares the Jeugdwet data with the Participatiewet on that consent', async () => {
      await page.getByLabel('Gegevens van welke wet?').selectOption('jeugdwet');
      await page.getByLabel('Met wie?').selectOption('participatiewet');
      await page.getByRole('radio', { name: 'Toestemming van de inwoner' }).check();
      const consent = page.getByLabel('Toestemming', { exact: true });
      const option = await consent.locator('option').nth(1).getAttribute('value');
      assert.ok(option, 'the new consent is offered');
      await consent.selectOption(option);
      await page.getByRole('button', { name: 'Gegevens delen' }).click();
      await page.getByText('De gegevens worden nu gedeeld.').waitFor();
      await page.getByRole('cell', { name: 'Wordt gedeeld' }).waitFor();
      await checkPage(page, 'sharing tab with a consent and a share');
    });

    await t.test('she withdraws the consent after a confirm step, and the sharing stops', async () => {
      await page.getByRole('button', { name: /^Intrekken: / }).click();
      const confirm = page.getByRole('button', { name: 'Ja, toestemming intrekken' });
      await confirm.waitFor();
      await page.getByText('Dit kunt u niet terugdraaien.', { exact: false }).waitFor();
      await checkPage(page, 'withdraw confirm step');
      // "Nee" keeps it; the second time she confirms.
      await page.getByRole('button', { name: 'Nee, niet intrekken' }).click();
      await page.getByRole('cell', { name: 'Geldig' }).waitFor();
      await page.getByRole('button', { name: /^Intrekken: / }).click();
      await page.getByRole('radio', { name: 'Mondeling' }).check();
      await confirm.click();
      await page.getByText('De toestemming is ingetrokken. Delen dat erop rust, is gestopt.').waitFor();
      await page.getByRole('cell', { name: /^Ingetrokken op / }).waitFor();
      await page.getByRole('cell', { name: /^Gestopt: toestemming ingetrokken op / }).waitFor();
      await checkPage(page, 'sharing tab after withdrawal');

      const shares = await getJson<Share[]>(page, `${app.baseUrl}/api/v1/cases/${demoCase.id}/shares`);
      assert.equal(shares.length, 1);
      assert.deepEqual(
        { active: shares[0]?.active, endedAt: shares[0]?.endedAt, consentActive: shares[0]?.consent?.active },
        { active: false, endedAt: null, consentActive: false },
      );
    });

    assert.deepEqual(errors, [], 'no script errors');
  } finally {
    await browser?.close();
    await app.stop();
  }
});
