// Browser test of break-the-glass (noodtoegang, issue 5): the demo `wijkteam` professional cannot open a household
// of another regisseur's case; she asks for noodtoegang on the /noodtoegang page (Dutch errors first, then the
// confirm step), opens the household page through the link, and ends the access again. The demo `fg` sees the
// notification on /meldingen, opens the review queue from it and judges the use. Axe on every state, no
// horizontal scroll at 320 px. Drives Debian's /usr/bin/chromium; skips without it.
// Run: npm run build:web && node --import tsx --test test/e2e/break-glass.e2e.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { CaseSummary } from '../../src/web/api/cases.ts';
import type { Page as ResultPage } from '../../src/web/api/types.ts';
import {
  checkPage,
  ensureWebBuilt,
  getJson,
  launchChromium,
  openPage,
  signIn,
  skipWithoutChromium,
  startApp,
  waitForContent as waitForPageContent,
} from './harness.ts';

const REASON = 'Politie belt: acute zorgen om de kinderen, niemand van het casusteam bereikbaar.';

function waitForContent(page: Page): Promise<void> {
  return waitForPageContent(page, 60_000);
}

/** A new browser context with `username` signed in. */
async function signedInPage(browser: Browser, baseUrl: string, username: string): Promise<Page> {
  const { page } = await openPage(browser);
  await signIn(page, baseUrl, username, 60_000);
  return page;
}

