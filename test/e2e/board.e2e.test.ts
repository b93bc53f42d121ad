// Browser test of the signals board and the household page (issue 4, items 5 and 6): the team leader of Wijkteam
// Noord opens /signalenbord from the menu and sees every kind of item on the demo data (seed/cases.ts), in the
// chart's table and as items with "Wat te doen"; filters on one kind (in the URL); opens a household from an
// item and finds its timeline. Axe on every page, no horizontal scroll at 320 px. Skips without Chromium.
// Run: npm run build:web && node --import tsx --test test/e2e/board.e2e.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser } from 'playwright-core';
import { type Board, boardKinds } from '../../src/web/api/board.ts';
import { boardKindLabels } from '../../src/web/features/board/labels.ts';
import {
  checkPage,
  ensureWebBuilt,
  launchChromium,
  openPage,
  signIn,
  skipWithoutChromium,
  startApp,
  waitForContent,
} from './harness.ts';

test('signals board and household page in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  // A smaller population than the default keeps the start quick; the demo cases need only the first few hundred.
  const app = await startApp({ dataDirPrefix: 'regie-e2e-board-', env: { REGIE_DEMO_HOUSEHOLDS: '500' } });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    // axe is injected as an inline script, which the server's Content Security Policy blocks: bypass CSP here.
    const { page, errors } = await openPage(browser);
    await signIn(page, app.baseUrl, 'teamleider');

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Signalenbord' })
      .click();
    await page.waitForURL((url) => url.pathname === '/signalenbord');
    await waitForContent(page, 60_000);
    await page.getByRole('heading', { level: 1, name: 'Signalenbord' }).waitFor();

    // Every kind is on the demo data: in the table next to the chart, and as a section with items.
    const response = await page.request.get(`${app.baseUrl}/api/v1/board`);
    assert.equal(response.status(), 200);
    const board = (await response.json()) as Board;
    const missing = boardKinds.filter((kind) => (board.counts[kind] ?? 0) === 0);
    assert.deepEqual(missing, [], `kinds without items on the demo data: ${missing.join(', ')}`);
    const table = page.getByRole('table', { name: 'Aantal punten per soort' });
    for (const kind of boardKinds) {
      const row = table.getByRole('row', { name: new RegExp(boardKindLabels[kind]) });
      await row.waitFor();
      assert.match(await row.innerText(), new RegExp(String(board.counts[kind])));
      await page
        .getByRole('heading', { level: 2, name: `${boardKindLabels[kind]} (${board.counts[kind]})` })
        .waitFor();
    }
    assert.ok((await page.getByText('Wat te doen').count()) > 0);
    await checkPage(page, 'signalenbord');

    // Filter on one kind: the choice is in the URL and only that kind's section is left.
    await page.getByLabel('Soort').selectOption('overgang_18');
    await page.waitForURL((url) => url.searchParams.get('kind') === 'overgang_18');
    await waitForContent(page, 60_000);
    await page.getByRole('heading', { level: 2, name: /^Jongere wordt 18/ }).waitFor();
    assert.equal(await page.getByRole('heading', { level: 2, name: /^Casus zonder regisseur/ }).count(), 0);
    await checkPage(page, 'signalenbord, one kind');

    // From an item to the household page, with its timeline.
    await page
      .getByRole('link', { name: /^Huishouden bekijken/ })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname.startsWith('/huishoudens/'));
    await waitForContent(page, 60_000);
    await page.getByRole('heading', { level: 1, name: /^Huishouden / }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Regisseur en team' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Tijdlijn' }).waitFor();
    await checkPage(page, 'household page');

    // A household with a case of the team: the timeline shows its history, newest first.
    const withCase = board.items.find((item) => item.caseId && item.householdId);
    assert.ok(withCase?.householdId, 'the board links a household with a case');
    await page.goto(`${app.baseUrl}/huishoudens/${withCase.householdId}`);
    await waitForContent(page, 60_000);
    const events = page.locator('.regie-timeline__event');
    assert.ok((await events.count()) > 0, 'the timeline has events');
    const times = await page
      .locator('.regie-timeline__event time')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    const days = times.map((time) => time.slice(0, 10));
    assert.deepEqual(days, [...days].sort().reverse(), 'newest first');
    await page.getByRole('heading', { level: 2, name: 'Plan' }).waitFor();
    await checkPage(page, 'household page with a case');
    assert.deepEqual(errors, []);
  } finally {
    await browser?.close();
    await app.stop();
  }
});
