// Browser test of the rules pages (issue 6): the calculator gives the same norm as the API and the CLI for the same
// household, the what-if matches the API, a server validation error lands on its field, the form works with the
// keyboard alone, a regisseur records a bijstandsbesluit for a household and finds it with its explanation on the
// household page, and the calculator, the household page and the impact report pass axe and fit 320 px.
// Drives Debian's /usr/bin/chromium through playwright-core (never downloads a browser); skips without it.
// Run: node --import tsx --test test/e2e/rules.e2e.test.ts
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Bijstandsbesluit } from '../../src/web/api/decisions.ts';
import type { BijstandsnormResultaat, ImpactRapport, WatAlsResultaat } from '../../src/web/api/rules.ts';
import type { HouseholdDetail, HouseholdSummary, Page as ResultPage } from '../../src/web/api/types.ts';
import { formatEuro, formatNumber } from '../../src/web/i18n/format.ts';
import {
  assertNoAxeViolations,
  assertNoHorizontalScroll,
  ensureWebBuilt,
  launchChromium,
  openPage,
  ROOT,
  signIn,
  skipWithoutChromium,
  startApp,
  waitForContent as waitForPageContent,
} from './harness.ts';

/** Enough demo households for some classes of the impact report to be above the suppression threshold. */
const DEMO_HOUSEHOLDS = '20000';

/** The household of the "done when": one claimant, one housemate (a brother) of 30 on the peildatum. */
const HOUSEHOLD = {
  peildatum: '2026-01-15',
  aanvrager: { geboortedatum: '1980-05-01' },
  kinderenOnder18: 0,
  medebewoners: [
    {
      naam: 'broer',
      geboortedatum: '1995-06-01',
      relatie: 'broer-zus',
      commercieleHuur: false,
      studiefinanciering: false,
      bbl: false,
      mantelzorg: false,
    },
  ],
};

/** Pages here get up to 60 s to load their data (the shared default is 30 s). */
function waitForContent(page: Page): Promise<void> {
  return waitForPageContent(page, 60_000);
}

