// Dutch (B1) texts of the settings page: every question a field asks, what it means, and the law next to a term.
// One file, so the English catalogue can follow and the field names in the confirm step match the form.
import type {
  BoardKey,
  CaseTermKey,
  NoMatchPolicy,
  RetentionMonths,
  SignalKind,
  TermUnit,
} from '../../api/settings.ts';

export interface FieldText {
  /** The question above the field. */
  label: string;
  /** What the answer means, in plain words. */
  description: string;
  /** The short name in the list of changes of the confirm step. */
  short: string;
}

const termUnits: Record<TermUnit, { one: string; many: string }> = {
  werkdagen: { one: 'werkdag', many: 'werkdagen' },
  dagen: { one: 'dag', many: 'dagen' },
  weken: { one: 'week', many: 'weken' },
};

/** "4 weken", "1 werkdag". */
export function amountText(amount: number, unit: TermUnit): string {
  const words = termUnits[unit];
  return `${amount} ${amount === 1 ? words.one : words.many}`;
}

function plural(amount: number, one: string, many: string): string {
  return `${amount} ${amount === 1 ? one : many}`;
}

export const settingsTexts = {
  nav: 'Instellingen',
  title: 'Instellingen',
  intro:
    'Hier stelt u in hoe Regie werkt voor uw gemeente: hoe signalen binnenkomen en worden opgepakt, en welke termijnen ' +
    'gelden voor casussen. Er staan geen persoonsgegevens op deze pagina.',
  municipality: 'Gemeente',
  noMunicipality: 'U werkt niet voor een gemeente. Daarom kunt u hier niets instellen.',
  loading: 'Instellingen worden geladen',
  save: 'Wijzigingen bekijken',
  reset: 'Terug naar standaard',
  confirmSave: 'Ja, opslaan',
  confirmReset: 'Ja, terug naar standaard',
  saving: 'Bezig met opslaan…',
  cancel: 'Annuleren',
  confirmTitle: 'Kloppen deze wijzigingen?',
  confirmIntro: (count: number) =>
    count === 1 ? 'U verandert 1 instelling:' : `U verandert ${count} instellingen:`,
  confirmAfter: 'De nieuwe waarden gelden meteen voor nieuwe signalen en termijnen.',
  resetTitle: 'Terug naar de standaard?',
  nothingChanged: 'U heeft niets veranderd. Er is niets opgeslagen.',
  alreadyDefault: 'Alles staat al op de standaard. Er is niets veranderd.',
  from: (before: string, after: string) => `was ${before}, wordt ${after}`,
  added: (what: string) => `${what} komt erbij`,
  removed: (what: string) => `${what} vervalt`,
  none: 'geen',

  signals: {
    title: 'Signalen',
    intro:
      'Deze instellingen bepalen hoe Regie signalen van partners en medewerkers verwerkt: welke soorten er zijn, ' +
      'wanneer ze bij elkaar horen, wanneer Regie zelf een huishouden koppelt en hoe snel het team ze moet oppakken.',
    saved: 'De instellingen voor signalen zijn opgeslagen.',
    resetDone: 'De instellingen voor signalen staan weer op de standaard.',
    resetText:
      'Alle instellingen voor signalen krijgen weer de standaardwaarde. Categorieën die uw gemeente zelf heeft ' +
      'toegevoegd blijven bestaan, want er kunnen al signalen in zitten.',
    categories: {
      legend: 'Categorieën van signalen',
      description:
        'Bij elk signaal kiest de melder een categorie. De code staat bij ieder signaal opgeslagen en verandert ' +
        'daarom niet meer. De naam kunt u altijd aanpassen.',
      label: 'Naam',
      code: 'Code',
      codeNew: 'Code',
      codeDescription: 'Kleine letters, cijfers en streepjes. Na opslaan kunt u de code niet meer wijzigen.',
      kind: 'Soort signaal',
      kinds: {
        vroegsignaal: 'Vroegsignaal (betalingsachterstand, Wgs)',
        zorgsignaal: 'Zorgsignaal (andere zorg over een huishouden)',
      } satisfies Record<SignalKind, string>,
      kindShort: { vroegsignaal: 'vroegsignaal', zorgsignaal: 'zorgsignaal' } satisfies Record<
        SignalKind,
        string
      >,
      crisis: 'Dit is altijd een crisis (de kortere crisistermijn geldt)',
      row: (label: string, index: number) =>
        label.trim() ? `Categorie ${label.trim()}` : `Nieuwe categorie ${index + 1}`,
      add: 'Categorie toevoegen',
      remove: (label: string) => `Verwijder ${label || 'deze categorie'}`,
      arrearsFixed:
        'Deze categorie is nodig voor bestanden van het signaalplatform (DDAS en CSV). U kunt haar niet verwijderen.',
      usedByRules: (rules: string[]) =>
        `Gebruikt door routeringsregel ${rules.join(', ')}. Verwijderen kan pas als u die regel aanpast.`,
      summary: (label: string, code: string) => `Categorie ‘${label}’ (${code})`,
    },
    bundlingWindowDays: {
      label: 'Binnen hoeveel dagen horen signalen over hetzelfde huishouden bij elkaar?',
      description:
        'Signalen binnen deze periode komen samen in één zaak. Meldt dezelfde partner het nog eens, dan pakt het ' +
        'team dat niet opnieuw op. Standaard: 90 dagen. Vul 0 in als elk signaal een eigen zaak krijgt.',
      short: 'Signalen bundelen binnen',
    } satisfies FieldText,
    noMatch: {
      legend: 'Wat gebeurt er als Regie het huishouden van een signaal niet vindt?',
      description: 'Standaard: markeren als geen inwoner.',
      short: 'Als Regie geen huishouden vindt',
      options: {
        geen_inwoner: 'Markeren als ‘Persoon is geen inwoner (meer) in de gemeente’',
        wachten: 'Laten wachten, zodat een medewerker het signaal bekijkt',
      } satisfies Record<NoMatchPolicy, string>,
    },
    autoMatchScore: {
      label: 'Vanaf welke score koppelt Regie een signaal zelf aan een huishouden? (in procenten)',
      description:
        'Zonder BSN vergelijkt Regie adres, geboortedatum en naam. 100 betekent dat alles precies overeenkomt. ' +
        'Standaard: 80.',
      short: 'Zelf koppelen vanaf score',
    } satisfies FieldText,
    reviewMinScore: {
      label: 'Vanaf welke score legt Regie een signaal voor aan een medewerker? (in procenten)',
      description:
        'Tussen deze score en de score hierboven beoordeelt een medewerker of het signaal bij het huishouden hoort. ' +
        'Daaronder vindt Regie geen huishouden. Standaard: 40.',
      short: 'Laten beoordelen vanaf score',
    } satisfies FieldText,
    thresholds: {
      legend: 'Drempels per soort signaalpartner',
      description:
        'Een vroegsignaal onder de drempel pakt het team niet op (‘Niet opgepakt: onterecht signaal’). Laat een ' +
        'veld leeg voor geen drempel.',
      minAmountEuros: 'Vanaf welk bedrag (in hele euro’s)?',
      minSignals: 'Vanaf hoeveel signalen binnen de bundelperiode?',
      short: (partner: string) => `Drempel ${partner}`,
      value: (amount: number, signals: number) =>
        `vanaf € ${amount} en ${plural(signals, 'signaal', 'signalen')}`,
    },
    offerTermWorkingDays: {
      label: 'Binnen hoeveel werkdagen moet een signaal worden opgepakt?',
      description:
        'Zo lang heeft het team om de inwoner na een signaal een eerste gesprek aan te bieden. Standaard: 10 werkdagen.',
      short: 'Termijn om een signaal op te pakken',
    } satisfies FieldText,
    offerTermLaw: 'Geen wettelijke termijn: de Wgs noemt er geen. Dit is beleid van uw gemeente.',
    crisisTermWorkingDays: {
      label: 'Binnen hoeveel werkdagen moet een crisissignaal worden opgepakt?',
      description:
        'Bij dreigende huisuitzetting of afsluiting van energie of water. U mag deze termijn korter maken, niet langer.',
      short: 'Termijn om een crisissignaal op te pakken',
    } satisfies FieldText,
    crisisTermLaw: 'Wettelijke termijn: 3 werkdagen, Wgs art. 4 lid 2',
    retention: {
      legend: 'Hoe lang bewaart Regie signalen?',
      description: 'De Wgs noemt geen bewaartermijn. Uw gemeente legt die vast in het verwerkingsregister.',
      unmatched: {
        label: 'Signaal zonder gevonden huishouden: hoeveel maanden?',
        description: 'Standaard: 6 maanden.',
        short: 'Bewaren zonder huishouden',
      },
      notPickedUp: {
        label: 'Signaal dat niet is opgepakt: hoeveel maanden?',
        description: 'Standaard: 6 maanden.',
        short: 'Bewaren als niet opgepakt',
      },
      pickedUp: {
        label: 'Signaal dat is opgepakt: hoeveel maanden?',
        description: 'Standaard: 12 maanden.',
        short: 'Bewaren als opgepakt',
      },
      closedCase: {
        label: 'Zaak na het afsluiten: hoeveel maanden?',
        description: 'Standaard: 18 maanden.',
        short: 'Bewaren na afsluiten zaak',
      },
    } satisfies Record<keyof RetentionMonths, FieldText> & { legend: string; description: string },
    errors: {
      required: 'Vul dit veld in',
      wholeNumber: 'Vul een heel getal in',
      between: (min: number, max: number) => `Vul een getal in van ${min} tot en met ${max}`,
      atLeast: (min: number) => `Vul een getal in van ${min} of meer`,
      percent: 'Vul een getal in van 0 tot en met 100',
      reviewAboveAuto: 'De grens voor beoordelen mag niet hoger zijn dan de grens voor automatisch koppelen',
      crisisLonger: 'Deze termijn mag niet langer zijn dan de wet toestaat: 3 werkdagen (Wgs art. 4 lid 2)',
      noCategories: 'Er moet minstens één categorie zijn',
      labelRequired: 'Vul een naam in',
      codeRequired: 'Vul een code in',
      codeFormat: 'Gebruik kleine letters, cijfers en streepjes',
      codeTwice: (code: string) => `De code ${code} komt twee keer voor`,
      arrearsKind:
        'Betalingsachterstand moet een vroegsignaal blijven: bestanden van het signaalplatform gebruiken deze categorie',
    },
  },

  cases: {
    title: 'Termijnen en signalenbord',
    intro:
      'De termijnen die Regie gebruikt als iemand een termijn start bij een casus, en wanneer een casus op het ' +
      'signalenbord komt. Een termijn uit de wet mag uw gemeente korter maken, nooit langer.',
    saved: 'De termijnen en de instellingen van het signalenbord zijn opgeslagen.',
    resetDone: 'De termijnen en het signalenbord staan weer op de standaard.',
    resetText: 'Alle termijnen krijgen weer de waarde uit de wet en het signalenbord de standaardwaarden.',
    termsLegend: 'Termijnen',
    amount: 'Hoeveel?',
    unit: 'Eenheid',
    units: { werkdagen: 'werkdagen', dagen: 'kalenderdagen', weken: 'weken' } satisfies Record<
      TermUnit,
      string
    >,
    rule: 'Waar staat deze termijn? (wordt getoond bij elke termijn)',
    law: (amount: string, rule: string) => `Wettelijke termijn: ${amount}, ${rule}`,
    terms: {
      wgs_eerste_gesprek: {
        label: 'Binnen welke tijd krijgt iemand die hulp vraagt bij schulden een eerste gesprek?',
        description: 'Ook als de inwoner na een signaal het aanbod voor hulp aanneemt.',
        short: 'Eerste gesprek schuldhulp',
      },
      wgs_eerste_gesprek_dreigend: {
        label: 'Binnen welke tijd is het eerste gesprek als er een crisis dreigt?',
        description:
          'Bij dreigende huisuitzetting, afsluiting van energie of water, of opzegging van de zorgverzekering.',
        short: 'Eerste gesprek bij dreigende crisis',
      },
      wgs_besluit: {
        label: 'Binnen welke tijd na het eerste gesprek beslist de gemeente over schuldhulp?',
        description: 'Het besluit is een plan van aanpak of een afwijzing.',
        short: 'Besluit over schuldhulp',
      },
      wmo_onderzoek: {
        label: 'Binnen welke tijd na een melding voor Wmo-ondersteuning is het onderzoek klaar?',
        description: 'Het onderzoek of keukentafelgesprek na de melding.',
        short: 'Onderzoek Wmo',
      },
      wmo_beschikking: {
        label: 'Binnen welke tijd na een aanvraag voor Wmo-ondersteuning krijgt de inwoner een besluit?',
        description: 'De beschikking na de aanvraag.',
        short: 'Besluit Wmo',
      },
      awb_beslistermijn: {
        label:
          'Binnen welke tijd neemt de gemeente andere besluiten, zoals voor Jeugdwet of Participatiewet?',
        description: 'Als geen andere wet een termijn noemt, geldt de Algemene wet bestuursrecht.',
        short: 'Andere besluiten (Awb)',
      },
    } satisfies Record<CaseTermKey, FieldText>,
    boardLegend: 'Signalenbord',
    board: {
      riskMarginWorkingDays: {
        label: 'Hoeveel werkdagen voor het einde van een termijn komt een casus op het signalenbord?',
        description: 'De termijn staat dan op ‘risico’. Standaard: 5 werkdagen.',
        short: 'Termijn op risico vanaf',
      },
      evaluationIntervalMonths: {
        label: 'Na hoeveel maanden zonder evaluatie van het plan komt een casus op het signalenbord?',
        description: 'Standaard: 6 maanden.',
        short: 'Plan niet geëvalueerd na',
      },
      transitionWindowMonths: {
        label:
          'Hoeveel maanden voor de 18e verjaardag moet het plan een doel hebben voor de overgang naar volwassen?',
        description: 'Voor jongeren met jeugdhulp (18-/18+). Standaard: 12 maanden.',
        short: 'Overgang naar 18 jaar vanaf',
      },
    } satisfies Record<BoardKey, FieldText>,
    boardUnits: {
      riskMarginWorkingDays: (n: number) => plural(n, 'werkdag', 'werkdagen'),
      evaluationIntervalMonths: (n: number) => plural(n, 'maand', 'maanden'),
      transitionWindowMonths: (n: number) => plural(n, 'maand', 'maanden'),
    } satisfies Record<BoardKey, (n: number) => string>,
    errors: {
      amountWhole: 'Vul de termijn in als een heel getal',
      amountRange: 'Vul een termijn in van 1 tot en met 520',
      ruleRequired: 'Vul de regel in waar de termijn vandaan komt',
      ruleTooLong: 'De regel is te lang: hoogstens 200 tekens',
      longerThanLaw: (law: string, rule: string) =>
        `Deze termijn mag niet langer zijn dan de wet toestaat: ${law} (${rule})`,
      wholeNumber: 'Vul een heel getal in',
      between: (min: number, max: number) => `Vul een getal in van ${min} tot en met ${max}`,
    },
  },

  values: {
    days: (n: number) => plural(n, 'dag', 'dagen'),
    workingDays: (n: number) => plural(n, 'werkdag', 'werkdagen'),
    months: (n: number) => plural(n, 'maand', 'maanden'),
    percent: (n: number) => `${formatPercent(n)}`,
  },
};

/** A score 0..1 as a Dutch percentage: 0.8 → "80", 0.855 → "85,5". */
export function formatPercent(score: number): string {
  const value = Math.round(score * 10000) / 100;
  return String(value).replace('.', ',');
}
