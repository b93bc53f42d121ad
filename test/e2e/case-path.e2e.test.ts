// Browser test of issue 4's "done when": the demo regisseur walks the whole path in Chromium. She picks up a signal
// on the worklist, follows it to the household's case, moves the case through the safety check to the plan phase,
// records a ZRM for an adult, writes a goal with an action and saves the plan, adds a Wmo provision with its
// decision serving that goal, records the resident's agreement, compares nothing-yet with the first version, opens
// the print view (also at 320 px and in print media) and downloads the PDF. axe runs on every page.
// Drives Debian's /usr/bin/chromium through playwright-core (never downloads a browser); skips without it.
// Run: npm run build:web && node --import tsx --test test/e2e/case-path.e2e.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CaseDetail, CasePhase } from '../../src/web/api/cases.ts';
import type { PlanView, Provision, ZrmView } from '../../src/web/api/plans.ts';
import type { SignaalDetail } from '../../src/web/api/signals.ts';
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

/** Pages here get up to 60 s to load their data (the machine is shared). */
function waitForContent(page: Page): Promise<void> {
  return waitForPageContent(page, 60_000);
}

function caseTab(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: 'Onderdelen van de casus' })
    .getByRole('link', { name, exact: true });
}

async function openTab(page: Page, name: string, search: string): Promise<void> {
  await caseTab(page, name).click();
  await page.waitForURL((url) => url.search.includes(search));
  await waitForContent(page);
}

const FORWARD: CasePhase[] = ['aanmelding', 'veiligheidscheck', 'startgesprek', 'plan'];
const PHASE_LABELS: Partial<Record<CasePhase, string>> = {
  veiligheidscheck: 'Veiligheids- en basiszorgcheck',
  startgesprek: 'Startgesprek',
  plan: 'Plan',
};

const GOAL = 'Ik wil mijn huur weer elke maand op tijd betalen.';
const ACTION = 'Samen een afspraak maken bij de schuldhulp';
const ORGANISATION = 'Schuldhulp Regiedam';
const PRODUCT = 'Huishoudelijke ondersteuning';

