// Dutch (B1) texts of the plan, ZRM, provisions, versions and print screens of a case. Kept beside the screens
// (not in the shared catalogue) because several helpers change the case screens at the same time; the words for
// phases and laws come from ../labels.ts so every case screen names them the same way.
import type { ActionStatus, AgreementHow, OwnerKind, PlanChange } from '../../../api/plans.ts';

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Nog niet begonnen',
  bezig: 'Bezig',
  klaar: 'Klaar',
  vervallen: 'Niet meer nodig',
};

export const ownerKindLabels: Record<OwnerKind, string> = {
  persoon: 'Een persoon',
  organisatie: 'Een organisatie',
};

export const agreementHowLabels: Record<AgreementHow, string> = {
  mondeling: 'Mondeling (in een gesprek)',
  schriftelijk: 'Schriftelijk (op papier getekend)',
  digitaal: 'Digitaal (bijvoorbeeld per e-mail)',
};

/** Provision statuses as the server stores them (provisions.status). */
export const provisionStatuses = ['aangevraagd', 'toegekend', 'afgewezen', 'beeindigd'] as const;

export const provisionStatusLabels: Record<string, string> = {
  aangevraagd: 'Aangevraagd',
  toegekend: 'Toegekend',
  afgewezen: 'Afgewezen',
  beeindigd: 'Beëindigd',
};

export const changeLabels: Record<PlanChange['change'], string> = {
  toegevoegd: 'Toegevoegd',
  verwijderd: 'Verwijderd',
  gewijzigd: 'Gewijzigd',
};

export function labelOf(labels: Record<string, string>, code: string): string {
  return labels[code] ?? code;
}

export const planTexts = {
  loading: 'Plan laden',
  membersTitle: 'Wie horen bij het huishouden?',
  membersCaption: 'Leden van het huishouden',
  noMembers: 'Er zijn geen leden van het huishouden bekend.',
  member: {
    name: 'Naam',
    birthDate: 'Geboortedatum',
    relation: 'Relatie',
    adult: 'Volwassen',
    yes: 'Ja',
    no: 'Nee',
  },
  versionNone: 'Er is nog geen plan opgeslagen. Vul het plan in en sla het op.',
  versionInfo: (version: number, when: string, who: string | null) =>
    who
      ? `Versie ${version}, opgeslagen op ${when} door ${who}.`
      : `Versie ${version}, opgeslagen op ${when}.`,
  editorTitle: 'Het plan',
  situationTitle: 'De situatie',
  situation: {
    network: 'Netwerk: wie helpen er al?',
    strengths: 'Wat gaat goed? (krachten)',
    worries: 'Waar maakt het huishouden zich zorgen over?',
    earlierHelp: 'Welke hulp was er eerder?',
  },
  goalsTitle: 'Doelen',
  goalsIntro: 'Schrijf elk doel op in de woorden van de bewoner. Zet bij elk doel wie wat doet en wanneer.',
  noGoals: 'Er zijn nog geen doelen.',
  goalLegend: (n: number) => `Doel ${n}`,
  goal: {
    domain: 'Levensgebied',
    chooseDomain: 'Kies een levensgebied',
    text: 'Het doel, in de woorden van de bewoner',
    textHint: 'Bijvoorbeeld: "Ik wil mijn huur weer elke maand betalen."',
    person: 'Voor wie is dit doel?',
    wholeHousehold: 'Het hele huishouden',
    transition18: 'Dit doel gaat over de overgang van 18- naar 18+',
    add: 'Doel toevoegen',
    remove: (n: number) => `Doel ${n} verwijderen`,
  },
  actionsTitle: 'Acties',
  noActions: 'Dit doel heeft nog geen acties.',
  actionLegend: (goal: number, n: number) => `Actie ${n} bij doel ${goal}`,
  action: {
    description: 'Wat gaat er gebeuren?',
    ownerKind: 'Wie doet het?',
    ownerName: 'Naam van de persoon of organisatie',
    dueOn: 'Klaar op (niet verplicht)',
    status: 'Stand van zaken',
    add: (goal: number) => `Actie toevoegen bij doel ${goal}`,
    remove: (goal: number, n: number) => `Actie ${n} bij doel ${goal} verwijderen`,
  },
  save: 'Plan opslaan',
  saving: 'Plan wordt opgeslagen…',
  saved: (version: number) => `Het plan is opgeslagen als versie ${version}.`,
  conflict: 'Iemand anders heeft het plan intussen opgeslagen. Laad opnieuw.',
  reload: 'Laad het plan opnieuw',
  unsaved: 'U heeft wijzigingen die nog niet zijn opgeslagen.',
  errors: {
    goalText: 'Schrijf het doel op in de woorden van de bewoner.',
    goalDomain: 'Kies een levensgebied voor het doel.',
    actionDescription: 'Schrijf op wat er gaat gebeuren.',
    ownerName: 'Vul in wie deze actie doet.',
    tooLong: 'Deze tekst is te lang: maximaal 4000 tekens.',
  },
  agreementTitle: 'Akkoord van de bewoner',
  agreementNone: 'De bewoner heeft nog geen akkoord gegeven op het plan.',
  agreementGiven: (version: number, on: string, how: string) =>
    `De bewoner gaf op ${on} akkoord op versie ${version} (${how}).`,
  agreementOld: (latest: number) =>
    `Het plan is daarna gewijzigd. Vraag de bewoner om akkoord op versie ${latest}.`,
  agreementNeedsPlan: 'Sla eerst het plan op. Daarna kunt u het akkoord vastleggen.',
  agreementForm: (version: number) => `Akkoord vastleggen op versie ${version}`,
  agreement: {
    agreedOn: 'Datum van het akkoord',
    how: 'Hoe gaf de bewoner akkoord?',
    note: 'Opmerking (niet verplicht)',
    submit: 'Akkoord vastleggen',
    submitting: 'Akkoord wordt vastgelegd…',
    done: 'Het akkoord is vastgelegd.',
    dateRequired: 'Vul de datum van het akkoord in.',
    howRequired: 'Kies hoe de bewoner akkoord gaf.',
    unsavedFirst: 'Sla eerst uw wijzigingen op. Het akkoord geldt voor een opgeslagen versie.',
  },
  printTitle: 'Plan afdrukken of downloaden',
  printNeedsPlan: 'Sla eerst het plan op. Daarna kunt u het afdrukken.',
  printLink: 'Afdrukken',
  pdfLink: 'Download als PDF',
};

