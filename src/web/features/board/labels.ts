// The Dutch texts of the signals board (B1). Kept beside the feature; the server writes each item's title and
// "wat te doen" text itself, so the board and the API say the same.
import type { BoardKind } from '../../api/board.ts';

export const boardTexts = {
  nav: 'Signalenbord',
  title: 'Signalenbord',
  intro:
    'Niemand tussen wal en schip. Hier staan de huishoudens waar iets te laat is of waar niemand de regie heeft. Bij elk punt staat wat u kunt doen.',
  team: 'Team',
  allTeams: 'Alle teams',
  kind: 'Soort',
  allKinds: 'Alle soorten',
  summary: 'Overzicht',
  summaryCaption: 'Aantal punten per soort',
  chartTitle: 'Aantal punten per soort',
  chartDescription: (total: number) =>
    `Staafdiagram met het aantal punten per soort, samen ${total}. De tabel hieronder heeft dezelfde getallen.`,
  count: 'Aantal',
  show: 'Toon',
  showKind: (label: string) => `Toon alleen: ${label}`,
  items: 'Punten',
  nothing: 'Er zijn geen punten. Niemand valt tussen wal en schip.',
  nothingOfKind: 'Geen punten van deze soort.',
  firstOf: (shown: number, total: number) => `De eerste ${shown} van ${total} punten.`,
  todo: 'Wat te doen',
  due: 'Datum',
  household: 'Huishouden bekijken',
  openCase: 'Casus openen',
  openSignal: 'Signaal openen',
  noAddress: 'Nog niet gekoppeld aan een huishouden',
  teamLabel: 'Team',
} as const;

export const boardKindLabels: Record<BoardKind, string> = {
  signaal_niet_opgepakt: 'Signaal niet op tijd opgepakt',
  geen_regisseur: 'Casus zonder regisseur',
  termijn_verlopen: 'Termijn verlopen',
  termijn_risico: 'Termijn loopt bijna af',
  geen_gedeeld_plan: 'Meer wetten, geen gedeeld plan',
  overgang_18: 'Jongere wordt 18',
  niet_geevalueerd: 'Plan niet geëvalueerd',
};

/** What each kind means, shown under its heading so a new colleague understands why a household is listed. */
export const boardKindDescriptions: Record<BoardKind, string> = {
  signaal_niet_opgepakt: 'Signalen die niet zijn opgepakt binnen de termijn van de gemeente.',
  geen_regisseur: 'Open casussen zonder regisseur. Staat er een vraag open, dan staat erbij aan wie.',
  termijn_verlopen: 'Wettelijke termijnen die voorbij zijn en nog niet gehaald.',
  termijn_risico: 'Wettelijke termijnen die binnen een paar werkdagen aflopen.',
  geen_gedeeld_plan: 'Huishoudens met hulp via twee of meer wetten, maar zonder gedeeld plan.',
  overgang_18:
    'Jongeren met jeugdhulp die binnenkort 18 worden, zonder doel voor de overgang (18-/18+) in het plan.',
  niet_geevalueerd: 'Plannen in uitvoering die al lang niet zijn geëvalueerd.',
};
