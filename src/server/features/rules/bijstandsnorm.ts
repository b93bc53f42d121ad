import { ageOn, formatDutchDate, type IsoDate } from '../../lib/dates.ts';
import { type AowAge, aowAgeFor } from './aow-age.ts';
import { articleName } from './article-names.ts';
import { costSharerAgeOn } from './cost-sharer-age.ts';
import { checkHousehold } from './household-checks.ts';
import { assessHousemates, housemateLabel } from './housemates.ts';
import {
  add,
  type Fraction,
  formatCentsExact,
  formatEuro,
  formatPercentage,
  fraction,
  roundHalfUp,
} from './money.ts';
import { type NormAmountKey, type NormTable, normTableOn } from './norm-tables.ts';
import { defaultRuleParameters, type RuleParameters } from './rule-parameters.ts';
import type {
  BijstandsnormInvoer,
  BijstandsnormResultaat,
  Categorie,
  NormDeel,
  UitlegStap,
} from './rules.schemas.ts';

/**
 * The monthly bijstandsnorm of a household on a peildatum (Participatiewet art. 19a–22a), with its explanation.
 *
 * Decisions, each with its article (texts read at wetten.overheid.nl/BWBR0015703, versions 2025-01-01 to 2026-07-01):
 * - Age groups per person on the peildatum: 18–20 → art. 20; 21 up to the AOW age → art. 21; AOW age → art. 22.
 *   The AOW age is the "pensioengerechtigde leeftijd" of art. 1 sub m Pw, i.e. AOW art. 7a (aow-leeftijd.json).
 * - Art. 22a lid 1 applies only to "de belanghebbende van 21 jaar of ouder". A single claimant of 18–20 and a couple
 *   who are both 18–20 keep the art. 20 youth norm whoever else lives in the home: the kostendelersnorm does not apply.
 * - A couple with one spouse of 18–20 and one of 21+: without cost-sharers art. 20 lid 1/2 onderdeel c; with
 *   cost-sharers art. 22a lid 3: the fixed amount for the young spouse plus the art. 22a lid 1 norm of the older spouse.
 *   For that older spouse A counts the spouse only if 21+ (art. 22a lid 1), so the young spouse is not in A.
 * - A = cost-sharers (art. 19a) + the claimant + the spouse if 21 or older. The spouse counts in A from 21, while a
 *   housemate counts only from 27: that is the text of art. 22a lid 1 versus art. 19a lid 1.
 * - B per spouse (art. 22a lid 1): 21 b under the AOW age; 22 c under the AOW age with a spouse at AOW age; 22 b at the
 *   AOW age. A couple's norm is the sum of both individual norms (art. 22a lid 2).
 * - Norm per person = ((40 + A × 30) / A)% × B, computed exactly; the household total is rounded once to whole cents,
 *   half up.
 * - Known quirk of the text, implemented as worded: art. 20 lid 1/2 c (young spouse + spouse of 21+, no cost-sharers)
 *   has no AOW variant, but with cost-sharers lid 3 uses B = art. 22 b for a spouse at AOW age. For that rare couple a
 *   cost-sharer raises the norm. The explanation flags it; a property test pins it down.
 * - Art. 22a lid 4 (in force from 1-1-2026, read from the norm table). Found in the consolidated text
 *   wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel22a (and /2026-07-01), read through its mirror in
 *   github.com/MinBZK/regelrecht-corpus (regulation/nl/wet/participatiewet/2026-01-01.yaml); the 2025 versions have
 *   no lid 4. Web summaries (e.g. wyzer.nl on Participatiewet in balans: "de kostendelersnorm vervalt tijdelijk bij
 *   intensieve zorg") are broader than the text, which reads: "Dit artikel is niet van toepassing op de
 *   belanghebbende die voor het leveren van mantelzorg bij een intensieve zorgbehoefte tijdelijk gebruikmaakt van
 *   een hoofdverblijf elders." Implemented as worded: it switches off art. 22a (kostendelersnorm, lid 3 included) for
 *   the claimant who lives here temporarily to give care (`aanvrager.mantelzorgElders`; for a couple we assume both
 *   partners do). It is not an exception in art. 19a: a housemate who moved in to give care
 *   (`medebewoners[].mantelzorg`) still counts for the claimant; the explanation says so and points to art. 18 lid 1.
 */

