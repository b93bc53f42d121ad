// How signal codes read in Dutch: the partner's feedback, where a signal came from, the case kind, and why a
// signal was matched to a household ("Gekoppeld op adres en geboortedatum, score 0,9").
import type { MatchReden } from '../../api/signals.ts';
import { t } from '../../i18n/index.ts';

const scoreFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** Opgepakt / Niet opgepakt / In behandeling. */
export function feedbackLabel(terugkoppeling: string): string {
  return (t.signals.feedback as Record<string, string>)[terugkoppeling] ?? terugkoppeling;
}

/** Formulier, Partnerkoppeling (API), DDAS-bestand, CSV-bestand. */
export function sourceLabel(bron: string): string {
  return (t.signals.sources as Record<string, string>)[bron] ?? bron;
}

export function caseKindLabel(soort: string): string {
  return (t.signals.caseKinds as Record<string, string>)[soort] ?? soort;
}

export function kindLabel(soort: string): string {
  return (t.signals.kinds as Record<string, string>)[soort] ?? soort;
}

export function matchStatusLabel(status: string): string {
  return (t.signals.matchStatuses as Record<string, string>)[status] ?? status;
}

/** Address parts count once as "adres"; the rest in a fixed order. */
const FIELD_GROUP: Record<string, string> = {
  bsn: 'bsn',
  postcode: 'adres',
  huisnummer: 'adres',
  huisletter: 'adres',
  toevoeging: 'adres',
  huisnummertoevoeging: 'adres',
  adres: 'adres',
  geboortedatum: 'geboortedatum',
  naam: 'naam',
};
const GROUP_ORDER = ['bsn', 'adres', 'geboortedatum', 'naam'];

/** "adres, geboortedatum en naam" */
function joinDutch(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${t.signals.match.and} ${parts[parts.length - 1]}`;
}

/** The reason a signal was matched, in words; null when it was not matched. */
export function matchReasonText(match: MatchReden | null | undefined): string | null {
  if (!match) return null;
  const m = t.signals.match;
  const groups = new Set(match.velden.map((field) => FIELD_GROUP[field] ?? field));
  const known = GROUP_ORDER.filter((group) => groups.has(group));
  const other = [...groups].filter((group) => !GROUP_ORDER.includes(group));
  const names = [...known, ...other].map((group) => (m.fields as Record<string, string>)[group] ?? group);
  const score = scoreFormat.format(match.score);
  if (match.methode === 'handmatig')
    return names.length > 0 ? m.manualWithFields(joinDutch(names), score) : m.manual;
  if (match.methode === 'bsn' && names.length <= 1) return m.byBsn;
  return m.byFields(joinDutch(names.length > 0 ? names : [m.fields.adres]), score);
}

/** Whole days from one calendar date to another (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The deadline has passed and the signal still waits to be picked up. */
export function isOverdue(deadline: string | null, status: string, today: string): boolean {
  return Boolean(deadline) && status === 'Nog niet opgepakt' && (deadline as string) < today;
}
