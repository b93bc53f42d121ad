// Browser test of the household case (issue 4): the team leader of Wijkteam Noord starts a case and assigns the
// regisseur; the regisseur finds it under "Alleen van mij", moves it to the next phase after a confirm step and
// offers a warm handover to the second regisseur of the demo (regisseur2); both see that the handover waits; the
// second regisseur accepts and leads the case; the team leader's caseload shows it. Axe on every page, no
// horizontal scroll at 320 px, tabs in the URL. Drives Debian's /usr/bin/chromium; skips without it.
// Run: npm run build:web && node --import tsx --test test/e2e/cases.e2e.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CaseDetail } from '../../src/web/api/cases.ts';
import type { WerklijstSignaal } from '../../src/web/api/signals.ts';
import type { HouseholdSummary, Page as ResultPage, Session, Team } from '../../src/web/api/types.ts';
import {
  assertNoAxeViolations,
  checkPage,
  ensureWebBuilt,
  getJson,
  launchChromium,
  signIn as signInAs,
  skipWithoutChromium,
  startApp,
  waitForContent as waitForPageContent,
} from './harness.ts';

function waitForContent(page: Page): Promise<void> {
  return waitForPageContent(page, 60_000);
}

async function signIn(page: Page, baseUrl: string, username: string): Promise<Session['user']> {
  await signInAs(page, baseUrl, username);
  return (await getJson<Session>(page, `${baseUrl}/api/v1/auth/session`)).user;
}

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

