// Browser test of the prestatieafspraken pages /afspraken (issue 7).
// (a) The demo beleidsmedewerker opens them through the main menu, opens the demo agreement, sees commitments of
//     several parties each with a status in words, cannot step back without a reason, moves the agreement one phase
//     forward after a confirm step and sees the new phase marked in text; changes a commitment's target with a reason
//     (a short reason gets the server's message at the field) and reads it under "Wat is er veranderd".
// (b) The demo corporation user (partner) sees the notice that only their own commitments are shown, only the
//     corporation's commitments (in the page and in the API answer), gets the server's Dutch message at the field for
//     an empty comment, and sees a posted comment listed.
// (c) beleid makes a new agreement (a server field error shown at the field, a confirm step) and adds a computed
//     commitment and one on a figure the corporation supplies, each with a status; the corporation sees neither
//     form, and enters its figure on the new agreement.
// Nowhere a BSN (9 digits) or a demo household member's name or street; axe clean; no sideways scroll at 320 px.
// Run: npm run build:web && node --import tsx --test test/e2e/agreements.e2e.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  assertNoPersonalData,
  checkPage,
  ensureWebBuilt,
  getJson,
  launchChromium,
  openPage,
  signIn,
  skipWithoutChromium,
  startApp,
  waitForContent,
} from './harness.ts';

const TITLE = 'Prestatieafspraken 2026 Regiedam';
const CORPORATION = 'Woonstichting De Sleutel';
const NEW_TITLE = 'Afspraken wonen en schulden 2026';
const STATUS_LABELS = /^(Op koers|Achter op het doel|Niet te tonen \(minder dan 10\)|Nog geen gegevens)(,|$)/;

/** Per commitment card on the page: its owner ("Partij") and its status ("Status nu"), as shown. */
async function commitmentCards(page: Page): Promise<{ owner: string; status: string }[]> {
  // No named functions inside the callback: tsx would wrap them in a helper the browser does not have.
  const rows = await page
    .locator('article')
    .evaluateAll((articles) =>
      articles.map((article) =>
        [...article.querySelectorAll('dt')].map((dt) => [
          dt.textContent?.trim() ?? '',
          dt.parentElement?.querySelector('dd')?.textContent?.trim() ?? '',
        ]),
      ),
    );
  return rows.map((pairs) => {
    const entries = new Map(pairs.map(([key, value]) => [key as string, value as string]));
    return { owner: entries.get('Partij') ?? '', status: entries.get('Status nu') ?? '' };
  });
}

/** The text of the cycle step (list item) of a phase, e.g. "Vaststelling – Huidige fase …". */
async function cycleStep(page: Page, phase: string): Promise<string> {
  const cycle = page.getByRole('region', { name: 'De jaarcyclus' }).getByRole('listitem');
  return (await cycle.filter({ hasText: new RegExp(`^${phase} –`) }).textContent()) ?? '';
}

async function openAgreementFromMenu(page: Page): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Prestatieafspraken' })
    .click();
  await page.waitForURL((url) => url.pathname === '/afspraken');
  await page.getByRole('heading', { level: 1, name: 'Prestatieafspraken' }).waitFor();
  await waitForContent(page, 120_000);
  assert.equal(await page.title(), 'Prestatieafspraken - Regie');
  await checkPage(page, 'agreements list');
  await page.getByRole('link', { name: TITLE }).click();
  await page.waitForURL((url) => /^\/afspraken\/[0-9a-f-]{36}$/.test(url.pathname));
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await waitForContent(page, 120_000);
  return new URL(page.url()).pathname.split('/').at(-1) as string;
}

