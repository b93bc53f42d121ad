// Dutch (B1) texts of the prestatieafspraken pages (issue 7). Organisations and figures only: no person's data.
import type { Phase } from './api.ts';

export const agreementTexts = {
  nav: 'Prestatieafspraken',
  title: 'Prestatieafspraken',
  intro:
    'Afspraken tussen de gemeente, corporaties, huurders en andere partijen. Per toezegging ziet u hoe het nu gaat. Regie rekent dat uit met de cijfers van dit moment.',
  loading: 'De afspraken worden geladen…',
  empty: 'Er zijn nog geen afspraken waar uw organisatie bij betrokken is.',
  listCaption: 'Afspraken waar u bij betrokken bent',
  columns: {
    title: 'Afspraak',
    year: 'Jaar',
    municipality: 'Gemeente',
    phase: 'Fase',
    parties: 'Partijen',
    commitments: 'Toezeggingen',
  },
  back: 'Terug naar alle prestatieafspraken',
  facts: {
    municipality: 'Gemeente',
    year: 'Jaar',
    phase: 'Fase nu',
  },
  cycle: {
    title: 'De jaarcyclus',
    intro: 'Elk jaar doorloopt de afspraak deze vijf fasen, in deze volgorde.',
    done: 'Afgerond',
    current: 'Huidige fase',
    next: 'Nog niet',
    planned: (date: string) => `Gepland: ${date}`,
    notPlanned: 'Gepland: geen datum',
    reached: (date: string) => `Bereikt op ${date}`,
    history: 'Wat er is veranderd',
    historyLine: (date: string, from: string | null, to: string) =>
      from ? `${date}: van ${from} naar ${to}` : `${date}: gestart in ${to}`,
    by: (name: string) => `door ${name}`,
  },
  parties: 'Partijen',
  commitments: {
    title: 'Toezeggingen',
    ownOnly: 'U ziet alleen de toezeggingen van uw eigen organisatie.',
    none: 'Er zijn nog geen toezeggingen.',
    owner: 'Partij',
    indicator: 'Indicator',
    target: 'Doel',
    breakdown: 'Voor welk deel',
    wholeMunicipality: 'De hele gemeente',
    breakdownKinds: { wijk: 'Wijk', partnertype: 'Soort organisatie', team: 'Team' },
    status: 'Status nu',
    suppressionTitle: 'Kleine aantallen',
    report: 'Jaarrapport downloaden (CSV, de toezeggingen die u ziet, met hun status)',
    reportPdf: 'Jaarrapport voor de raad downloaden (PDF, dezelfde toezeggingen en cijfers)',
    suppliedBy: 'Cijfer',
    supplied: 'De partij levert dit cijfer zelf aan',
    computed: 'Regie berekent dit cijfer',
  },
  confirm: {
    title: 'Weet u het zeker?',
    cancel: 'Terug naar het formulier',
    busy: 'Bezig met opslaan…',
  },
  errorsTitle: 'Er ging iets mis',
  newAgreement: {
    title: 'Nieuwe afspraak',
    intro:
      'Maak een afspraak voor een jaar. De afspraak begint in de fase bod. Toezeggingen voegt u daarna toe.',
    municipality: 'Gemeente',
    name: 'Titel',
    nameDescription: 'Bijvoorbeeld: Prestatieafspraken 2027 Regiedam',
    year: 'Jaar',
    yearDescription: 'Het jaar waar de afspraken over gaan, bijvoorbeeld 2027.',
    parties: 'Partijen',
    partiesDescription: 'Kies de organisaties die meedoen. Alleen organisaties die in deze gemeente werken.',
    schedule: 'Planning per fase',
    scheduleDescription: 'Niet verplicht. De datum waarop u elke fase wilt bereiken.',
    submit: 'Afspraak controleren',
    confirmText: (title: string, year: string, parties: number) =>
      `U maakt de afspraak "${title}" voor ${year}, met ${parties} ${parties === 1 ? 'partij' : 'partijen'}. Alle partijen zien de afspraak.`,
    confirm: 'Ja, afspraak maken',
    loading: 'Het formulier wordt geladen…',
  },
  newCommitment: {
    title: 'Toezegging toevoegen',
    intro:
      'Een toezegging is een doel van één partij op één cijfer. Regie berekent het cijfer, of de partij levert het zelf aan.',
    theme: 'Thema',
    themeDescription: 'Bijvoorbeeld: Voorkomen van huisuitzetting',
    owner: 'Partij die de toezegging doet',
    choose: 'Maak een keuze',
    description: 'Wat belooft de partij?',
    source: 'Waar komt het cijfer vandaan?',
    sources: { indicator: 'Regie berekent het (indicator)', partij: 'De partij levert het zelf aan' },
    indicator: 'Indicator',
    measure: 'Wat telt mee',
    breakdown: 'Voor welk deel van de gemeente',
    wholeMunicipality: 'De hele gemeente',
    breakdownValue: (kind: string) => `Welke ${kind.toLowerCase()}`,
    figure: 'Cijfer dat de partij aanlevert',
    periodType: 'Hoe vaak levert de partij het cijfer?',
    periodTypes: { maand: 'Per maand', halfjaar: 'Per halfjaar' },
    target: 'Doel (een getal)',
    targetDescription: 'Een percentage zonder %-teken, bijvoorbeeld 60.',
    direction: 'Het cijfer moet',
    directions: { minimaal: 'minimaal het doel zijn', maximaal: 'hoogstens het doel zijn' },
    submit: 'Toezegging controleren',
    confirmText: (owner: string, target: string) =>
      `U voegt een toezegging toe voor ${owner}, met als doel ${target}. De partij ziet de toezegging meteen.`,
    confirm: 'Ja, toezegging toevoegen',
    saved: 'De toezegging is toegevoegd.',
    loading: 'De indicatoren worden geladen…',
  },
  amend: {
    change: 'Wijzigen',
    withdraw: 'Laten vervallen',
    changeTitle: 'Toezegging wijzigen',
    changeIntro:
      'Pas aan wat de partijen opnieuw hebben afgesproken. Alle partijen zien wat er veranderd is, wanneer en waarom.',
    reason: 'Waarom verandert de toezegging?',
    reasonDescription:
      'Minstens 10 tekens. Alle partijen en de raad lezen dit. Schrijf geen gegevens over personen.',
    changeSubmit: 'Wijziging controleren',
    changeConfirmText: (from: string, to: string) =>
      from === to
        ? `U wijzigt deze toezegging. Het doel blijft ${to}. Alle partijen zien de wijziging en de reden.`
        : `U wijzigt het doel van ${from} naar ${to}. Alle partijen zien de wijziging en de reden.`,
    changeConfirm: 'Ja, toezegging wijzigen',
    changed: 'De toezegging is gewijzigd.',
    withdrawTitle: 'Toezegging laten vervallen',
    withdrawIntro:
      'Een vervallen toezegging blijft zichtbaar, met de datum en de reden. U kunt haar daarna niet meer wijzigen.',
    withdrawReason: 'Waarom vervalt de toezegging?',
    withdrawSubmit: 'Vervallen controleren',
    withdrawConfirmText: (description: string) =>
      `De toezegging "${description}" vervalt vanaf vandaag. Dit kunt u niet terugdraaien. Alle partijen zien het, met de reden.`,
    withdrawConfirm: 'Ja, laten vervallen',
    withdrawn: 'De toezegging is vervallen.',
    cancel: 'Annuleren',
    withdrawnLine: (date: string, reason: string) => `Vervallen op ${date}: ${reason}`,
    history: 'Wat is er veranderd',
    kinds: { gewijzigd: 'gewijzigd', vervallen: 'vervallen' },
    historyLine: (date: string, kind: string, by: string, organisation: string) =>
      `${date}: ${kind} door ${by} (${organisation})`,
    targetChange: (from: string, to: string) => `Doel van ${from} naar ${to}.`,
    themeWas: (theme: string) => `Thema was: ${theme}.`,
    descriptionWas: (description: string) => `Beschrijving was: ${description}`,
    reasonLine: (reason: string) => `Reden: ${reason}`,
  },
  figures: {
    title: 'Aangeleverde cijfers',
    none: 'Nog geen cijfers aangeleverd.',
    line: (period: string, value: string, source: string, organisation: string) =>
      `${period}: ${value}. Bron: ${source} (${organisation})`,
    small: '< 10',
    corrected: (n: number) => (n === 1 ? 'één keer gecorrigeerd' : `${n} keer gecorrigeerd`),
    formTitle: 'Cijfer invullen',
    period: 'Periode',
    value: 'Aantal',
    source: 'Bron',
    sourceDescription: 'Waar komt het cijfer vandaan? Bijvoorbeeld: huuradministratie, stand 1 april.',
    current: (value: string, source: string) =>
      `Voor deze periode staat al ${value} (bron: ${source}). Wat u nu invult vervangt dat. Het oude cijfer blijft bewaard.`,
    submit: 'Cijfer opslaan',
    correctTitle: 'Cijfer corrigeren?',
    correctText: (period: string, from: string, to: string) =>
      `U vervangt ${from} door ${to} voor ${period}. Alle partijen die de toezegging zien, zien het nieuwe cijfer.`,
    confirm: 'Ja, cijfer corrigeren',
    saved: 'Het cijfer is opgeslagen.',
    smallNote:
      'Aantallen onder de 10 ziet alleen uw organisatie. Anderen zien "< 10": met kennis van de buurt zou een klein aantal naar een huishouden kunnen wijzen.',
  },
  status: {
    period: (period: string) => `over ${period}`,
    value: (value: string) => `waarde ${value}`,
  },
  direction: { minimaal: 'minimaal', maximaal: 'maximaal' },
  per1000: 'per 1.000 inwoners',
  comments: {
    title: 'Reacties',
    none: 'Nog geen reacties.',
    meta: (organisation: string, author: string, moment: string) => `${organisation}, ${author}, ${moment}`,
    label: 'Uw reactie',
    description:
      'Alle partijen die deze toezegging zien, lezen uw reactie. Schrijf geen gegevens over personen.',
    submit: 'Reactie plaatsen',
    submitting: 'Bezig met plaatsen…',
    saved: 'Uw reactie is geplaatst.',
  },
  phase: {
    title: 'Fase wijzigen',
    intro: (current: string) => `De afspraak is nu in de fase ${current}.`,
    note: 'Toelichting',
    noteDescription:
      'Niet verplicht bij de volgende fase. Gaat de afspraak terug? Leg dan in minstens 10 tekens uit waarom.',
    forward: (next: string) => `Volgende fase: ${next}`,
    backward: (previous: string) => `Terug naar vorige fase: ${previous}`,
    last: 'Dit is de laatste fase van de cyclus.',
    reasonRequired: 'Leg in minstens 10 tekens uit waarom de afspraak een fase terug gaat.',
    confirmTitle: 'Weet u het zeker?',
    confirmText: (from: string, to: string) =>
      `De afspraak gaat van ${from} naar ${to}. Alle partijen zien dit, met de datum van vandaag.`,
    confirm: (to: string) => `Ja, naar ${to}`,
    confirming: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    changed: (to: string) => `Opgeslagen. De afspraak staat nu in de fase ${to}.`,
    conflict:
      'Iemand anders heeft de fase net gewijzigd. Hieronder staat nu de fase van dit moment. Kijk of u de fase nog wilt wijzigen.',
  },
} as const;

/** The phases of the yearly cycle in Dutch, lower case as in running text. */
export const phaseLabels: Record<Phase, string> = {
  bod: 'bod',
  overleg: 'overleg',
  vaststelling: 'vaststelling',
  monitoring: 'monitoring',
  evaluatie: 'evaluatie',
};

/** A phase as a name on its own (a list item, a table cell): "Bod". */
export function phaseName(phase: Phase): string {
  const label = phaseLabels[phase];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
