// The server gives each timeline event a path inside the app; this turns it into a typed in-app link target.
import { type CaseTab, caseTabs } from '../cases/search.ts';

export type TimelineTarget =
  | { to: '/signalen/$signalId'; params: { signalId: string } }
  | { to: '/casussen/$caseId'; params: { caseId: string }; search: { tab?: CaseTab } };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SIGNAL = new RegExp(`^/signalen/(${UUID})$`, 'i');
const CASE = new RegExp(`^/casussen/(${UUID})(?:\\?tab=([a-z]+))?$`, 'i');

/** Null for a path the app does not know: then the event is shown without a link. */
export function timelineTarget(link: string | null): TimelineTarget | null {
  if (!link) return null;
  const signal = SIGNAL.exec(link);
  if (signal) return { to: '/signalen/$signalId', params: { signalId: signal[1] as string } };
  const found = CASE.exec(link);
  if (!found) return null;
  const tab = (caseTabs as readonly string[]).includes(found[2] ?? '') ? (found[2] as CaseTab) : undefined;
  return { to: '/casussen/$caseId', params: { caseId: found[1] as string }, search: tab ? { tab } : {} };
}
