// The supervisor pack page keeps its choice (municipality, year) in the URL; malformed values are dropped.
import { compact, optionalString } from '../../routes/search.ts';

export interface OversightSearch {
  gemeente?: string;
  jaar?: number;
}

export function validateOversightSearch(search: Record<string, unknown>): OversightSearch {
  const year = Number(search.jaar);
  return compact({
    gemeente: optionalString(search.gemeente, 10),
    jaar: Number.isInteger(year) && year >= 2015 && year <= 2100 ? year : undefined,
  });
}
