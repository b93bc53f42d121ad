// Dutch (B1) texts of the processing register page. One file, so an English catalogue can follow.
export const registerTexts = {
  title: 'Verwerkingsregister',
  intro:
    'In dit register staat welke persoonsgegevens Regie gebruikt en waarom. Per doel ziet u op grond van welke ' +
    'wet dat mag, welke gegevens het zijn, wie ze krijgt en hoe lang ze bewaard blijven. Elke gemeente moet zo’n ' +
    'register hebben: dat staat in de AVG, artikel 30.',
  termsOf: (municipality: string) =>
    `De bewaartermijnen zijn die van gemeente ${municipality}, zoals ze nu zijn ingesteld.`,
  termsDefault: 'De bewaartermijnen zijn de standaardtermijnen.',
  loading: 'Het verwerkingsregister wordt geladen…',
  about: 'Over dit register',
  version: 'Versie',
  validFrom: 'Geldt vanaf',
  municipality: 'Gemeente',
  download: 'Downloaden',
  downloadIntro:
    'Download het register om het te bewaren of te delen. Elke download wordt vastgelegd in het logboek.',
  downloadCsv: 'Download als CSV (voor Excel)',
  downloadJson: 'Download als JSON (voor andere programma’s)',
  purposes: 'Doelen',
  purposesIntro: 'Regie gebruikt persoonsgegevens alleen voor deze doelen.',
  legalBases: 'Grondslag (wet en artikel)',
  categories: 'Welke gegevens',
  recipients: 'Wie krijgt de gegevens',
  retention: 'Hoe lang bewaard',
  categoriesTitle: 'Soorten persoonsgegevens',
  categoriesIntro:
    'Elke tabel in de database met persoonsgegevens hoort bij minstens één soort. Bijzondere gegevens gaan over ' +
    'gezondheid: daarvoor gelden extra regels (AVG artikel 9).',
  categoriesCaption: 'Soorten persoonsgegevens met hun tabellen en bewaartermijn',
  colCategory: 'Soort gegevens',
  colDescription: 'Wat het is',
  colLaw: 'Wet',
  colSpecial: 'Bijzonder',
  colTables: 'Tabellen',
  colRetention: 'Bewaartermijn',
  yes: 'Ja',
  no: 'Nee',
  retentionTitle: 'Bewaartermijnen',
  retentionIntro:
    'Na deze termijn vernietigt Regie de gegevens, tenzij er een blokkade is (bijvoorbeeld voor een rechtszaak).',
  retentionCaption: 'Bewaartermijnen per soort',
  colKind: 'Soort',
  colTerm: 'Termijn',
  colWhere: 'In te stellen bij',
  whereSignal: 'Instellingen voor signalen',
  whereRetention: 'Bewaartermijnen',
  nonPersonalTitle: 'Tabellen zonder persoonsgegevens',
  nonPersonalIntro: 'Deze tabellen bevatten geen gegevens over inwoners of medewerkers.',
  nonPersonalCaption: 'Tabellen zonder persoonsgegevens en waarom',
  colTable: 'Tabel',
  colReason: 'Waarom geen persoonsgegevens',
} as const;