export const zrmTexts = {
  loading: 'ZRM laden',
  intro:
    'Met de Zelfredzaamheid-Matrix (ZRM) kijkt u per volwassene hoe zelfredzaam iemand is op 13 levensgebieden, van 1 (acute problemen) tot 5 (volledig zelfredzaam).',
  noAdults: 'Er zijn geen volwassenen in dit huishouden. De ZRM is alleen voor volwassenen.',
  personTitle: (name: string) => `ZRM van ${name}`,
  formTitle: 'Nieuwe meting vastleggen',
  assessedOn: 'Datum van de meting',
  scoreLegend: (domain: string) => domain,
  submit: 'Meting opslaan',
  submitting: 'Meting wordt opgeslagen…',
  done: 'De meting is opgeslagen.',
  dateRequired: 'Vul de datum van de meting in.',
  scoreRequired: (domain: string) => `Kies een score voor ${domain}.`,
  historyTitle: 'Eerdere metingen',
  historyCaption: (name: string) => `Metingen van ${name}, per levensgebied`,
  noHistory: 'Er zijn nog geen metingen.',
  domain: 'Levensgebied',
  trendTitle: 'Verloop per levensgebied',
  trendChartTitle: (name: string) => `Verloop van de ZRM-scores van ${name}`,
  trendDescription:
    'Per levensgebied een lijn van de scores door de tijd (1 = acute problemen, 5 = volledig zelfredzaam). De tabel met eerdere metingen toont dezelfde cijfers.',
  trendNeedsTwo: 'Het verloop ziet u zodra er twee metingen zijn.',
  score: 'Score',
  date: 'Datum',
};

export const provisionTexts = {
  loading: 'Voorzieningen laden',
  intro:
    'Voorzieningen per wet, met het besluit. Zet bij elke voorziening welke doelen uit het plan ermee geholpen worden.',
  none: 'Er zijn nog geen voorzieningen in deze casus.',
  caption: 'Voorzieningen in deze casus',
  columns: {
    law: 'Wet',
    product: 'Voorziening',
    person: 'Voor wie',
    period: 'Periode',
    extent: 'Omvang',
    status: 'Status',
    decision: 'Besluit',
    goals: 'Doelen',
    actions: 'Acties',
  },
  household: 'Het huishouden',
  from: (start: string, end: string | null) => (end ? `${start} tot en met ${end}` : `vanaf ${start}`),
  decision: (on: string | null, basis: string | null) =>
    [on ? `op ${on}` : null, basis].filter(Boolean).join(', ') || 'Nog geen besluit',
  edit: (product: string) => `${product} wijzigen`,
  addTitle: 'Voorziening toevoegen',
  editTitle: (product: string) => `${product} wijzigen`,
  add: 'Voorziening toevoegen',
  fields: {
    law: 'Onder welke wet valt de voorziening?',
    chooseLaw: 'Kies een wet',
    product: 'Voorziening',
    productHint: 'Bijvoorbeeld: huishoudelijke ondersteuning.',
    reference: 'Welke wet of regeling?',
    referenceHint: 'Bijvoorbeeld: Zvw wijkverpleging.',
    person: 'Voor wie is de voorziening?',
    startDate: 'Begindatum',
    endDate: 'Einddatum (niet verplicht)',
    extent: 'Omvang (niet verplicht)',
    extentHint: 'Zoals in het besluit staat, bijvoorbeeld: 3 uur per week.',
    status: 'Status',
    chooseStatus: 'Kies een status',
    decidedOn: 'Datum van het besluit (niet verplicht)',
    legalBasis: 'Wetsartikel van het besluit (niet verplicht)',
    legalBasisHint: 'Bijvoorbeeld: art. 2.3.5 Wmo 2015.',
    goals: 'Welke doelen helpt deze voorziening?',
    noGoals: 'Het plan heeft nog geen opgeslagen doelen. Sla eerst doelen op in het plan.',
  },
  submit: 'Voorziening opslaan',
  submitting: 'Voorziening wordt opgeslagen…',
  cancel: 'Annuleren',
  created: 'De voorziening is toegevoegd.',
  updated: 'De voorziening is gewijzigd.',
  errors: {
    law: 'Kies onder welke wet de voorziening valt.',
    product: 'Vul in welke voorziening het is.',
    reference: 'Vul in onder welke wet of regeling de voorziening valt.',
    startDate: 'Vul de begindatum in.',
    endBeforeStart: 'De einddatum ligt voor de begindatum.',
    status: 'Kies de status van de voorziening.',
    decidedOn: 'Vul de datum van het besluit in: de voorziening is toegekend of afgewezen.',
    endDate: 'Vul de einddatum in: de voorziening is beëindigd.',
  },
};

