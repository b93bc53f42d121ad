// Browser test of the cost page /cijfers/kosten (issue 7, item 4): the demo beleidsmedewerker opens it through the
// main menu, sees per law a chart with its table (budget, committed, forecast), the table per wijk, no person data
// anywhere, axe clean and no sideways scroll at 320 px; then sets a budget through the confirm step (a Dutch field
// error first) and sees it in the figures.
// Run: npm run build:web && node --import tsx --test test/e2e/costs.e2e.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  assertNoPersonalData,
  checkPage,
  ensureWebBuilt,
  launchChromium,
  openPage,
  signIn,
  skipWithoutChromium,
  startApp,
  waitForContent,
} from './harness.ts';

test('the cost page in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-costs-' });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const { page, errors } = await openPage(browser);
    await signIn(page, app.baseUrl, 'beleid');

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Kosten', exact: true })
      .click();
    await page.waitForURL((url) => url.pathname === '/cijfers/kosten');
    await page.getByRole('heading', { level: 1, name: 'Kosten en budget' }).waitFor();
    await waitForContent(page, 120_000);
    assert.equal(await page.title(), 'Kosten en budget - Regie');
    await page.getByText(/^Let op: Regie krijgt geen declaraties/).waitFor();

    // Per law a chart and its table; bijstand (about 100 demo households) is shown as amounts, with its budget.
    const chart = page.getByRole('figure', { name: 'Participatiewet: budget, vastgelegd en prognose' });
    await chart.locator('svg').first().waitFor();
    const pwet = page.getByRole('table', { name: /^Participatiewet in Regiedam, \d{4}$/ });
    await pwet.waitFor();
    const pwetText = (await pwet.textContent()) ?? '';
    assert.match(pwetText, /Vastgelegd€ [\d.]+,\d\d/, pwetText);
    assert.match(pwetText, /Budget€ [\d.]+,\d\d/, pwetText);
    // Wmo has only a few demo households: its amounts are "< 10".
    const wmo = page.getByRole('table', { name: /^Wmo 2015 in Regiedam, \d{4}$/ });
    assert.match((await wmo.textContent()) ?? '', /< 10/);
    await page.getByRole('heading', { level: 3, name: 'Kleine aantallen' }).waitFor();
    await assertNoPersonalData(page, 'costs per law');
    await checkPage(page, 'costs per law');

    // Per wijk.
    await page.getByLabel('Verdeling').selectOption('wijk');
    await page.getByRole('button', { name: 'Kosten tonen' }).click();
    await page.waitForURL((url) => url.searchParams.get('verdeling') === 'wijk');
    await waitForContent(page, 120_000);
    const byWijk = page.getByRole('table', { name: /^Kosten per wet en wijk in Regiedam, \d{4}$/ });
    await byWijk.waitFor();
    assert.ok((await byWijk.getByRole('row').count()) > 10, 'a row per law and wijk');
    const csvHref =
      (await page.getByRole('link', { name: /Download deze cijfers als CSV/ }).getAttribute('href')) ?? '';
    assert.match(csvHref, /^\/api\/v1\/costs\/csv\?/);
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), csvHref);
    assert.match(csv, /^\uFEFF?Jaar;Wet;Wijk;Huishoudens;/);
    assert.match(csv, /< 10/);
    await assertNoPersonalData(page, 'costs per wijk');
    await checkPage(page, 'costs per wijk');

    // Set a budget: a bad amount gets a Dutch message at the field; then the confirm step; then the new figure.
    const budgetForm = page.getByRole('form', { name: 'Budget instellen' });
    await budgetForm.getByLabel('Wet', { exact: true }).selectOption('wgs');
    await page.getByLabel('Budget in euro').fill('veel');
    await page.getByRole('button', { name: 'Budget opslaan' }).click();
    await page.getByText('Vul het budget in euro in, zoals 1.250.000').first().waitFor();
    assert.equal(await page.getByLabel('Budget in euro').getAttribute('aria-invalid'), 'true');
    await page.getByLabel('Budget in euro').fill('123.456,78');
    await page.getByRole('button', { name: 'Budget opslaan' }).click();
    await page
      .getByText(/Het budget voor Wet gemeentelijke schuldhulpverlening in \d{4} wordt € 123\.456,78/)
      .waitFor();
    await checkPage(page, 'budget confirm step');
    await page.getByRole('button', { name: 'Ja, opslaan' }).click();
    await page.getByText('Het budget voor Wet gemeentelijke schuldhulpverlening is opgeslagen.').waitFor();
    await waitForContent(page, 120_000);
    const wgs = page.getByRole('table', {
      name: /^Wet gemeentelijke schuldhulpverlening in Regiedam, \d{4}$/,
    });
    await page.waitForFunction(
      () => document.body.textContent?.includes('€ 123.456,78') ?? false,
      undefined,
      { timeout: 30_000 },
    );
    assert.match((await wgs.textContent()) ?? '', /Budget€ 123\.456,78/);
    await checkPage(page, 'costs after setting a budget');
    assert.deepEqual(errors, [], 'no script errors');
  } finally {
    await browser?.close();
    await app.stop();
  }
});
