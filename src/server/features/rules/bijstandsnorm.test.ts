import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calculateBijstandsnorm, costSharerNorm, costSharerPercentage } from './bijstandsnorm.ts';
import { formatPercentage, roundHalfUp } from './money.ts';
import { household, housemate } from './test-households.ts';

/** The reference table (sociaal-domein.md §4), typed in again here on purpose: the data files must reproduce it. */
const OFFICIAL: Record<string, Record<string, string>> = {
  '2025-01-01': {
    single: '1345.45',
    couple: '1922.07',
    singleAow: '1501.07',
    coupleAow: '2053.48',
    single18: '332.17',
    couple18: '664.34',
    couple18Kids: '1048.75',
    mixed: '1293.21',
    mixedKids: '1677.62',
  },
  '2025-07-01': {
    single: '1369.06',
    couple: '1955.80',
    singleAow: '1530.21',
    coupleAow: '2094.98',
    single18: '337.98',
    couple18: '675.96',
    couple18Kids: '1067.12',
    mixed: '1315.88',
    mixedKids: '1707.04',
  },
  '2026-01-01': {
    single: '1401.50',
    couple: '2002.13',
    singleAow: '1564.69',
    coupleAow: '2144.16',
    single18: '345.99',
    couple18: '691.98',
    couple18Kids: '1092.41',
    mixed: '1347.06',
    mixedKids: '1747.49',
  },
  '2026-07-01': {
    single: '1419.46',
    couple: '2027.79',
    singleAow: '1587.34',
    coupleAow: '2176.10',
    single18: '350.42',
    couple18: '700.84',
    couple18Kids: '1106.40',
    mixed: '1364.32',
    mixedKids: '1769.88',
  },
};

const cents = (euros: string) => Math.round(Number(euros) * 100);

// Birth dates that put a person in the same age group on every date from 1-1-2025 to 31-12-2026.
const AGE_19 = '2006-03-01'; // 18 on 1-1-2025, 20 on 31-12-2026
const AGE_45 = '1980-05-01';
const AGE_52 = '1974-02-10';
const AOW = '1950-01-01';

function total(input: Parameters<typeof calculateBijstandsnorm>[0]): number {
  return calculateBijstandsnorm(input).totaalCent;
}

describe('every official amount, every category, every table date', () => {
  for (const [date, amounts] of Object.entries(OFFICIAL)) {
    // The first day of the period and a day in the middle of it.
    for (const peildatum of [date, `${date.slice(0, 5)}${date.slice(5, 7) === '01' ? '03' : '09'}-15`]) {
      test(`${peildatum}`, () => {
        const at = (input: Partial<Parameters<typeof household>[0]>) =>
          total(household({ peildatum, ...input }));
        assert.equal(at({ aanvrager: { geboortedatum: AGE_45 } }), cents(amounts.single!));
        assert.equal(
          at({ aanvrager: { geboortedatum: AGE_45 }, kinderenOnder18: 2 }),
          cents(amounts.single!),
        );
        assert.equal(
          at({ aanvrager: { geboortedatum: AGE_45 }, partner: { geboortedatum: AGE_52 } }),
          cents(amounts.couple!),
        );
        assert.equal(at({ aanvrager: { geboortedatum: AOW } }), cents(amounts.singleAow!));
        assert.equal(
          at({ aanvrager: { geboortedatum: AOW }, kinderenOnder18: 1 }),
          cents(amounts.singleAow!),
        );
        assert.equal(
          at({ aanvrager: { geboortedatum: AOW }, partner: { geboortedatum: AOW } }),
          cents(amounts.coupleAow!),
        );
        assert.equal(
          at({ aanvrager: { geboortedatum: AGE_45 }, partner: { geboortedatum: AOW } }),
          cents(amounts.coupleAow!),
        );
        assert.equal(
          at({ aanvrager: { geboortedatum: AOW }, partner: { geboortedatum: AGE_52 } }),
          cents(amounts.coupleAow!),
        );
        assert.equal(at({ aanvrager: { geboortedatum: AGE_19 } }), cents(amounts.single18!));
        assert.equal(
          at({ aanvrager: { geboortedatum: AGE_19 }, kinderenOnder18: 1 }),
          cents(amounts.single18!),
        );
        assert.equal(
          at({ aanvrager: { geboortedatum: AGE_19 }, partner: { geboortedatum: AGE_19 } }),
          cents(amounts.couple18!),
        );
        assert.equal(
          at({
            aanvrager: { geboortedatum: AGE_19 },
            partner: { geboortedatum: AGE_19 },
            kinderenOnder18: 1,
          }),
          cents(amounts.couple18Kids!),
        );
        assert.equal(
          at({ aanvrager: { geboortedatum: AGE_19 }, partner: { geboortedatum: AGE_45 } }),
          cents(amounts.mixed!),
        );
        assert.equal(
          at({ aanvrager: { geboortedatum: AGE_45 }, partner: { geboortedatum: AGE_19 } }),
          cents(amounts.mixed!),
        );
        assert.equal(
          at({
            aanvrager: { geboortedatum: AGE_45 },
            partner: { geboortedatum: AGE_19 },
            kinderenOnder18: 3,
          }),
          cents(amounts.mixedKids!),
        );
      });
    }
  }
});

