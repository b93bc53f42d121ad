// The case pages keep their filters and the open tab in the URL (shareable, survives a reload, back button works).
// Unknown or malformed values are dropped, never trusted.
import { compact, pageNumber } from '../../routes/search.ts';
import { type CasePhase, casePhases } from './labels.ts';

export const caseTabs = [
  'overzicht',
  'plan',
  'zrm',
  'voorzieningen',
  'termijnen',
  'versies',
  'delen',
] as const;
export type CaseTab = (typeof caseTabs)[number];

export interface CasesSearch {
  /** Only the user's own cases (regisseur, offered, or in the case team). */
  mine?: boolean;
  team?: string;
  phase?: CasePhase;
  page?: number;
}

export interface CaseSearch {
  /** Left out for the first tab (Overzicht), so the plain case URL is the overview. */
  tab?: CaseTab;
}

export interface CaseloadSearch {
  team?: string;
}

function uuid(value: unknown): string | undefined {
  return typeof value === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
    ? value.toLowerCase()
    : undefined;
}

function oneOf<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function validateCasesSearch(search: Record<string, unknown>): CasesSearch {
  return compact({
    mine: search.mine === true || search.mine === 'true' ? true : undefined,
    team: uuid(search.team),
    phase: oneOf(casePhases, search.phase),
    page: pageNumber(search.page),
  });
}

export function validateCaseSearch(search: Record<string, unknown>): CaseSearch {
  const tab = oneOf(caseTabs, search.tab);
  return compact({ tab: tab === 'overzicht' ? undefined : tab });
}

export function validateCaseloadSearch(search: Record<string, unknown>): CaseloadSearch {
  return compact({ team: uuid(search.team) });
}
