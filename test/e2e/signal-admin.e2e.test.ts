// Browser test of the signal admin pages (issue 3): intake uploads a small DDAS file with good, bad and duplicate
// rows, sees the progress bars and the row-level report, uploads it again and sees 0 new; confirms a review
// candidate and undoes it; the teamleider tries a routing rule on last month's signals and saves it. Axe on each
// page, and no horizontal scroll at 320 px.
// Drives Debian's /usr/bin/chromium through playwright-core (never downloads a browser); skips without it.
// Run: node scripts/test.js test/e2e/signal-admin
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { isValidBsn } from '../../src/shared/bsn.ts';
import type {
  ReviewItem,
  RoutingOptions,
  RoutingPreviewResult,
  SignalImport,
} from '../../src/web/api/signal-admin.ts';
import type { HouseholdDetail, HouseholdSummary, Page as ResultPage } from '../../src/web/api/types.ts';
import { formatNumber } from '../../src/web/i18n/format.ts';
import {
  assertNoAxeViolations,
  assertNoHorizontalScroll,
  ensureWebBuilt,
  launchChromium,
  openPage,
  signIn,
  skipWithoutChromium,
  startApp,
  waitForContent,
} from './harness.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A birth date nobody in the demo population has: the address-only row scores 0.5 and goes to review. */
const NOBODY_BORN = '1901-01-01';

