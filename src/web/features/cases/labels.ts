// Dutch (B1) words for the household case: its phases, the laws people work under, and the texts of the case
// pages. One file so the plan, deadline and board screens name a phase or a law the same way as the case page.

/** The seven phases of a case, in the order a case normally goes through them. */
export const casePhases = [
  'aanmelding',
  'veiligheidscheck',
  'startgesprek',
  'plan',
  'uitvoering',
  'evaluatie',
  'afgesloten',
] as const;
export type CasePhase = (typeof casePhases)[number];

export const phaseLabels: Record<CasePhase, string> = {
  aanmelding: 'Aanmelding',
  veiligheidscheck: 'Veiligheids- en basiszorgcheck',
  startgesprek: 'Startgesprek',
  plan: 'Plan',
  uitvoering: 'Uitvoering',
  evaluatie: 'Evaluatie',
  afgesloten: 'Afgesloten',
};

/** Label for a phase code; an unknown code is shown as it is rather than hidden. */
export function phaseLabel(phase: string): string {
  return (phaseLabels as Record<string, string>)[phase] ?? phase;
}

/** The laws a provision or a case team member falls under. */
export const laws = ['wmo', 'jeugdwet', 'participatiewet', 'wgs', 'overig'] as const;
export type Law = (typeof laws)[number];

export const lawLabels: Record<Law, string> = {
  wmo: 'Wmo 2015',
  jeugdwet: 'Jeugdwet',
  participatiewet: 'Participatiewet',
  wgs: 'Wet gemeentelijke schuldhulpverlening',
  overig: 'Andere wet of regeling',
};

/** Short names for tight spaces (table cells, chips). */
export const lawShortLabels: Record<Law, string> = {
  wmo: 'Wmo',
  jeugdwet: 'Jeugdwet',
  participatiewet: 'Participatiewet',
  wgs: 'Wgs',
  overig: 'Overig',
};

/** Label for a law code; an unknown code is shown as it is. */
export function lawLabel(law: string | null | undefined): string {
  if (!law) return 'Geen wet';
  return (lawLabels as Record<string, string>)[law] ?? law;
}

export function lawShortLabel(law: string | null | undefined): string {
  if (!law) return '-';
  return (lawShortLabels as Record<string, string>)[law] ?? law;
}

