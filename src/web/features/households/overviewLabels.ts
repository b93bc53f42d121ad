// Dutch texts (B1) of the household page's overview sections: case, signals, plan, provisions, deadlines, timeline.
import type { DeadlineStatus, TimelineKind } from '../../api/board.ts';

export const overviewTexts = {
  caseTitle: 'Regisseur en team',
  noCase: 'Er is geen open casus voor dit huishouden.',
  phase: 'Fase',
  team: 'Team',
  regisseur: 'Regisseur',
  noRegisseur: 'Nog geen regisseur',
  offered: (name: string) => `${name} is gevraagd om regisseur te worden`,
  openedOn: 'Casus geopend op',
  openCase: 'Casus openen',
  restricted:
    'U werkt niet aan de casus van dit huishouden. Daarom ziet u het plan en de termijnen niet. Neem contact op met de regisseur of het team.',
  signalsTitle: 'Open signalen',
  noSignals: 'Er zijn geen open signalen die u mag zien.',
  signalsCaption: 'Open signalen van dit huishouden',
  received: 'Ontvangen',
  category: 'Signaal',
  status: 'Status',
  deadline: 'Termijn',
  crisis: 'crisis',
  planTitle: 'Plan',
  noPlan: 'Er is nog geen plan opgeslagen.',
  planVersion: 'Versie',
  savedAt: 'Opgeslagen',
  savedBy: 'Door',
  goals: 'Doelen',
  openActions: 'Open acties',
  transitionGoals: 'Doelen voor de overgang naar 18',
  agreement: 'Afgesproken met het huishouden',
  agreed: (version: number, on: string, how: string) => `Ja, versie ${version} op ${on} (${how})`,
  agreedOlder: (version: number, on: string) => `Alleen een oudere versie (${version}, op ${on})`,
  notAgreed: 'Nog niet',
  openPlan: 'Plan openen',
  provisionsTitle: 'Voorzieningen',
  noProvisions: 'Er zijn geen voorzieningen die u mag zien.',
  provisionsCaption: 'Voorzieningen van dit huishouden',
  law: 'Wet',
  product: 'Voorziening',
  period: 'Periode',
  extent: 'Omvang',
  person: 'Voor',
  wholeHousehold: 'Het hele huishouden',
  from: (start: string, end: string | null) => (end ? `${start} tot en met ${end}` : `vanaf ${start}`),
  deadlinesTitle: 'Termijnen',
  noDeadlines: 'Er lopen geen termijnen.',
  deadlinesCaption: 'Termijnen van de casus',
  deadlineKind: 'Termijn',
  dueOn: 'Uiterlijk',
  metOn: 'Gehaald op',
  timelineTitle: 'Tijdlijn',
  timelineIntro: 'Alles wat er met dit huishouden is gebeurd en dat u mag zien. Het nieuwste staat bovenaan.',
  noTimeline: 'Er is nog niets gebeurd dat u mag zien.',
  open: 'Bekijken',
} as const;

export const lawLabels: Record<string, string> = {
  wmo: 'Wmo',
  jeugdwet: 'Jeugdwet',
  participatiewet: 'Participatiewet',
  wgs: 'Schuldhulp (Wgs)',
  overig: 'Overig',
};

export const provisionStatusLabels: Record<string, string> = {
  aangevraagd: 'Aangevraagd',
  toegekend: 'Toegekend',
  beeindigd: 'Beëindigd',
  afgewezen: 'Afgewezen',
};

export const deadlineStatusLabels: Record<DeadlineStatus, string> = {
  lopend: 'Loopt',
  risico: 'Loopt bijna af',
  verlopen: 'Verlopen',
  gehaald: 'Gehaald',
  opgeschort: 'Opgeschort',
};

export const timelineKindLabels: Record<TimelineKind, string> = {
  signaal: 'Signaal',
  contactpoging: 'Contactpoging',
  besluit: 'Besluit',
  planversie: 'Plan',
  fase: 'Fase',
  regisseur: 'Regisseur',
};

/** "algemene-bijstand" → "Algemene bijstand": product codes are stable codes, this is how they read. */
export function productLabel(code: string): string {
  const words = code.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
