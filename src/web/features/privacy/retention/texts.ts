// Dutch texts (B1) of the page "Bewaartermijnen".
export const retentionTexts = {
  title: 'Bewaartermijnen',
  intro:
    'Regie bewaart gegevens niet langer dan nodig. Hier ziet u per soort gegevens hoe lang Regie ze bewaart. ' +
    'Elke dag vernietigt Regie wat over de termijn is. Een blokkade houdt gegevens vast, bijvoorbeeld bij een ' +
    'bezwaar of een rechtszaak.',
  municipality: (name: string) => `Gemeente ${name}`,
  terms: {
    title: 'Termijnen',
    caption: 'Bewaartermijn per soort gegevens',
    category: 'Soort gegevens',
    term: 'Termijn',
    default: 'Standaard',
    from: 'Telt vanaf',
    action: 'Actie',
    edit: 'Wijzigen',
    editLabel: (label: string) => `Termijn wijzigen: ${label}`,
    months: (n: number) => `${n} ${n === 1 ? 'maand' : 'maanden'}`,
    yearsHint: (n: number) => (n >= 24 && n % 12 === 0 ? ` (${n / 12} jaar)` : ''),
    changed: 'aangepast',
    signalNote:
      'Een nieuwe termijn voor signalen geldt vanaf de volgende stap van een signaal (binnenkomen, oppakken, ' +
      'afsluiten). Voor casussen en importverslagen geldt hij bij de volgende vernietiging.',
    field: 'Aantal maanden',
    fieldHint: 'Een heel getal van 1 tot en met 1200.',
    review: 'Controleren',
    reset: 'Terug naar standaard',
    cancel: 'Annuleren',
    confirmTitle: 'Klopt deze wijziging?',
    confirmLine: (label: string, was: number, wordt: number) =>
      `${label}: was ${was} ${was === 1 ? 'maand' : 'maanden'}, wordt ${wordt} ${wordt === 1 ? 'maand' : 'maanden'}.`,
    confirmShorter:
      'Een kortere termijn betekent dat Regie bij de volgende vernietiging meer gegevens weggooit. Dat kan niet ' +
      'ongedaan worden gemaakt.',
    save: 'Ja, opslaan',
    saving: 'Bezig met opslaan…',
    saved: (label: string) => `De termijn voor "${label}" is opgeslagen.`,
    same: 'Dit is de termijn die al geldt.',
  },
  holds: {
    title: 'Blokkades',
    intro:
      'Zolang een blokkade actief is, vernietigt Regie de casus of het huishouden niet, ook niet als de termijn ' +
      'voorbij is. Geef altijd een reden.',
    caption: 'Actieve blokkades',
    empty: 'Er zijn geen actieve blokkades.',
    what: 'Wat',
    case: 'Casus',
    household: 'Huishouden',
    reason: 'Reden',
    placed: 'Opgelegd',
    placedBy: (name: string, when: string) => `${when} door ${name}`,
    action: 'Actie',
    lift: 'Opheffen',
    liftLabel: (id: string) => `Blokkade opheffen op ${id}`,
    formTitle: 'Blokkade opleggen',
    targetLegend: 'Waar geldt de blokkade voor?',
    targetCase: 'Een casus',
    targetHousehold: 'Een huishouden (alle casussen en signalen)',
    caseId: 'Casus-id',
    householdId: 'Huishouden-id',
    idHint: 'Het id staat in de adresbalk van de casus of het huishouden, bijvoorbeeld 3f2c…-….',
    reasonField: 'Reden',
    reasonHint: 'Bijvoorbeeld: bezwaar loopt, rechtszaak, verzoek van de toezichthouder. Minstens 10 tekens.',
    place: 'Blokkade opleggen',
    placing: 'Bezig…',
    placed_ok: 'De blokkade is opgelegd.',
    liftTitle: 'Blokkade opheffen?',
    liftText:
      'Na het opheffen kan Regie deze gegevens bij de volgende vernietiging weggooien, als de termijn voorbij is.',
    liftReason: 'Reden van opheffen',
    liftConfirm: 'Ja, opheffen',
    lifted: 'De blokkade is opgeheven.',
    errors: {
      id: 'Vul een geldig id in (36 tekens, zoals 3f2c8a10-…)',
      reason: 'Vul een reden in van minstens 10 tekens',
    },
  },
  destructions: {
    title: 'Vernietigingen',
    intro:
      'Elke vernietiging staat hier met de aantallen per soort gegevens. Er staan geen namen of nummers van ' +
      'inwoners in.',
    caption: 'Vernietigingen, nieuwste eerst',
    empty: 'Regie heeft nog geen vernietiging gedaan.',
    when: 'Wanneer',
    total: 'Totaal',
    chartTitle: 'Aantal vernietigde gegevens per ronde',
    chartDescription: (n: number) =>
      `Staafdiagram van het totaal aantal vernietigde gegevens in de ${n} rondes van deze pagina. De tabel eronder geeft dezelfde aantallen.`,
  },
} as const;