/** One page of the case pages' texts (Dutch, B1). Kept here so the message catalogue stays one per feature. */
export const caseTexts = {
  nav: { cases: 'Casussen', caseload: 'Caseload' },
  signal: { toCase: 'Naar de casus' },
  common: {
    none: 'Geen',
    noRegisseur: 'Nog geen regisseur',
    cancel: 'Annuleren',
    reason: 'Reden',
    chooseColleague: 'Kies een collega',
    saved: 'Opgeslagen.',
  },
  list: {
    title: 'Casussen',
    intro: 'De casussen van u en uw team. Een casus is het werk met één huishouden: één plan, één regisseur.',
    noTeams: 'U hoort nog niet bij een team. Vraag de beheerder om u aan een team toe te voegen.',
    which: 'Welke casussen',
    whichAll: 'Van mij en mijn teams',
    whichMine: 'Alleen van mij',
    team: 'Team',
    allTeams: 'Alle teams',
    phase: 'Fase',
    allPhases: 'Alle open fasen',
    caption: 'Casussen',
    address: 'Adres',
    regisseur: 'Regisseur',
    openedOn: 'Gestart op',
    empty: 'Er zijn nog geen casussen. Een casus start als het team een signaal oppakt.',
    emptyFiltered: 'Geen casussen gevonden met deze filters.',
    linkContext: (team: string) => `, team ${team}`,
  },
  detail: {
    fallbackTitle: 'Casus',
    title: (address: string) => `Casus ${address}`,
    back: 'Terug naar casussen',
    household: 'Huishouden',
    toHousehold: 'Naar het huishouden',
    team: 'Team',
    regisseur: 'Regisseur',
    openedOn: 'Gestart op',
    closedOn: 'Afgesloten op',
    lastEvaluatedOn: 'Laatst geëvalueerd op',
    phasesLabel: 'Fasen van de casus',
    currentPhase: (phase: string) => `Huidige fase: ${phase}`,
    stepDone: 'klaar',
    stepCurrent: 'nu',
    stepTodo: 'nog niet',
    closedNotice: 'Deze casus is afgesloten. U kunt hem alleen nog lezen.',
  },
  tabs: {
    label: 'Onderdelen van de casus',
    overzicht: 'Overzicht',
    plan: 'Plan',
    zrm: 'ZRM',
    voorzieningen: 'Voorzieningen',
    termijnen: 'Termijnen',
    versies: 'Versies',
    delen: 'Delen en toestemming',
  },
  phase: {
    title: 'Fase wijzigen',
    intro: 'Kies de volgende fase. Bij sommige stappen vragen we waarom.',
    to: 'Nieuwe fase',
    choose: 'Kies een fase',
    reason: 'Waarom?',
    reasonOptional: 'Waarom? (niet verplicht)',
    submit: 'Fase wijzigen',
    confirmTitle: 'Fase echt wijzigen?',
    confirmText: (from: string, to: string) => `De casus gaat van "${from}" naar "${to}".`,
    confirm: 'Ja, wijzig de fase',
    confirming: 'Bezig met wijzigen…',
    changed: (to: string) => `De casus staat nu in de fase "${to}".`,
    none: 'Vanuit deze fase kan de casus nergens heen.',
    notAllowed: 'Alleen de regisseur of de teamleider kan de fase wijzigen.',
    errors: {
      toRequired: 'Kies de nieuwe fase.',
      reasonRequired: 'Schrijf op waarom de fase wijzigt.',
    },
  },
  regisseur: {
    title: 'Regisseur',
    intro: 'De regisseur houdt het overzicht over het hele huishouden en is het vaste aanspreekpunt.',
    current: (name: string) => `${name} is de regisseur.`,
    since: (date: string) => `Sinds ${date}.`,
    you: 'U bent de regisseur van deze casus.',
    none: 'Deze casus heeft nog geen regisseur.',
    claim: 'Ik word regisseur',
    claiming: 'Bezig…',
    claimed: 'U bent nu de regisseur van deze casus.',
    waiting: (name: string) => `Overdracht aan ${name} wacht op acceptatie.`,
    offeredBy: (name: string, date: string) => `Aangeboden door ${name} op ${date}.`,
    offerReason: (reason: string) => `Reden: ${reason}`,
    offeredToYou: 'U wordt gevraagd om regisseur te worden van deze casus.',
    accept: 'Accepteren',
    decline: 'Weigeren',
    withdraw: 'Intrekken',
    accepted: 'U bent nu de regisseur van deze casus.',
    declined: 'U heeft de overdracht geweigerd.',
    withdrawn: 'De overdracht is ingetrokken.',
    declineReason: 'Waarom weigert u? (niet verplicht)',
    assignTitle: 'Regisseur toewijzen',
    assignIntro: 'Als teamleider wijst u een regisseur toe. De collega is direct regisseur.',
    assignSubmit: 'Toewijzen',
    assigned: (name: string) => `${name} is nu de regisseur.`,
    handoverTitle: 'Overdragen aan een collega',
    handoverIntro:
      'Een warme overdracht: u blijft regisseur tot uw collega de overdracht accepteert. Spreek het eerst samen af.',
    handoverSubmit: 'Overdracht aanbieden',
    handoverOffered: (name: string) => `Overdracht aan ${name} wacht op acceptatie.`,
    colleague: 'Collega',
    noCandidates: 'Er zijn geen collega’s die regisseur kunnen worden.',
    errors: {
      colleagueRequired: 'Kies een collega.',
      reasonRequired: 'Schrijf op waarom.',
    },
  },
  team: {
    title: 'Casusteam',
    intro: 'De professionals die met dit huishouden werken, met hun rol en de wet waaronder zij werken.',
    caption: 'Leden van het casusteam',
    name: 'Naam',
    organisation: 'Organisatie',
    role: 'Rol',
    law: 'Wet',
    joinedOn: 'Sinds',
    actions: 'Acties',
    empty: 'Er zitten nog geen professionals in het casusteam.',
    leave: 'Verlaat casusteam',
    remove: 'Uit casusteam halen',
    leaveContext: (name: string) => `: ${name}`,
    leaveConfirmTitle: 'Casusteam echt verlaten?',
    removeConfirmTitle: (name: string) => `${name} echt uit het casusteam halen?`,
    leaveSelfText: 'U kunt de casus daarna niet meer zien, tenzij iemand u weer toevoegt.',
    leaveConfirmText: (name: string) =>
      `${name} kan de casus daarna niet meer zien, tenzij iemand hem of haar weer toevoegt.`,
    leaveConfirm: 'Ja, verlaat casusteam',
    removeConfirm: 'Ja, haal uit casusteam',
    leaving: 'Bezig…',
    left: (name: string) => `${name} zit niet meer in het casusteam.`,
    addTitle: 'Lid toevoegen',
    person: 'Professional',
    rolePlaceholder: 'Bijvoorbeeld jeugdconsulent of schuldhulpverlener',
    lawOptional: 'Wet (niet verplicht)',
    noLaw: 'Geen wet',
    add: 'Toevoegen',
    added: (name: string) => `${name} zit nu in het casusteam.`,
    noCandidates: 'Er zijn geen professionals meer om toe te voegen.',
    errors: {
      personRequired: 'Kies een professional.',
      roleRequired: 'Schrijf de rol op, bijvoorbeeld "jeugdconsulent".',
    },
  },
  history: {
    title: 'Geschiedenis van de fasen',
    caption: 'Faseovergangen: wie, wanneer en waarom',
    when: 'Wanneer',
    change: 'Wijziging',
    who: 'Wie',
    why: 'Waarom',
    started: (to: string) => `Gestart in ${to}`,
    moved: (from: string, to: string) => `${from} → ${to}`,
    system: 'Regie',
    empty: 'Nog geen faseovergangen.',
  },
  caseload: {
    title: 'Caseload',
    intro:
      'Per regisseur: hoeveel casussen open zijn, in welke fase, hoeveel termijnen verlopen zijn en welke overdrachten wachten.',
    noTeams: 'U hoort nog niet bij een team. Vraag de beheerder om u aan een team toe te voegen.',
    team: 'Team',
    perRegisseurTitle: 'Per regisseur',
    perRegisseurCaption: 'Open casussen per regisseur en per fase',
    regisseur: 'Regisseur',
    openCases: 'Open casussen',
    overdue: 'Termijnen verlopen',
    handovers: 'Overdrachten wachten',
    noRegisseurs: 'Dit team heeft nog geen regisseurs met open casussen.',
    chartTitle: 'Open casussen per regisseur, per fase',
    chartDescription:
      'Elke balk is een regisseur; de kleuren zijn de fasen. De tabel hieronder heeft dezelfde getallen.',
    casesTitle: 'Open casussen van het team',
    casesCaption: 'Open casussen van het team',
    noCases: 'Het team heeft geen open casussen.',
    handoverWaiting: 'Overdracht wacht',
    attention: 'Let op',
    overdueTag: (n: number) => (n === 1 ? '1 termijn verlopen' : `${n} termijnen verlopen`),
    withoutRegisseur: 'Zonder regisseur',
  },
};
