// Browser test of signals in (issue 3), the "done when": the demo partner (Woonstichting De Sleutel) files a
// signal about a demo resident in the form, with the keyboard alone; it lands on the worklist of the team the demo
// routing rules send it to (care signals in the first three wijken of Regiedam: Wijkteam Noord), matched to the
// household with the reason of the match; a team member picks it up; the partner then sees "Opgepakt" on Mijn
// signalen and nothing else (no case data). Also: Dutch client-side errors linked to their fields, contact attempt
// and closing with a confirm step, axe on every page, no horizontal scroll at 320 px, and the app under its CSP.
// Drives Debian's /usr/bin/chromium through playwright-core (never downloads a browser); skips without it.
// Run: node --import tsx --test test/e2e/signals.e2e.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MijnSignaal, SignaalDetail, SignaalOntvangen } from '../../src/web/api/signals.ts';
import type { HouseholdDetail, HouseholdSummary, Page as ResultPage, Team } from '../../src/web/api/types.ts';
import { formatStreetLine } from '../../src/web/i18n/format.ts';
import {
  assertNoAxeViolations,
  assertNoHorizontalScroll,
  ensureWebBuilt,
  getJson,
  launchChromium,
  signIn,
  skipWithoutChromium,
  startApp,
  waitForContent as waitForPageContent,
} from './harness.ts';

/** Pages here get up to 60 s to load their data (the shared default is 30 s). */
function waitForContent(page: Page): Promise<void> {
  return waitForPageContent(page, 60_000);
}

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Presses Tab until focus leaves the current element (a date input has a Tab stop per part). */
async function tabToNext(page: Page): Promise<string> {
  const start = await page.evaluateHandle(() => document.activeElement);
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    if (!(await page.evaluate((el) => document.activeElement === el, start))) break;
  }
  return focusedId(page);
}

/** Types a date into the focused date input; Chromium orders its parts by the browser language. */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await page.keyboard.type(`${day}${month}${year}`);
  if ((await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) === iso) return;
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(`${month}${day}${year}`);
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).value), iso);
}

interface Resident {
  householdId: string;
  naam: string;
  geboortedatum: string;
  postcode: string;
  huisnummer: number;
  huisletter: string | null;
  toevoeging: string | null;
  street: string;
}

function fullName(member: HouseholdDetail['members'][number]): string {
  return [member.voornamen, member.voorvoegsel, member.geslachtsnaam].filter(Boolean).join(' ');
}

/**
 * A demo resident in a wijk of Wijkteam Noord, found through the API as a member of that team: the head of a
 * household with a known birth date, from the end of the list (the demo signals are about the lowest BSNs).
 */
async function residentOfNoord(page: Page, baseUrl: string): Promise<Resident> {
  const { items: teams } = await getJson<{ items: Team[] }>(page, `${baseUrl}/api/v1/me/teams`);
  const noord = teams.find((team) => team.name === 'Wijkteam Noord');
  assert.ok(noord, 'the wijkteam user is in Wijkteam Noord');
  const wijk = noord.areas.find((area) => area.kind === 'wijk');
  assert.ok(wijk, 'Wijkteam Noord serves a wijk');
  const list = await getJson<ResultPage<HouseholdSummary>>(
    page,
    `${baseUrl}/api/v1/households?wijk=${wijk.code}&pageSize=50`,
  );
  for (const summary of list.items.slice().reverse()) {
    const detail = await getJson<HouseholdDetail>(page, `${baseUrl}/api/v1/households/${summary.id}`);
    const head = detail.members.find((m) => m.relation === 'hoofd' && m.geboortedatum);
    if (!head) continue;
    return {
      householdId: detail.id,
      naam: fullName(head),
      geboortedatum: head.geboortedatum as string,
      postcode: detail.address.postcode,
      huisnummer: detail.address.huisnummer,
      huisletter: detail.address.huisletter ?? null,
      toevoeging: detail.address.toevoeging ?? null,
      street: formatStreetLine(detail.address),
    };
  }
  throw new Error(`no household with a known head in ${wijk.code}`);
}

