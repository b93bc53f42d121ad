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
