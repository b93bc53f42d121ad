/**
 * The indicator catalogue (issue 7, item 1) as data. Every indicator has a stable code and numbered versions: a new
 * definition is a new version with the date it applies from, and old versions stay listed so a published figure can
 * always be traced to the definition it was computed with. The computation of each code lives in queries/.
 */

export type PeriodType = 'maand' | 'halfjaar';
export type Breakdown = 'wijk' | 'partnertype' | 'team' | 'huishoudtype';

/**
 * One figure of an indicator. `aantal` is a count (of households or cases, unless `counts` says otherwise) and is
 * suppressed under the threshold; a count of `medewerkers` is about staff, not residents, and is never suppressed.
 * Signals and inhabitants are suppressed like households: each signal is about one household. `aandeel`
 * (percentage) and `per1000` publish only when their numerator and denominator do; `mediaan` and `maximum` only
 * when their `base` count does (with one or two regisseurs a median would give the count away).
 */
export type Measure =
  | { key: string; label: string; kind: 'aantal'; counts?: 'signalen' | 'personen' | 'medewerkers' }
  | { key: string; label: string; kind: 'aandeel' | 'per1000'; numerator: string; denominator: string }
  | { key: string; label: string; kind: 'mediaan' | 'maximum'; unit: 'dagen' | 'zaken'; base: string };

/**
 * A sum that holds in every row: `total` = the sum of `parts`. Suppression uses these to make sure a hidden count
 * cannot be worked out from the ones that are shown.
 */
export type AdditiveGroup = { total: string; parts: string[] };

export type IndicatorVersion = {
  version: number;
  /** The first day this definition applies (YYYY-MM-DD). */
  validFrom: string;
  title: string;
  explanation: string;
  counted: string;
  numerator: string | null;
  denominator: string | null;
  unit: string;
  periodType: PeriodType;
  /** At most one breakdown per indicator: the total row is the same figure whether or not a breakdown is asked. */
  breakdowns: Breakdown[];
  source: string;
  measures: Measure[];
  /** Within-row sums. Every `aantal` of a breakdown row also adds up to the total row, unless `notAdditive` names it. */
  additive: AdditiveGroup[];
  notAdditive?: string[];
};

export type Indicator = { code: string; versions: IndicatorVersion[] };

const stapeling: IndicatorVersion = {
  version: 1,
  validFrom: '2025-01-01',
  title: 'Stapeling van voorzieningen',
  explanation:
    'Hoeveel huishoudens een voorziening hebben onder 1, 2 of 3 wetten (Wmo, Jeugdwet, Participatiewet), en welke ' +
    'combinatie. Van de huishoudens met 2 of meer wetten: hoeveel één open zaak hebben met een regisseur die de ' +
    'rol heeft aangenomen, en een plan.',
  counted:
    'Huishoudens met een toegekende voorziening onder de Wmo, de Jeugdwet of de Participatiewet die loopt op de ' +
    'laatste dag van het halfjaar (of vandaag, als het halfjaar nog loopt).',
  numerator: 'Huishoudens met 2 of meer wetten en één open zaak met een aangenomen regisseur en een plan',
  denominator: 'Huishoudens met 2 of meer wetten',
  unit: 'aantal huishoudens; percentage',
  periodType: 'halfjaar',
  breakdowns: ['wijk'],
  source: 'CBS Monitor Sociaal Domein, stapeling (StatLine 85375NED, 85637NED, 85994NED)',
  measures: [
    { key: 'huishoudens', label: 'Huishoudens met een voorziening', kind: 'aantal' },
    { key: 'wetten1', label: '1 wet', kind: 'aantal' },
    { key: 'wetten2', label: '2 wetten', kind: 'aantal' },
    { key: 'wetten3', label: '3 wetten', kind: 'aantal' },
    { key: 'alleenJeugd', label: 'Alleen Jeugd', kind: 'aantal' },
    { key: 'alleenPwet', label: 'Alleen P-wet', kind: 'aantal' },
    { key: 'alleenWmo', label: 'Alleen Wmo', kind: 'aantal' },
    { key: 'jeugdPwet', label: 'Jeugd en P-wet', kind: 'aantal' },
    { key: 'jeugdWmo', label: 'Jeugd en Wmo', kind: 'aantal' },
    { key: 'pwetWmo', label: 'P-wet en Wmo', kind: 'aantal' },
    { key: 'wetten2plus', label: '2 of meer wetten', kind: 'aantal' },
    { key: 'eenPlanEenRegisseur', label: '2 of meer wetten, met één plan en één regisseur', kind: 'aantal' },
    { key: 'zonderPlanOfRegisseur', label: '2 of meer wetten, zonder plan of regisseur', kind: 'aantal' },
    {
      key: 'aandeelEenPlanEenRegisseur',
      label: 'Aandeel met één plan en één regisseur',
      kind: 'aandeel',
      numerator: 'eenPlanEenRegisseur',
      denominator: 'wetten2plus',
    },
  ],
  // "Jeugd P-wet en Wmo" is exactly the 3-laws count, so it is not a separate figure.
  additive: [
    { total: 'huishoudens', parts: ['wetten1', 'wetten2', 'wetten3'] },
    { total: 'wetten1', parts: ['alleenJeugd', 'alleenPwet', 'alleenWmo'] },
    { total: 'wetten2', parts: ['jeugdPwet', 'jeugdWmo', 'pwetWmo'] },
    { total: 'wetten2plus', parts: ['wetten2', 'wetten3'] },
    { total: 'wetten2plus', parts: ['eenPlanEenRegisseur', 'zonderPlanOfRegisseur'] },
  ],
};