export const versionTexts = {
  loading: 'Versies laden',
  none: 'Er zijn nog geen versies van het plan.',
  caption: 'Opgeslagen versies van het plan',
  columns: { version: 'Versie', savedAt: 'Opgeslagen op', savedBy: 'Door' },
  compareTitle: 'Twee versies vergelijken',
  compareIntro: 'Kies twee versies. U ziet dan wat er tussen die versies is veranderd.',
  onlyOne: 'Er is maar één versie. Vergelijken kan zodra er twee versies zijn.',
  from: 'Oude versie',
  to: 'Nieuwe versie',
  versionOption: (version: number, when: string) => `Versie ${version} (${when})`,
  compare: 'Vergelijk',
  sameVersion: 'Kies twee verschillende versies.',
  changesTitle: (from: number, to: number) => `Wat veranderde van versie ${from} naar versie ${to}?`,
  noChanges: 'Er is niets veranderd tussen deze versies.',
  changesCaption: 'Wijzigingen',
  columns2: { what: 'Wat', change: 'Soort wijziging', before: 'Eerst', after: 'Daarna' },
  empty: '(leeg)',
};

export const printTexts = {
  pageTitle: 'Ons plan',
  loading: 'Plan laden',
  print: 'Afdrukken',
  pdf: 'Download als PDF',
  back: 'Terug naar de casus',
  intro: 'Dit is het plan van uw huishouden. Hierin staat wat u wilt bereiken, wie wat doet en wanneer.',
  householdTitle: 'Uw huishouden',
  address: 'Adres',
  members: 'Wie horen erbij',
  regisseurTitle: 'Uw regisseur',
  regisseurText: (name: string, team: string) =>
    `${name} van ${team} is uw vaste contactpersoon. Heeft u vragen over dit plan? Neem dan contact op met ${name}.`,
  noRegisseur: (team: string) =>
    `Er is nog geen vaste regisseur. Heeft u vragen over dit plan? Neem dan contact op met ${team}.`,
  situationTitle: 'Hoe gaat het nu?',
  goalsTitle: 'Wat wilt u bereiken?',
  noGoals: 'Er staan nog geen doelen in het plan.',
  goalFor: (name: string) => `Voor: ${name}`,
  transition18: 'Dit doel gaat over de overgang naar 18 jaar en ouder.',
  whoDoesWhat: 'Wie doet wat?',
  actionLine: (owner: string, what: string, due: string | null, status: string) =>
    due ? `${owner}: ${what}. Klaar op ${due}. (${status})` : `${owner}: ${what}. (${status})`,
  noActions: 'Hier zijn nog geen afspraken over.',
  provisionsTitle: 'Welke hulp krijgt u?',
  noProvisions: 'Er is nog geen hulp vanuit een wet vastgelegd.',
  provisionLine: (product: string, law: string, extent: string | null, period: string, status: string) =>
    `${product} (${law})${extent ? `, ${extent}` : ''}, ${period}. ${status}.`,
  agreementTitle: 'Uw akkoord',
  agreementText: (on: string, how: string) => `U heeft op ${on} akkoord gegeven op dit plan (${how}).`,
  agreementNone: 'U heeft nog geen akkoord gegeven op dit plan.',
  versionLine: (version: number, on: string) => `Versie ${version} van ${on}.`,
  noPlan: 'Er is nog geen plan opgeslagen.',
};