async function apiGet<T>(page: Page, baseUrl: string, path: string): Promise<T> {
  const response = await page.request.get(`${baseUrl}${path}`);
  assert.equal(response.status(), 200, `${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

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

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

interface Resident {
  bsn: string;
  postcode: string;
  huisnummer: number;
}

/** Three residents of different demo households, read through the API by someone who may see them. */
async function demoResidents(page: Page, baseUrl: string): Promise<Resident[]> {
  const list = await apiGet<ResultPage<HouseholdSummary>>(page, baseUrl, '/api/v1/households?pageSize=20');
  const residents: Resident[] = [];
  for (const household of list.items) {
    if (household.address.huisletter || household.address.toevoeging) continue;
    const detail = await apiGet<HouseholdDetail>(page, baseUrl, `/api/v1/households/${household.id}`);
    const member = detail.members.find((m) => isValidBsn(m.bsn));
    if (!member) continue;
    residents.push({
      bsn: member.bsn,
      postcode: household.address.postcode,
      huisnummer: household.address.huisnummer,
    });
    if (residents.length === 3) break;
  }
  assert.equal(residents.length, 3, 'the demo population has households the intake user can see');
  return residents;
}

/** A DDAS v1.2 delivery: 3 good rows (one address-only for review), 1 duplicate ID, 2 bad rows. */
function ddasFile(residents: Resident[]): string {
  const [a, b, c] = residents as [Resident, Resident, Resident];
  const signal = (id: string, client: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    ID: id,
    signaaldatum: '2026-11-02',
    ontstaansdatum: '2026-09-01',
    bedrag: 312,
    crisissignaal: false,
    warmeOverdracht: false,
    signaalpartner: { type: 'Energie' },
    client,
    ...extra,
  });
  return JSON.stringify({
    startdatumLevering: '2026-11-01',
    einddatumLevering: '2026-11-30',
    aanleverdatumEnTijd: '2026-11-23T08:00:00Z',
    codeGegevensleverancier: 'E2E',
    leveringen: [
      {
        teller: 1,
        gemeentecode: 'GM9901',
        aanleverendeOrganisatie: { naam: 'Signaalplatform E2E' },
        vroegsignalen: [
          signal('E2E-1', { burgerservicenummer: a.bsn }),
          signal('E2E-2', { burgerservicenummer: b.bsn }, { signaalpartner: { type: 'Huur' } }),
          signal('E2E-3', { burgerservicenummer: '999999991' }), // fails the 11-proof
          signal('E2E-1', { burgerservicenummer: a.bsn }), // the same ID again: a duplicate
          signal('E2E-5', {
            postcode: c.postcode.replace(/\s/g, ''),
            huisnummer: String(c.huisnummer),
            geboortedatum: NOBODY_BORN,
          }),
          signal('E2E-6', { burgerservicenummer: b.bsn }, { bedrag: -12 }), // negative amount
        ],
      },
    ],
  });
}

/**
 * Records, from before the upload, whether <progress> bars appeared and what the live region said. A string script:
 * tsx would add helpers to a function body that do not exist in the page.
 */
const WATCH_PROGRESS = `(() => {
  const seen = { bars: [], announcements: [] };
  window.__progress = seen;
  const live = document.querySelector('[data-testid="import-live"]');
  new MutationObserver(() => {
    for (const bar of document.querySelectorAll('progress')) {
      const label = document.querySelector('label[for="' + CSS.escape(bar.id) + '"]');
      const text = label ? label.textContent : '';
      if (!seen.bars.includes(text)) seen.bars.push(text);
    }
    const said = live ? live.textContent.trim() : '';
    if (said && seen.announcements[seen.announcements.length - 1] !== said) seen.announcements.push(said);
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(WATCH_PROGRESS);
}

async function progressSeen(page: Page): Promise<{ bars: string[]; announcements: string[] }> {
  return page.evaluate('window.__progress') as Promise<{ bars: string[]; announcements: string[] }>;
}

async function uploadAndWaitForReport(page: Page, path: string): Promise<string> {
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(path);
  await watchProgress(page);
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().includes('/api/v1/signal-imports?') && r.request().method() === 'POST',
    ),
    page.getByRole('button', { name: 'Bestand inlezen' }).click(),
  ]);
  assert.equal(response.status(), 202);
  // The page shows the import named in its address (?import=id) once the upload is accepted.
  await page.waitForURL((url) => url.searchParams.has('import'));
  const id = new URL(page.url()).searchParams.get('import') as string;
  await page.getByRole('heading', { level: 2, name: /^Rapport van / }).waitFor({ timeout: 60_000 });
  await waitForContent(page);
  return id;
}

async function shownCount(page: Page, key: string): Promise<string> {
  return (await page.locator(`.regie-import-report [data-count="${key}"] dd`).innerText()).trim();
}

test('signal admin pages in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-signal-admin-' });
  const files = mkdtempSync(join(tmpdir(), 'regie-e2e-ddas-'));
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const open = async () => {
      const { context, page, errors } = await openPage(browser as Browser);
      return { context, page, errors };
    };

    await t.test(
      'intake: import with progress and report, again with 0 new; confirm and undo a review',
      async () => {
        const { context, page, errors } = await open();
        try {
          // Intake sees a household only through a signal on the loket's worklist (access rule 3); the team
          // leader sees the households of her team's cases, so she names three real residents for the file.
          const leader = await open();
          await signIn(leader.page, app.baseUrl, 'teamleider');
          const residents = await demoResidents(leader.page, app.baseUrl);
          await leader.context.close();
          await signIn(page, app.baseUrl, 'intake');
          const path = join(files, 'levering-e2e.json');
          writeFileSync(path, ddasFile(residents));

          await navigation(page).getByRole('link', { name: 'Signalen importeren' }).click();
          await page.waitForURL((url) => url.pathname === '/signalen/import');
          await page.getByRole('heading', { level: 1, name: 'Signalen importeren' }).waitFor();
          await waitForContent(page);
          assert.equal(await page.title(), 'Signalen importeren - Regie');
          await assertNoAxeViolations(page, 'import page');

          // Client-side check first: no file chosen.
          await page.getByRole('button', { name: 'Bestand inlezen' }).click();
          await page.getByRole('link', { name: 'Kies een bestand.' }).waitFor();

          const id = await uploadAndWaitForReport(page, path);
          const seen = await progressSeen(page);
          assert.ok(seen.bars.includes('Uploaden'), `upload progress bar shown: ${JSON.stringify(seen)}`);
          assert.ok(
            seen.announcements.some((text) => text.startsWith('Uploaden:')),
            `upload progress announced politely: ${JSON.stringify(seen)}`,
          );
          assert.ok(
            seen.announcements.includes('Klaar. levering-e2e.json is ingelezen.'),
            `the end is announced: ${JSON.stringify(seen)}`,
          );

          const run = await apiGet<SignalImport>(page, app.baseUrl, `/api/v1/signal-imports/${id}`);
          assert.deepEqual(
            { gelezen: run.gelezen, nieuw: run.nieuw, dubbel: run.dubbel, afgekeurd: run.afgekeurd },
            { gelezen: 6, nieuw: 3, dubbel: 1, afgekeurd: 2 },
          );
          assert.equal(await shownCount(page, 'gelezen'), formatNumber(run.gelezen));
          assert.equal(await shownCount(page, 'nieuw'), '3');
          assert.equal(await shownCount(page, 'dubbel'), '1');
          assert.equal(await shownCount(page, 'afgekeurd'), '2');

          // The rejected rows: row number, field and the Dutch reason.
          const rejected = page.getByRole('table', { name: 'Afgekeurde regels met het veld en de reden' });
          const rows = await rejected.locator('tbody tr').allInnerTexts();
          assert.equal(rows.length, 2, rows.join('\n'));
          assert.ok(
            rows.some((row) => /elfproef/.test(row)),
            rows.join('\n'),
          );
          assert.ok(
            rows.some((row) => /negatief/.test(row)),
            rows.join('\n'),
          );
          const download = page.getByRole('link', { name: 'Download het rapport (CSV)' });
          assert.equal(await download.getAttribute('href'), `/api/v1/signal-imports/${id}/rapport`);
          const csv = await page.request.get(`${app.baseUrl}/api/v1/signal-imports/${id}/rapport`);
          assert.equal(csv.status(), 200);
          assert.match(await csv.text(), /rij;veld;reden/);

          // The history lists the import.
          const history = page.getByRole('table', { name: 'Eerder ingelezen bestanden' });
          await history.getByRole('rowheader', { name: 'levering-e2e.json' }).first().waitFor();
          await assertNoAxeViolations(page, 'import report');
          await page.setViewportSize({ width: 320, height: 800 });
          await assertNoHorizontalScroll(page, 'import report at 320 px');
          await assertNoAxeViolations(page, 'import report at 320 px');
          await page.setViewportSize({ width: 1280, height: 900 });

          // The same file again adds nothing.
          await page.getByRole('link', { name: 'Nog een bestand inlezen' }).click();
          await page.getByLabel('Bestand', { exact: true }).waitFor();
          await uploadAndWaitForReport(page, path);
          assert.equal(await shownCount(page, 'nieuw'), '0');
          assert.equal(await shownCount(page, 'afgekeurd'), '2');

          // Review: the address-only row waits for a person.
          await navigation(page).getByRole('link', { name: 'Signalen beoordelen' }).click();
          await page.waitForURL((url) => url.pathname === '/signalen/beoordelen');
          await page.getByRole('heading', { level: 1, name: 'Signalen beoordelen' }).waitFor();
          await waitForContent(page);
          // The queue is oldest first, 10 a page (as the page shows it): find the page with the new signal.
          let item: ReviewItem | undefined;
          let reviewPage = 0;
          for (let p = 1; !item && p <= 20; p++) {
            const queue = await apiGet<ResultPage<ReviewItem>>(
              page,
              app.baseUrl,
              `/api/v1/signal-reviews?page=${p}&pageSize=10`,
            );
            item = queue.items.find((i) => i.gegevens.geboortedatum === NOBODY_BORN);
            reviewPage = p;
            if (queue.items.length < 10) break;
          }
          assert.ok(item, 'the address-only signal is in the review queue');
          if (reviewPage > 1) {
            await page.goto(`${app.baseUrl}/signalen/beoordelen?page=${reviewPage}`);
            await waitForContent(page);
          }
          const candidate = item.kandidaten[0];
          assert.ok(candidate, 'with at least one candidate household');
          const card = page.locator('article', { hasText: '01-01-1901' });
          assert.ok((await card.innerText()).includes(candidate.adres), 'the candidate address is shown');
          assert.match(await card.innerText(), new RegExp(`${Math.round(candidate.score * 100)}%`));
          await assertNoAxeViolations(page, 'review queue');
          await page.setViewportSize({ width: 320, height: 800 });
          await assertNoHorizontalScroll(page, 'review queue at 320 px');
          await page.setViewportSize({ width: 1280, height: 900 });

          await card
            .getByRole('button', { name: /^Dit is het huishouden/ })
            .first()
            .click();
          await card.getByRole('heading', { name: 'Weet u het zeker?' }).waitFor();
          await assertNoAxeViolations(page, 'review confirm step');
          await card.getByRole('button', { name: 'Ja, dit is het huishouden' }).click();
          await page
            .getByText(`Het signaal is gekoppeld aan het huishouden op ${candidate.adres}.`)
            .waitFor();
          await page.waitForFunction(
            "![...document.querySelectorAll('article')].some((a) => (a.textContent || '').includes('01-01-1901'))",
          );

          // Undo it on the "Beslist" tab.
          await page
            .getByRole('navigation', { name: 'Welke signalen wilt u zien?' })
            .getByRole('link', { name: 'Beslist' })
            .click();
          await page.waitForURL((url) => url.searchParams.get('status') === 'beslist');
          await waitForContent(page);
          const decided = page.locator('article', { hasText: '01-01-1901' });
          assert.match(await decided.innerText(), /Gekoppeld aan het huishouden op/);
          await assertNoAxeViolations(page, 'decided tab');
          await decided.getByRole('button', { name: /^Ongedaan maken/ }).click();
          await decided.getByRole('button', { name: 'Ja, maak ongedaan' }).click();
          await page.getByText('Het besluit is ongedaan gemaakt.', { exact: false }).waitFor();
          const after = await apiGet<ResultPage<ReviewItem>>(
            page,
            app.baseUrl,
            `/api/v1/signal-reviews?page=${reviewPage}&pageSize=10`,
          );
          assert.ok(
            after.items.some((i) => i.signalId === item.signalId && i.besluit === null),
            'the signal is back in the queue',
          );
          await page.getByRole('link', { name: 'Te beoordelen' }).click();
          await page.goto(`${app.baseUrl}/signalen/beoordelen?page=${reviewPage}`);
          await waitForContent(page);
          await page.locator('article', { hasText: '01-01-1901' }).waitFor();
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      },
    );

    await t.test('teamleider: tries a routing rule on last month and saves it', async () => {
      const { context, page, errors } = await open();
      try {
        await signIn(page, app.baseUrl, 'teamleider');
        await navigation(page).getByRole('link', { name: 'Routering van signalen' }).click();
        await page.waitForURL((url) => url.pathname === '/signalen/routering');
        await page.getByRole('heading', { level: 1, name: 'Routering van signalen' }).waitFor();
        await waitForContent(page);
        await assertNoAxeViolations(page, 'routing rules page');

        const options = await apiGet<RoutingOptions>(
          page,
          app.baseUrl,
          '/api/v1/routing-rules/options?gemeente=GM9901',
        );
        const team = options.teams.find((x) => x.naam === 'Wijkteam Zuid') ?? options.teams[0];
        assert.ok(team, 'there is a team to route to');
        const naam = 'E2E: alle crisissignalen';
        await page.getByLabel('Naam van de regel').fill(naam);
        await page.getByLabel('Prioriteit').fill('1');
        await page.getByLabel('Alleen voor crisissignalen').check();
        await page.getByLabel('Team dat de signalen krijgt').selectOption(team.id);
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/v1/routing-rules/preview')),
          page.getByRole('button', { name: 'Probeer uit op vorige maand' }).click(),
        ]);
        assert.equal(response.status(), 200, await response.text());
        const preview = (await response.json()) as RoutingPreviewResult;
        await page.getByRole('heading', { level: 3, name: 'Zo was het gegaan met deze regel' }).waitFor();
        const figure = async (key: string) =>
          (await page.locator(`[data-figure="${key}"] dd`).innerText()).trim();
        assert.equal(await figure('totaal'), formatNumber(preview.totaal));
        assert.equal(await figure('gewijzigd'), formatNumber(preview.gewijzigd));
        const again = await apiPost<RoutingPreviewResult>(
          page,
          app.baseUrl,
          '/api/v1/routing-rules/preview',
          {
            gemeente: 'GM9901',
            regel: { gemeente: 'GM9901', naam, prioriteit: 1, alleenCrisis: true, teamId: team.id },
          },
        );
        assert.deepEqual(again, preview, 'the page shows what the API answers');
        if (preview.totaal > 0) {
          const table = page.getByRole('table', {
            name: 'Signalen per team van vorige maand: nu en met deze regel',
          });
          assert.equal(await table.locator('tbody tr').count(), preview.perTeam.length);
          for (const row of preview.perTeam) {
            const text = (
              await table.getByRole('row', { name: new RegExp(`^${escapeRegExp(row.teamNaam)}`) }).innerText()
            ).replace(/\s+/g, ' ');
            assert.ok(text.includes(`${formatNumber(row.nu)} ${formatNumber(row.met)}`), text);
          }
          await page.locator('.regie-chart__canvas svg[viewBox]').waitFor();
        } else {
          await page.getByText('Vorige maand kwamen er geen signalen binnen.', { exact: false }).waitFor();
        }
        await assertNoAxeViolations(page, 'routing preview');
        await page.setViewportSize({ width: 320, height: 800 });
        await assertNoHorizontalScroll(page, 'routing preview at 320 px');
        await assertNoAxeViolations(page, 'routing preview at 320 px');
        await page.setViewportSize({ width: 1280, height: 900 });

        await page.getByRole('button', { name: 'Opslaan' }).click();
        await page.getByText(`De regel "${naam}" is opgeslagen.`).waitFor();
        await page.getByRole('rowheader', { name: naam }).waitFor();
        const rules = await apiGet<{
          items: { naam: string; teamId: string; alleenCrisis: boolean; actief: boolean }[];
        }>(page, app.baseUrl, '/api/v1/routing-rules?gemeente=GM9901');
        const saved = rules.items.find((r) => r.naam === naam);
        assert.deepEqual(
          saved && { teamId: saved.teamId, alleenCrisis: saved.alleenCrisis, actief: saved.actief },
          { teamId: team.id, alleenCrisis: true, actief: true },
        );
        await assertNoAxeViolations(page, 'routing rules after saving');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  } finally {
    await browser?.close();
    await app.stop();
    rmSync(files, { recursive: true, force: true });
  }
});