/** Both case indicators share these counts, so they suppress them the same way (one cannot undo the other). */
const openCaseMeasures: Measure[] = [
  { key: 'openZaken', label: 'Open zaken', kind: 'aantal' },
  { key: 'metRegisseur', label: 'Met een aangenomen regisseur', kind: 'aantal' },
  { key: 'zonderRegisseur', label: 'Zonder aangenomen regisseur', kind: 'aantal' },
];
const openCaseAdditive: AdditiveGroup[] = [
  { total: 'openZaken', parts: ['metRegisseur', 'zonderRegisseur'] },
];

const zakenZonderRegisseur: IndicatorVersion = {
  version: 1,
  validFrom: '2025-01-01',
  title: 'Open zaken zonder regisseur',
  explanation:
    'Hoeveel open zaken op de laatste dag van de maand geen regisseur hebben die de rol heeft aangenomen. Een ' +
    'regisseur die de zaak alleen aangeboden kreeg, telt nog niet.',
  counted:
    'Zaken van huishoudens die open zijn op de laatste dag van de maand (of vandaag, als de maand nog loopt).',
  numerator: 'Open zaken zonder aangenomen regisseur',
  denominator: 'Open zaken',
  unit: 'aantal zaken; percentage',
  periodType: 'maand',
  breakdowns: ['team'],
  source: 'Regie: één huishouden, één plan, één regisseur (issue 7)',
  measures: [
    ...openCaseMeasures,
    {
      key: 'aandeelZonderRegisseur',
      label: 'Aandeel zonder regisseur',
      kind: 'aandeel',
      numerator: 'zonderRegisseur',
      denominator: 'openZaken',
    },
  ],
  additive: openCaseAdditive,
};

const signalenPer1000: IndicatorVersion = {
  version: 1,
  validFrom: '2025-01-01',
  title: 'Signalen per 1.000 inwoners',
  explanation:
    'Hoeveel signalen per maand binnenkomen, per 1.000 inwoners, naar het soort organisatie dat het signaal ' +
    'stuurde. Signalen uit een bestand van een signaalplatform hebben geen eigen organisatie: die staan bij ' +
    '"Onbekend".',
  counted:
    'Signalen (vroegsignalen en zorgsignalen) die in de maand binnenkwamen (datum van ontvangst in Nederland).',
  numerator: 'Signalen in de maand',
  denominator: 'Inwoners: personen die nu in een huishouden in de gemeente wonen',
  unit: 'per 1.000 inwoners per maand',
  periodType: 'maand',
  breakdowns: ['partnertype'],
  source: 'Divosa monitor vroegsignalering (landelijk ongeveer 4,4 per 1.000 inwoners per maand)',
  measures: [
    { key: 'signalen', label: 'Signalen', kind: 'aantal', counts: 'signalen' },
    { key: 'inwoners', label: 'Inwoners', kind: 'aantal', counts: 'personen' },
    {
      key: 'signalenPer1000',
      label: 'Signalen per 1.000 inwoners',
      kind: 'per1000',
      numerator: 'signalen',
      denominator: 'inwoners',
    },
  ],
  additive: [],
  notAdditive: ['inwoners'],
};