describe('the kostendelersnorm percentage for A = 2 … 5', () => {
  test('((40 + 30A) / A)%', () => {
    assert.deepEqual(
      [2, 3, 4, 5].map((a) => formatPercentage(costSharerPercentage(a))),
      ['50,00%', '43,33%', '40,00%', '38,00%'],
    );
    assert.throws(() => costSharerPercentage(1), RangeError);
  });

  test('applied to B = € 2.002,13 (art. 21 b, 1-1-2026)', () => {
    assert.deepEqual(
      [2, 3, 4, 5].map((a) => roundHalfUp(costSharerNorm(200213, a))),
      [100107, 86759, 80085, 76081],
    );
  });

  test('a single claimant with 1 to 4 adult housemates', () => {
    const results = [1, 2, 3, 4].map((n) =>
      calculateBijstandsnorm(household({ medebewoners: Array.from({ length: n }, () => housemate()) })),
    );
    assert.deepEqual(
      results.map((r) => [r.kostendelers, r.percentageTekst, r.totaalCent]),
      [
        [2, '50,00%', 100107],
        [3, '43,33%', 86759],
        [4, '40,00%', 80085],
        [5, '38,00%', 76081],
      ],
    );
    assert.deepEqual(results[1]?.normB, { cent: 200213, artikel: 'art. 21 onderdeel b Participatiewet' });
    assert.equal(results[1]?.percentage, 43.3333);
    assert.equal(results[1]?.exactCent, '86758.9667');
  });

  test('a single claimant at AOW age uses B = art. 22 b', () => {
    const r = calculateBijstandsnorm(
      household({ aanvrager: { geboortedatum: AOW }, medebewoners: [housemate()] }),
    );
    assert.deepEqual(r.normB, { cent: 214416, artikel: 'art. 22 onderdeel b Participatiewet' });
    assert.equal(r.totaalCent, 107208);
  });
});

describe('couples with cost-sharers (art. 22a lid 1 and 2)', () => {
  test('both 21+: A includes both partners; the sum of both norms is rounded once', () => {
    const r = calculateBijstandsnorm(
      household({ peildatum: '2025-03-01', partner: { geboortedatum: AGE_52 }, medebewoners: [housemate()] }),
    );
    assert.equal(r.kostendelers, 3);
    // 2 × 43,33% × € 1.922,07 = 2 × 83289,7 cent = 166579,4 → 166579 (per person rounding would give 166580).
    assert.equal(r.exactCent, '166579.4000');
    assert.equal(r.totaalCent, 166579);
    assert.equal(r.delen.length, 2);
  });

  test('one partner at AOW age: B is art. 22 c for the younger and 22 b for the older partner', () => {
    const r = calculateBijstandsnorm(
      household({
        aanvrager: { geboortedatum: AGE_45 },
        partner: { geboortedatum: AOW },
        medebewoners: [housemate()],
      }),
    );
    assert.equal(r.categorie, 'gehuwden-aow');
    assert.match(r.delen[0]?.artikel ?? '', /art\. 22 onderdeel c/);
    assert.match(r.delen[1]?.artikel ?? '', /art\. 22 onderdeel b/);
    assert.equal(r.totaalCent, 185827); // 2 × 130/300 × 214416 = 185827,2
  });

  test('a partner of 21 to 26 counts in A although a housemate of that age would not', () => {
    const r = calculateBijstandsnorm(
      household({
        partner: { geboortedatum: '2002-01-01' },
        medebewoners: [housemate(), housemate({ geboortedatum: '2002-01-01' })],
      }),
    );
    assert.equal(r.kostendelers, 3);
    assert.equal(r.kostendelendeMedebewoners, 1);
  });
});

