// Browser test of the web shell: signs in, checks the shell and the start pages per role, checks the 320 px
// layout, signs out, and runs axe-core on the sign-in page and on start pages of several roles.
// Drives Debian's /usr/bin/chromium through playwright-core (never downloads a browser); skips without it.
// Run: node --import tsx --test test/e2e/shell.e2e.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  assertNoAxeViolations,
  assertNoHorizontalScroll,
  ensureWebBuilt,
  launchChromium,
  PASSWORD,
  skipWithoutChromium,
  startApp,
  waitForContent,
} from './harness.ts';

interface SignedInUser {
  displayName: string;
  organisation: { name: string };
  roles: string[];
}

async function signIn(page: Page, baseUrl: string, username: string): Promise<SignedInUser> {
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/inloggen/);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Inloggen', exact: true }).click(),
  ]);
  assert.equal(response.status(), 200, `sign-in of ${username} failed with ${response.status()}`);
  const body = (await response.json()) as { user: SignedInUser };
  await page.waitForURL((url) => url.pathname === '/');
  await waitForContent(page);
  return body.user;
}

async function navigationLinks(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allInnerTexts();
}

test('web shell in a real browser', { timeout: 600_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-' });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    // axe is injected as an inline script, which the server's Content Security Policy (rightly) blocks; the
    // axe contexts bypass CSP, and one separate test checks the app itself runs under the real policy.
    const open = async (bypassCSP = true) => {
      const context = await (browser as Browser).newContext({
        viewport: { width: 1280, height: 900 },
        bypassCSP,
      });
      return { context, page: await context.newPage() };
    };

    await t.test('the sign-in page is Dutch, shows linked errors and passes axe', async () => {
      const { context, page } = await open();
      try {
        await page.goto(`${app.baseUrl}/`);
        await page.waitForURL(/\/inloggen/);
        assert.equal(await page.getAttribute('html', 'lang'), 'nl');
        await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
        await waitForContent(page);
        await assertNoAxeViolations(page, 'sign-in page');

        // Empty form: an error summary with links that move focus to the field.
        await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
        const summaryLink = page.getByRole('link', { name: 'Vul uw gebruikersnaam in.' });
        await summaryLink.waitFor();
        await summaryLink.click();
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'username');
        assert.equal(await page.getByLabel('Gebruikersnaam').getAttribute('aria-invalid'), 'true');
        await assertNoAxeViolations(page, 'sign-in page with errors');

        // Wrong password: the server's Dutch message, linked to the username field.
        await page.getByLabel('Gebruikersnaam').fill('niemand-bekend');
        await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
        await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
        const credentials = page.locator('.regie-error-summary a[href="#username"]');
        await credentials.waitFor();
        assert.match(await credentials.innerText(), /gebruikersnaam|wachtwoord/i);

        // No SSO configured in this test: the SSO link must not be shown.
        assert.equal(await page.getByRole('link', { name: /eenmalige aanmelding/ }).count(), 0);
      } finally {
        await context.close();
      }
    });

    await t.test('a regisseur signs in, uses the shell, fits 320 px and signs out', async () => {
      const { context, page } = await open();
      try {
        const user = await signIn(page, app.baseUrl, 'regisseur');

        // Landmarks and start page heading.
        await page.getByRole('banner').waitFor();
        await page.getByRole('main').waitFor();
        await page.getByRole('contentinfo').waitFor();
        const heading = page.getByRole('heading', { level: 1 });
        assert.match(await heading.innerText(), new RegExp(user.displayName));
        assert.equal(await page.title(), 'Start - Regie');

        // Navigation for this role.
        const links = await navigationLinks(page);
        assert.deepEqual(links.slice(0, 3), ['Start', 'Huishoudens', 'Mijn teams']);
        assert.equal(
          await page.getByRole('link', { name: 'Start', exact: true }).getAttribute('aria-current'),
          'page',
        );

        // Skip link: the first Tab stop, and it moves focus to the main content.
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
        assert.equal(focused.trim(), 'Naar de inhoud');
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MAIN');

        // User menu: name on the button; organisation, roles and sign-out in the panel.
        const menuButton = page.getByRole('button', { name: new RegExp(user.displayName) });
        assert.equal(await menuButton.getAttribute('aria-expanded'), 'false');
        await menuButton.click();
        assert.equal(await menuButton.getAttribute('aria-expanded'), 'true');
        const panel = page.locator('.regie-user-menu__panel');
        assert.match(await panel.innerText(), new RegExp(user.organisation.name));
        assert.match(await panel.innerText(), /Regisseur/);
        await page.keyboard.press('Escape');
        assert.equal(await menuButton.getAttribute('aria-expanded'), 'false');

        // Start page data: households and teams of this regisseur.
        await page.getByRole('heading', { level: 2, name: 'Huishoudens in uw wijken' }).waitFor();
        await page.getByRole('heading', { level: 2, name: 'Mijn teams' }).waitFor();
        assert.ok((await page.locator('main table').count()) >= 2, 'start page shows households and teams');
        await assertNoAxeViolations(page, 'start page (regisseur)');

        // Navigate inside the app: households list and one household.
        await page
          .getByRole('navigation', { name: 'Hoofdmenu' })
          .getByRole('link', { name: 'Huishoudens' })
          .click();
        await page.waitForURL((url) => url.pathname === '/huishoudens');
        await waitForContent(page);
        await page.getByRole('heading', { level: 1, name: 'Huishoudens' }).waitFor();
        await page.locator('main table tbody tr th a').first().click();
        await page.waitForURL(/\/huishoudens\/[0-9a-f-]{36}$/);
        await waitForContent(page);
        await page.getByRole('heading', { level: 2, name: 'Personen in dit huishouden' }).waitFor();
        await assertNoAxeViolations(page, 'household page (regisseur)');

        // 320 px wide: no horizontal scroll on the household page and the start page (tables scroll inside
        // their own container), and axe still finds nothing.
        await page.setViewportSize({ width: 320, height: 800 });
        await assertNoHorizontalScroll(page, 'household page at 320 px');
        await page.goto(`${app.baseUrl}/`);
        await waitForContent(page);
        await assertNoHorizontalScroll(page, 'start page at 320 px');
        await assertNoAxeViolations(page, 'start page at 320 px (regisseur)');

        // Sign out.
        await menuButton.click();
        await page.getByRole('button', { name: 'Uitloggen' }).click();
        await page.waitForURL(/\/inloggen\?melding=uitgelogd/);
        await page.getByText('U bent uitgelogd.').waitFor();
        await page.goto(`${app.baseUrl}/`);
        await page.waitForURL(/\/inloggen/);
      } finally {
        await context.close();
      }
    });

    await t.test('an ended session sends the user to sign in once, and back afterwards', async () => {
      const { context, page } = await open();
      try {
        await signIn(page, app.baseUrl, 'wijkteam');
        await context.clearCookies(); // the server no longer knows this browser
        await page
          .getByRole('navigation', { name: 'Hoofdmenu' })
          .getByRole('link', { name: 'Huishoudens' })
          .click();
        await page.waitForURL(/\/inloggen\?/);
        await page.getByText('U was een tijd niet actief. Log opnieuw in.').waitFor();
        await page.waitForLoadState('networkidle');
        const url = new URL(page.url());
        assert.equal(url.searchParams.get('melding'), 'verlopen');
        assert.equal(url.searchParams.get('terug'), '/huishoudens');
        await page.getByLabel('Gebruikersnaam').fill('wijkteam');
        await page.getByLabel('Wachtwoord').fill(PASSWORD);
        await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
        await page.waitForURL((u) => u.pathname === '/huishoudens');
        await page.getByRole('heading', { level: 1, name: 'Huishoudens' }).waitFor();
      } finally {
        await context.close();
      }
    });

    await t.test('the app runs under the Content Security Policy without errors', async () => {
      const { context, page } = await open(false);
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
      });
      try {
        // Beleid: the start page draws a chart (Observable Plot), the most likely place for a CSP problem.
        await signIn(page, app.baseUrl, 'beleid');
        await page.locator('.regie-chart__canvas svg').waitFor();
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

    const roles = [
      { username: 'beleid', nav: 'Cijfers per wijk', section: 'Cijfers per wijk' },
      { username: 'fg', nav: 'Logboek', section: 'Laatste acties in het logboek' },
      { username: 'beheerder', nav: 'API-sleutels', section: 'Beheer' },
      { username: 'partner', nav: 'Mijn organisatie', section: 'Mijn organisatie' },
      { username: 'teamleider', nav: 'Huishoudens', section: 'Mijn teams' },
    ];
    for (const role of roles) {
      await t.test(`the start page of ${role.username} shows its work and passes axe`, async () => {
        const { context, page } = await open();
        try {
          await signIn(page, app.baseUrl, role.username);
          assert.ok((await navigationLinks(page)).includes(role.nav), `navigation of ${role.username}`);
          await page.getByRole('heading', { level: 2, name: role.section }).waitFor();
          assert.equal(await page.locator('main .utrecht-alert--error').count(), 0, 'no error messages');
          await assertNoAxeViolations(page, `start page (${role.username})`);
        } finally {
          await context.close();
        }
      });
    }
  } finally {
    await browser?.close();
    await app.stop();
  }
});