/** The team leader starts a case for a household of Wijkteam Noord that has no open case yet (API, as setup). */
async function startCaseInNoord(page: Page, baseUrl: string): Promise<CaseDetail> {
  const { items: teams } = await getJson<{ items: Team[] }>(page, `${baseUrl}/api/v1/me/teams`);
  const noord = teams.find((team) => team.name === 'Wijkteam Noord');
  assert.ok(noord, 'the team leader leads Wijkteam Noord');
  const wijk = noord.areas.find((area) => area.kind === 'wijk');
  assert.ok(wijk, 'Wijkteam Noord serves a wijk');
  const list = await getJson<ResultPage<HouseholdSummary>>(
    page,
    `${baseUrl}/api/v1/households?wijk=${wijk.code}&pageSize=50`,
  );
  const session = await page.request.get(`${baseUrl}/api/v1/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  // From the end of the list: the demo cases and signals are about the first households.
  for (const household of list.items.slice().reverse()) {
    const response = await page.request.post(`${baseUrl}/api/v1/cases`, {
      data: { householdId: household.id, teamId: noord.id },
      headers: { 'X-CSRF-Token': csrfToken },
    });
    if (response.status() === 409) continue; // this household already has an open case
    assert.equal(response.status(), 201, await response.text());
    return (await response.json()) as CaseDetail;
  }
  throw new Error(`every household in ${wijk.code} already has an open case`);
}

test('household cases in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-cases-' });
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  try {
    browser = await launchChromium();
    // axe is injected as an inline script, which the server's Content Security Policy blocks: bypass CSP here.
    const open = async () => {
      const context = await (browser as Browser).newContext({
        viewport: { width: 1280, height: 900 },
        bypassCSP: true,
        locale: 'nl-NL',
      });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      return { page, errors };
    };
    const leader = await open();
    const first = await open();
    const second = await open();
    const leaderUser = await signIn(leader.page, app.baseUrl, 'teamleider');
    const firstUser = await signIn(first.page, app.baseUrl, 'regisseur');
    // The demo has a second regisseur in Wijkteam Noord, so a warm handover has someone to go to.
    const secondUser = await signIn(second.page, app.baseUrl, 'regisseur2');
    assert.ok(leaderUser.roles.includes('teamleider'));
    assert.ok(secondUser.roles.includes('regisseur'));
    const started = await startCaseInNoord(leader.page, app.baseUrl);
    assert.equal(started.phase, 'aanmelding');
    assert.equal(started.regisseur, null);
    const caseUrl = `${app.baseUrl}/casussen/${started.id}`;

    await t.test('the team leader sees the case list and assigns the regisseur', async () => {
      const { page, errors } = leader;
      await navigation(page).getByRole('link', { name: 'Casussen' }).click();
      await page.waitForURL((url) => url.pathname === '/casussen');
      await page.getByRole('heading', { level: 1, name: 'Casussen' }).waitFor();
      await page.getByRole('table', { name: 'Casussen' }).waitFor();
      await checkPage(page, 'case list');

      await page.goto(caseUrl);
      await page.getByRole('heading', { level: 1, name: `Casus ${started.addressLine}` }).waitFor();
      await waitForContent(page);
      assert.match(await page.locator('.regie-case-steps').innerText(), /Huidige fase: Aanmelding/);
      assert.equal(await page.locator('[aria-current="step"]').innerText(), 'Aanmelding (nu)');
      await page.getByText('Deze casus heeft nog geen regisseur.').waitFor();
      await checkPage(page, 'case without regisseur (team leader)');

      // Dutch errors next to the fields when the form is sent empty.
      const assign = page.getByRole('region', { name: 'Regisseur toewijzen' });
      await assign.getByRole('button', { name: 'Toewijzen' }).click();
      await page.locator('.regie-error-summary').getByText('Kies een collega.').waitFor();
      await assign.getByText('Schrijf op waarom.').first().waitFor();

      await assign.getByLabel('Collega', { exact: true }).selectOption(firstUser.id);
      await assign.getByLabel('Reden', { exact: true }).fill('Rana heeft ruimte in haar caseload.');
      await assign.getByRole('button', { name: 'Toewijzen' }).click();
      await page.getByText(`${firstUser.displayName} is nu de regisseur.`).waitFor();
      await page.getByText(`${firstUser.displayName} is de regisseur.`).waitFor();
      await assertNoAxeViolations(page, 'case after assignment');
      assert.deepEqual(errors, []);
    });

    await t.test(
      'the regisseur finds the case, changes its phase after confirming and offers a handover',
      async () => {
        const { page, errors } = first;
        await navigation(page).getByRole('link', { name: 'Casussen' }).click();
        await page.waitForURL((url) => url.pathname === '/casussen');
        await page.getByLabel('Welke casussen').selectOption({ label: 'Alleen van mij' });
        await page.waitForURL((url) => url.searchParams.get('mine') === 'true');
        await waitForContent(page);
        await page.getByRole('link', { name: started.addressLine }).click();
        await page.waitForURL((url) => url.pathname === `/casussen/${started.id}`);
        await page.getByText('U bent de regisseur van deze casus.').waitFor();
        await checkPage(page, 'case (regisseur)');

        await page.getByRole('button', { name: 'Fase wijzigen' }).click();
        await page.locator('.regie-error-summary').getByText('Kies de nieuwe fase.').waitFor();
        await page.getByLabel('Nieuwe fase').selectOption('veiligheidscheck');
        await page.getByRole('button', { name: 'Fase wijzigen' }).click();
        await page.getByRole('heading', { name: 'Fase echt wijzigen?' }).waitFor();
        await assertNoAxeViolations(page, 'phase change confirm step');
        await page.getByRole('button', { name: 'Ja, wijzig de fase' }).click();
        await page.getByText('De casus staat nu in de fase "Veiligheids- en basiszorgcheck".').waitFor();
        assert.equal(
          await page.locator('[aria-current="step"]').innerText(),
          'Veiligheids- en basiszorgcheck (nu)',
        );
        const history = page.getByRole('table', { name: 'Faseovergangen: wie, wanneer en waarom' });
        assert.match(await history.innerText(), /Aanmelding → Veiligheids- en basiszorgcheck/);

        const handover = page.getByRole('region', { name: 'Overdragen aan een collega' });
        await handover.getByLabel('Collega', { exact: true }).selectOption(secondUser.id);
        await handover
          .getByLabel('Reden', { exact: true })
          .fill('Roos kent het gezin van een eerder contact.');
        await handover.getByRole('button', { name: 'Overdracht aanbieden' }).click();
        const waiting = `Overdracht aan ${secondUser.displayName} wacht op acceptatie.`;
        await page.locator('.regie-case-handover').getByText(waiting).waitFor();
        await page.getByRole('button', { name: 'Intrekken' }).waitFor();
        // Until the other accepts, this regisseur still leads the case.
        await page.getByText('U bent de regisseur van deze casus.').waitFor();
        await checkPage(page, 'case with a handover waiting (offerer)');
        assert.deepEqual(errors, []);
      },
    );

    await t.test('the offered regisseur sees the handover waiting and accepts it', async () => {
      const { page, errors } = second;
      await page.goto(caseUrl);
      await waitForContent(page);
      await page
        .locator('.regie-case-handover')
        .getByText(`Overdracht aan ${secondUser.displayName} wacht op acceptatie.`)
        .waitFor();
      await page.getByText('U wordt gevraagd om regisseur te worden van deze casus.').waitFor();
      await page.getByRole('button', { name: 'Weigeren' }).waitFor();
      await checkPage(page, 'case offered to me');
      await page.getByRole('button', { name: 'Accepteren' }).click();
      await page.getByText('U bent nu de regisseur van deze casus.').waitFor();
      await page.getByText('U bent de regisseur van deze casus.').waitFor();
      assert.equal(await page.locator('.regie-case-handover').count(), 0);
      await assertNoAxeViolations(page, 'case after accepting');

      // The tabs are links with the tab in the URL: a reload keeps the tab.
      await page
        .getByRole('navigation', { name: 'Onderdelen van de casus' })
        .getByRole('link', { name: 'Termijnen' })
        .click();
      await page.waitForURL((url) => url.searchParams.get('tab') === 'termijnen');
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Termijnen' }).waitFor();
      const current = page
        .getByRole('navigation', { name: 'Onderdelen van de casus' })
        .locator('[aria-current="page"]');
      assert.equal(await current.innerText(), 'Termijnen');
      assert.deepEqual(errors, []);
    });

    await t.test('after picking up a signal the signal page links to the household case', async () => {
      const { page, errors } = first;
      const { items: teams } = await getJson<{ items: Team[] }>(page, `${app.baseUrl}/api/v1/me/teams`);
      const noord = teams.find((team) => team.name === 'Wijkteam Noord');
      assert.ok(noord, 'the regisseur is in Wijkteam Noord');
      const worklist = await getJson<ResultPage<WerklijstSignaal>>(
        page,
        `${app.baseUrl}/api/v1/signals/worklist?teamId=${noord.id}&status=nieuw&pageSize=50`,
      );
      const signal = worklist.items.find((item) => item.huishouden !== null);
      assert.ok(signal, 'the demo has a matched signal waiting in Wijkteam Noord');
      await page.goto(`${app.baseUrl}/signalen/${signal.id}`);
      await waitForContent(page);
      await page.getByRole('button', { name: 'Oppakken', exact: true }).click();
      await page.getByText('U heeft het signaal opgepakt.').waitFor();
      await page.getByRole('link', { name: 'Naar de casus' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/casussen/'));
      await page.getByRole('heading', { level: 1, name: /^Casus / }).waitFor();
      await waitForContent(page);
      assert.deepEqual(errors, []);
    });

    await t.test('the team leader sees the caseload per regisseur, as a chart and a table', async () => {
      const { page, errors } = leader;
      await navigation(page).getByRole('link', { name: 'Caseload' }).click();
      await page.waitForURL((url) => url.pathname === '/caseload');
      await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
      const table = page.getByRole('table', { name: 'Open casussen per regisseur en per fase' });
      await table.waitFor();
      assert.match(await table.innerText(), new RegExp(secondUser.displayName));
      await page.getByRole('figure').first().waitFor();
      const cases = page.getByRole('table', { name: 'Open casussen van het team' });
      await cases.getByRole('link', { name: started.addressLine }).waitFor();
      await checkPage(page, 'caseload');
      assert.deepEqual(errors, []);
    });
  } finally {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await app.stop();
  }
});