describe('young people and the kostendelersnorm (art. 20, 22a lid 1 and lid 3)', () => {
  test('a single claimant of 18-20 keeps the youth norm whoever lives in the home', () => {
    const r = calculateBijstandsnorm(
      household({
        aanvrager: { geboortedatum: AGE_19 },
        medebewoners: [
          housemate({ relatie: 'ouder' }),
          housemate({ relatie: 'ouder', geboortedatum: '1972-01-01' }),
        ],
      }),
    );
    assert.equal(r.totaalCent, 34599);
    assert.equal(r.kostendelersnormToegepast, false);
    assert.equal(r.kostendelendeMedebewoners, 2);
    assert.equal(r.kostendelers, 3);
    assert.ok(r.uitleg.some((s) => s.artikel.includes('art. 22a lid 1') && /jonger dan 21/.test(s.reden)));
    assert.ok(r.uitleg.some((s) => s.artikel.startsWith('art. 20 lid 3') && /€ 746,45/.test(s.reden)));
  });

  test('a couple both 18-20 keeps the youth norm with cost-sharers', () => {
    const r = calculateBijstandsnorm(
      household({
        aanvrager: { geboortedatum: AGE_19 },
        partner: { geboortedatum: AGE_19 },
        medebewoners: [housemate()],
      }),
    );
    assert.equal(r.totaalCent, 69198);
    assert.equal(r.kostendelersnormToegepast, false);
  });

  test("a mixed couple with cost-sharers: fixed young part plus the older partner's kostendelersnorm (lid 3)", () => {
    const oneSharer = calculateBijstandsnorm(
      household({
        aanvrager: { geboortedatum: AGE_19 },
        partner: { geboortedatum: AGE_45 },
        medebewoners: [housemate()],
      }),
    );
    // A = 1 housemate + the older partner; the young partner is not in A. 345,99 + 50% × 2.002,13 = 1.347,055.
    assert.equal(oneSharer.kostendelers, 2);
    assert.equal(oneSharer.totaalCent, 134706);
    assert.equal(oneSharer.delen[0]?.artikel, 'art. 22a lid 3 onderdeel b Participatiewet');
    assert.equal(oneSharer.delen[0]?.persoon, 'aanvrager');

    const twoSharersWithKids = calculateBijstandsnorm(
      household({
        aanvrager: { geboortedatum: AGE_45 },
        partner: { geboortedatum: AGE_19 },
        kinderenOnder18: 1,
        medebewoners: [housemate(), housemate()],
      }),
    );
    // 746,42 + 43,33% × 2.002,13 = 74642 + 86758,9667 = 161400,9667 → 161401.
    assert.equal(twoSharersWithKids.kostendelers, 3);
    assert.equal(twoSharersWithKids.totaalCent, 161401);
  });

  test('a mixed couple whose older partner has the AOW age uses B = art. 22 b', () => {
    const r = calculateBijstandsnorm(
      household({
        aanvrager: { geboortedatum: AOW },
        partner: { geboortedatum: AGE_19 },
        medebewoners: [housemate(), housemate()],
      }),
    );
    assert.equal(r.categorie, 'gehuwden-18-20-en-21-plus');
    assert.deepEqual(r.normB, { cent: 214416, artikel: 'art. 22 onderdeel b Participatiewet' });
    assert.equal(r.exactCent, '127512.6000'); // 34599 + 130/300 × 214416 = 34599 + 92913,6
    assert.equal(r.totaalCent, 127513);
  });
});

