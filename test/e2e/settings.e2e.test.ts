// Browser test of the settings page /instellingen: the team leader of Regiedam shortens the term to pick up a signal
// and the Wgs first-conversation term, sees the confirm step with the changes, saves, and after a reload sees the new
// values; a term longer than the law gets a Dutch error at its field; "Terug naar standaard" puts the signal
// settings back. Axe on each state, no horizontal scroll at 320 px.
// Drives Debian's /usr/bin/chromium through playwright-core (never downloads a browser); skips without it.
// Run: npm run build:web && node scripts/test.js test/e2e/settings
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { CaseSettings, SignalSettings } from '../../src/web/api/settings.ts';
import {
  checkPage,
  ensureWebBuilt,
  getJson,
  launchChromium,
  signIn,
  skipWithoutChromium,
  startApp,
  waitForContent as waitForPageContent,
} from './harness.ts';

const waitForContent = (page: Page) => waitForPageContent(page, 120_000);

const OFFER_TERM = 'Binnen hoeveel werkdagen moet een signaal worden opgepakt?';
const WGS_FIRST = 'Binnen welke tijd krijgt iemand die hulp vraagt bij schulden een eerste gesprek?';
const WGS_DECISION = 'Binnen welke tijd na het eerste gesprek beslist de gemeente over schuldhulp?';

test('the settings page in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  // The page holds no household data: a small demo population starts faster.
  const app = await startApp({ dataDirPrefix: 'regie-e2e-settings-', env: { REGIE_DEMO_HOUSEHOLDS: '100' } });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
      locale: 'nl-NL',
    });
    // The machines running this are shared and slow at times: generous waits, the steps stay the same.
    context.setDefaultTimeout(120_000);
    context.setDefaultNavigationTimeout(120_000);
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'teamleider');

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Instellingen' })
      .click();
    await page.waitForURL((url) => url.pathname === '/instellingen');
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    const signals = page.getByRole('region', { name: 'Signalen', exact: true });
    const cases = page.getByRole('region', { name: 'Termijnen en signalenbord' });
    await signals.getByLabel(OFFER_TERM).waitFor();
    await checkPage(page, 'settings page');

    // The law next to the terms.
    await signals.getByText('Wettelijke termijn: 3 werkdagen, Wgs art. 4 lid 2').first().waitFor();
    const wgsFirst = cases.getByRole('group', { name: WGS_FIRST });
    await wgsFirst.getByText('Wettelijke termijn: 4 weken, Wgs art. 4 lid 1').waitFor();

    // Signals: the offer term 10 → 5 working days, with a confirm step naming the change.
    assert.equal(await signals.getByLabel(OFFER_TERM).inputValue(), '10');
    await signals.getByLabel(OFFER_TERM).fill('5');
    await signals.getByRole('button', { name: 'Wijzigingen bekijken' }).click();
    const signalConfirm = signals.getByRole('region', { name: 'Kloppen deze wijzigingen?' });
    await signalConfirm
      .getByText('Termijn om een signaal op te pakken: was 10 werkdagen, wordt 5 werkdagen')
      .waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Kloppen deze wijzigingen?',
      'focus moves to the confirm step',
    );
    await checkPage(page, 'signal settings confirm step');
    await signalConfirm.getByRole('button', { name: 'Ja, opslaan' }).click();
    await signals.getByText('De instellingen voor signalen zijn opgeslagen.').waitFor();

    // A term longer than the law: a Dutch error at the field and in the summary, nothing is sent.
    const decision = cases.getByRole('group', { name: WGS_DECISION });
    await decision.getByLabel('Hoeveel?').fill('9');
    await cases.getByRole('button', { name: 'Wijzigingen bekijken' }).click();
    const lawError = 'Deze termijn mag niet langer zijn dan de wet toestaat: 8 weken (Wgs art. 4a)';
    await page.locator('#termijnen-terms-wgs_besluit-amount-error', { hasText: lawError }).waitFor();
    await cases.getByRole('link', { name: lawError }).waitFor();
    assert.equal(await cases.getByRole('region', { name: 'Kloppen deze wijzigingen?' }).count(), 0);
    assert.equal(
      await decision.getByLabel('Hoeveel?').getAttribute('aria-invalid'),
      'true',
      'the field is marked invalid',
    );
    await checkPage(page, 'case settings with an error');

    // A case term: the Wgs first conversation 4 weeks → 15 working days.
    await decision.getByLabel('Hoeveel?').fill('8');
    await wgsFirst.getByLabel('Hoeveel?').fill('15');
    await wgsFirst.getByLabel('Eenheid').selectOption('werkdagen');
    await cases.getByRole('button', { name: 'Wijzigingen bekijken' }).click();
    const caseConfirm = cases.getByRole('region', { name: 'Kloppen deze wijzigingen?' });
    await caseConfirm
      .getByText(
        'Eerste gesprek schuldhulp: was 4 weken (Wgs art. 4 lid 1), wordt 15 werkdagen (Wgs art. 4 lid 1)',
      )
      .waitFor();
    assert.equal(await caseConfirm.getByRole('listitem').count(), 1, 'only the changed term is listed');
    await caseConfirm.getByRole('button', { name: 'Ja, opslaan' }).click();
    await cases.getByText('De termijnen en de instellingen van het signalenbord zijn opgeslagen.').waitFor();

    // After a reload the page shows what the server stored.
    await page.reload();
    await waitForContent(page);
    await signals.getByLabel(OFFER_TERM).waitFor();
    assert.equal(await signals.getByLabel(OFFER_TERM).inputValue(), '5');
    assert.equal(await wgsFirst.getByLabel('Hoeveel?').inputValue(), '15');
    assert.equal(await wgsFirst.getByLabel('Eenheid').inputValue(), 'werkdagen');
    const storedSignals = await getJson<SignalSettings>(page, `${app.baseUrl}/api/v1/signal-settings/GM9901`);
    assert.equal(storedSignals.offerTermWorkingDays, 5);
    const storedCases = await getJson<CaseSettings>(page, `${app.baseUrl}/api/v1/case-settings/GM9901`);
    assert.deepEqual(storedCases.terms.wgs_eerste_gesprek, {
      amount: 15,
      unit: 'werkdagen',
      rule: 'Wgs art. 4 lid 1',
    });

    // "Terug naar standaard" for the signals, after a confirm step.
    await signals.getByRole('button', { name: 'Terug naar standaard' }).click();
    const resetConfirm = signals.getByRole('region', { name: 'Terug naar de standaard?' });
    await resetConfirm
      .getByText('Termijn om een signaal op te pakken: was 5 werkdagen, wordt 10 werkdagen')
      .waitFor();
    await resetConfirm.getByRole('button', { name: 'Ja, terug naar standaard' }).click();
    await signals.getByText('De instellingen voor signalen staan weer op de standaard.').waitFor();
    assert.equal(await signals.getByLabel(OFFER_TERM).inputValue(), '10');
    await checkPage(page, 'settings page after reset');
    await context.close();
  } finally {
    await browser?.close();
    await app.stop();
  }
});