test('the regisseur walks the whole case path in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-case-path-' });
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  try {
    browser = await launchChromium();
    // axe is injected as an inline script, which the server's Content Security Policy blocks: bypass CSP here.
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
      locale: 'nl-NL',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(page, app.baseUrl, 'regisseur');
    let caseId = '';

    await t.test('picks up a signal on the worklist and follows it to the case', async () => {
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Werklijst signalen' })
        .click();
      await page.waitForURL((url) => url.pathname === '/signalen');
      await page.getByRole('heading', { level: 1, name: 'Werklijst signalen' }).waitFor();
      await waitForContent(page);
      await assertNoAxeViolations(page, 'worklist');

      // A new signal matched to a household: picking it up starts (or joins) that household's case.
      const links = page
        .getByRole('row')
        .filter({ hasText: 'Nog niet opgepakt' })
        .locator('a[href^="/signalen/"]');
      let signalId = '';
      for (const href of await links.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''))) {
        const id = href.split('/').pop() ?? '';
        const detail = await getJson<SignaalDetail>(page, `${app.baseUrl}/api/v1/signals/${id}`);
        if (detail.huishouden && detail.status === 'Nog niet opgepakt') {
          signalId = id;
          break;
        }
      }
      assert.ok(signalId, 'the worklist has a new signal matched to a household');
      await page.locator(`a[href="/signalen/${signalId}"]`).first().click();
      await page.waitForURL((url) => url.pathname === `/signalen/${signalId}`);
      await waitForContent(page);
      await page.getByRole('button', { name: 'Oppakken' }).click();
      await page.getByText('U heeft het signaal opgepakt.').waitFor();
      await assertNoAxeViolations(page, 'signal after pick-up');

      await page.getByRole('link', { name: 'Naar de casus' }).click();
      await page.waitForURL((url) => /^\/casussen\/[0-9a-f-]{36}$/.test(url.pathname));
      caseId = new URL(page.url()).pathname.split('/').pop() ?? '';
      await waitForContent(page);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await assertNoAxeViolations(page, 'case overview');
    });

    await t.test('moves the case through the safety check to the plan phase', async () => {
      assert.ok(caseId, 'the case was opened');
      let detail = await getJson<CaseDetail>(page, `${app.baseUrl}/api/v1/cases/${caseId}`);
      assert.ok(detail.viewer.isRegisseur, 'the demo regisseur leads the case after picking up the signal');
      let index = FORWARD.indexOf(detail.phase);
      assert.ok(index >= 0, `a new case is before the plan phase, not in ${detail.phase}`);
      let steps = 0;
      while (index >= 0 && index < FORWARD.length - 1) {
        const to = FORWARD[index + 1] as CasePhase;
        await page.getByLabel('Nieuwe fase').selectOption(to);
        await page.getByRole('button', { name: 'Fase wijzigen' }).click();
        await page.getByRole('button', { name: 'Ja, wijzig de fase' }).click();
        await page.getByText(`De casus staat nu in de fase "${PHASE_LABELS[to]}".`).waitFor();
        detail = await getJson<CaseDetail>(page, `${app.baseUrl}/api/v1/cases/${caseId}`);
        assert.equal(detail.phase, to);
        index = FORWARD.indexOf(detail.phase);
        steps += 1;
      }
      assert.ok(steps >= 1, 'the phase moved at least once');
      assert.equal(detail.phase, 'plan');
      await assertNoAxeViolations(page, 'case overview in the plan phase');
    });

    await t.test('records a ZRM assessment for an adult', async () => {
      await openTab(page, 'ZRM', 'tab=zrm');
      const zrm = await getJson<ZrmView>(page, `${app.baseUrl}/api/v1/cases/${caseId}/zrm`);
      const adult = zrm.adults[0];
      assert.ok(adult, 'the household has an adult');
      const region = page.getByRole('region', { name: `ZRM van ${adult.name}` });
      await region.waitFor();
      await assertNoAxeViolations(page, 'ZRM tab');

      // Without scores the form names each missing domain, linked to its field.
      await region.getByRole('button', { name: 'Meting opslaan' }).click();
      await page.getByRole('link', { name: 'Kies een score voor Financiën.' }).waitFor();
      await assertNoAxeViolations(page, 'ZRM form with errors');

      for (const [i, domain] of zrm.domains.entries())
        await region.getByLabel(domain.label, { exact: true }).selectOption(String((i % 5) + 1));
      await region.getByRole('button', { name: 'Meting opslaan' }).click();
      await page.getByText('De meting is opgeslagen.').waitFor();
      const history = page.getByRole('table', { name: `Metingen van ${adult.name}, per levensgebied` });
      await history.waitFor();
      assert.match(await history.getByRole('row', { name: /Financiën/ }).innerText(), /1/);
      const after = await getJson<ZrmView>(page, `${app.baseUrl}/api/v1/cases/${caseId}/zrm`);
      const mine = after.assessments.filter((a) => a.personId === adult.personId);
      assert.equal(mine.length, 1);
      assert.equal(mine[0]?.scores.financien, 1);
      assert.equal(mine[0]?.scores.huisvesting, 4);
      await assertNoAxeViolations(page, 'ZRM tab with a recorded assessment');
    });

    await t.test('writes a goal with an action and saves the plan as version 1', async () => {
      await openTab(page, 'Plan', 'tab=plan');
      await page.getByText('Er is nog geen plan opgeslagen.').first().waitFor();
      await assertNoAxeViolations(page, 'plan tab, empty');

      await page
        .getByLabel('Netwerk: wie helpen er al?')
        .fill('Zus woont in de buurt en helpt met de boodschappen.');
      await page
        .getByLabel('Waar maakt het huishouden zich zorgen over?')
        .fill('De huurachterstand loopt op.');
      await page.getByRole('button', { name: 'Doel toevoegen' }).click();
      // The new goal's first field has the keyboard.
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'plan-goals-0-domain');
      await page.getByRole('button', { name: 'Actie toevoegen bij doel 1' }).click();

      // An empty goal and action: Dutch messages next to the fields, linked from the summary.
      await page.getByRole('button', { name: 'Plan opslaan' }).click();
      const summary = page.locator('.regie-error-summary');
      await summary.waitFor();
      assert.deepEqual(
        (await summary.getByRole('link').allInnerTexts()).map((m) => m.trim()),
        [
          'Kies een levensgebied voor het doel.',
          'Schrijf het doel op in de woorden van de bewoner.',
          'Schrijf op wat er gaat gebeuren.',
          'Vul in wie deze actie doet.',
        ],
      );
      assert.equal(await page.locator('#plan-goals-0-text').getAttribute('aria-invalid'), 'true');
      await assertNoAxeViolations(page, 'plan form with errors');

      await page.locator('#plan-goals-0-domain').selectOption('financien');
      await page.locator('#plan-goals-0-text').fill(GOAL);
      await page.locator('#plan-goals-0-actions-0-description').fill(ACTION);
      await page.locator('#plan-goals-0-actions-0-owner-kind').selectOption('organisatie');
      await page.locator('#plan-goals-0-actions-0-owner-name').fill(ORGANISATION);
      await page.locator('#plan-goals-0-actions-0-dueOn').fill('2026-12-31');
      await page.locator('#plan-goals-0-actions-0-status').selectOption('bezig');
      await page.getByRole('button', { name: 'Plan opslaan' }).click();
      await page.getByText('Het plan is opgeslagen als versie 1.').waitFor();

      const plan = await getJson<PlanView>(page, `${app.baseUrl}/api/v1/cases/${caseId}/plan`);
      assert.equal(plan.version, 1);
      assert.equal(plan.content.goals[0]?.text, GOAL);
      assert.deepEqual(plan.content.goals[0]?.actions[0]?.owner, { kind: 'organisatie', name: ORGANISATION });
      assert.equal(plan.content.goals[0]?.actions[0]?.dueOn, '2026-12-31');
      assert.equal(
        await page.locator('#plan-goals-0-text').inputValue(),
        GOAL,
        'the form shows the saved plan',
      );
      await assertNoAxeViolations(page, 'plan tab, saved');
    });

    await t.test('adds a Wmo provision with its decision, serving the goal', async () => {
      await openTab(page, 'Voorzieningen', 'tab=voorzieningen');
      await page.getByText('Er zijn nog geen voorzieningen in deze casus.').waitFor();
      await assertNoAxeViolations(page, 'provisions tab, empty');

      await page.getByLabel('Onder welke wet valt de voorziening?').selectOption('wmo');
      await page.getByLabel('Voorziening', { exact: true }).fill(PRODUCT);
      await page.getByLabel('Omvang (niet verplicht)').fill('3 uur per week');
      await page.getByLabel('Status', { exact: true }).selectOption('toegekend');
      // A granted provision needs its decision date: the form says so before sending.
      await page.getByRole('button', { name: 'Voorziening opslaan' }).click();
      await page
        .getByRole('link', {
          name: 'Vul de datum van het besluit in: de voorziening is toegekend of afgewezen.',
        })
        .waitFor();
      await page.getByLabel('Datum van het besluit (niet verplicht)').fill('2026-11-20');
      await page.getByLabel('Wetsartikel van het besluit (niet verplicht)').fill('art. 2.3.5 Wmo 2015');
      await page.getByRole('checkbox', { name: GOAL }).check();
      await page.getByRole('button', { name: 'Voorziening opslaan' }).click();
      await page.getByText('De voorziening is toegevoegd.').waitFor();

      const table = page.getByRole('table', { name: 'Voorzieningen in deze casus' });
      await table.waitFor();
      const row = table.getByRole('row', { name: new RegExp(PRODUCT) });
      assert.match(await row.innerText(), /Wmo[\s\S]*3 uur per week[\s\S]*Toegekend[\s\S]*20-11-2026/);
      const provisions = await getJson<Provision[]>(page, `${app.baseUrl}/api/v1/cases/${caseId}/provisions`);
      const plan = await getJson<PlanView>(page, `${app.baseUrl}/api/v1/cases/${caseId}/plan`);
      const wmo = provisions.find((p) => p.product === PRODUCT);
      assert.ok(wmo);
      assert.equal(wmo.law, 'wmo');
      assert.equal(wmo.decidedOn, '2026-11-20');
      assert.equal(wmo.legalBasis, 'art. 2.3.5 Wmo 2015');
      assert.deepEqual(wmo.goalIds, [plan.content.goals[0]?.id]);
      await assertNoAxeViolations(page, 'provisions tab with a provision');
    });

    await t.test("marks the action done (version 2) and records the resident's agreement to it", async () => {
      await openTab(page, 'Plan', 'tab=plan');
      await page.locator('#plan-goals-0-actions-0-status').selectOption('klaar');
      await page.getByText('U heeft wijzigingen die nog niet zijn opgeslagen.').waitFor();
      await page.getByRole('button', { name: 'Plan opslaan' }).click();
      await page.getByText('Het plan is opgeslagen als versie 2.').waitFor();
      const agreement = page.getByRole('region', { name: 'Akkoord van de bewoner' });
      await agreement.getByText('De bewoner heeft nog geen akkoord gegeven op het plan.').waitFor();
      // The date starts at today (the server runs on the real clock here; an agreement cannot predate the version).
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
      assert.equal(await agreement.getByLabel('Datum van het akkoord').inputValue(), today);
      // Without "how" the form asks for it at the field.
      await agreement.getByRole('button', { name: 'Akkoord vastleggen' }).click();
      await page.getByRole('link', { name: 'Kies hoe de bewoner akkoord gaf.' }).waitFor();
      await agreement.getByRole('radio', { name: 'Mondeling (in een gesprek)' }).check();
      await agreement.getByLabel('Opmerking (niet verplicht)').fill('Besproken aan de keukentafel.');
      await agreement.getByRole('button', { name: 'Akkoord vastleggen' }).click();
      await agreement.getByText('Het akkoord is vastgelegd.').waitFor();
      const [y, m, d] = today.split('-');
      await agreement.getByText(`De bewoner gaf op ${d}-${m}-${y} akkoord op versie 2`).waitFor();
      const plan = await getJson<PlanView>(page, `${app.baseUrl}/api/v1/cases/${caseId}/plan`);
      assert.deepEqual(plan.agreement, {
        planVersion: 2,
        agreedOn: today,
        how: 'mondeling',
        note: 'Besproken aan de keukentafel.',
      });
      await assertNoAxeViolations(page, 'plan tab with the agreement');
    });

    await t.test('the versions tab lists both versions and shows what changed between them', async () => {
      await openTab(page, 'Versies', 'tab=versies');
      const table = page.getByRole('table', { name: 'Opgeslagen versies van het plan' });
      await table.waitFor();
      assert.equal(await table.getByRole('rowheader').count(), 2);
      await assertNoAxeViolations(page, 'versions tab');
      assert.equal(await page.getByLabel('Oude versie').inputValue(), '1');
      assert.equal(await page.getByLabel('Nieuwe versie').inputValue(), '2');
      await page.getByRole('button', { name: 'Vergelijk' }).click();
      const changes = page.getByRole('region', { name: 'Wat veranderde van versie 1 naar versie 2?' });
      await changes.getByRole('table').waitFor();
      await waitForContent(page);
      const text = await changes.innerText();
      assert.match(text, /Gewijzigd/);
      assert.match(text, /Bezig[\s\S]*Klaar/, `the status change reads in words: ${text}`);
      assert.doesNotMatch(text, /[{}]/, 'no raw JSON');
      await assertNoAxeViolations(page, 'versions tab with changes');
    });

    await t.test('opens the print view, which fits 320 px and prints without the app around it', async () => {
      await openTab(page, 'Plan', 'tab=plan');
      await page.getByRole('link', { name: 'Afdrukken', exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/casussen/${caseId}/plan/afdrukken`);
      await page.getByRole('heading', { level: 1, name: 'Ons plan' }).waitFor();
      await waitForContent(page);
      assert.equal(await page.title(), 'Ons plan - Regie');
      const text = await page.getByRole('main').innerText();
      for (const part of [
        GOAL,
        ACTION,
        ORGANISATION,
        PRODUCT,
        '31-12-2026',
        '3 uur per week',
        'akkoord gegeven',
      ])
        assert.ok(text.includes(part), `the print view shows "${part}"`);
      const detail = await getJson<CaseDetail>(page, `${app.baseUrl}/api/v1/cases/${caseId}`);
      assert.ok(detail.regisseur && text.includes(detail.regisseur.displayName), 'names the regisseur');
      await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
      await assertNoAxeViolations(page, 'print view');

      await page.setViewportSize({ width: 320, height: 800 });
      await assertNoHorizontalScroll(page, 'print view at 320 px');
      await assertNoAxeViolations(page, 'print view at 320 px');
      await page.setViewportSize({ width: 1280, height: 900 });

      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), false);
      assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false);
      assert.equal(await page.getByRole('heading', { level: 1, name: 'Ons plan' }).isVisible(), true);
      await page.emulateMedia({ media: 'screen' });
    });

    await t.test('downloads the plan as PDF', async () => {
      const href = await page.getByRole('link', { name: 'Download als PDF' }).getAttribute('href');
      assert.equal(href, `/api/v1/cases/${caseId}/plan.pdf`);
      const response = await page.request.get(`${app.baseUrl}${href}`);
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-type'] ?? '', /application\/pdf/);
      const body = await response.body();
      assert.equal(body.subarray(0, 4).toString('latin1'), '%PDF');
    });

    await t.test(
      'a save on top of an older version is refused with a Dutch message and a reload',
      async () => {
        // A second tab loads the plan (version 2); the first tab then saves version 3.
        const other = await (context as BrowserContext).newPage();
        other.on('pageerror', (error) => errors.push(error.message));
        await other.goto(`${app.baseUrl}/casussen/${caseId}?tab=plan`);
        await waitForContent(other);
        await other.locator('#plan-goals-0-text').waitFor();
        await page.goto(`${app.baseUrl}/casussen/${caseId}?tab=plan`);
        await waitForContent(page);
        await page.getByLabel('Welke hulp was er eerder?').fill('Opvoedondersteuning in 2024.');
        await page.getByRole('button', { name: 'Plan opslaan' }).click();
        await page.getByText('Het plan is opgeslagen als versie 3.').waitFor();

        await other.getByLabel('Wat gaat goed? (krachten)').fill('De kinderen gaan graag naar school.');
        await other.getByRole('button', { name: 'Plan opslaan' }).click();
        await other.getByText('Iemand anders heeft het plan intussen opgeslagen. Laad opnieuw.').waitFor();
        await assertNoAxeViolations(other, 'plan tab with a save conflict');
        await other.getByRole('button', { name: 'Laad het plan opnieuw' }).click();
        await other.getByText(/^Versie 3, opgeslagen op/).waitFor();
        assert.equal(
          await other.getByLabel('Welke hulp was er eerder?').inputValue(),
          'Opvoedondersteuning in 2024.',
        );
        const plan = await getJson<PlanView>(page, `${app.baseUrl}/api/v1/cases/${caseId}/plan`);
        assert.equal(plan.version, 3, 'the refused save made no version');
        // The agreement was to version 2: the plan tab asks for a new one.
        await other
          .getByText('Het plan is daarna gewijzigd. Vraag de bewoner om akkoord op versie 3.')
          .waitFor();
        await other.close();
        assert.deepEqual(errors, []);
      },
    );
  } finally {
    await context?.close().catch(() => {});
    await browser?.close();
    await app.stop();
  }
});