test('break-the-glass and the FG review in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-break-glass-' });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const errors: string[] = [];
    const regisseur = await signedInPage(browser, app.baseUrl, 'regisseur');
    const wijkteam = await signedInPage(browser, app.baseUrl, 'wijkteam');
    for (const page of [regisseur, wijkteam]) page.on('pageerror', (error) => errors.push(error.message));

    // A household of one of the regisseur's cases that the wijkteam professional cannot open (404), or, when
    // every such household has a signal on her team's worklist, sees only at signal level (no case data); its BSN
    // is what the professional would get from the police on the phone.
    const cases = await getJson<ResultPage<CaseSummary>>(
      regisseur,
      `${app.baseUrl}/api/v1/cases?mine=true&pageSize=50`,
    );
    const seenBy = async (householdId: string) => {
      const probe = await wijkteam.request.get(`${app.baseUrl}/api/v1/households/${householdId}/overview`);
      if (probe.status() === 404) return 'none' as const;
      assert.equal(probe.status(), 200);
      return ((await probe.json()) as { restricted: boolean }).restricted
        ? ('signal' as const)
        : ('full' as const);
    };
    const candidates: { householdId: string; access: 'none' | 'signal' }[] = [];
    for (const c of cases.items) {
      const access = await seenBy(c.householdId);
      if (access !== 'full') candidates.push({ householdId: c.householdId, access });
    }
    const chosen = candidates.find((c) => c.access === 'none') ?? candidates[0];
    assert.ok(chosen, 'the demo has a case household that wijkteam does not fully see');
    const overview = await getJson<{ members: { bsn: string }[] }>(
      regisseur,
      `${app.baseUrl}/api/v1/households/${chosen.householdId}/overview`,
    );
    const target = { householdId: chosen.householdId, bsn: overview.members[0]?.bsn ?? '' };
    assert.ok(target.bsn, 'the household has a member');
    const { householdId, bsn } = target;

    await t.test('the page says when noodtoegang is allowed; an empty form gets Dutch errors', async () => {
      await wijkteam.goto(`${app.baseUrl}/noodtoegang`);
      await wijkteam.getByRole('heading', { level: 1, name: 'Noodtoegang' }).waitFor();
      await wijkteam
        .getByRole('heading', { level: 2, name: 'Wanneer mag u noodtoegang gebruiken?' })
        .waitFor();
      await wijkteam.getByText('U heeft nu geen noodtoegang.').waitFor();
      await checkPage(wijkteam, 'noodtoegang page');

      await wijkteam.getByRole('button', { name: 'Verder' }).click();
      const summary = wijkteam.locator('.regie-error-summary');
      await summary.getByText('Vul het BSN in').waitFor();
      await summary.getByText('Schrijf de reden in minstens 20 tekens').waitFor();
      await checkPage(wijkteam, 'noodtoegang form with errors');

      await wijkteam.getByRole('radio', { name: 'Met het adres' }).check();
      await wijkteam.getByLabel('Postcode', { exact: true }).waitFor();
      await wijkteam.getByRole('radio', { name: 'Met het BSN van iemand uit het huishouden' }).check();
    });

    await t.test('she asks for noodtoegang with a reason, confirms, and opens the household', async () => {
      await wijkteam.getByLabel('BSN', { exact: true }).fill(bsn);
      await wijkteam.getByLabel('Reden', { exact: true }).fill(REASON);
      await wijkteam.getByText(`${REASON.length} tekens`, { exact: true }).waitFor();
      await wijkteam.getByLabel('Hoe lang heeft u toegang nodig?').selectOption('2');
      await wijkteam.getByRole('button', { name: 'Verder' }).click();
      await wijkteam
        .getByText('De functionaris gegevensbescherming ziet uw reden en controleert elke noodtoegang', {
          exact: false,
        })
        .waitFor();
      await checkPage(wijkteam, 'noodtoegang confirm step');
      await wijkteam.getByRole('button', { name: 'Ja, geef mij noodtoegang' }).click();
      await wijkteam.getByText(/^U heeft noodtoegang tot /).waitFor();
      await wijkteam.getByRole('button', { name: /^Beëindigen/ }).waitFor();
      await wijkteam.getByText(/^Nog (2 uur|1 uur en 59 minuten)/).waitFor();
      await checkPage(wijkteam, 'noodtoegang granted');

      await wijkteam.getByRole('link', { name: 'Open het huishouden' }).click();
      await wijkteam.waitForURL((url) => url.pathname === `/huishoudens/${householdId}`);
      await waitForContent(wijkteam);
      await wijkteam.getByRole('heading', { level: 1 }).waitFor();
      await checkPage(wijkteam, 'household page under noodtoegang');
      assert.notEqual(await seenBy(householdId), 'none', 'the grant opens the household');
    });

    await t.test('the FG sees the notification and judges the use in the review queue', async () => {
      const fg = await signedInPage(browser!, app.baseUrl, 'fg');
      fg.on('pageerror', (error) => errors.push(error.message));
      await fg.goto(`${app.baseUrl}/meldingen`);
      await fg.getByRole('heading', { level: 2, name: /Noodtoegang gebruikt: beoordelen/ }).waitFor();
      await fg.getByText('1 ongelezen melding').waitFor();
      await checkPage(fg, 'notifications');

      await fg
        .getByRole('link', { name: /^Openen/ })
        .first()
        .click();
      await fg.waitForURL((url) => url.pathname === '/privacy/noodtoegang');
      await fg.getByRole('heading', { level: 1, name: 'Noodtoegang beoordelen' }).waitFor();
      await fg.getByRole('cell', { name: REASON }).waitFor();
      await fg.getByRole('cell', { name: householdId }).waitFor();
      await checkPage(fg, 'review queue');

      await fg.getByRole('button', { name: /^Beoordelen\s?: Wout Wijkteam/ }).click();
      await fg.getByRole('button', { name: 'Beoordeling opslaan' }).click();
      await fg.locator('.regie-error-summary').getByText('Kies of de noodtoegang terecht was').waitFor();
      await fg.getByRole('radio', { name: 'Nee, onterecht' }).check();
      await fg.getByRole('button', { name: 'Beoordeling opslaan' }).click();
      await fg
        .locator('.regie-error-summary')
        .getByText('Schrijf op waarom de noodtoegang onterecht was')
        .waitFor();
      await checkPage(fg, 'review form with errors');
      await fg.getByRole('radio', { name: 'Ja, terecht' }).check();
      await fg.getByRole('button', { name: 'Beoordeling opslaan' }).click();
      await fg.getByText('De beoordeling is opgeslagen.').waitFor();
      await fg.getByText('Er is geen noodtoegang om te beoordelen.').waitFor();
      await fg.getByRole('link', { name: 'Alle', exact: true }).click();
      await fg.getByRole('cell', { name: /^Terecht/ }).waitFor();
      await checkPage(fg, 'review queue, all');

      await fg.goto(`${app.baseUrl}/meldingen`);
      await fg.getByText('Alles is gelezen.').waitFor();
      // The FG never sees the household page itself: the role has no household.read at all.
      const page = await fg.request.get(`${app.baseUrl}/api/v1/households/${householdId}/overview`);
      assert.equal(page.status(), 403);
      await fg.context().close();
    });

    await t.test(
      'she ends the access early after a confirm step; the household is closed again',
      async () => {
        await wijkteam.goto(`${app.baseUrl}/noodtoegang`);
        await wijkteam.getByRole('button', { name: /^Beëindigen/ }).click();
        await wijkteam.getByRole('heading', { name: 'Noodtoegang beëindigen?' }).waitFor();
        await checkPage(wijkteam, 'end confirm step');
        await wijkteam.getByRole('button', { name: 'Ja, beëindigen' }).click();
        await wijkteam.getByText('De noodtoegang is beëindigd.').waitFor();
        await wijkteam.getByText('U heeft nu geen noodtoegang.').waitFor();
        await wijkteam.getByRole('heading', { level: 2, name: 'Eerdere noodtoegang' }).waitFor();
        await wijkteam.getByRole('cell', { name: 'Terecht' }).waitFor();
        await checkPage(wijkteam, 'noodtoegang page after ending');
        const closed = await wijkteam.request.get(`${app.baseUrl}/api/v1/households/${householdId}/overview`);
        assert.equal(closed.status(), 404);
      },
    );

    assert.deepEqual(errors, [], 'no script errors');
  } finally {
    await browser?.close();
    await app.stop();
  }
});
