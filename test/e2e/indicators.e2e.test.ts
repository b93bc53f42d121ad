// Browser test of the indicator page /cijfers/indicatoren (issue 7): the demo beleidsmedewerker opens it through the
// main menu, picks "Stapeling van voorzieningen", sees a chart and its table with a caption, then the same per wijk.
// Nowhere a BSN (9 digits) or a demo household member's name or street. Bad months get a Dutch message at the field
// (checked in the browser, and by the server for a too long period). Axe clean, no sideways scroll at 320 px, and
// the selects, fields and button are reached with Tab. A region shows its municipalities; only a team leader gets a
// link from "open cases without a regisseur" of their own team to those cases on the signals board.
// Run: npm run build:web && node --import tsx --test test/e2e/indicators.e2e.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
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

async function activeDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim()}`;
  });
}

test('the indicator page in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-indicators-' });
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
    await page.getByRole('heading', { level: 1, name: 'Indicatoren' }).waitFor();
    await waitForContent(page, 120_000);
    assert.equal(await page.title(), 'Indicatoren - Regie');

    // Keyboard: from the top of the page, Tab reaches the selects, the months and the button in that order.
    await page.getByRole('heading', { level: 1, name: 'Indicatoren' }).evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus();
    });
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.push(await activeDescription(page));
      if (reached.at(-1) === 'button:Cijfers tonen') break;
    }
    const order = ['#indicatoren-indicator', '#indicatoren-van', '#indicatoren-tot', 'button:Cijfers tonen'];
    const positions = order.map((id) => reached.indexOf(id));
    assert.ok(
      positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] as number))),
      `Tab order: ${reached.join(', ')}`,
    );

    // Stapeling over time: a chart and its table, with a caption and the difference column.
    await page.getByLabel('Indicator').selectOption('stapeling');
    await page
      .getByText(/CBS Monitor Sociaal Domein/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    await page.waitForURL((url) => url.searchParams.get('indicator') === 'stapeling');
    await page.getByRole('heading', { level: 2, name: 'Stapeling van voorzieningen' }).waitFor();
    await waitForContent(page, 120_000);
    const table = page.getByRole('table', {
      name: 'Huishoudens met een voorziening in Regiedam, per periode',
    });
    await table.waitFor();
    await table.getByRole('columnheader', { name: 'Verschil met vorige periode' }).waitFor();
    assert.ok((await table.getByRole('rowheader').count()) >= 2, 'a row per half-year');
    const rowText = (await table.getByRole('row').nth(1).textContent()) ?? '';
    assert.match(rowText, /halfjaar \d{4}/);
    // On the demo data the municipality's total is large enough to be shown as a number.
    const totals = await table.getByRole('cell').allTextContents();
    assert.ok(
      totals.some((cell) => /^\d{1,3}(\.\d{3})*$/.test(cell.trim())),
      `a published total: ${totals.join(' | ')}`,
    );
    const chart = page.getByRole('figure', { name: 'Huishoudens met een voorziening per periode' });
    await chart.locator('svg').first().waitFor();
    assert.ok((await chart.locator('svg rect, svg text').count()) > 0, 'the chart draws bars or "< 10"');
    await page.getByText('Definitie (versie 1)').click();
    await page.getByText('Wat we tellen').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Kleine aantallen' }).waitFor();
    await assertNoPersonalData(page, 'stapeling over time');
    await checkPage(page, 'indicator stapeling');
    // The same figures as CSV: the link downloads through the page's session; small cells stay "< 10".
    const csvLink = page.getByRole('link', { name: /Download deze cijfers als CSV/ });
    const csvHref = (await csvLink.getAttribute('href')) ?? '';
    assert.match(csvHref, /^\/api\/v1\/indicators\/stapeling\/csv\?/);
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), csvHref);
    assert.match(csv, /^\uFEFF?Periode;Van;Tot en met;Peildatum;Versie;Gebied;/);

    // Per wijk: the last half-year per wijk, the municipality first.
    await page.getByLabel('Verdeling').selectOption('wijk');
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    await page.waitForURL((url) => url.searchParams.get('verdeling') === 'wijk');
    await waitForContent(page, 120_000);
    const byWijk = page.getByRole('table', { name: 'Huishoudens met een voorziening in Regiedam, per wijk' });
    await byWijk.getByRole('rowheader', { name: 'Heel Regiedam' }).waitFor();
    assert.ok((await byWijk.getByRole('rowheader').count()) > 2, 'a row per wijk');
    await assertNoPersonalData(page, 'stapeling per wijk');
    await checkPage(page, 'indicator stapeling per wijk');

    // A region: the region and each of its municipalities in one table, with its own CSV.
    await page.getByLabel('Gebied').selectOption({ label: 'Arbeidsmarktregio Delta (regio, per gemeente)' });
    await page.getByText('Bij een regio is de verdeling: per gemeente.').waitFor();
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    await page.waitForURL((url) => url.searchParams.get('regio') === 'AMR99');
    await waitForContent(page, 120_000);
    const byMunicipality = page.getByRole('table', {
      name: 'Huishoudens met een voorziening in Arbeidsmarktregio Delta, per gemeente',
    });
    await byMunicipality.getByRole('rowheader', { name: 'Heel Arbeidsmarktregio Delta' }).waitFor();
    await byMunicipality.getByRole('rowheader', { name: 'Regiedam' }).waitFor();
    await page.getByText(/Een regio is de som van haar gemeenten/).waitFor();
    const regionCsv =
      (await page.getByRole('link', { name: /Download deze cijfers als CSV/ }).getAttribute('href')) ?? '';
    assert.match(regionCsv, /^\/api\/v1\/indicators\/stapeling\/region\/csv\?region=AMR99/);
    await assertNoPersonalData(page, 'stapeling per gemeente of the region');
    await checkPage(page, 'indicator stapeling for a region');
    await page.getByLabel('Gebied').selectOption({ label: 'Regiedam' });
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    await page.waitForURL((url) => !url.searchParams.has('regio'));

    // A month the browser can check: a Dutch message at the field.
    await page.getByLabel('Van maand').fill('januari');
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    await page.getByText('Vul bij "Van maand" een maand in zoals 2026-01.').first().waitFor();
    assert.equal(await page.getByLabel('Van maand').getAttribute('aria-invalid'), 'true');

    // A period the server refuses (more than 36 months): its Dutch message at the "Tot en met maand" field.
    await page.getByLabel('Van maand').fill('2020-01');
    await page.getByLabel('Tot en met maand').fill('2026-01');
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    await page
      .getByText(/hoogstens 36 maanden/i)
      .first()
      .waitFor();
    assert.equal(await page.getByLabel('Tot en met maand').getAttribute('aria-invalid'), 'true');
    await checkPage(page, 'indicator page with a server error');

    // A drill-down only with a need to know: beleid gets no way to the cases behind a figure.
    const byTeam = '/cijfers/indicatoren?indicator=zaken-zonder-regisseur&verdeling=team';
    await page.goto(`${app.baseUrl}${byTeam}`);
    await page.getByRole('heading', { level: 2, name: 'Open zaken zonder regisseur' }).waitFor();
    await waitForContent(page, 120_000);
    assert.equal(await page.getByRole('link', { name: /Zaken zonder regisseur van/ }).count(), 0);
    assert.deepEqual(errors, [], 'no script errors');

    // The team leader of Wijkteam Noord goes from the figure to those cases on the signals board.
    const leader = await openPage(browser);
    await signIn(leader.page, app.baseUrl, 'teamleider');
    await leader.page.goto(`${app.baseUrl}${byTeam}`);
    const drill = leader.page.getByRole('link', { name: 'Zaken zonder regisseur van Wijkteam Noord' });
    await drill.waitFor({ timeout: 120_000 });
    await checkPage(leader.page, 'indicator with the team drill-down');
    await drill.click();
    await leader.page.waitForURL(
      (url) => url.pathname === '/signalenbord' && url.searchParams.get('kind') === 'geen_regisseur',
    );
    assert.deepEqual(leader.errors, [], 'no script errors for the team leader');
  } finally {
    await browser?.close();
    await app.stop();
  }
});