type AgeGroup = '18-20' | '21-tot-aow' | 'aow';

type PersonOnDate = { age: number; group: AgeGroup; aow: AowAge; aowReached: boolean };

function personOn(birthDate: IsoDate, peildatum: IsoDate, params: RuleParameters): PersonOnDate {
  const age = ageOn(birthDate, peildatum);
  const aow = aowAgeFor(birthDate, params.aowAges);
  const aowReached = aow.vastgesteld ? peildatum >= aow.datum : false;
  const group: AgeGroup = aowReached ? 'aow' : age >= 21 ? '21-tot-aow' : '18-20';
  return { age, group, aow, aowReached };
}

const GROUP_LABEL: Record<AgeGroup, string> = {
  '18-20': '18, 19 of 20 jaar: artikel 20',
  '21-tot-aow': '21 jaar of ouder en jonger dan de AOW-leeftijd: artikel 21',
  aow: 'AOW-leeftijd bereikt: artikel 22',
};

function aowText(who: string, person: PersonOnDate): string {
  if (!person.aow.vastgesteld) {
    return `De AOW-leeftijd van ${who} staat nog niet vast; die is minimaal ${person.aow.minimaalJaren} jaar en ${person.aow.minimaalMaanden} maanden.`;
  }
  const age = `${person.aow.jaren} jaar${person.aow.maanden ? ` en ${person.aow.maanden} maanden` : ''}`;
  return (
    `De AOW-leeftijd van ${who} is ${age}. Die ${person.aowReached ? 'is bereikt' : 'wordt bereikt'} op ` +
    `${formatDutchDate(person.aow.datum)}.`
  );
}

class Explanation {
  readonly steps: UitlegStap[] = [];
  add(onderwerp: string, artikel: string, besluit: string, reden: string): void {
    this.steps.push({ nummer: this.steps.length + 1, onderwerp, artikel, besluit, reden });
  }
}

/** (40 + 30A) / A, as a percentage. */
export function costSharerPercentage(a: number): Fraction {
  if (!Number.isInteger(a) || a < 2)
    throw new RangeError('A is at least 2 when the kostendelersnorm applies');
  return fraction(40 + 30 * a, a);
}

/** ((40 + A × 30) / A)% × B in exact cents. */
export function costSharerNorm(bCents: number, a: number): Fraction {
  const pct = costSharerPercentage(a);
  return fraction(BigInt(bCents) * pct.numerator, 100n * pct.denominator);
}

function percentageNumber(pct: Fraction): number {
  return roundHalfUp(fraction(pct.numerator * 10000n, pct.denominator)) / 10000;
}

type Part = NormDeel & { exact: Fraction };

function fixedPart(
  persoon: NormDeel['persoon'],
  key: NormAmountKey,
  table: NormTable,
  omschrijving: string,
): Part {
  const cents = table.bedragenCent[key];
  const exact = fraction(cents);
  return { persoon, artikel: articleName(key), omschrijving, exact, exactCent: formatCentsExact(exact) };
}

function sharePart(persoon: 'aanvrager' | 'partner', bKey: NormAmountKey, a: number, table: NormTable): Part {
  const b = table.bedragenCent[bKey];
  const exact = costSharerNorm(b, a);
  return {
    persoon,
    artikel: `art. 22a lid 1 Participatiewet, B uit ${articleName(bKey)}`,
    omschrijving: `${formatPercentage(costSharerPercentage(a))} van ${formatEuro(b)} (A = ${a})`,
    exact,
    exactCent: formatCentsExact(exact),
  };
}