/** A request with the browser's own session (cookie) and CSRF token. */
async function apiPost<T>(page: Page, baseUrl: string, path: string, body: unknown): Promise<T> {
  const session = await page.request.get(`${baseUrl}/api/v1/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.post(`${baseUrl}${path}`, {
    data: body,
    headers: { 'X-CSRF-Token': csrfToken },
  });
  assert.equal(response.status(), 200, `${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

function cli(args: string[], input: unknown): BijstandsnormResultaat {
  const result = spawnSync(process.execPath, ['bin/regie.js', ...args], {
    cwd: ROOT,
    input: JSON.stringify(input),
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  assert.equal(result.status, 0, `regie ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as BijstandsnormResultaat;
}

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

async function openCalculator(page: Page): Promise<void> {
  await navigation(page).getByRole('link', { name: 'Bijstandsnorm berekenen' }).click();
  await page.waitForURL((url) => url.pathname === '/bijstandsnorm');
  await page.getByRole('heading', { level: 1, name: 'Bijstandsnorm berekenen' }).waitFor();
  assert.equal(await page.title(), 'Bijstandsnorm berekenen - Regie');
}

/** Fills the calculator for HOUSEHOLD with the mouse-free Playwright helpers (fill/selectOption). */
async function fillHousehold(
  page: Page,
  housemateBirthDate = HOUSEHOLD.medebewoners[0]?.geboortedatum,
): Promise<void> {
  await page.getByLabel('Peildatum').fill(HOUSEHOLD.peildatum);
  await page.getByLabel('Geboortedatum van de aanvrager').fill(HOUSEHOLD.aanvrager.geboortedatum);
  await page.getByRole('button', { name: 'Medebewoner toevoegen' }).click();
  const row = page.getByRole('group', { name: /^Medebewoner 1/ });
  await row.getByLabel('Naam of omschrijving (niet verplicht)').fill('broer');
  await row.getByLabel('Geboortedatum', { exact: true }).fill(housemateBirthDate ?? '');
  await row.getByLabel('Familieband met de aanvrager of de partner').selectOption('broer-zus');
}

/**
 * Types a date into the focused date input with the keyboard. Chromium's date control takes its field order from
 * the browser's language (month first in en-US, day first in nl-NL); try one order, then the other.
 */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await page.keyboard.type(`${month}${day}${year}`);
  if ((await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) === iso) return;
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(`${day}${month}${year}`);
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).value), iso);
}

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/**
 * Presses Tab until focus leaves the current element and returns the id of the next one. A date input has a Tab
 * stop per part (day, month, year) in Chromium, so one field can take more than one Tab.
 */
async function tabToNext(page: Page): Promise<string> {
  const start = await page.evaluateHandle(() => document.activeElement);
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    if (!(await page.evaluate((el) => document.activeElement === el, start))) break;
  }
  return focusedId(page);
}

test('rules pages in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({
    dataDirPrefix: 'regie-e2e-rules-',
    env: { REGIE_DEMO_HOUSEHOLDS: DEMO_HOUSEHOLDS },
  });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    // axe is injected as an inline script, which the server's Content Security Policy blocks: bypass CSP here.
    const open = async () => {
      const { context, page, errors } = await openPage(browser as Browser);
      return { context, page, errors };
    };

    await t.test(
      'the calculator, the API and the CLI give the same norm; what-if matches the API',
      async () => {
        const { context, page, errors } = await open();
        try {
          await signIn(page, app.baseUrl, 'regisseur');
          await openCalculator(page);
          await fillHousehold(page);
          await page.getByRole('button', { name: 'Bereken de norm' }).click();
          const heading = page.getByRole('heading', { level: 2, name: 'Uitkomst' });
          await heading.waitFor();
          // Focus moves to the result.
          await page.waitForFunction(() => document.activeElement?.textContent === 'Uitkomst');

          const shown = page.locator('.regie-rules-amount__number');
          const shownCents = Number(await shown.getAttribute('value'));
          const shownText = (await shown.innerText()).replace(/\s+/g, ' ');

          const api = await apiPost<BijstandsnormResultaat>(
            page,
            app.baseUrl,
            '/api/v1/rules/bijstandsnorm',
            HOUSEHOLD,
          );
          const fromCli = cli(['rules', 'bijstandsnorm'], HOUSEHOLD);
          assert.equal(api.kostendelers, 2, 'a brother of 30 is a cost-sharer: A = 2');
          assert.equal(shownCents, api.totaalCent, 'calculator page = API');
          assert.equal(fromCli.totaalCent, api.totaalCent, 'CLI = API');
          assert.equal(shownText, formatEuro(api.totaalCent));
          assert.equal(shownText, api.totaalTekst.replace(/\s+/g, ' '));

          // A, the percentage, the housemate verdict and every step with its article are on the page.
          const main = page.getByRole('main');
          const text = await main.innerText();
          assert.match(text, /Aantal kostendelers \(A\)\s*2/);
          assert.ok(api.percentageTekst && text.includes(api.percentageTekst), 'percentage shown');
          const housemates = page.getByRole('table', { name: 'Medebewoners en of zij meetellen' });
          assert.match(await housemates.innerText(), /broer[\s\S]*30 jaar[\s\S]*Ja/);
          const steps = page.locator('.regie-rules-steps').first().locator(':scope > li');
          assert.equal(await steps.count(), api.uitleg.length);
          for (const [i, step] of api.uitleg.entries()) {
            assert.ok(
              (await steps.nth(i).innerText()).includes(step.artikel),
              `step ${i + 1} names its article`,
            );
          }
          assert.ok(text.includes(api.tabel.id), 'the norm table used is named');
          await assertNoAxeViolations(page, 'calculator with a result');

          // What-if: the brother moves out.
          await page.getByRole('radio', { name: 'Iemand gaat uit huis' }).check();
          await page
            .getByLabel('Wie gaat uit huis?')
            .selectOption({ label: 'Medebewoner 1: broer (geboren 01-06-1995)' });
          await page.getByRole('button', { name: 'Vergelijk' }).click();
          await page.getByRole('heading', { level: 3, name: 'Nu en na de wijziging' }).waitFor();
          const whatIf = await apiPost<WatAlsResultaat>(page, app.baseUrl, '/api/v1/rules/wat-als', {
            huishouden: HOUSEHOLD,
            wijziging: { soort: 'verhuist', naam: 'broer' },
          });
          const comparison = page.getByRole('table', { name: 'De norm nu en na de wijziging' });
          const monthRow = comparison.getByRole('row', { name: /Norm per maand/ });
          const monthText = (await monthRow.innerText()).replace(/\s+/g, ' ');
          assert.ok(monthText.includes(formatEuro(whatIf.nu.totaalCent)), monthText);
          assert.ok(monthText.includes(formatEuro(whatIf.straks.totaalCent)), monthText);
          assert.ok(monthText.includes(formatEuro(whatIf.verschilPerMaandCent)), monthText);
          const yearText = await comparison.getByRole('row', { name: /Norm per jaar/ }).innerText();
          assert.ok(yearText.includes(formatEuro(whatIf.verschilPerJaarCent)), yearText);
          assert.equal(await page.getByRole('heading', { level: 4, name: /^Uitleg:/ }).count(), 2);
          await assertNoAxeViolations(page, 'calculator with a what-if');

          await page.setViewportSize({ width: 320, height: 800 });
          await assertNoHorizontalScroll(page, 'calculator with result and what-if at 320 px');
          await assertNoAxeViolations(page, 'calculator at 320 px');
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      },
    );

    await t.test(
      'the form can be filled and sent with the keyboard alone, in a sensible Tab order',
      async () => {
        const { context, page } = await open();
        try {
          await signIn(page, app.baseUrl, 'wijkteam');
          await openCalculator(page);
          // Start in the first field; from here on only the keyboard.
          await page.getByLabel('Peildatum').focus();
          assert.equal(await focusedId(page), 'bijstand-peildatum');
          await typeDate(page, HOUSEHOLD.peildatum);
          assert.equal(await tabToNext(page), 'bijstand-aanvrager-geboortedatum');
          await typeDate(page, HOUSEHOLD.aanvrager.geboortedatum);
          assert.equal(await tabToNext(page), 'bijstand-aanvrager-mantelzorg-elders');
          assert.equal(await tabToNext(page), 'bijstand-partner', 'the partner question (the checked "Nee")');
          assert.equal(await tabToNext(page), 'bijstand-kinderen');
          assert.equal(await tabToNext(page), 'bijstand-medebewoner-toevoegen');
          await page.keyboard.press('Enter');
          // Focus moves to the first field of the new housemate.
          await page.waitForFunction(() => document.activeElement?.id.endsWith('-naam'));
          const prefix = (await focusedId(page)).replace(/-naam$/, '');
          await page.keyboard.type('broer');
          assert.equal(await tabToNext(page), `${prefix}-geboortedatum`);
          await typeDate(page, '1995-06-01');
          assert.equal(await tabToNext(page), `${prefix}-relatie`);
          await page.keyboard.type('Broer');
          assert.equal(await page.inputValue(`#${prefix}-relatie`), 'broer-zus');
          for (const field of ['commerciele-huur', 'studiefinanciering', 'bbl', 'mantelzorg']) {
            assert.equal(await tabToNext(page), `${prefix}-${field}`);
          }
          await page.keyboard.press('Space');
          assert.equal(await page.isChecked(`#${prefix}-mantelzorg`), true, 'Space ticks the checkbox');
          await page.keyboard.press('Space');
          assert.equal(await page.isChecked(`#${prefix}-mantelzorg`), false);
          await page.keyboard.press('Tab');
          assert.match(
            await page.evaluate(() => document.activeElement?.textContent ?? ''),
            /Verwijder medebewoner 1/,
          );
          assert.equal(await tabToNext(page), 'bijstand-medebewoner-toevoegen');
          await page.keyboard.press('Tab');
          assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Bereken de norm');
          await page.keyboard.press('Enter');
          await page.getByRole('heading', { level: 2, name: 'Uitkomst' }).waitFor();
          const api = await apiPost<BijstandsnormResultaat>(
            page,
            app.baseUrl,
            '/api/v1/rules/bijstandsnorm',
            HOUSEHOLD,
          );
          assert.equal(
            Number(await page.locator('.regie-rules-amount__number').getAttribute('value')),
            api.totaalCent,
          );
        } finally {
          await context.close();
        }
      },
    );

    await t.test('errors: client checks and a server validation error are shown at their field', async () => {
      const { context, page } = await open();
      try {
        await signIn(page, app.baseUrl, 'regisseur');
        await openCalculator(page);
        // Required field left empty: checked in the browser.
        await page.getByRole('button', { name: 'Bereken de norm' }).click();
        const required = page.getByRole('link', { name: 'Vul de geboortedatum van de aanvrager in.' });
        await required.waitFor();
        await required.click();
        assert.equal(await focusedId(page), 'bijstand-aanvrager-geboortedatum');

        // A housemate born after the peildatum: only the server knows that rule.
        await fillHousehold(page, '2027-03-01');
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/v1/rules/bijstandsnorm')),
          page.getByRole('button', { name: 'Bereken de norm' }).click(),
        ]);
        assert.equal(response.status(), 400);
        const problem = (await response.json()) as { errors: { path: string; message: string }[] };
        const serverError = problem.errors.find((e) => /medebewoners.*geboortedatum/.test(e.path));
        assert.ok(
          serverError,
          `the server names the housemate's birth date: ${JSON.stringify(problem.errors)}`,
        );

        const field = page
          .getByRole('group', { name: /^Medebewoner 1/ })
          .getByLabel('Geboortedatum', { exact: true });
        const fieldId = (await field.getAttribute('id')) as string;
        assert.equal(await field.getAttribute('aria-invalid'), 'true');
        const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
        assert.ok(describedBy.includes(`${fieldId}-error`));
        assert.equal((await page.locator(`#${fieldId}-error`).innerText()).trim(), serverError.message);
        const link = page.locator(`.regie-error-summary a[href="#${fieldId}"]`);
        assert.equal((await link.innerText()).trim(), serverError.message);
        await link.click();
        assert.equal(await focusedId(page), fieldId);
        assert.equal(
          await page.getByRole('heading', { name: 'Uitkomst' }).count(),
          0,
          'no result on bad input',
        );
        await assertNoAxeViolations(page, 'calculator with a server error');
      } finally {
        await context.close();
      }
    });

    await t.test(
      'the impact report shows figures, a chart and a table, the variants and the assumptions',
      async () => {
        const { context, page, errors } = await open();
        try {
          await signIn(page, app.baseUrl, 'beleid');
          await navigation(page).getByRole('link', { name: 'Kostendelersnorm in cijfers' }).click();
          await page.waitForURL((url) => url.pathname === '/kostendelersnorm');
          await page.getByRole('heading', { level: 1, name: 'Kostendelersnorm in cijfers' }).waitFor();
          await waitForContent(page);
          await page.getByRole('heading', { level: 3, name: 'De belangrijkste cijfers' }).waitFor();

          const municipality = await page.getByLabel('Gemeente', { exact: true }).inputValue();
          const peildatum = await page.getByLabel('Peildatum', { exact: true }).inputValue();
          const reportResponse = await page.request.get(
            `${app.baseUrl}/api/v1/rules/impact?municipality=${municipality}&peildatum=${peildatum}`,
          );
          assert.equal(reportResponse.status(), 200);
          const report = (await reportResponse.json()) as ImpactRapport;
          const show = (cel: { aantal: number | null; suppressed: boolean }) =>
            cel.suppressed || cel.aantal === null ? 'afgeschermd' : formatNumber(cel.aantal);

          const figure = async (label: string) =>
            (await page.locator('.regie-rules-figure', { hasText: label }).locator('dd').innerText()).trim();
          assert.equal(await figure('Huishoudens met bijstand'), show(report.huishoudensMetBijstand));
          assert.equal(await figure('Krijgen de kostendelersnorm'), show(report.getroffen));
          assert.equal(
            await figure('Totale verlaging per maand'),
            report.verlaging.suppressed ? 'afgeschermd' : formatEuro(report.verlaging.perMaandCent as number),
          );

          // Distribution: the table has every class, suppressed ones as "afgeschermd"; a chart when any is shown.
          const table = page.getByRole('table', { name: /naar verlaging per maand/ });
          const rows = table.locator('tbody tr');
          assert.equal(await rows.count(), report.verdeling.length);
          for (const [i, klasse] of report.verdeling.entries()) {
            const cells = await rows.nth(i).locator('th, td').allInnerTexts();
            assert.deepEqual(
              cells.map((c) => c.trim()),
              [klasse.label, show(klasse)],
            );
          }
          const anyShown = report.verdeling.some((c) => !c.suppressed);
          assert.equal(await page.locator('.regie-chart__canvas svg').count(), anyShown ? 1 : 0);
          assert.ok(anyShown, `with ${DEMO_HOUSEHOLDS} demo households some reduction class should be shown`);
          assert.ok(
            (await page.getByRole('main').innerText()).includes('kleiner dan 10'),
            'suppression is explained',
          );

          // Variants: the current rule plus each variant of the server.
          const variants = page.getByRole('table', {
            name: 'Beleidsvarianten vergeleken met de huidige regel',
          });
          assert.equal(await variants.locator('tbody tr').count(), report.varianten.length + 1);
          for (const variant of report.varianten) {
            await variants.getByRole('rowheader', { name: variant.omschrijving }).waitFor();
          }
          const mainText = await page.getByRole('main').innerText();
          for (const assumption of report.aannames) assert.ok(mainText.includes(assumption), assumption);
          await assertNoAxeViolations(page, 'impact report');

          // An extra policy variant from the form.
          await page.getByLabel(/Eigen variant/).fill('23');
          await page.getByRole('button', { name: 'Toon de cijfers' }).click();
          await page.waitForURL((url) => url.searchParams.get('leeftijd') === '23');
          await waitForContent(page);
          await variants.getByRole('rowheader', { name: /vanaf 23 jaar/ }).waitFor();

          await page.setViewportSize({ width: 320, height: 800 });
          await assertNoHorizontalScroll(page, 'impact report at 320 px');
          await assertNoAxeViolations(page, 'impact report at 320 px');
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      },
    );

    await t.test('the rules pages run under the Content Security Policy without errors', async () => {
      const context = await (browser as Browser).newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
      });
      try {
        await signIn(page, app.baseUrl, 'beleid');
        await navigation(page).getByRole('link', { name: 'Kostendelersnorm in cijfers' }).click();
        await page.locator('.regie-chart__canvas svg').waitFor();
        await openCalculator(page);
        await fillHousehold(page);
        await page.getByRole('button', { name: 'Bereken de norm' }).click();
        await page.getByRole('heading', { level: 2, name: 'Uitkomst' }).waitFor();
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

    await t.test(
      'a regisseur records a bijstandsbesluit for a household and sees it on the household page',
      async () => {
        const { context, page, errors } = await open();
        try {
          await signIn(page, app.baseUrl, 'regisseur');
          // A household of the demo with a head whose birth date is known (the default claimant).
          const list = await page.request.get(`${app.baseUrl}/api/v1/households?pageSize=25`);
          assert.equal(list.status(), 200);
          let household: HouseholdDetail | undefined;
          for (const summary of ((await list.json()) as ResultPage<HouseholdSummary>).items) {
            const detail = (await (
              await page.request.get(`${app.baseUrl}/api/v1/households/${summary.id}`)
            ).json()) as HouseholdDetail;
            if (detail.members.some((m) => m.relation === 'hoofd' && m.geboortedatum)) {
              household = detail;
              break;
            }
          }
          assert.ok(household, 'the demo has a household with a head whose birth date is known');
          const head = household.members.find((m) => m.relation === 'hoofd') as HouseholdDetail['members'][0];

          await page.goto(`${app.baseUrl}/huishoudens/${household.id}`);
          await waitForContent(page);
          const decisions = page.getByRole('region', { name: 'Bijstandsbesluiten' });
          await decisions.waitFor();
          await decisions.getByText('Voor dit huishouden is nog geen bijstandsbesluit vastgelegd.').waitFor();
          await decisions.getByRole('link', { name: 'Bijstandsbesluit vastleggen' }).click();
          await page.waitForURL(
            (url) => url.pathname === '/bijstandsnorm' && url.searchParams.get('huishouden') === household.id,
          );
          await waitForContent(page);

          // Prefilled from the household: the head is the claimant.
          assert.equal(await page.getByLabel('Wie vraagt de bijstand aan?').inputValue(), head.id);
          assert.equal(
            await page.getByLabel('Geboortedatum van de aanvrager').inputValue(),
            head.geboortedatum as string,
          );
          await page.getByRole('button', { name: 'Bereken de norm' }).click();
          await page.getByRole('heading', { level: 2, name: 'Uitkomst' }).waitFor();
          const peildatum = await page.getByLabel('Peildatum').inputValue();
          const shownCents = Number(await page.locator('.regie-rules-amount__number').getAttribute('value'));

          // Record it: claimant and ingangsdatum are filled in, then confirm.
          const form = page.getByRole('form', { name: 'Besluit vastleggen' });
          assert.equal(await form.getByLabel('Aanvrager in het besluit').inputValue(), head.id);
          assert.equal(await form.getByLabel('Ingangsdatum').inputValue(), peildatum);
          await assertNoAxeViolations(page, 'calculator for a household with a result');
          await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
          const confirmHeading = page.getByRole('heading', { level: 3, name: 'Weet u het zeker?' });
          await confirmHeading.waitFor();
          await page.waitForFunction(() => document.activeElement?.textContent === 'Weet u het zeker?');
          assert.ok(
            (await page.getByRole('main').innerText()).includes(
              'Het besluit en de berekening worden vastgelegd en zijn daarna niet meer te wijzigen.',
            ),
          );
          await assertNoAxeViolations(page, 'calculator asking to confirm the decision');
          const [response] = await Promise.all([
            page.waitForResponse(
              (r) => r.url().endsWith('/bijstandsbesluiten') && r.request().method() === 'POST',
            ),
            page.getByRole('button', { name: 'Ja, leg het besluit vast' }).click(),
          ]);
          assert.equal(response.status(), 201, await response.text());
          const recorded = (await response.json()) as Bijstandsbesluit;
          assert.equal(recorded.personId, head.id);
          assert.equal(recorded.ingangsdatum, peildatum);
          assert.equal(
            recorded.totaalCent,
            shownCents,
            'the recorded amount is the amount the calculator showed',
          );

          // Back on the household page, with a message and the decision listed with the amount of the API.
          await page.waitForURL((url) => url.pathname === `/huishoudens/${household.id}`);
          await waitForContent(page);
          await page.getByText('Het bijstandsbesluit is vastgelegd.').waitFor();
          const item = decisions
            .getByRole('listitem')
            .filter({ has: page.locator('.regie-decision__amount') });
          await item.first().waitFor();
          assert.equal(await item.count(), 1);
          assert.equal(
            Number(await item.locator('.regie-decision__amount').getAttribute('value')),
            recorded.totaalCent,
          );
          const itemText = (await item.innerText()).replace(/\s+/g, ' ');
          assert.ok(itemText.includes(formatEuro(recorded.totaalCent).replace(/\s+/g, ' ')), itemText);
          assert.ok(itemText.includes(recorded.grondslag), 'the grondslag is shown');
          // The stored explanation opens with the keyboard.
          const summary = item.locator('summary');
          await summary.focus();
          await page.keyboard.press('Enter');
          const steps = item.locator('.regie-rules-steps > li');
          assert.equal(await steps.count(), recorded.berekening.uitleg.length);
          assert.ok(await steps.first().isVisible());
          await assertNoAxeViolations(page, 'household page with a decision');
          await page.setViewportSize({ width: 320, height: 800 });
          await assertNoHorizontalScroll(page, 'household page with a decision at 320 px');
          await assertNoAxeViolations(page, 'household page at 320 px');
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      },
    );

    await t.test(
      'who sees what: the impact report is for beleid, the calculator not for partners',
      async () => {
        const { context, page } = await open();
        try {
          await signIn(page, app.baseUrl, 'regisseur');
          const links = await navigation(page).getByRole('link').allInnerTexts();
          assert.ok(links.includes('Bijstandsnorm berekenen'));
          assert.ok(!links.includes('Kostendelersnorm in cijfers'));
          await page.goto(`${app.baseUrl}/kostendelersnorm`);
          await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
          await context.clearCookies();
          await signIn(page, app.baseUrl, 'partner');
          assert.ok(
            !(await navigation(page).getByRole('link').allInnerTexts()).includes('Bijstandsnorm berekenen'),
          );
        } finally {
          await context.close();
        }
      },
    );
  } finally {
    await browser?.close();
    await app.stop();
  }
});