const vroegsignalering: IndicatorVersion = {
  version: 1,
  validFrom: '2025-01-01',
  title: 'Vroegsignalering: bereik en snelheid',
  explanation:
    'Van de vroegsignaalzaken die in de maand openden: hoeveel bewoners we bereikten, hoeveel dagen het duurde tot ' +
    'de eerste contactpoging, en hoe vaak die eerste poging binnen de termijn van de gemeente viel (bij een ' +
    'crisissignaal 3 werkdagen, Wgs art. 4 lid 2).',
  counted:
    'Vroegsignaalzaken die in de maand openden. De termijn is de vroegste termijn van de signalen van de zaak, ' +
    'zoals Regie die bij binnenkomst uitrekende (werkdagen volgens de Algemene termijnenwet).',
  numerator:
    'Bereik: zaken met minstens één contactpoging waarbij de bewoner bereikt is. Binnen termijn: zaken met de eerste ' +
    'contactpoging op of voor de laatste dag van de termijn.',
  denominator:
    'Bereik: alle zaken. Binnen termijn: zaken waarvan de termijn voorbij is of die al een contactpoging hebben.',
  unit: 'aantal zaken; percentage; dagen (mediaan)',
  periodType: 'maand',
  breakdowns: [],
  source: 'DDAS-model vroegsignalering v1.2: bereik (contactpoging bereikt) en doorlooptijd; Wgs art. 4',
  measures: [
    { key: 'zaken', label: 'Vroegsignaalzaken', kind: 'aantal' },
    { key: 'bereikt', label: 'Bewoner bereikt', kind: 'aantal' },
    { key: 'nietBereikt', label: 'Bewoner (nog) niet bereikt', kind: 'aantal' },
    { key: 'bereik', label: 'Bereik', kind: 'aandeel', numerator: 'bereikt', denominator: 'zaken' },
    { key: 'gecontacteerd', label: 'Met een contactpoging', kind: 'aantal' },
    { key: 'nietGecontacteerd', label: 'Zonder contactpoging', kind: 'aantal' },
    {
      key: 'mediaanDagenTotContact',
      label: 'Mediaan dagen van signaal tot eerste contactpoging',
      kind: 'mediaan',
      unit: 'dagen',
      base: 'gecontacteerd',
    },
    { key: 'beoordeeld', label: 'Termijn voorbij of contact gehad', kind: 'aantal' },
    { key: 'binnenTermijn', label: 'Eerste contactpoging binnen de termijn', kind: 'aantal' },
    { key: 'buitenTermijn', label: 'Eerste contactpoging te laat of niet', kind: 'aantal' },
    { key: 'termijnLoopt', label: 'Termijn loopt nog', kind: 'aantal' },
    {
      key: 'aandeelBinnenTermijn',
      label: 'Aandeel eerste contactpoging binnen de termijn',
      kind: 'aandeel',
      numerator: 'binnenTermijn',
      denominator: 'beoordeeld',
    },
  ],
  additive: [
    { total: 'zaken', parts: ['bereikt', 'nietBereikt'] },
    { total: 'zaken', parts: ['gecontacteerd', 'nietGecontacteerd'] },
    { total: 'zaken', parts: ['beoordeeld', 'termijnLoopt'] },
    { total: 'beoordeeld', parts: ['binnenTermijn', 'buitenTermijn'] },
  ],
};

const caseload: IndicatorVersion = {
  version: 1,
  validFrom: '2025-01-01',
  title: 'Caseload per regisseur',
  explanation:
    'Hoeveel open zaken een regisseur heeft op de laatste dag van de maand: de mediaan en het hoogste aantal, per ' +
    'team dat de zaken heeft. Alleen regisseurs die de rol hebben aangenomen tellen mee.',
  counted:
    'Open zaken met een aangenomen regisseur op de laatste dag van de maand (of vandaag, als de maand nog loopt).',
  numerator: 'Open zaken met een aangenomen regisseur',
  denominator: 'Regisseurs met minstens één open zaak',
  unit: 'zaken per regisseur (mediaan en maximum)',
  periodType: 'maand',
  breakdowns: ['team'],
  source: 'Regie: caseload (issue 7)',
  measures: [
    ...openCaseMeasures,
    { key: 'regisseurs', label: 'Regisseurs', kind: 'aantal', counts: 'medewerkers' },
    {
      key: 'mediaanCaseload',
      label: 'Mediaan zaken per regisseur',
      kind: 'mediaan',
      unit: 'zaken',
      base: 'metRegisseur',
    },
    {
      key: 'maximumCaseload',
      label: 'Hoogste aantal zaken van één regisseur',
      kind: 'maximum',
      unit: 'zaken',
      base: 'metRegisseur',
    },
  ],
  additive: openCaseAdditive,
  // A regisseur can work for several teams, so the team rows do not add up to the municipality's number.
  notAdditive: ['regisseurs'],
};

