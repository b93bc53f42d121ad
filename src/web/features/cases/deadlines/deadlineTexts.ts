// Dutch (B1) words of the Termijnen tab: the kinds of term, their status, units and the texts of the forms.
// One file, so the tab, its forms and the tests name a term the same way.
import type { Deadline, DeadlineKind, DeadlineStatus, TermUnit } from '../../../api/deadlines.ts';

export const kindLabels: Record<DeadlineKind, string> = {
  wgs_eerste_gesprek: 'Eerste gesprek schuldhulp',
  wgs_besluit: 'Besluit schuldhulp (plan van aanpak of afwijzing)',
  wmo_onderzoek: 'Wmo-onderzoek na melding',
  wmo_beschikking: 'Wmo-beschikking na aanvraag',
  awb_beslistermijn: 'Beslissing op een aanvraag (Awb)',
};

/** What starts each term: shown under the kind select so people pick the right start date. */
export const kindStarts: Record<DeadlineKind, string> = {
  wgs_eerste_gesprek:
    'Start: de dag van de hulpvraag, of de dag dat de inwoner het aanbod na een signaal aannam.',
  wgs_besluit: 'Start: de dag van het eerste gesprek.',
  wmo_onderzoek: 'Start: de dag van de melding.',
  wmo_beschikking: 'Start: de dag dat de aanvraag binnenkwam.',
  awb_beslistermijn: 'Start: de dag dat de aanvraag binnenkwam.',
};

/** The status in words: never only a colour. */
export const statusLabels: Record<DeadlineStatus, string> = {
  lopend: 'Loopt',
  risico: 'Bijna verlopen',
  verlopen: 'Verlopen',
  gehaald: 'Gehaald',
  opgeschort: 'Staat stil',
};

export function statusText(deadline: Pick<Deadline, 'status' | 'metOn' | 'dueOn'>): string {
  if (deadline.status === 'gehaald' && deadline.metOn && deadline.metOn > deadline.dueOn) {
    return 'Gehaald, maar te laat';
  }
  return statusLabels[deadline.status];
}

export const unitOptions: { value: TermUnit; label: string }[] = [
  { value: 'weken', label: 'weken' },
  { value: 'dagen', label: 'dagen' },
  { value: 'werkdagen', label: 'werkdagen' },
];

export function amountText(amount: number, unit: TermUnit): string {
  if (amount !== 1) return `${amount} ${unit}`;
  return unit === 'weken' ? '1 week' : unit === 'dagen' ? '1 dag' : '1 werkdag';
}

const longDate = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "maandag 21 december 2026": with the weekday, because a term moves past weekends and holidays. */
export function dayText(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const moment = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(moment.getTime()) ? iso : longDate.format(moment);
}

export const texts = {
  intro:
    'De wet geeft termijnen voor een gesprek of een besluit. Regie rekent de uiterlijke datum uit. Weekenden en feestdagen tellen mee zoals de Algemene termijnenwet zegt.',
  loading: 'Termijnen laden',
  empty: 'Er lopen nog geen termijnen voor deze casus.',
  closed: 'Deze casus is afgesloten. U kunt de termijnen alleen bekijken.',
  listLabel: 'Termijnen van deze casus',
  fields: {
    status: 'Status',
    dueOn: 'Uiterlijk op',
    startedOn: 'Gestart op',
    rule: 'Wettelijke regel',
    explanation: 'Zo is de datum berekend',
    suspensions: 'Stilgezet',
    extension: 'Verlengd',
    metOn: 'Gehaald op',
  },
  suspensionLine: (from: string, to: string | null, reason: string) =>
    to
      ? `Van ${dayText(from)} tot ${dayText(to)}. Reden: ${reason}`
      : `Sinds ${dayText(from)}, staat nog stil. Reden: ${reason}`,
  extensionLine: (amount: number, unit: TermUnit, reason: string) =>
    `Met ${amountText(amount, unit)}. Reden: ${reason}`,
  actions: {
    suspend: 'Termijn stilzetten',
    resume: 'Termijn weer laten lopen',
    extend: 'Termijn verlengen',
    met: 'Termijn gehaald',
  },
  actionHelp: {
    suspend:
      'Zet de termijn stil als u de inwoner vraagt om gegevens aan te vullen (Awb artikel 4:15). De dagen dat de termijn stilstaat, komen erbij.',
    resume: 'Vul de dag in waarop de aanvulling binnenkwam. Vanaf die dag loopt de termijn weer.',
    extend:
      'U mag een termijn één keer verlengen, vóór de uiterlijke datum (Awb artikel 4:14). Laat de inwoner weten waarom.',
    met: 'Vul de dag in waarop het gesprek was of het besluit is verstuurd.',
  },
  form: {
    newTitle: 'Nieuwe termijn',
    newButton: 'Termijn toevoegen',
    kind: 'Soort termijn',
    chooseKind: 'Kies een soort termijn',
    startedOn: 'Startdatum',
    threatening:
      'Er is een dreigende situatie (huisuitzetting, afsluiting van energie of water, opzegging zorgverzekering)',
    threateningHelp: 'Dan is de termijn 3 werkdagen (Wgs artikel 4 lid 2).',
    from: 'Eerste dag dat de termijn stilstaat',
    to: 'Dag waarop de termijn weer loopt',
    reason: 'Reden',
    amount: 'Verlengen met',
    unit: 'Eenheid',
    chooseUnit: 'Kies een eenheid',
    on: 'Datum',
    check: 'Controleren',
    cancel: 'Annuleren',
    confirm: 'Ja, opslaan',
    back: 'Terug naar het formulier',
    saving: 'Bezig met opslaan',
    confirmTitle: 'Klopt dit?',
    saved: 'De termijn is opgeslagen.',
  },
  termOf: (amount: number, unit: TermUnit, rule: string) => `${amountText(amount, unit)} (${rule})`,
};
