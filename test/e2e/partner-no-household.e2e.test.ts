// Browser test of access rule 5 (issue 5): "a demo partner account cannot reach any household page, even by URL".
// The demo regisseur names a real demo household with a case (its id, address, members); the demo partner then
// types the household list, that household's page, the case list, the case page, its printable plan and the
// caseload into the address bar, and calls the API routes behind them. Every page says in Dutch that there is no
// access (or nothing found); no page text and no API response body holds the address, a member's name or BSN.
// Drives Debian's /usr/bin/chromium through playwright-core (never downloads a browser); skips without it.
// Run: npm run build:web && node scripts/test.js test/e2e/partner-no
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import type { CaseSummary } from '../../src/web/api/cases.ts';
import type { Page as ResultPage } from '../../src/web/api/types.ts';
import {
  assertNoAxeViolations,
  ensureWebBuilt,
  getJson,
  launchChromium,
  signIn,
  skipWithoutChromium,
  startApp,
  waitForContent as waitForPageContent,
} from './harness.ts';

const waitForContent = (page: Page) => waitForPageContent(page, 120_000);

/** What a refusal says, in Dutch: the page guard, the API's 403 and 404 titles, the web's own error texts. */
const REFUSAL = /geen toegang|niet gevonden|mag dit niet/i;

async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  // axe is injected as an inline script, which the server's Content Security Policy blocks: bypass CSP here.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
    locale: 'nl-NL',
  });
  context.setDefaultTimeout(120_000);
  context.setDefaultNavigationTimeout(120_000);
  return { context, page: await context.newPage() };
}

type Overview = {
  addressLine: string;
  address: { straat: string; huisnummer: number; postcode: string };
  members: {
    id: string;
    bsn: string;
    voornamen: string;
    voorvoegsel: string | null;
    geslachtsnaam: string;
  }[];
};

/** The texts that would give the household away: the address in two spellings, each member's name and BSN. */
function secretsOf(overview: Overview): string[] {
  return [
    overview.addressLine,
    `${overview.address.straat} ${overview.address.huisnummer}`,
    overview.address.postcode,
    ...overview.members.flatMap((m) => [
      [m.voornamen, m.voorvoegsel, m.geslachtsnaam].filter(Boolean).join(' '),
      m.bsn,
    ]),
  ];
}

function assertNoSecret(text: string, secrets: readonly string[], where: string): void {
  for (const secret of secrets) assert.ok(!text.includes(secret), `${where} contains "${secret}"`);
}

