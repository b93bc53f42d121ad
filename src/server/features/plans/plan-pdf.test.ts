import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BASE_FONTS, pdfFonts, toWinAnsi } from '../../lib/pdf.ts';
import { renderPlanPdf } from './plan-pdf.ts';
import type { PlanPrint } from './plan-print.ts';
import { pdfText } from './plans-test-support.ts';

const GOAL = '11111111-1111-4111-8111-111111111111';

function print(over: Partial<PlanPrint> = {}): PlanPrint {
  return {
    version: 3,
    savedOn: '2026-11-20',
    printedOn: '2026-11-23',
    printedAt: new Date('2026-11-23T09:00:00Z'),
    memberNames: ['Sanne de Vries', 'Mila de Vries'],
    addressLine: 'Kerkstraat 12a, 9901 AB Regiedam',
    teamName: 'Wijkteam Noord',
    regisseur: { name: 'Rik Regisseur', email: 'regisseur@regiedam.example' },
    goals: [
      {
        id: GOAL,
        domain: 'financien',
        text: 'Ik wil mijn huur weer betalen',
        personId: null,
        personName: 'Sanne de Vries',
        transition18: false,
        actions: [
          {
            id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1',
            description: 'Afspraak maken met de woningcorporatie',
            owner: { kind: 'persoon', name: 'Sanne' },
            dueOn: '2026-12-15',
            status: 'open',
          },
          {
            id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa2',
            description: 'Brief naar de deurwaarder',
            owner: { kind: 'organisatie', name: 'Kredietbank Delta' },
            dueOn: null,
            status: 'vervallen',
          },
        ],
      },
    ],
    provisions: [
      {
        id: 'p1',
        law: 'wmo',
        product: 'Huishoudelijke ondersteuning',
        reference: null,
        personId: null,
        personName: null,
        startDate: '2026-12-01',
        endDate: null,
        extent: '3 uur per week',
        status: 'toegekend',
        decidedOn: '2026-11-20',
        legalBasis: 'art. 2.3.5 Wmo 2015',
        goalIds: [GOAL],
        goalNumbers: [1],
        extentQuantity: null,
        extentUnit: null,
        extentPer: null,
        providerId: null,
      },
      {
        id: 'p2',
        law: 'overig',
        product: 'Wijkverpleging',
        reference: 'Zvw',
        personId: null,
        personName: null,
        startDate: '2026-11-01',
        endDate: '2027-04-30',
        extent: null,
        status: 'aangevraagd',
        decidedOn: null,
        legalBasis: null,
        goalIds: [],
        goalNumbers: [],
        extentQuantity: null,
        extentUnit: null,
        extentPer: null,
        providerId: null,
      },
    ],
    agreement: { planVersion: 3, agreedOn: '2026-11-21', how: 'mondeling' },
    ...over,
  };
}

const textOf = async (p: PlanPrint) => pdfText(await renderPlanPdf(p, { compress: false }));

describe('renderPlanPdf', () => {
  test('a PDF titled "Ons plan" with the household, the regisseur and who does what, in Dutch dates', async () => {
    const pdf = await renderPlanPdf(print());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = pdfText(pdf);
    assert.match(text, /Ons plan/);
    assert.match(text, /Dit is het plan van: Sanne de Vries, Mila de Vries\./);
    assert.match(text, /Uw regisseur is Rik Regisseur van Wijkteam Noord\./);
    assert.match(text, /Mail naar regisseur@regiedam\.example/);
    assert.match(text, /Doel 1: Ik wil mijn huur weer betalen/);
    assert.match(
      text,
      /Sanne: Afspraak maken met de woningcorporatie\. Klaar op: 15-12-2026\. Nu: nog niet begonnen\./,
    );
    assert.match(
      text,
      /Huishoudelijke ondersteuning \(Wmo 2015\): toegekend, vanaf 1-12-2026, 3 uur per week\. Dit helpt bij doel 1\./,
    );
    assert.match(text, /Wijkverpleging \(Zvw\): aangevraagd, van 1-11-2026 tot en met 30-4-2027\./);
    assert.match(text, /U heeft op 21-11-2026 mondeling ingestemd met dit plan\./);
  });

  test('dropped actions are left out: the household reads what still happens', async () => {
    assert.doesNotMatch(await textOf(print()), /deurwaarder/);
  });

  test('an agreement to an older version says so; no agreement asks to discuss the plan', async () => {
    assert.match(
      await textOf(print({ agreement: { planVersion: 2, agreedOn: '2026-11-10', how: 'schriftelijk' } })),
      /schriftelijk ingestemd met een eerdere versie van dit plan \(versie 2\)/,
    );
    assert.match(await textOf(print({ agreement: null })), /U heeft nog niet ingestemd met dit plan\./);
  });

  test('without a regisseur or email the household is sent to the team', async () => {
    assert.match(await textOf(print({ regisseur: null })), /nog geen vaste regisseur.*Wijkteam Noord/s);
    assert.match(
      await textOf(print({ regisseur: { name: 'Rik Regisseur', email: null } })),
      /Neem contact op met Wijkteam Noord\./,
    );
  });

  test('an empty plan still prints, saying there are no goals yet', async () => {
    const text = await textOf(
      print({ version: 0, savedOn: null, goals: [], provisions: [], agreement: null }),
    );
    assert.match(text, /Er staan nog geen doelen in het plan\./);
    assert.match(text, /Er zijn \(nog\) geen voorzieningen\./);
    assert.doesNotMatch(text, /Versie 0/);
  });

  test('names outside WinAnsi print right with a Unicode font, and without accents on the base font', async () => {
    const names = { memberNames: ['Ayşe Yılmaz', 'Łukasz Nowak'] };
    if (pdfFonts().embedded) {
      assert.match(await textOf(print(names)), /Dit is het plan van: Ayşe Yılmaz, Łukasz Nowak\./);
    }
    const fallback = pdfText(await renderPlanPdf(print(names), { compress: false, fonts: BASE_FONTS }));
    assert.match(fallback, /Dit is het plan van: Ayse Yilmaz, Lukasz Nowak\./);
    assert.match(fallback, /Over: Financiën\./, 'Dutch letters stay as they are');
  });
});

describe('toWinAnsi', () => {
  test('keeps Latin-1 and cp1252 characters, strips accents the base fonts lack, never garbles', () => {
    assert.equal(toWinAnsi('Financiën – € “ok”'), 'Financiën – € “ok”');
    assert.equal(toWinAnsi('Ayşe Yılmaz, Łukasz, Đorđe'), 'Ayse Yilmaz, Lukasz, Dorde');
    assert.equal(toWinAnsi('rust 😊 ≥ 2'), 'rust ? >= 2');
  });
});
