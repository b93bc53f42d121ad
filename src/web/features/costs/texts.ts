// Dutch (B1) texts of the cost page.
const THRESHOLD = 10;

export const costTexts = {
  nav: 'Kosten',
  title: 'Kosten en budget',
  intro:
    'Wat de besluiten over voorzieningen kosten, per wet: vastgelegd in het jaar, gerealiseerd tot vandaag en de ' +
    'prognose tot het einde van het jaar, naast het budget. Alleen totalen, nooit gegevens van een persoon.',
  declarations:
    'Let op: Regie krijgt geen declaraties of facturen van aanbieders. "Gerealiseerd" is daarom wat de besluiten ' +
    'tot en met vandaag kosten volgens de beschikking, niet wat echt betaald is.',
  noMunicipality: 'U werkt niet voor een gemeente, dus er zijn geen kosten om te tonen.',
  loading: 'Kosten laden…',
  suppressed: `< ${THRESHOLD}`,
  noValue: '–',
  noBudget: 'geen budget',
  filters: {
    label: 'Kosten kiezen',
    municipality: 'Gemeente',
    year: 'Jaar',
    breakdown: 'Verdeling',
    breakdowns: { wet: 'Per wet', wijk: 'Per wijk', team: 'Per team', aanbieder: 'Per aanbieder' },
    submit: 'Kosten tonen',
  },
  chartTitle: (law: string) => `${law}: budget, vastgelegd en prognose`,
  chartDescription:
    'Staafdiagram met het budget, de vastgelegde kosten en de prognose in euro. De tabel eronder heeft dezelfde cijfers.',
  chartAxis: 'euro',
  lawCaption: (law: string, municipality: string, year: number) => `${law} in ${municipality}, ${year}`,
  figure: 'Cijfer',
  value: 'Waarde',
  lawRows: {
    budget: 'Budget',
    committed: 'Vastgelegd',
    realised: 'Gerealiseerd tot en met vandaag',
    forecast: 'Prognose tot het einde van het jaar',
    households: 'Huishoudens',
    zonderTarief: 'Voorzieningen zonder tarief',
  },
  breakdownTitle: (label: string) => `Kosten per ${label.toLowerCase()}`,
  breakdownCaption: (label: string, municipality: string, year: number) =>
    `Kosten per wet en ${label.toLowerCase()} in ${municipality}, ${year}`,
  lawTitle: 'Kosten per wet',
  lawCaptionAll: (municipality: string, year: number) => `Kosten per wet in ${municipality}, ${year}`,
  columns: {
    law: 'Wet',
    households: 'Huishoudens',
    committed: 'Vastgelegd',
    realised: 'Gerealiseerd',
    forecast: 'Prognose',
    budget: 'Budget',
    zonderTarief: 'Zonder tarief',
  },
  allLaws: 'Alle wetten',
  zonderTariefWarning: (n: string) =>
    `${n} voorzieningen hebben een omvang maar geen tarief. Die tellen niet mee in de bedragen.`,
  downloadCsv: 'Download deze cijfers als CSV-bestand',
  explanationTitle: 'Hoe we rekenen',
  basis: (from: string, to: string, months: number) =>
    `De instroom voor de prognose komt uit besluiten die begonnen van ${from} tot en met ${to}; er ${
      months === 1 ? 'is nog 1 volle maand' : `zijn nog ${months} volle maanden`
    } in dit jaar.`,
  suppressionTitle: 'Kleine aantallen',
  manageTitle: 'Tarieven en budgetten',
  tariffs: {
    title: 'Tarieven',
    caption: (municipality: string) => `Tarieven van ${municipality}`,
    none: 'Er zijn nog geen tarieven.',
    columns: {
      law: 'Wet',
      product: 'Product',
      unit: 'Eenheid',
      price: 'Prijs per eenheid',
      from: 'Vanaf',
      to: 'Tot en met',
      action: 'Actie',
    },
    open: 'geen einddatum',
    addTitle: 'Tarief toevoegen',
    fields: {
      law: 'Wet',
      chooseLaw: 'Kies een wet',
      product: 'Product (code)',
      productHint: 'De code van de voorziening, zoals huishoudelijke-ondersteuning',
      unit: 'Eenheid',
      chooseUnit: 'Kies een eenheid',
      price: 'Prijs per eenheid in euro',
      priceHint: 'Bijvoorbeeld 32,50',
      validFrom: 'Geldig vanaf',
      validTo: 'Geldig tot en met (mag leeg)',
    },
    add: 'Tarief toevoegen',
    confirmAdd: (product: string, price: string, from: string) =>
      `Weet u het zeker? U voegt een tarief toe voor ${product}: ${price} per eenheid, vanaf ${from}. Een tarief kunt u daarna niet meer wijzigen, alleen beëindigen.`,
    confirm: 'Ja, opslaan',
    cancel: 'Annuleren',
    added: 'Het tarief is toegevoegd.',
    end: (product: string) => `Beëindig tarief ${product}`,
    endTitle: (product: string) => `Tarief ${product} beëindigen`,
    endDate: 'Laatste dag van het tarief',
    confirmEnd: (product: string, day: string) =>
      `Weet u het zeker? Het tarief voor ${product} geldt dan tot en met ${day}. Dit kunt u niet terugdraaien.`,
    ended: 'Het tarief is beëindigd.',
    errors: {
      law: 'Kies de wet',
      product:
        'Vul de productcode in met kleine letters, cijfers en streepjes, zoals huishoudelijke-ondersteuning',
      unit: 'Kies de eenheid',
      price: 'Vul de prijs in euro in, zoals 32,50',
      validFrom: 'Vul de begindatum in',
      validTo: 'Vul de einddatum in als datum, of laat hem leeg',
      validToBefore: 'De einddatum ligt vóór de begindatum',
      endDate: 'Vul de laatste dag in',
    },
  },
  budgets: {
    title: 'Budget instellen',
    intro: 'Het budget per wet voor het gekozen jaar. Een nieuw bedrag vervangt het oude.',
    law: 'Wet',
    chooseLaw: 'Kies een wet',
    amount: 'Budget in euro',
    amountHint: 'Bijvoorbeeld 1.250.000',
    save: 'Budget opslaan',
    confirm: (law: string, amount: string, year: number) =>
      `Weet u het zeker? Het budget voor ${law} in ${year} wordt ${amount}.`,
    saved: (law: string) => `Het budget voor ${law} is opgeslagen.`,
    errors: { law: 'Kies de wet', amount: 'Vul het budget in euro in, zoals 1.250.000' },
  },
  units: { uur: 'uur', dagdeel: 'dagdeel', etmaal: 'etmaal', stuk: 'stuk', week: 'week', maand: 'maand' },
};