test('prestatieafspraken in a real browser', { timeout: 900_000 }, async (t) => {
  if (skipWithoutChromium(t)) return;
  ensureWebBuilt();
  const app = await startApp({ dataDirPrefix: 'regie-e2e-agreements-' });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();

    // (a) beleid: every party's commitments, and the cycle one step forward.
    const beleid = await openPage(browser);
    const page = beleid.page;
    await signIn(page, app.baseUrl, 'beleid');
    const agreementId = await openAgreementFromMenu(page);
    assert.equal(await page.title(), `${TITLE} - Regie`);

    const cards = await commitmentCards(page);
    assert.ok(cards.length >= 4, `commitments shown: ${cards.length}`);
    const owners = new Set(cards.map((c) => c.owner));
    assert.ok(owners.size >= 3, `several parties: ${[...owners].join(', ')}`);
    for (const card of cards)
      assert.match(card.status, STATUS_LABELS, `status of a ${card.owner} commitment`);
    assert.equal(await page.getByText('U ziet alleen de toezeggingen van uw eigen organisatie.').count(), 0);
    assert.match(await cycleStep(page, 'Vaststelling'), /Huidige fase/);
    assert.match(await cycleStep(page, 'Overleg'), /Afgerond.*Bereikt op 15-09-2026/);
    assert.match(await cycleStep(page, 'Monitoring'), /Nog niet/);
    await assertNoPersonalData(page, 'agreement as beleid');
    await checkPage(page, 'agreement as beleid');

    // A step back needs a reason: the page says so at the field and sends nothing.
    await page.getByRole('button', { name: 'Terug naar vorige fase: overleg' }).click();
    await page
      .getByText('Leg in minstens 10 tekens uit waarom de afspraak een fase terug gaat.')
      .first()
      .waitFor();
    assert.equal(await page.getByLabel('Toelichting').getAttribute('aria-invalid'), 'true');

    // Forward, after the confirm step.
    await page.getByLabel('Toelichting').fill('');
    await page.getByRole('button', { name: 'Volgende fase: monitoring' }).click();
    await page.getByRole('heading', { name: 'Weet u het zeker?' }).waitFor();
    await checkPage(page, 'phase change confirm step');
    await page.getByRole('button', { name: 'Ja, naar monitoring' }).click();
    await page.getByText('Opgeslagen. De afspraak staat nu in de fase monitoring.').waitFor();
    assert.match(await cycleStep(page, 'Monitoring'), /Huidige fase/);
    assert.match(await cycleStep(page, 'Vaststelling'), /Afgerond/);
    const after = await getJson<{ phase: string; phaseChanges: { to: string }[] }>(
      page,
      `${app.baseUrl}/api/v1/agreements/${agreementId}`,
    );
    assert.equal(after.phase, 'monitoring');
    assert.equal(after.phaseChanges.at(-1)?.to, 'monitoring');
    await checkPage(page, 'agreement after the phase change');

    // beleid changes a target with a reason (a short one gets the server's message at the field) and reads the
    // change under "Wat is er veranderd" on the card.
    const card0 = page.locator('article').first();
    await card0.getByRole('button', { name: 'Wijzigen' }).click();
    await checkPage(page, 'change commitment form');
    await card0.getByLabel('Doel (een getal)').fill('42');
    const reasonField = card0.getByLabel('Waarom verandert de toezegging?');
    await reasonField.fill('Kort');
    const confirmChange = async () => {
      await card0.getByRole('button', { name: 'Wijziging controleren' }).click();
      await card0.getByRole('button', { name: 'Ja, toezegging wijzigen' }).click();
    };
    await confirmChange();
    await card0.getByText('Leg in minstens 10 tekens uit waarom').first().waitFor();
    assert.equal(await reasonField.getAttribute('aria-invalid'), 'true');
    await checkPage(page, 'change commitment with a field error');
    await reasonField.fill('De raad vroeg in het overleg om een strenger doel.');
    await confirmChange();
    await card0.getByText('De toezegging is gewijzigd.').waitFor();
    await card0.locator('summary', { hasText: 'Wat is er veranderd' }).click();
    await card0
      .getByText(
        /: gewijzigd door Bart Beleid \(Gemeente Regiedam\)\. Doel van .+ naar \S+ 42\b.*Reden: De raad vroeg/,
      )
      .waitFor();
    await checkPage(page, 'commitment with its change history');

    // (c) beleid makes a new agreement, adds commitments and sees their status; the server's field errors at the field.
    await page.getByRole('link', { name: 'Terug naar alle prestatieafspraken' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe afspraak' });
    await form.getByLabel('Titel').fill(NEW_TITLE);
    await form.getByLabel('Jaar').fill('twintig');
    await form.getByLabel(CORPORATION).check();
    await form.getByLabel('Gemeente Regiedam').check();
    await form.getByLabel('Bod').fill('2026-07-01');
    await form.getByRole('button', { name: 'Afspraak controleren' }).click();
    await page.getByRole('heading', { name: 'Weet u het zeker?' }).waitFor();
    await page.getByRole('button', { name: 'Ja, afspraak maken' }).click();
    await form.getByText('Vul een jaar in').first().waitFor();
    assert.equal(await form.getByLabel('Jaar').getAttribute('aria-invalid'), 'true');
    await checkPage(page, 'new agreement with a field error');
    await form.getByLabel('Jaar').fill('2026');
    await form.getByRole('button', { name: 'Afspraak controleren' }).click();
    await checkPage(page, 'new agreement confirm step');
    await page.getByRole('button', { name: 'Ja, afspraak maken' }).click();
    await page.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    await waitForContent(page, 120_000);

    const add = page.getByRole('form', { name: 'Toezegging toevoegen' });
    const addCommitment = async (fill: () => Promise<void>) => {
      await fill();
      await add.getByRole('button', { name: 'Toezegging controleren' }).click();
      await page.getByRole('button', { name: 'Ja, toezegging toevoegen' }).click();
    };
    await addCommitment(async () => {
      await add.getByLabel('Thema').fill('Schulden');
      await add.getByLabel('Partij die de toezegging doet').selectOption({ label: 'Gemeente Regiedam' });
      await add
        .getByLabel('Wat belooft de partij?')
        .fill('Elke maand minstens 25 vroegsignaalzaken in behandeling.');
      await add.getByLabel('Indicator', { exact: true }).selectOption('vroegsignalering');
      await add.getByLabel('Wat telt mee').selectOption('zaken');
      await add.getByLabel('Doel (een getal)').fill('veel');
    });
    await add.getByText('Vul een doel in (een getal)').first().waitFor();
    assert.equal(await add.getByLabel('Doel (een getal)').getAttribute('aria-invalid'), 'true');
    await addCommitment(async () => {
      await add.getByLabel('Doel (een getal)').fill('25');
    });
    await add.getByText('De toezegging is toegevoegd.').waitFor();
    await addCommitment(async () => {
      await add.getByLabel('Thema').fill('Voorkomen van huisuitzetting');
      await add.getByLabel('Partij die de toezegging doet').selectOption({ label: CORPORATION });
      await add
        .getByLabel('Wat belooft de partij?')
        .fill('Hoogstens 2 ontruimingen wegens huurachterstand per maand.');
      await add.getByLabel('De partij levert het zelf aan').check();
      await add.getByLabel('Cijfer dat de partij aanlevert').selectOption('ontruimingen-huurachterstand');
      await add.getByLabel('Doel (een getal)').fill('2');
      await add.getByLabel('hoogstens het doel zijn').check();
    });
    await add.getByText('De toezegging is toegevoegd.').waitFor();
    const made = await commitmentCards(page);
    assert.equal(made.length, 2);
    for (const card of made)
      assert.match(card.status, STATUS_LABELS, `status of the new ${card.owner} commitment`);
    await checkPage(page, 'new agreement with two commitments');
    assert.deepEqual(beleid.errors, [], 'no script errors (beleid)');
    await beleid.context.close();

    // (b) the corporation: its own commitments only, and a comment on one of them.
    const partner = await openPage(browser);
    const ppage = partner.page;
    await signIn(ppage, app.baseUrl, 'partner');
    assert.equal(await openAgreementFromMenu(ppage), agreementId);
    await ppage.getByText('U ziet alleen de toezeggingen van uw eigen organisatie.').waitFor();
    const own = await commitmentCards(ppage);
    assert.ok(own.length >= 1, 'the corporation has commitments');
    assert.deepEqual([...new Set(own.map((c) => c.owner))], [CORPORATION]);
    assert.equal(await ppage.getByRole('heading', { name: 'Fase wijzigen' }).count(), 0);
    assert.equal(await ppage.getByRole('heading', { name: 'Toezegging toevoegen' }).count(), 0);
    const seen = await getJson<{
      ownOnly: boolean;
      canManage: boolean;
      commitments: { owner: { name: string } }[];
    }>(ppage, `${app.baseUrl}/api/v1/agreements/${agreementId}`);
    assert.equal(seen.ownOnly, true);
    assert.equal(seen.canManage, false);
    assert.equal(seen.commitments.length, own.length);
    for (const c of seen.commitments) assert.equal(c.owner.name, CORPORATION);

    const card = ppage.locator('article').first();
    const field = card.getByLabel('Uw reactie');
    await card.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await card.getByText('Schrijf een reactie').waitFor();
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    await checkPage(ppage, 'empty comment');

    const comment = 'Wij sturen de cijfers van maart voor het overleg.';
    await field.fill(comment);
    await card.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await card.getByText('Uw reactie is geplaatst.').waitFor();
    await card.getByText(comment).waitFor();
    await card.getByText(new RegExp(`^${CORPORATION}, `)).waitFor();
    assert.equal(await field.inputValue(), '');
    assert.equal(await field.getAttribute('aria-invalid'), null);
    await assertNoPersonalData(ppage, 'agreement as partner');
    await checkPage(ppage, 'agreement as partner after a comment');

    // The corporation supplies its own figure on the new agreement; the list page has no form for it.
    await ppage.getByRole('link', { name: 'Terug naar alle prestatieafspraken' }).click();
    await ppage.getByRole('link', { name: NEW_TITLE }).waitFor();
    assert.equal(await ppage.getByRole('heading', { name: 'Nieuwe afspraak' }).count(), 0);
    await ppage.getByRole('link', { name: NEW_TITLE }).click();
    await ppage.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    await waitForContent(ppage, 120_000);
    const supplied = ppage.locator('article').first();
    await supplied.getByLabel('Aantal').fill('3');
    await supplied.getByLabel('Bron', { exact: true }).fill('Huuradministratie');
    await supplied.getByRole('button', { name: 'Cijfer opslaan' }).click();
    await supplied.getByText('Het cijfer is opgeslagen.').waitFor();
    await supplied.getByText(/: 3\. Bron: Huuradministratie \(Woonstichting De Sleutel\)/).waitFor();
    const [figureCard] = await commitmentCards(ppage);
    assert.match(figureCard?.status ?? '', /^Achter op het doel, waarde 3/);
    await checkPage(ppage, 'a figure the corporation supplied');
    assert.deepEqual(partner.errors, [], 'no script errors (partner)');
  } finally {
    await browser?.close();
    await app.stop();
  }
});