const samenhangHuishoudtype: IndicatorVersion = {
  version: 1,
  validFrom: '2025-01-01',
  title: 'Samenhang per huishoudtype',
  explanation:
    'Voor Toezicht Sociaal Domein: per soort huishouden hoeveel huishoudens hulp krijgen onder 1, 2 of 3 wetten ' +
    '(Wmo, Jeugdwet, Participatiewet); van de huishoudens met 2 of meer wetten hoeveel één open zaak hebben met een ' +
    'regisseur die de rol heeft aangenomen en een plan; en hoe snel zaken die in het halfjaar openden een plan en ' +
    'een besluit over hulp kregen.',
  counted:
    'Huishoudens met een toegekende voorziening onder de Wmo, de Jeugdwet of de Participatiewet die loopt op de ' +
    'peildatum (de laatste dag van het halfjaar, of vandaag als het halfjaar nog loopt), zoals bij stapeling. En ' +
    'zaken van huishoudens die in het halfjaar openden. Het huishoudtype is dat op de peildatum, uit de relaties ' +
    'van de leden in de BRP (lid op de peildatum: vanaf-datum op of voor de peildatum, geen einddatum of een ' +
    'einddatum erna). Regel, in deze volgorde: 1 lid: eenpersoonshuishouden. Een lid met relatie partner: paar ' +
    'met kinderen als er ook een kind is, anders paar zonder kinderen (overige leden veranderen dat niet). Geen ' +
    'partner maar wel een kind: eenouderhuishouden. Verder (2 of meer leden, geen partner, geen kind): overig ' +
    'meerpersoonshuishouden. Zonder leden op de peildatum: samenstelling onbekend. Een kind is een lid met ' +
    'relatie kind, van elke leeftijd.',
  numerator:
    'Huishoudens met 2 of meer wetten en één open zaak met een aangenomen regisseur en een plan. Tijd tot hulp: ' +
    'dagen van de opening van de zaak tot de eerste opgeslagen planversie, en tot het eerste besluit (datum ' +
    'besluit) over een toegekende voorziening van de zaak, op of na de opening en uiterlijk op de peildatum.',
  denominator:
    'Huishoudens met 2 of meer wetten. De mediaan gaat over de zaken die die stap bereikten (het aantal staat erbij).',
  unit: 'aantal huishoudens; aantal zaken; percentage; dagen (mediaan)',
  periodType: 'halfjaar',
  breakdowns: ['huishoudtype'],
  source: 'Toezicht Sociaal Domein (samenhang rond één huishouden); CBS huishoudtypen; CBS stapeling',
  measures: [
    { key: 'huishoudens', label: 'Huishoudens met een voorziening', kind: 'aantal' },
    { key: 'wetten1', label: '1 wet', kind: 'aantal' },
    { key: 'wetten2', label: '2 wetten', kind: 'aantal' },
    { key: 'wetten3', label: '3 wetten', kind: 'aantal' },
    { key: 'wetten2plus', label: '2 of meer wetten', kind: 'aantal' },
    { key: 'eenPlanEenRegisseur', label: '2 of meer wetten, met één plan en één regisseur', kind: 'aantal' },
    { key: 'zonderPlanOfRegisseur', label: '2 of meer wetten, zonder plan of regisseur', kind: 'aantal' },
    {
      key: 'aandeelEenPlanEenRegisseur',
      label: 'Aandeel met één plan en één regisseur',
      kind: 'aandeel',
      numerator: 'eenPlanEenRegisseur',
      denominator: 'wetten2plus',
    },
    { key: 'zakenGeopend', label: 'Zaken geopend in het halfjaar', kind: 'aantal' },
    { key: 'metPlan', label: 'Zaken met een plan', kind: 'aantal' },
    { key: 'zonderPlan', label: 'Zaken (nog) zonder plan', kind: 'aantal' },
    {
      key: 'mediaanDagenTotPlan',
      label: 'Mediaan dagen van opening tot eerste plan',
      kind: 'mediaan',
      unit: 'dagen',
      base: 'metPlan',
    },
    { key: 'metBesluit', label: 'Zaken met een besluit over toegekende hulp', kind: 'aantal' },
    { key: 'zonderBesluit', label: 'Zaken (nog) zonder besluit over toegekende hulp', kind: 'aantal' },
    {
      key: 'mediaanDagenTotBesluit',
      label: 'Mediaan dagen van opening tot eerste besluit over hulp',
      kind: 'mediaan',
      unit: 'dagen',
      base: 'metBesluit',
    },
  ],
  additive: [
    { total: 'huishoudens', parts: ['wetten1', 'wetten2', 'wetten3'] },
    { total: 'wetten2plus', parts: ['wetten2', 'wetten3'] },
    { total: 'wetten2plus', parts: ['eenPlanEenRegisseur', 'zonderPlanOfRegisseur'] },
    { total: 'zakenGeopend', parts: ['metPlan', 'zonderPlan'] },
    { total: 'zakenGeopend', parts: ['metBesluit', 'zonderBesluit'] },
  ],
};