test('signals in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-signals-' });
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

    await t.test(
      'the form checks in Dutch, links each problem to its field, passes axe and fits 320 px',
      async () => {
        const { page, errors } = await open();
        await signIn(page, app.baseUrl, 'partner');
        await navigation(page).getByRole('link', { name: 'Signaal melden' }).click();
        await page.waitForURL((url) => url.pathname === '/signalen/nieuw');
        await page.getByRole('heading', { level: 1, name: 'Signaal melden' }).waitFor();
        await waitForContent(page);
        assert.equal(await page.title(), 'Signaal melden - Regie');
        await assertNoAxeViolations(page, 'signal form');

        // The partner works in two municipalities: the form asks which one; categories appear after the choice.
        await page.getByRole('group', { name: 'In welke gemeente woont de bewoner?' }).waitFor();
        await page.getByRole('button', { name: 'Signaal versturen' }).click();
        const summary = page.locator('.regie-error-summary');
        await summary.waitFor();
        const messages = (await summary.getByRole('link').allInnerTexts()).map((m) => m.trim());
        assert.deepEqual(messages, [
          'Kies de gemeente waar de bewoner woont.',
          'Vul de naam van de bewoner in, of het BSN.',
          'Vul de geboortedatum van de bewoner in, of het BSN.',
          'Vul de postcode in.',
          'Vul het huisnummer in.',
          'Kies wat u heeft gezien.',
          'Kies of de bewoner weet dat u dit meldt.',
        ]);
        assert.ok(await summary.evaluate((el) => el === document.activeElement), 'the summary takes focus');

        // A BSN that fails the 11-proof and a bad postcode: named at the field, linked from the summary.
        await page.getByRole('radio', { name: 'Regiedam' }).check();
        await page.getByLabel('BSN (als u het weet)').fill('999990018');
        await page.getByLabel('Postcode').fill('98111');
        await page.getByRole('button', { name: 'Signaal versturen' }).click();
        const bsnLink = page.getByRole('link', { name: 'Dit BSN bestaat niet. Controleer het nummer.' });
        await bsnLink.waitFor();
        await bsnLink.click();
        assert.equal(await focusedId(page), 'signaal-bsn');
        const bsn = page.locator('#signaal-bsn');
        assert.equal(await bsn.getAttribute('aria-invalid'), 'true');
        assert.ok(((await bsn.getAttribute('aria-describedby')) ?? '').includes('signaal-bsn-error'));
        assert.match(await page.locator('#signaal-postcode-error').innerText(), /1234 AB/);
        await assertNoAxeViolations(page, 'signal form with errors');

        // A debt category asks for the amount and since when.
        await page.getByRole('radio', { name: 'Huurachterstand' }).check();
        await page.getByLabel('Hoe hoog is de achterstand? (niet verplicht)').waitFor();
        await page.getByRole('radio', { name: 'Eenzaamheid' }).check();
        assert.equal(await page.getByLabel('Hoe hoog is de achterstand? (niet verplicht)').count(), 0);

        await page.setViewportSize({ width: 320, height: 800 });
        await assertNoHorizontalScroll(page, 'signal form at 320 px');
        await assertNoAxeViolations(page, 'signal form at 320 px');
        // Touch targets: the radio rows and the submit button are at least 44 px high on a phone.
        const radioRow = await page.locator('.utrecht-form-field--radio').first().boundingBox();
        assert.ok(radioRow && radioRow.height >= 44, `radio row height ${radioRow?.height}`);
        const submit = await page.getByRole('button', { name: 'Signaal versturen' }).boundingBox();
        assert.ok(submit && submit.height >= 44, `submit height ${submit?.height}`);
        assert.deepEqual(errors, []);
      },
    );

    // The "done when", across three sessions: the team member, the partner, and the team member again.
    const team = await open();
    await signIn(team.page, app.baseUrl, 'wijkteam');
    const resident = await residentOfNoord(team.page, app.baseUrl);
    const reference = `E2E-${Date.now()}`;
    const partner = await open();
    let signalId = '';

    await t.test('the partner files a signal in the form with the keyboard alone', async () => {
      const { page, errors } = partner;
      await signIn(page, app.baseUrl, 'partner');
      await navigation(page).getByRole('link', { name: 'Signaal melden' }).click();
      await page.getByRole('heading', { level: 1, name: 'Signaal melden' }).waitFor();
      await waitForContent(page);

      // Start in the first question; from here on only the keyboard.
      await page.getByRole('radio', { name: 'Regiedam' }).focus();
      await page.keyboard.press('Space');
      assert.equal(await page.getByRole('radio', { name: 'Regiedam' }).isChecked(), true);
      assert.equal(await tabToNext(page), 'signaal-bsn');
      assert.equal(await tabToNext(page), 'signaal-naam');
      await page.keyboard.type(resident.naam);
      assert.equal(await tabToNext(page), 'signaal-geboortedatum');
      await typeDate(page, resident.geboortedatum);
      assert.equal(await tabToNext(page), 'signaal-postcode');
      await page.keyboard.type(resident.postcode);
      assert.equal(await tabToNext(page), 'signaal-huisnummer');
      await page.keyboard.type(String(resident.huisnummer));
      assert.equal(await tabToNext(page), 'signaal-huisletter');
      if (resident.huisletter) await page.keyboard.type(resident.huisletter);
      assert.equal(await tabToNext(page), 'signaal-toevoeging');
      if (resident.toevoeging) await page.keyboard.type(resident.toevoeging);
      // The categories of Regiedam have loaded by now; arrow keys move through the radio group.
      await page.locator('#signaal-categorie[type="radio"]').waitFor();
      assert.equal(await tabToNext(page), 'signaal-categorie');
      for (let i = 0; i < 20; i++) {
        if ((await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) === 'eenzaamheid')
          break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Space');
      assert.equal(await page.getByRole('radio', { name: 'Eenzaamheid' }).isChecked(), true);
      assert.equal(await tabToNext(page), 'signaal-urgentie', 'urgency, "Normaal" already chosen');
      assert.equal(await tabToNext(page), 'signaal-crisis');
      assert.equal(await tabToNext(page), 'signaal-omschrijving');
      await page.keyboard.type('Bij de reparatie bleek dat de bewoner al weken niemand heeft gesproken.');
      assert.equal(await tabToNext(page), 'signaal-bewoner-weet');
      await page.keyboard.press('Space');
      assert.equal(await tabToNext(page), 'signaal-bewoner-stemt-in', 'asked once the resident knows');
      await page.keyboard.press('Space');
      assert.equal(await tabToNext(page), 'signaal-kenmerk');
      await page.keyboard.type(reference);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Signaal versturen');
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/signals') && r.request().method() === 'POST'),
        page.keyboard.press('Enter'),
      ]);
      assert.equal(response.status(), 201, await response.text());
      const answer = (await response.json()) as SignaalOntvangen;
      signalId = answer.id;

      // The confirmation says what happens next and echoes no personal data.
      const confirmation = page.locator('.regie-signal-sent');
      await confirmation.getByRole('heading', { name: 'Uw signaal is verstuurd' }).waitFor();
      assert.ok(
        await confirmation.evaluate((el) => el === document.activeElement),
        'the confirmation takes focus',
      );
      const confirmationText = await confirmation.innerText();
      assert.match(confirmationText, /Mijn signalen/);
      for (const personal of [resident.naam, resident.postcode, resident.geboortedatum, reference])
        assert.ok(!confirmationText.includes(personal), `the confirmation does not repeat "${personal}"`);
      await assertNoAxeViolations(page, 'signal form confirmation');

      // A fresh form for the next signal.
      await page.getByRole('button', { name: 'Nog een signaal melden' }).click();
      assert.equal(await page.getByLabel('Naam van de bewoner').inputValue(), '');
      assert.equal(await page.getByLabel('Postcode').inputValue(), '');
      assert.deepEqual(errors, []);
    });

    await t.test(
      'the right team sees it on its worklist, matched to the household with the reason',
      async () => {
        const { page, errors } = team;
        assert.ok(signalId, 'the signal was filed');
        await navigation(page).getByRole('link', { name: 'Werklijst signalen' }).click();
        await page.waitForURL((url) => url.pathname === '/signalen');
        await page.getByRole('heading', { level: 1, name: 'Werklijst signalen' }).waitFor();
        await waitForContent(page);
        await assertNoAxeViolations(page, 'worklist');

        // Filter on the category: the filters go into the URL.
        await page.getByLabel('Soort signaal').selectOption('eenzaamheid');
        await page.getByRole('button', { name: 'Toon signalen' }).click();
        await page.waitForURL((url) => url.searchParams.get('categorie') === 'eenzaamheid');
        await waitForContent(page);
        const link = page.locator(`a[href="/signalen/${signalId}"]`);
        await link.waitFor();
        const row = page.getByRole('row').filter({ has: link });
        const rowText = await row.innerText();
        assert.ok(rowText.includes(resident.street), `the row names the household's address: ${rowText}`);
        assert.match(rowText, /Nog niet opgepakt/);
        await assertNoAxeViolations(page, 'worklist filtered');
        await page.setViewportSize({ width: 320, height: 800 });
        await assertNoHorizontalScroll(page, 'worklist at 320 px');
        await assertNoAxeViolations(page, 'worklist at 320 px');
        await page.setViewportSize({ width: 1280, height: 900 });

        await link.click();
        await page.waitForURL((url) => url.pathname === `/signalen/${signalId}`);
        await page.getByRole('heading', { level: 1, name: 'Signaal: Eenzaamheid' }).waitFor();
        await waitForContent(page);
        const detail = await getJson<SignaalDetail>(page, `${app.baseUrl}/api/v1/signals/${signalId}`);
        assert.equal(detail.teamNaam, 'Wijkteam Noord');
        assert.equal(detail.matchStatus, 'gematcht');
        assert.equal(detail.huishouden?.id, resident.householdId, 'matched to the resident’s household');
        const match = page.getByRole('region', { name: 'Gekoppeld huishouden' });
        const matchText = await match.innerText();
        assert.match(matchText, /Gekoppeld op adres, geboortedatum en naam, score \d(,\d+)?/);
        assert.equal(
          await match.getByRole('link').getAttribute('href'),
          `/huishoudens/${resident.householdId}`,
          'links to the household',
        );
        assert.match(
          await page.getByRole('region', { name: 'Waar komt het signaal vandaan?' }).innerText(),
          /Formulier in Regie[\s\S]*Huur[\s\S]*Wijkteam Noord/,
        );
        await assertNoAxeViolations(page, 'signal detail');
        await page.setViewportSize({ width: 320, height: 800 });
        await assertNoHorizontalScroll(page, 'signal detail at 320 px');
        await page.setViewportSize({ width: 1280, height: 900 });

        await page.getByRole('button', { name: 'Oppakken' }).click();
        await page.getByText('U heeft het signaal opgepakt.').waitFor();
        const caseRegion = page.getByRole('region', { name: 'De zaak' });
        await caseRegion.getByRole('heading', { name: 'Contactpoging vastleggen' }).waitFor();
        assert.doesNotMatch(await caseRegion.innerText(), /Opgepakt op\s*Nog niet/);
        assert.equal(await page.getByRole('button', { name: 'Oppakken' }).count(), 0);
        await assertNoAxeViolations(page, 'signal detail after pick-up');
        assert.deepEqual(errors, []);
      },
    );

    await t.test('the partner then sees "Opgepakt" on Mijn signalen, and nothing else', async () => {
      const { page, errors } = partner;
      await navigation(page).getByRole('link', { name: 'Mijn signalen' }).click();
      await page.waitForURL((url) => url.pathname === '/signalen/mijn');
      await page.getByRole('heading', { level: 1, name: 'Mijn signalen' }).waitFor();
      await waitForContent(page);
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: reference }) });
      const cells = (await row.locator('th, td').allInnerTexts()).map((c) => c.trim());
      assert.equal(cells.length, 4, `reference, category, date, feedback: ${JSON.stringify(cells)}`);
      assert.equal(cells[0], reference);
      assert.equal(cells[1], 'Eenzaamheid');
      assert.match(cells[2] ?? '', /^\d{2}-\d{2}-\d{4}$/);
      assert.equal(cells[3], 'Opgepakt');

      // No case data and no personal data anywhere on the page or in the API answer.
      const text = await page.getByRole('main').innerText();
      for (const hidden of [resident.naam, resident.street, resident.postcode, 'Wijkteam Noord', 'Gekoppeld'])
        assert.ok(!text.includes(hidden), `Mijn signalen does not show "${hidden}"`);
      const mine = await getJson<ResultPage<MijnSignaal>>(
        page,
        `${app.baseUrl}/api/v1/signals/mine?pageSize=50`,
      );
      const item = mine.items.find((i) => i.id === signalId);
      assert.ok(item);
      assert.deepEqual(Object.keys(item).sort(), [
        'categorie',
        'categorieLabel',
        'id',
        'ontvangenOp',
        'partnerReferentie',
        'signaaldatum',
        'terugkoppeling',
      ]);
      assert.equal(item.terugkoppeling, 'opgepakt');
      // The detail of a signal is for the team only.
      assert.equal((await page.request.get(`${app.baseUrl}/api/v1/signals/${signalId}`)).status(), 403);

      await assertNoAxeViolations(page, 'Mijn signalen');
      await page.setViewportSize({ width: 320, height: 800 });
      await assertNoHorizontalScroll(page, 'Mijn signalen at 320 px');
      await assertNoAxeViolations(page, 'Mijn signalen at 320 px');
      assert.deepEqual(errors, []);
    });

    await t.test('the team records a contact attempt and closes the case after confirming', async () => {
      const { page, errors } = team;
      const caseRegion = page.getByRole('region', { name: 'De zaak' });
      await page.getByLabel('Hoe heeft u contact gezocht?').selectOption('Telefoon');
      await caseRegion.getByRole('group', { name: 'Heeft u de bewoner bereikt?' }).getByLabel('Nee').check();
      await page.getByLabel('Dagdeel (niet verplicht)').selectOption('Ochtend');
      await page.getByRole('button', { name: 'Contactpoging vastleggen' }).click();
      await page.getByText('De contactpoging is vastgelegd.').waitFor();
      const attempts = page.getByRole('table', { name: 'Contactpogingen in deze zaak' });
      await attempts.waitFor();
      assert.match(await attempts.innerText(), /Ochtend[\s\S]*Telefoon[\s\S]*Nee/);

      await page.getByLabel('Eindresultaat').selectOption('Definitief geen contact kunnen krijgen');
      await page.getByRole('button', { name: 'Zaak afsluiten' }).click();
      await page.getByRole('heading', { name: 'Weet u het zeker?' }).waitFor();
      await assertNoAxeViolations(page, 'close case confirm step');
      await page.getByRole('button', { name: 'Ja, sluit de zaak af' }).click();
      await page.getByText('De zaak is afgesloten.').waitFor();
      await page.getByText('Definitief geen contact kunnen krijgen').first().waitFor();
      assert.equal(await page.getByRole('button', { name: 'Contactpoging vastleggen' }).count(), 0);
      await assertNoAxeViolations(page, 'signal detail with a closed case');
      assert.deepEqual(errors, []);
    });

    await t.test('the signal pages run under the Content Security Policy without errors', async () => {
      const context = await (browser as Browser).newContext({ viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
      });
      await signIn(page, app.baseUrl, 'partner');
      await navigation(page).getByRole('link', { name: 'Signaal melden' }).click();
      await page.getByRole('radio', { name: 'Regiedam' }).check();
      await page.getByRole('radio', { name: 'Eenzaamheid' }).waitFor();
      await navigation(page).getByRole('link', { name: 'Mijn signalen' }).click();
      await page.getByRole('table', { name: 'Signalen van uw organisatie' }).waitFor();
      assert.deepEqual(problems, []);
    });
  } finally {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await app.stop();
  }
});