/** B for one spouse or a single claimant (art. 22a lid 1 onderdelen a–c). */
function bKeyFor(self: PersonOnDate, spouse: PersonOnDate | undefined): NormAmountKey {
  if (self.aowReached) return '22.b';
  if (spouse?.aowReached) return '22.c';
  return '21.b';
}

export function calculateBijstandsnorm(
  input: BijstandsnormInvoer,
  params: RuleParameters = defaultRuleParameters(),
): BijstandsnormResultaat {
  checkHousehold(input, params);
  const { peildatum } = input;
  const table = normTableOn(peildatum, params.normTables);
  const costSharerAge = costSharerAgeOn(peildatum, params.costSharerAges);
  const uitleg = new Explanation();

  uitleg.add(
    'Normentabel',
    'art. 20 tot en met 22a Participatiewet',
    `Gebruikt: tabel ${table.id} (geldig van ${formatDutchDate(table.geldigVanaf)} tot en met ${formatDutchDate(table.geldigTotEnMet)}).`,
    `De peildatum is ${formatDutchDate(peildatum)}. Die valt in deze periode. De normen veranderen elk half jaar ` +
      '(1 januari en 1 juli). Alle bedragen zijn per maand en inclusief vakantietoeslag.',
  );

  const applicant = personOn(input.aanvrager.geboortedatum, peildatum, params);
  const partner = input.partner ? personOn(input.partner.geboortedatum, peildatum, params) : undefined;
  uitleg.add(
    'Leeftijd',
    'art. 1 onderdeel m en art. 20 tot en met 22 Participatiewet; art. 7a Algemene Ouderdomswet',
    `Aanvrager: ${applicant.age} jaar (${GROUP_LABEL[applicant.group]}).` +
      (partner ? ` Partner: ${partner.age} jaar (${GROUP_LABEL[partner.group]}).` : ''),
    ['De leeftijd op de peildatum bepaalt welk artikel geldt.']
      .concat(applicant.age >= 21 ? [aowText('de aanvrager', applicant)] : [])
      .concat(partner && partner.age >= 21 ? [aowText('de partner', partner)] : [])
      .join(' '),
  );

  const kids = input.kinderenOnder18 > 0;
  const leefvorm = partner ? 'gehuwden' : kids ? 'alleenstaande-ouder' : 'alleenstaande';
  uitleg.add(
    'Leefvorm',
    partner ? 'art. 3 Participatiewet' : 'art. 4 lid 1 Participatiewet',
    partner
      ? 'De aanvrager en de partner krijgen samen de norm voor gehuwden.'
      : kids
        ? 'De aanvrager is een alleenstaande ouder.'
        : 'De aanvrager is alleenstaand.',
    partner
      ? 'Getrouwd, geregistreerd partner of samenwonend met een gezamenlijke huishouding telt als gehuwd.'
      : kids
        ? `Er ${input.kinderenOnder18 === 1 ? 'is 1 kind' : `zijn ${input.kinderenOnder18} kinderen`} jonger dan 18. ` +
          'Een alleenstaande ouder krijgt dezelfde norm als een alleenstaande.'
        : 'Er is geen partner en er zijn geen kinderen jonger dan 18.',
  );

  const lid4InForce = table.bepalingen['22a.4'];
  const housemates = assessHousemates(input.medebewoners, peildatum, {
    costSharerAge: costSharerAge.leeftijd,
    article22aLid4InForce: lid4InForce,
  });
  uitleg.add(
    'Wie telt als kostendeler',
    'art. 19a lid 1 Participatiewet',
    `Een medebewoner telt mee vanaf ${costSharerAge.leeftijd} jaar.`,
    `Deze leeftijd geldt vanaf ${formatDutchDate(costSharerAge.geldigVanaf)}` +
      (costSharerAge.leeftijd === 27 ? ' (daarvoor was het 21 jaar).' : '.') +
      ' De partner telt nooit als medebewoner. Ook niet mee tellen: wie tegen een commerciële prijs huurt en geen ' +
      'familie in de eerste of tweede graad is, en wie studiefinanciering (WSF 2000), een WTOS-tegemoetkoming of een ' +
      'bbl-opleiding heeft.',
  );
  if (housemates.length === 0) {
    uitleg.add(
      'Medebewoners',
      'art. 19a lid 1 Participatiewet',
      'Er zijn geen medebewoners.',
      'Er wonen geen andere personen in de woning.',
    );
  }
  for (const h of housemates) {
    uitleg.add(
      `Medebewoner ${h.nummer}`,
      h.artikel,
      `${housemateLabel(input.medebewoners[h.nummer - 1]!, h.nummer - 1)} telt ${h.telt ? '' : 'niet '}mee als kostendeler.`,
      h.reden,
    );
  }

  const costSharingHousemates = housemates.filter((h) => h.telt).length;
  // A counts the belanghebbende and "zijn echtgenoot van 21 jaar of ouder" (art. 22a lid 1). In a couple with one
  // spouse under 21 the belanghebbende for lid 1 is the older spouse (lid 3), so the young spouse is not in A.
  const adultsOfClaim = partner ? [applicant, partner].filter((p) => p.age >= 21).length : 1;
  const a = costSharingHousemates + Math.max(1, adultsOfClaim);
  const claimInA = !partner
    ? ' + de aanvrager'
    : adultsOfClaim === 2
      ? ' + de aanvrager + de partner (beiden 21 jaar of ouder)'
      : adultsOfClaim === 1
        ? ` + de ${applicant.age >= 21 ? 'aanvrager' : 'partner'} (21 jaar of ouder); de ${applicant.age >= 21 ? 'partner' : 'aanvrager'} is jonger dan 21 en telt niet mee in A`
        : ' + de aanvrager; de partner is jonger dan 21 en telt niet mee in A';
  uitleg.add(
    'Aantal kostendelers (A)',
    'art. 22a lid 1 Participatiewet',
    `A = ${a}.`,
    `${costSharingHousemates} kostendelende ${costSharingHousemates === 1 ? 'medebewoner' : 'medebewoners'}${claimInA}.`,
  );

  const lid4Claimed = input.aanvrager.mantelzorgElders === true;
  const lid4Applies = lid4Claimed && lid4InForce;
  if (lid4Claimed) {
    uitleg.add(
      'Mantelzorg (tijdelijk elders wonen)',
      'art. 22a lid 4 Participatiewet',
      lid4Applies
        ? 'De kostendelersnorm (artikel 22a) geldt niet voor deze aanvraag.'
        : 'Deze uitzondering geldt op de peildatum nog niet.',
      lid4Applies
        ? 'De aanvrager woont tijdelijk hier om mantelzorg te geven bij een intensieve zorgbehoefte. Artikel 22a lid 4 zegt ' +
            'dat artikel 22a dan niet geldt. We rekenen daarom met de norm zonder kostendelers.' +
            (partner ? ' We gaan ervan uit dat dit voor beide partners geldt.' : '')
        : `Artikel 22a lid 4 geldt vanaf 1-1-2026. De peildatum ${formatDutchDate(peildatum)} ligt daarvoor. ` +
            'Het college kan wel maatwerk bieden (art. 18 lid 1).',
    );
  }

  let categorie: Categorie;
  let parts: Part[];
  let applied = false;
  let bKey: NormAmountKey | null = null;

  const noCostSharing = costSharingHousemates === 0 || lid4Applies;
  const whyNoCostSharing =
    costSharingHousemates === 0
      ? 'Er zijn geen kostendelende medebewoners.'
      : 'Artikel 22a lid 4 is van toepassing.';

  if (!partner) {
    if (applicant.group === '18-20') {
      categorie = 'alleenstaande-18-20';
      const key: NormAmountKey = kids ? '20.2.a' : '20.1.a';
      parts = [
        fixedPart(
          'aanvrager',
          key,
          table,
          kids ? 'Alleenstaande ouder van 18, 19 of 20 jaar' : 'Alleenstaande van 18, 19 of 20 jaar',
        ),
      ];
      uitleg.add(
        'Norm',
        `${articleName(key)}; art. 22a lid 1 Participatiewet`,
        `Jongerennorm: ${formatEuro(table.bedragenCent[key])}.`,
        'De aanvrager is jonger dan 21. Dan geldt de jongerennorm van artikel 20. De kostendelersnorm geldt alleen voor ' +
          'een aanvrager van 21 jaar of ouder (art. 22a lid 1)' +
          (costSharingHousemates > 0 ? ', dus de kostendelers veranderen deze norm niet.' : '.'),
      );
    } else {
      const aow = applicant.group === 'aow';
      categorie = aow ? 'alleenstaande-aow' : 'alleenstaande-21-tot-aow';
      if (noCostSharing) {
        const key: NormAmountKey = aow ? '22.a' : '21.a';
        parts = [
          fixedPart('aanvrager', key, table, 'Alleenstaande (ouder) zonder kostendelende medebewoners'),
        ];
        uitleg.add(
          'Norm',
          articleName(key),
          `Norm voor een alleenstaande (ouder) zonder kostendelers: ${formatEuro(table.bedragenCent[key])}.`,
          `${whyNoCostSharing} ${aow ? 'De aanvrager heeft de AOW-leeftijd.' : 'De aanvrager is 21 jaar of ouder en jonger dan de AOW-leeftijd.'}`,
        );
      } else {
        applied = true;
        bKey = aow ? '22.b' : '21.b';
        parts = [sharePart('aanvrager', bKey, a, table)];
      }
    }
  } else if (applicant.group === '18-20' && partner.group === '18-20') {
    categorie = 'gehuwden-beiden-18-20';
    const key: NormAmountKey = kids ? '20.2.b' : '20.1.b';
    parts = [
      fixedPart(
        'gehuwden',
        key,
        table,
        `Gehuwden, beiden 18, 19 of 20 jaar, ${kids ? 'met' : 'zonder'} kinderen`,
      ),
    ];
    uitleg.add(
      'Norm',
      `${articleName(key)}; art. 22a lid 1 Participatiewet`,
      `Jongerennorm voor gehuwden: ${formatEuro(table.bedragenCent[key])}.`,
      `Beide partners zijn jonger dan 21 en ze hebben ${kids ? 'wel' : 'geen'} kinderen jonger dan 18. De kostendelersnorm ` +
        'geldt alleen voor een aanvrager van 21 jaar of ouder (art. 22a lid 1)' +
        (costSharingHousemates > 0 ? ', dus de kostendelers veranderen deze norm niet.' : '.'),
    );
  } else if (applicant.group === '18-20' || partner.group === '18-20') {
    categorie = 'gehuwden-18-20-en-21-plus';
    const youngIsApplicant = applicant.group === '18-20';
    const older = youngIsApplicant ? partner : applicant;
    if (noCostSharing) {
      const key: NormAmountKey = kids ? '20.2.c' : '20.1.c';
      parts = [
        fixedPart(
          'gehuwden',
          key,
          table,
          `Gehuwden, één van 18-20 en één van 21 of ouder, ${kids ? 'met' : 'zonder'} kinderen`,
        ),
      ];
      uitleg.add(
        'Norm',
        articleName(key),
        `Norm voor gehuwden van wie één partner 18, 19 of 20 jaar is: ${formatEuro(table.bedragenCent[key])}.`,
        `${whyNoCostSharing} De ${youngIsApplicant ? 'aanvrager' : 'partner'} is jonger dan 21, de ander is 21 of ouder.`,
      );
    } else {
      applied = true;
      const youngKey: NormAmountKey = kids ? '22a.3.a' : '22a.3.b';
      bKey = bKeyFor(older, undefined);
      parts = [
        fixedPart(
          youngIsApplicant ? 'aanvrager' : 'partner',
          youngKey,
          table,
          `Vast bedrag voor de partner van 18, 19 of 20 jaar, ${kids ? 'met' : 'zonder'} kinderen`,
        ),
        sharePart(youngIsApplicant ? 'partner' : 'aanvrager', bKey, a, table),
      ];
      if (older.aowReached) {
        const withoutSharers: NormAmountKey = kids ? '20.2.c' : '20.1.c';
        uitleg.add(
          'Let op: bijzondere uitkomst',
          `${articleName(withoutSharers)}; art. 22a lid 1 en 3 Participatiewet`,
          'We volgen de tekst van de wet, ook al wordt de norm hierdoor hoger dan zonder kostendelers.',
          `Zonder kostendelers geldt ${articleName(withoutSharers)} (${formatEuro(table.bedragenCent[withoutSharers])}); dat ` +
            'bedrag maakt geen onderscheid voor een partner met de AOW-leeftijd. Met kostendelers is B voor de partner ' +
            'met de AOW-leeftijd de hogere norm van artikel 22 onderdeel b. Laat deze uitkomst controleren.',
        );
      }
      uitleg.add(
        'Norm voor de jongste partner',
        articleName(youngKey),
        `Vast bedrag: ${formatEuro(table.bedragenCent[youngKey])}.`,
        'Bij gehuwden van wie één partner 18, 19 of 20 jaar is en met kostendelers, krijgt de jongste partner een vast ' +
          'bedrag. Voor de oudste partner geldt de kostendelersnorm (art. 22a lid 3).',
      );
    }
  } else {
    const anyAow = applicant.aowReached || partner.aowReached;
    categorie = anyAow ? 'gehuwden-aow' : 'gehuwden-beiden-21-tot-aow';
    if (noCostSharing) {
      const key: NormAmountKey =
        applicant.aowReached && partner.aowReached ? '22.b' : anyAow ? '22.c' : '21.b';
      parts = [fixedPart('gehuwden', key, table, 'Gehuwden zonder kostendelende medebewoners')];
      uitleg.add(
        'Norm',
        articleName(key),
        `Norm voor gehuwden zonder kostendelers: ${formatEuro(table.bedragenCent[key])}.`,
        `${whyNoCostSharing} ` +
          (key === '22.b'
            ? 'Beide partners hebben de AOW-leeftijd.'
            : key === '22.c'
              ? 'Eén partner heeft de AOW-leeftijd, de ander is 21 of ouder.'
              : 'Beide partners zijn 21 of ouder en jonger dan de AOW-leeftijd.'),
      );
    } else {
      applied = true;
      bKey = bKeyFor(applicant, partner);
      parts = [
        sharePart('aanvrager', bKey, a, table),
        sharePart('partner', bKeyFor(partner, applicant), a, table),
      ];
    }
  }

  let percentage: Fraction | null = null;
  if (applied) {
    percentage = costSharerPercentage(a);
    for (const part of parts.filter((p) => p.artikel.startsWith('art. 22a lid 1'))) {
      const who = part.persoon === 'aanvrager' ? 'de aanvrager' : 'de partner';
      uitleg.add(
        `Kostendelersnorm voor ${who}`,
        part.artikel,
        `Norm voor ${who}: ${part.omschrijving} = ${part.exactCent.replace('.', ',')} cent (nog niet afgerond).`,
        `Er ${costSharingHousemates === 1 ? 'is 1 kostendelende medebewoner' : `zijn ${costSharingHousemates} kostendelende medebewoners`}. ` +
          `De formule is ((40 + A × 30) / A)% × B. Met A = ${a} is dat ${formatPercentage(percentage)}. ` +
          `B is de norm voor gehuwden uit ${part.artikel.replace(/^.*B uit /, '')}.`,
      );
    }
    if (partner && parts.length === 2) {
      uitleg.add(
        'Norm voor gehuwden',
        parts.some((p) => p.artikel.startsWith('art. 22a lid 3'))
          ? 'art. 22a lid 3 Participatiewet'
          : 'art. 22a lid 2 Participatiewet',
        'De norm van het huishouden is de som van de normen van beide partners.',
        'Bij gehuwden met kostendelers krijgt elke partner een eigen norm. Die tellen we op.',
      );
    }
  }

  const exact = parts.reduce<Fraction>((sum, part) => add(sum, part.exact), fraction(0));
  const totaalCent = roundHalfUp(exact);
  uitleg.add(
    'Afronding',
    'rekenregel Regie (de wet schrijft geen afronding voor)',
    `Totaal per maand: ${formatEuro(totaalCent)}.`,
    `Regie rekent in hele en delen van centen. Het exacte bedrag is ${formatCentsExact(exact).replace('.', ',')} cent. ` +
      'We ronden één keer af, aan het eind, op hele centen (vanaf een halve cent naar boven).',
  );

  const youngster =
    applicant.group === '18-20' ? 'de aanvrager' : partner?.group === '18-20' ? 'de partner' : undefined;
  if (youngster) {
    const raise = table.bedragenCent['20.3'];
    uitleg.add(
      'Let op: jongeren',
      raise !== undefined ? 'art. 20 lid 3 en 4 Participatiewet' : 'art. 12 Participatiewet',
      'Niet in dit bedrag: een mogelijke verhoging voor jongeren.',
      raise !== undefined
        ? `Kan ${youngster} voor de kosten van levensonderhoud geen beroep doen op de ouders, dan verhoogt het college ` +
            `de norm met ${formatEuro(raise)} (art. 20 lid 3), tot ten hoogste de norm voor 21 jaar of ouder (lid 4).`
        : `Kan ${youngster} geen beroep doen op de ouders, dan kan het college aanvullende bijzondere bijstand geven (art. 12).`,
    );
  }
  uitleg.add(
    'Niet meegenomen',
    'art. 18 lid 1, 23, 24, 27 en 28 Participatiewet',
    'Deze berekening geeft de wettelijke norm. Het college kan in een besluit nog afwijken.',
    'Niet meegenomen zijn: maatwerk (art. 18 lid 1), verblijf in een inrichting (art. 23), een partner zonder recht ' +
      'op bijstand (art. 24), een lagere norm door de woonsituatie (art. 27) of na een studie (art. 28), en een ' +
      'medehuurder met een commercieel contract bij dezelfde verhuurder (art. 19a lid 1 onderdeel c).',
  );

  return {
    peildatum,
    totaalCent,
    totaalTekst: formatEuro(totaalCent),
    kostendelers: a,
    kostendelendeMedebewoners: costSharingHousemates,
    kostendelersnormToegepast: applied,
    categorie,
    leefvorm,
    normB: applied && bKey ? { cent: table.bedragenCent[bKey], artikel: articleName(bKey) } : null,
    percentage: percentage ? percentageNumber(percentage) : null,
    percentageTekst: percentage ? formatPercentage(percentage) : null,
    exactCent: formatCentsExact(exact),
    delen: parts.map(({ exact: _exact, ...part }) => part),
    medebewoners: housemates,
    tabel: {
      id: table.id,
      geldigVanaf: table.geldigVanaf,
      geldigTotEnMet: table.geldigTotEnMet,
      bronnen: table.bronnen,
    },
    aowLeeftijdTabel: { id: params.aowAges.id, bronnen: params.aowAges.bronnen },
    kostendelerLeeftijd: costSharerAge.leeftijd,
    uitleg: uitleg.steps,
  };
}
