// Browser test of the Termijnen tab (issue 4 item 4): the team leader of Wijkteam Noord opens a new case's tab,
// gets Dutch errors for an empty form, starts a Wgs first-conversation term for a threatening situation after a
// confirm step, puts it on hold (Awb 4:15), lets it run again, extends it once (Awb 4:14) and marks it met.
// The status is written out at every step. Axe on each state, no horizontal scroll at 320 px.
// Drives Debian's /usr/bin/chromium; skips without it.
// Run: npm run build:web && node --import tsx --test test/e2e/deadlines.e2e.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { CaseDetail } from '../../src/web/api/cases.ts';
import type { Deadline } from '../../src/web/api/deadlines.ts';
import type { HouseholdSummary, Page as ResultPage, Team } from '../../src/web/api/types.ts';
import {
  assertNoAxeViolations,
  checkPage,
  ensureWebBuilt,
  getJson,
  launchChromium,
  openPage,
  signIn,
  skipWithoutChromium,
  startApp,
} from './harness.ts';

/** A new case for a household of Wijkteam Noord without an open case (API, as setup): it has no deadlines yet. */
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
  for (const household of list.items.slice().reverse()) {
    const response = await page.request.post(`${baseUrl}/api/v1/cases`, {
      data: { householdId: household.id, teamId: noord.id },
      headers: { 'X-CSRF-Token': csrfToken },
    });
    if (response.status() === 409) continue;
    assert.equal(response.status(), 201, await response.text());
    return (await response.json()) as CaseDetail;
  }
  throw new Error(`every household in ${wijk.code} already has an open case`);
}

test('the Termijnen tab in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-deadlines-' });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    // axe is injected as an inline script, which the server's Content Security Policy blocks: bypass CSP here.
    const { page, errors } = await openPage(browser);
    await signIn(page, app.baseUrl, 'teamleider');
    const started = await startCaseInNoord(page, app.baseUrl);

    await page.goto(`${app.baseUrl}/casussen/${started.id}?tab=termijnen`);
    await page.getByRole('heading', { level: 2, name: 'Termijnen' }).waitFor();
    await page.getByText('Er lopen nog geen termijnen voor deze casus.').waitFor();
    await checkPage(page, 'empty Termijnen tab');

    // An empty form: Dutch errors in the summary and next to the field.
    const form = page.getByRole('form', { name: 'Nieuwe termijn' });
    await form.getByRole('button', { name: 'Termijn toevoegen' }).click();
    await page.locator('.regie-error-summary').getByText('Kies een soort termijn uit de lijst').waitFor();
    await assertNoAxeViolations(page, 'new deadline form with errors');

    await form.getByLabel('Soort termijn').selectOption('wgs_eerste_gesprek');
    await form.getByText('Termijn: 4 weken (Wgs art. 4 lid 1).').waitFor();
    await form.getByLabel(/dreigende situatie/).check();
    await form.getByText('Termijn: 3 werkdagen (Wgs art. 4 lid 2).').waitFor();
    await form.getByRole('button', { name: 'Termijn toevoegen' }).click();
    await page.getByRole('heading', { name: 'Klopt dit?' }).waitFor();
    await assertNoAxeViolations(page, 'new deadline confirm step');
    await page.getByRole('button', { name: 'Ja, opslaan' }).click();

    const card = page.getByRole('article', { name: 'Eerste gesprek schuldhulp bij dreigende situatie' });
    await card.waitFor();
    // 3 working days is within the 5-day risk margin.
    assert.match(await card.locator('.regie-deadline__status').innerText(), /Status: Bijna verlopen/);
    assert.match(await card.innerText(), /3 werkdagen \(Wgs art\. 4 lid 2\)/);
    assert.match(await card.innerText(), /Uiterlijke datum:/);
    await checkPage(page, 'tab with one deadline');

    const [created] = await getJson<Deadline[]>(page, `${app.baseUrl}/api/v1/cases/${started.id}/deadlines`);
    assert.ok(created);

    // Put it on hold: a reason is required; the confirm step says what happens.
    await card.getByRole('button', { name: 'Termijn stilzetten' }).click();
    const suspendForm = card.getByRole('form', { name: /Termijn stilzetten/ });
    await suspendForm.getByRole('button', { name: 'Controleren' }).click();
    await suspendForm.getByText('Vul de reden in').first().waitFor();
    await suspendForm.getByLabel('Reden').fill('Wachten op de loonstroken van de inwoner');
    await assertNoAxeViolations(page, 'suspend form');
    await suspendForm.getByRole('button', { name: 'Controleren' }).click();
    await card.getByRole('heading', { name: 'Klopt dit?' }).waitFor();
    await card.getByRole('button', { name: 'Ja, opslaan' }).click();
    await page.getByText('De termijn is opgeslagen.').waitFor();
    await card.getByText('Status: Staat stil').waitFor();
    await card.getByText(/staat nog stil\. Reden: Wachten op de loonstroken/).waitFor();
    await checkPage(page, 'suspended deadline');

    // Let it run again from today.
    await card.getByRole('button', { name: 'Termijn weer laten lopen' }).click();
    await card.getByRole('button', { name: 'Controleren' }).click();
    await card.getByRole('button', { name: 'Ja, opslaan' }).click();
    await card.getByRole('button', { name: 'Termijn stilzetten' }).waitFor();
    assert.doesNotMatch(await card.locator('.regie-deadline__status').innerText(), /Staat stil/);

    // Extend once by 1 week: the button is gone afterwards.
    await card.getByRole('button', { name: 'Termijn verlengen' }).click();
    await card.getByLabel('Verlengen met').fill('1');
    await card.getByLabel('Reden').fill('Eerst overleg met de Kredietbank');
    await card.getByRole('button', { name: 'Controleren' }).click();
    await card.getByText(/verlengd met 1 week\. Dit kan maar één keer/).waitFor();
    await card.getByRole('button', { name: 'Ja, opslaan' }).click();
    await card.getByText(/Met 1 week\. Reden: Eerst overleg met de Kredietbank/).waitFor();
    assert.equal(await card.getByRole('button', { name: 'Termijn verlengen' }).count(), 0);
    const [extended] = await getJson<Deadline[]>(page, `${app.baseUrl}/api/v1/cases/${started.id}/deadlines`);
    assert.ok(extended && extended.dueOn > created.dueOn, 'the extension moved the due date');
    assert.equal(extended.basis.amount, 3, 'the basis keeps the term');
    await checkPage(page, 'extended deadline');

    // Met today: no more actions.
    await card.getByRole('button', { name: 'Termijn gehaald' }).click();
    await card.getByRole('button', { name: 'Controleren' }).click();
    await card.getByRole('button', { name: 'Ja, opslaan' }).click();
    await card.getByText('Status: Gehaald').waitFor();
    assert.equal(await card.getByRole('button').count(), 0);
    await checkPage(page, 'met deadline');
    assert.deepEqual(errors, []);
  } finally {
    await browser?.close();
    await app.stop();
  }
});