test('the demo partner cannot reach any household page, even by URL', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-partner-', env: { REGIE_DEMO_HOUSEHOLDS: '50' } });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();

    // A real demo household with a case, and what the regisseur sees of it.
    const regisseur = await newPage(browser);
    await signIn(regisseur.page, app.baseUrl, 'regisseur');
    const cases = await getJson<ResultPage<CaseSummary>>(
      regisseur.page,
      `${app.baseUrl}/api/v1/cases?mine=true&pageSize=50`,
    );
    const chosen = cases.items[0];
    assert.ok(chosen, 'the demo regisseur has a case');
    const { householdId, id: caseId } = chosen;
    const overview = await getJson<Overview>(
      regisseur.page,
      `${app.baseUrl}/api/v1/households/${householdId}/overview`,
    );
    assert.ok(overview.members.length > 0, 'the household has members');
    const secrets = secretsOf(overview);
    const personId = overview.members[0]!.id;
    const bsn = overview.members[0]!.bsn;
    await regisseur.context.close();

    const { page } = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Every API answer the partner's pages get, to look for the household in their bodies.
    const answers: Promise<{ url: string; status: number; body: string }>[] = [];
    page.on('response', (response: Response) => {
      if (!new URL(response.url()).pathname.startsWith('/api/')) return;
      answers.push(
        response
          .text()
          .catch(() => '')
          .then((body) => ({ url: response.url(), status: response.status(), body })),
      );
    });
    await signIn(page, app.baseUrl, 'partner');

    await t.test('the main menu offers no household or case page', async () => {
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await menu.getByRole('link').first().waitFor();
      for (const name of ['Huishoudens', 'Casussen', 'Caseload', 'Signalenbord']) {
        assert.equal(await menu.getByRole('link', { name, exact: true }).count(), 0, `menu link ${name}`);
      }
    });

    const pages = [
      { label: 'household list', path: '/huishoudens' },
      {
        label: 'household list, searched by street',
        path: `/huishoudens?search=${encodeURIComponent(overview.address.straat)}`,
      },
      { label: 'household page', path: `/huishoudens/${householdId}` },
      { label: 'case list', path: '/casussen' },
      { label: 'case page', path: `/casussen/${caseId}` },
      { label: 'printable plan', path: `/casussen/${caseId}/plan/afdrukken` },
      { label: 'caseload', path: '/caseload' },
    ];
    for (const { label, path } of pages) {
      await t.test(
        `by URL: the ${label} says there is no access and shows nothing of the household`,
        async () => {
          await page.goto(`${app.baseUrl}${path}`);
          await waitForContent(page);
          assert.equal(
            new URL(page.url()).pathname,
            path.split('?')[0],
            'no redirect away from the typed URL',
          );
          const main = page.getByRole('main');
          await main.getByText(REFUSAL).first().waitFor();
          const text = await page.locator('body').innerText();
          assertNoSecret(text, secrets, `${label} page text`);
        },
      );
    }

    await t.test('the refusal page passes axe', async () => {
      await page.goto(`${app.baseUrl}/huishoudens/${householdId}`);
      await waitForContent(page);
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      await assertNoAxeViolations(page, 'household page refused to the partner');
    });

    await t.test(
      'the API routes behind those pages refuse with a Dutch problem and no personal data',
      async () => {
        const routes = [
          '/api/v1/households',
          `/api/v1/households?search=${encodeURIComponent(overview.address.straat)}`,
          `/api/v1/households/${householdId}`,
          `/api/v1/households/${householdId}/overview`,
          `/api/v1/households/${householdId}/bijstandsbesluiten`,
          '/api/v1/cases',
          '/api/v1/cases?mine=true',
          `/api/v1/cases/${caseId}`,
          `/api/v1/cases/${caseId}/plan`,
          `/api/v1/cases/${caseId}/plan/versions`,
          `/api/v1/cases/${caseId}/plan.pdf`,
          `/api/v1/cases/${caseId}/provisions`,
          `/api/v1/cases/${caseId}/zrm`,
          `/api/v1/cases/${caseId}/deadlines`,
          `/api/v1/cases/${caseId}/consents`,
          `/api/v1/cases/${caseId}/shares`,
          `/api/v1/cases/${caseId}/candidates`,
          `/api/v1/persons/${personId}/consents`,
          '/api/v1/caseload',
          '/api/v1/board',
          `/api/v1/privacy/inzage?bsn=${bsn}`,
        ];
        for (const route of routes) {
          const response = await page.request.get(`${app.baseUrl}${route}`);
          const body = await response.text();
          assert.ok([403, 404].includes(response.status()), `${route}: ${response.status()} ${body}`);
          assert.match(response.headers()['content-type'] ?? '', /application\/problem\+json/, route);
          const problem = JSON.parse(body) as { title?: string; detail?: string };
          assert.match(`${problem.title ?? ''} ${problem.detail ?? ''}`, REFUSAL, route);
          assertNoSecret(body, secrets, `${route} body`);
        }
      },
    );

    await t.test("no API answer to the partner's pages held the household", async () => {
      const seen = await Promise.all(answers);
      assert.ok(seen.length > 0, 'the pages asked the API something');
      for (const { url, body } of seen) assertNoSecret(body, secrets, `${url} body`);
      // Every one of these pages is behind a role gate, so none even asks the API about the household or its case.
      const asked = seen.filter((a) => a.url.includes(householdId) || a.url.includes(caseId));
      assert.deepEqual(
        asked.map((a) => `${a.url}: ${a.status}`),
        [],
        'no page asked the API about the household or its case',
      );
    });

    assert.deepEqual(errors, [], 'no script errors on the page');
  } finally {
    await browser?.close();
    await app.stop();
  }
});
