// Dutch (B1) texts of the case tab "Delen en toestemming": consents per household member and data shares per law.

export const consentMethodLabels = {
  mondeling: 'Mondeling',
  schriftelijk: 'Schriftelijk',
  digitaal: 'Digitaal',
} as const;

/** The ways of giving or withdrawing consent, as choices for a radio group or select. */
export const consentMethodOptions = Object.entries(consentMethodLabels).map(([value, label]) => ({
  value,
  label,
}));

export const shareBasisLabels = {
  wettelijke_grondslag: 'Een wetsartikel',
  toestemming: 'Toestemming van de inwoner',
} as const;

export const relationLabels: Record<string, string> = {
  hoofd: 'hoofd van het huishouden',
  partner: 'partner',
  kind: 'kind',
  overig: 'lid van het huishouden',
};

export const consentTexts = {
  loading: 'Bezig met laden…',
  listFailed: 'De keuzelijst kon niet worden geladen. Laad de pagina opnieuw.',
  intro:
    'Gegevens van één wet, zoals de Jeugdwet, ziet alleen wie onder die wet werkt, de regisseur en de teamleider. ' +
    'Zonder delen ziet een consulent van een andere wet deze gegevens niet.',
  consents: {
    title: 'Toestemming per persoon',
    intro:
      'Leg vast waarvoor iemand toestemming geeft en aan welke organisatie. Trekt iemand de toestemming in, dan ' +
      'stopt het delen dat erop rust meteen.',
    none: 'Nog geen toestemming vastgelegd.',
    noMembers: 'Er zijn geen leden van dit huishouden bekend.',
    former: (name: string) => `${name} (woont hier niet meer)`,
    memberTitle: (name: string, relation: string) => `${name}, ${relation}`,
    caption: (name: string) => `Toestemming van ${name}`,
    columns: {
      purpose: 'Doel',
      recipient: 'Ontvanger',
      given: 'Gegeven op en hoe',
      status: 'Status',
      action: 'Actie',
    },
    given: (date: string, how: string) => `${date}, ${how.toLowerCase()}`,
    active: 'Geldig',
    withdrawn: (date: string, how: string) => `Ingetrokken op ${date} (${how.toLowerCase()})`,
    add: (name: string) => `Toestemming vastleggen voor ${name}`,
    addShort: 'Toestemming vastleggen',
    withdraw: (purpose: string) => `Intrekken: ${purpose}`,
    recorded: 'De toestemming is vastgelegd.',
    closed: 'Deze casus is afgesloten. U kunt geen nieuwe toestemming vastleggen.',
    withdrawnDone: 'De toestemming is ingetrokken. Delen dat erop rust, is gestopt.',
  },
  consentForm: {
    legend: (name: string) => `Toestemming van ${name}`,
    purpose: 'Doel',
    purposeHint: 'Waarvoor mogen de gegevens gebruikt worden? De doelen komen uit het verwerkingsregister.',
    choosePurpose: 'Kies een doel',
    recipient: 'Ontvanger',
    recipientHint: 'De organisatie die de gegevens mag krijgen.',
    chooseRecipient: 'Kies een organisatie',
    givenOn: 'Gegeven op',
    givenHow: 'Hoe is de toestemming gegeven?',
    note: 'Notitie (niet verplicht)',
    noteHint: 'Bijvoorbeeld waar het getekende formulier is.',
    submit: 'Toestemming vastleggen',
    submitting: 'Bezig met vastleggen…',
    cancel: 'Annuleren',
  },
  withdrawForm: {
    legend: (purpose: string, recipient: string) => `Toestemming intrekken: ${purpose}, ${recipient}`,
    warning:
      'Na intrekken ziet niemand meer gegevens op grond van deze toestemming. Dit kunt u niet terugdraaien.',
    withdrawnOn: 'Ingetrokken op',
    withdrawnHow: 'Hoe is de toestemming ingetrokken?',
    confirm: 'Ja, toestemming intrekken',
    confirming: 'Bezig met intrekken…',
    cancel: 'Nee, niet intrekken',
  },
  shares: {
    title: 'Gedeelde gegevens per wet',
    intro:
      'De regisseur of de teamleider kan gegevens van één wet delen met collega’s die onder een andere wet ' +
      'werken. Dat mag alleen op grond van een wetsartikel of met toestemming van de inwoner.',
    none: 'Er worden geen gegevens gedeeld tussen wetten.',
    caption: 'Delen per wet',
    columns: {
      law: 'Gegevens van',
      with: 'Gedeeld met',
      basis: 'Grondslag',
      since: 'Sinds',
      status: 'Status',
      action: 'Actie',
    },
    everyone: 'Het hele casusteam',
    withLaw: (law: string) => `Wie werkt onder ${law}`,
    byArticle: (article: string) => `Wetsartikel: ${article}`,
    byConsent: (person: string, purpose: string, recipient: string) =>
      `Toestemming van ${person} (${purpose}, voor ${recipient})`,
    since: (moment: string, by: string | null) => (by ? `${moment} door ${by}` : moment),
    active: 'Wordt gedeeld',
    ended: (moment: string) => `Gestopt op ${moment}`,
    consentWithdrawn: (date: string) => `Gestopt: toestemming ingetrokken op ${date}`,
    end: (law: string) => `Stoppen met delen: ${law}`,
    endedDone: 'Het delen is gestopt.',
    created: 'De gegevens worden nu gedeeld.',
    onlyManagers:
      'Alleen de regisseur of de teamleider van het team kan gegevens delen of het delen stoppen.',
    closed: 'Deze casus is afgesloten. U kunt niets nieuws meer delen.',
  },
  shareForm: {
    title: 'Gegevens delen',
    law: 'Gegevens van welke wet?',
    chooseLaw: 'Kies een wet',
    sharedWith: 'Met wie?',
    sharedWithHint: 'Kies de wet waaronder uw collega werkt, of het hele casusteam.',
    everyone: 'Het hele casusteam',
    basis: 'Op welke grond?',
    legalBasis: 'Wetsartikel',
    legalBasisHint: 'Bijvoorbeeld "Wgs art. 8d".',
    consent: 'Toestemming',
    consentHint: 'Alleen geldige toestemming van iemand uit dit huishouden.',
    chooseConsent: 'Kies een toestemming',
    noConsents: 'Er is nog geen geldige toestemming. Leg die eerst vast bij de persoon hierboven.',
    consentOption: (person: string, purpose: string, recipient: string) =>
      `${person}: ${purpose}, voor ${recipient}`,
    submit: 'Gegevens delen',
    submitting: 'Bezig met delen…',
  },
  endShare: {
    question: (law: string, to: string) =>
      `Stoppen met het delen van gegevens van ${law} met ${to.toLowerCase()}?`,
    confirm: 'Ja, stoppen met delen',
    confirming: 'Bezig…',
    cancel: 'Nee, blijven delen',
  },
  errors: {
    purpose: 'Kies het doel van de toestemming',
    recipient: 'Kies de organisatie die de gegevens mag krijgen',
    givenOn: 'Vul de datum in waarop de toestemming is gegeven',
    givenOnFuture: 'De datum van de toestemming ligt in de toekomst',
    givenHow: 'Kies hoe de toestemming is gegeven',
    noteLong: 'De notitie is te lang: hoogstens 1000 tekens',
    withdrawnOn: 'Vul de datum van intrekken in',
    withdrawnOnFuture: 'De datum van intrekken ligt in de toekomst',
    withdrawnBeforeGiven: 'De datum van intrekken ligt vóór de datum waarop de toestemming is gegeven',
    withdrawnHow: 'Kies hoe de toestemming is ingetrokken',
    law: 'Kies de wet waarvan u de gegevens deelt',
    sameLaw: 'Kies een andere wet dan de wet waarvan u de gegevens deelt',
    basis: 'Kies de grondslag: een wetsartikel of toestemming',
    legalBasis: 'Vul het wetsartikel in, bijvoorbeeld "Wgs art. 8d"',
    consent: 'Kies de toestemming waarop het delen rust',
  },
} as const;