const hulpGeaccepteerd: IndicatorVersion = {
  version: 1,
  validFrom: '2025-01-01',
  title: 'Vroegsignalering: hulp geaccepteerd',
  explanation:
    'Van de vroegsignaalzaken die in de maand werden afgesloten: bij hoeveel nam de bewoner hulp aan. Dat zegt ' +
    'het eindresultaat van de zaak (DDAS).',
  counted:
    'Vroegsignaalzaken met een afsluitdatum in de maand. Hulp aangenomen zijn de eindresultaten "(Budget)advies ' +
    'en/of quick fix", "Vervolghulp en/of verwijzing", "Vervolghulp en/of verwijzing financieel" en "Vervolghulp ' +
    'en/of verwijzing niet financieel". Alle andere eindresultaten (ook "Verwijzing zonder tussenkomst inwoner", ' +
    'geen contact, regelt het zelf, al bekend of al in een traject) en zaken zonder eindresultaat tellen als niet ' +
    'aangenomen.',
  numerator: 'Afgesloten vroegsignaalzaken met een eindresultaat waarbij de bewoner hulp aannam',
  denominator: 'Afgesloten vroegsignaalzaken',
  unit: 'aantal zaken; percentage',
  periodType: 'maand',
  breakdowns: [],
  source: 'DDAS-model vroegsignalering v1.2: acceptatie = eindresultaat in de hulpcategorieën',
  measures: [
    { key: 'gesloten', label: 'Afgesloten vroegsignaalzaken', kind: 'aantal' },
    { key: 'geaccepteerd', label: 'Hulp aangenomen', kind: 'aantal' },
    { key: 'nietGeaccepteerd', label: 'Geen hulp aangenomen', kind: 'aantal' },
    {
      key: 'aandeelGeaccepteerd',
      label: 'Aandeel hulp aangenomen',
      kind: 'aandeel',
      numerator: 'geaccepteerd',
      denominator: 'gesloten',
    },
  ],
  additive: [{ total: 'gesloten', parts: ['geaccepteerd', 'nietGeaccepteerd'] }],
};

const zrmVerbetering: IndicatorVersion = {
  version: 1,
  validFrom: '2025-01-01',
  title: 'Zelfredzaamheid verbeterd (ZRM)',
  explanation:
    'Van de huishoudens waarbij we de zelfredzaamheid (ZRM) opnieuw maten, minstens een half jaar na de eerste ' +
    'meting: bij hoeveel ging minstens één levensgebied vooruit.',
  counted:
    'Per persoon in een zaak van de gemeente: de eerste ZRM-meting en de eerste meting die minstens 6 maanden ' +
    'later is (de vervolgmeting). Een huishouden telt in het halfjaar van zijn vroegste vervolgmeting. Het is ' +
    'verbeterd als bij een persoon met een vervolgmeting in dat halfjaar minstens één van de 13 domeinen van de ' +
    'ZRM 2017 een hogere score heeft dan bij de eerste meting. Een domein dat maar één keer gescoord is, telt niet.',
  numerator: 'Huishoudens met op minstens één domein een hogere score bij de vervolgmeting',
  denominator: 'Huishoudens met een vervolgmeting in het halfjaar',
  unit: 'aantal huishoudens; percentage',
  periodType: 'halfjaar',
  breakdowns: [],
  source: 'Zelfredzaamheid-Matrix 2017 (13 domeinen, score 1 tot 5)',
  measures: [
    { key: 'gemeten', label: 'Huishoudens met een vervolgmeting', kind: 'aantal' },
    { key: 'verbeterd', label: 'Op minstens één domein verbeterd', kind: 'aantal' },
    { key: 'nietVerbeterd', label: 'Op geen domein verbeterd', kind: 'aantal' },
    {
      key: 'aandeelVerbeterd',
      label: 'Aandeel verbeterd',
      kind: 'aandeel',
      numerator: 'verbeterd',
      denominator: 'gemeten',
    },
  ],
  additive: [{ total: 'gemeten', parts: ['verbeterd', 'nietVerbeterd'] }],
};