describe('date boundaries', () => {
  test('the day before and the day a new table starts', () => {
    const single = (peildatum: string) => total(household({ peildatum }));
    assert.equal(single('2025-06-30'), 134545);
    assert.equal(single('2025-07-01'), 136906);
    assert.equal(single('2025-12-31'), 136906);
    assert.equal(single('2026-01-01'), 140150);
    assert.equal(single('2026-06-30'), 140150);
    assert.equal(single('2026-07-01'), 141946);
    const result = calculateBijstandsnorm(household({ peildatum: '2026-07-01' }));
    assert.equal(result.tabel.id, 'participatiewet-normen-2026-07-01');
  });

  test('a housemate turning 27: the day before the peildatum and on the peildatum', () => {
    const turning27 = housemate({ relatie: 'kind', geboortedatum: '1999-01-16' });
    const dayBefore = calculateBijstandsnorm(
      household({ peildatum: '2026-01-15', medebewoners: [turning27] }),
    );
    const onTheDay = calculateBijstandsnorm(
      household({ peildatum: '2026-01-16', medebewoners: [turning27] }),
    );
    assert.equal(dayBefore.medebewoners[0]?.leeftijd, 26);
    assert.equal(dayBefore.totaalCent, 140150);
    assert.equal(onTheDay.medebewoners[0]?.leeftijd, 27);
    assert.equal(onTheDay.totaalCent, 100107);
  });

  test('the claimant turning 21 and reaching the AOW age', () => {
    assert.equal(
      total(household({ peildatum: '2026-01-14', aanvrager: { geboortedatum: '2005-01-15' } })),
      34599,
    );
    assert.equal(
      total(household({ peildatum: '2026-01-15', aanvrager: { geboortedatum: '2005-01-15' } })),
      140150,
    );
    assert.equal(
      total(household({ peildatum: '2026-03-09', aanvrager: { geboortedatum: '1959-03-10' } })),
      140150,
    );
    assert.equal(
      total(household({ peildatum: '2026-03-10', aanvrager: { geboortedatum: '1959-03-10' } })),
      156469,
    );
  });
});

describe('exceptions', () => {
  test('students (WSF 2000 / WTOS), BBL and commercial tenants outside the family do not count', () => {
    for (const exempt of [
      housemate({ studiefinanciering: true }),
      housemate({ bbl: true }),
      housemate({ commercieleHuur: true, relatie: 'geen-familie' }),
      housemate({ commercieleHuur: true, relatie: 'overige-familie' }),
    ]) {
      const r = calculateBijstandsnorm(household({ medebewoners: [exempt] }));
      assert.equal(r.totaalCent, 140150);
      assert.equal(r.kostendelersnormToegepast, false);
      assert.equal(r.medebewoners[0]?.telt, false);
    }
  });

  test('commercial rent from a first- or second-degree relative is no exception', () => {
    for (const relatie of ['kind', 'ouder', 'broer-zus', 'grootouder', 'kleinkind'] as const) {
      const r = calculateBijstandsnorm(
        household({ medebewoners: [housemate({ commercieleHuur: true, relatie })] }),
      );
      assert.equal(r.totaalCent, 100107, relatie);
      assert.match(r.medebewoners[0]?.reden ?? '', /geldt de uitzondering voor huurders niet/);
    }
  });

  test('a housemate who moved in to give mantelzorg still counts: art. 22a lid 4 is about the claimant', () => {
    const in2026 = calculateBijstandsnorm(household({ medebewoners: [housemate({ mantelzorg: true })] }));
    assert.equal(in2026.totaalCent, 100107);
    assert.equal(in2026.medebewoners[0]?.telt, true);
    assert.match(in2026.medebewoners[0]?.artikel ?? '', /art\. 22a lid 4/);
    const in2025 = calculateBijstandsnorm(
      household({ peildatum: '2025-10-01', medebewoners: [housemate({ mantelzorg: true })] }),
    );
    assert.equal(in2025.totaalCent, 97790); // 50% × € 1.955,80
    assert.match(in2025.medebewoners[0]?.reden ?? '', /geldt pas vanaf 1-1-2026/);
  });

  test('the claimant who temporarily lives here to give mantelzorg: no kostendelersnorm from 1-1-2026 (lid 4)', () => {
    const caring = (peildatum: string, extra: Partial<Parameters<typeof household>[0]> = {}) =>
      calculateBijstandsnorm(
        household({
          peildatum,
          aanvrager: { geboortedatum: AGE_45, mantelzorgElders: true },
          medebewoners: [housemate({ relatie: 'ouder', geboortedatum: '1948-04-04' }), housemate()],
          ...extra,
        }),
      );
    const single2026 = caring('2026-02-01');
    assert.equal(single2026.totaalCent, 140150);
    assert.equal(single2026.kostendelersnormToegepast, false);
    assert.equal(single2026.kostendelers, 3);
    assert.ok(
      single2026.uitleg.some(
        (s) => s.artikel === 'art. 22a lid 4 Participatiewet' && /geldt niet/.test(s.besluit),
      ),
    );

    // Before 1-1-2026 the provision does not exist: A = 3 → 43,33% × € 1.955,80.
    const single2025 = caring('2025-12-31');
    assert.equal(single2025.kostendelersnormToegepast, true);
    assert.equal(single2025.totaalCent, 84751);
    assert.ok(
      single2025.uitleg.some(
        (s) => s.artikel === 'art. 22a lid 4 Participatiewet' && /nog niet/.test(s.besluit),
      ),
    );

    // Lid 4 switches off all of art. 22a, lid 3 included: the mixed couple gets art. 20 lid 1 c.
    assert.equal(caring('2026-02-01', { partner: { geboortedatum: AGE_19 } }).totaalCent, 134706);
    assert.equal(caring('2026-02-01', { partner: { geboortedatum: AGE_52 } }).totaalCent, 200213);
  });

  test('the partner is never a housemate and children under 18 never count', () => {
    const r = calculateBijstandsnorm(household({ partner: { geboortedatum: AGE_52 }, kinderenOnder18: 4 }));
    assert.equal(r.kostendelers, 2);
    assert.equal(r.kostendelersnormToegepast, false);
    assert.equal(r.totaalCent, 200213);
  });
});

