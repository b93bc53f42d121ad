// The cost page keeps its choices in the URL (shareable, survives a reload). Malformed values are dropped.
import { compact, optionalString } from '../../routes/search.ts';

export interface CostSearch {
  gemeente?: string;
  jaar?: number;
  verdeling?: 'wet' | 'wijk' | 'team' | 'aanbieder';
}

const BREAKDOWNS = ['wet', 'wijk', 'team', 'aanbieder'] as const;

export function validateCostSearch(search: Record<string, unknown>): CostSearch {
  const year = Number(search.jaar);
  return compact({
    gemeente: optionalString(search.gemeente, 10),
    jaar: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    verdeling: BREAKDOWNS.find((b) => b === search.verdeling),
  });
}