const overgang18: IndicatorVersion = {
  version: 1,
  validFrom: '2025-01-01',
  title: 'Overgang 18-/18+: doel op tijd',
  explanation:
    'Van de jongeren met jeugdhulp die in het halfjaar 18 worden: bij hoeveel stond er op tijd een doel voor de ' +
    'overgang naar 18 in het plan. Op tijd is uiterlijk een half jaar voor de 18e verjaardag.',
  counted:
    'Personen die in het halfjaar 18 worden (tot en met de peildatum), met een toegekende (of later beëindigde) ' +
    'voorziening onder de Jeugdwet voor henzelf of voor hun huishouden, die liep in het jaar voor hun 18e ' +
    'verjaardag. Hun huishouden is het huishouden in de gemeente waar ze op de dag voor hun verjaardag lid van waren.',
  numerator:
    'Jongeren van wie een plan van een zaak van hun huishouden, opgeslagen op of voor de dag 6 maanden voor hun ' +
    '18e verjaardag, een doel heeft voor de overgang naar 18 (voor hen, of voor niemand in het bijzonder)',
  denominator: 'Jongeren met jeugdhulp die in het halfjaar 18 worden',
  unit: 'aantal personen; percentage',
  periodType: 'halfjaar',
  breakdowns: [],
  source: 'Regie: overgang 18-/18+ (issue 7); Jeugdwet (hulp tot 18)',
  measures: [
    { key: 'jongeren', label: 'Jongeren met jeugdhulp die 18 worden', kind: 'aantal', counts: 'personen' },
    { key: 'metDoelOpTijd', label: 'Met een doel op tijd', kind: 'aantal', counts: 'personen' },
    { key: 'zonderDoelOpTijd', label: 'Zonder doel op tijd', kind: 'aantal', counts: 'personen' },
    {
      key: 'aandeelDoelOpTijd',
      label: 'Aandeel met een doel op tijd',
      kind: 'aandeel',
      numerator: 'metDoelOpTijd',
      denominator: 'jongeren',
    },
  ],
  additive: [{ total: 'jongeren', parts: ['metDoelOpTijd', 'zonderDoelOpTijd'] }],
};

export const catalogue: readonly Indicator[] = [
  { code: 'stapeling', versions: [stapeling] },
  { code: 'zaken-zonder-regisseur', versions: [zakenZonderRegisseur] },
  { code: 'signalen-per-1000-inwoners', versions: [signalenPer1000] },
  { code: 'vroegsignalering', versions: [vroegsignalering] },
  { code: 'caseload-regisseur', versions: [caseload] },
  { code: 'samenhang-huishoudtype', versions: [samenhangHuishoudtype] },
  { code: 'hulp-geaccepteerd', versions: [hulpGeaccepteerd] },
  { code: 'zrm-verbetering', versions: [zrmVerbetering] },
  { code: 'overgang-18', versions: [overgang18] },
];

export type IndicatorCode = (typeof catalogue)[number]['code'];

export function findIndicator(code: string): Indicator | undefined {
  return catalogue.find((i) => i.code === code);
}

/** The version in force on a day: the one with the latest `validFrom` on or before it. */
export function versionOn(indicator: Indicator, day: string): IndicatorVersion | undefined {
  return indicator.versions
    .filter((v) => v.validFrom <= day)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}

export const breakdownLabels: Record<Breakdown, string> = {
  wijk: 'Wijk',
  partnertype: 'Soort organisatie',
  team: 'Team',
  huishoudtype: 'Huishoudtype',
};
