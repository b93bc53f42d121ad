// The indicator page keeps its choices in the URL (shareable, survives a reload). Malformed values are dropped;
// a well-formed but impossible month goes to the server, whose Dutch message is shown at the field.
import { compact, optionalString } from '../../routes/search.ts';

export interface IndicatorSearch {
  gemeente?: string;
  /** A region code: then the page shows the region and its municipalities instead of one municipality. */
  regio?: string;
  indicator?: string;
  van?: string;
  tot?: string;
  verdeling?: (typeof BREAKDOWNS)[number];
}

const LOOSE_MONTH = /^\d{4}-\d{2}$/;
const BREAKDOWNS = ['wijk', 'partnertype', 'team', 'huishoudtype'] as const;

function month(value: unknown): string | undefined {
  return typeof value === 'string' && LOOSE_MONTH.test(value) ? value : undefined;
}

export function validateIndicatorSearch(search: Record<string, unknown>): IndicatorSearch {
  const indicator = optionalString(search.indicator, 60);
  const verdeling = BREAKDOWNS.find((b) => b === search.verdeling);
  return compact({
    gemeente: optionalString(search.gemeente, 10),
    regio: optionalString(search.regio, 20),
    indicator: indicator && /^[a-z0-9-]+$/.test(indicator) ? indicator : undefined,
    van: month(search.van),
    tot: month(search.tot),
    verdeling,
  });
}