describe('the explanation', () => {
  test('names the table, the articles, A, B and the percentage, in order', () => {
    const r = calculateBijstandsnorm(
      household({
        medebewoners: [
          housemate({ naam: 'broer', relatie: 'broer-zus' }),
          housemate({ naam: 'student', studiefinanciering: true }),
          housemate({ naam: 'zoon', relatie: 'kind', geboortedatum: '2004-01-01' }),
        ],
      }),
    );
    const subjects = r.uitleg.map((s) => s.onderwerp);
    assert.deepEqual(subjects.slice(0, 8), [
      'Normentabel',
      'Leeftijd',
      'Leefvorm',
      'Wie telt als kostendeler',
      'Medebewoner 1',
      'Medebewoner 2',
      'Medebewoner 3',
      'Aantal kostendelers (A)',
    ]);
    assert.deepEqual(
      r.uitleg.map((s) => s.nummer),
      r.uitleg.map((_, i) => i + 1),
    );
    assert.match(r.uitleg[0]?.besluit ?? '', /participatiewet-normen-2026-01-01/);
    assert.equal(r.uitleg[4]?.besluit, 'Medebewoner 1 (broer) telt mee als kostendeler.');
    assert.equal(r.uitleg[5]?.besluit, 'Medebewoner 2 (student) telt niet mee als kostendeler.');
    assert.match(r.uitleg[5]?.artikel ?? '', /art\. 19a lid 1 onderdeel d/);
    assert.match(r.uitleg[6]?.reden ?? '', /22 jaar\. Alleen medebewoners van 27 jaar of ouder tellen mee/);
    assert.equal(r.uitleg[7]?.besluit, 'A = 2.');
    const formula = r.uitleg.find((s) => s.onderwerp === 'Kostendelersnorm voor de aanvrager');
    assert.match(formula?.reden ?? '', /Met A = 2 is dat 50,00%/);
    assert.match(formula?.artikel ?? '', /B uit art\. 21 onderdeel b/);
    for (const step of r.uitleg) {
      assert.ok(step.artikel.length > 0 && step.besluit.length > 0 && step.reden.length > 0, step.onderwerp);
    }
    assert.deepEqual(
      r.medebewoners.map((m) => [m.naam, m.telt]),
      [
        ['broer', true],
        ['student', false],
        ['zoon', false],
      ],
    );
  });
});
