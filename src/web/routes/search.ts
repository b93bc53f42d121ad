// Validation of URL search parameters: unknown or malformed values are dropped, never trusted.

export function optionalString(value: unknown, maxLength = 200): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed && trimmed.length <= maxLength ? trimmed : undefined;
}

export function pageNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 1 && n < 1_000_000 ? n : undefined;
}

export function isoDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** Removes undefined entries so URLs stay short. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export interface ListSearch {
  page?: number;
}

export function validateListSearch(search: Record<string, unknown>): ListSearch {
  return compact({ page: pageNumber(search.page) });
}

export interface HouseholdsSearch extends ListSearch {
  search?: string;
  wijk?: string;
}

export function validateHouseholdsSearch(search: Record<string, unknown>): HouseholdsSearch {
  return compact({
    search: optionalString(search.search),
    wijk: optionalString(search.wijk, 20),
    page: pageNumber(search.page),
  });
}

export interface AuditSearch extends ListSearch {
  from?: string;
  to?: string;
  action?: string;
}

export function validateAuditSearch(search: Record<string, unknown>): AuditSearch {
  return compact({
    from: isoDate(search.from),
    to: isoDate(search.to),
    action: optionalString(search.action, 100),
    page: pageNumber(search.page),
  });
}

export interface PopulationSearch {
  gemeente?: string;
}

export function validatePopulationSearch(search: Record<string, unknown>): PopulationSearch {
  return compact({ gemeente: optionalString(search.gemeente, 10) });
}

export interface NormImpactSearch {
  gemeente?: string;
  peildatum?: string;
  /** Extra policy variant: the age from which a housemate counts as a cost-sharer. */
  leeftijd?: number;
}

function age(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 18 && n <= 67 ? n : undefined;
}

export function validateNormImpactSearch(search: Record<string, unknown>): NormImpactSearch {
  return compact({
    gemeente: optionalString(search.gemeente, 10),
    peildatum: isoDate(search.peildatum),
    leeftijd: age(search.leeftijd),
  });
}

function uuid(value: unknown): string | undefined {
  return typeof value === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
    ? value.toLowerCase()
    : undefined;
}

export interface BijstandsnormSearch {
  /** Open the calculator for this household: prefill it and offer to record a decision. */
  huishouden?: string;
}

export function validateBijstandsnormSearch(search: Record<string, unknown>): BijstandsnormSearch {
  return compact({ huishouden: uuid(search.huishouden) });
}

export interface HouseholdSearch {
  /** A message to show once, after an action on another page (e.g. a decision was recorded). */
  melding?: 'besluit-vastgelegd';
}

export function validateHouseholdSearch(search: Record<string, unknown>): HouseholdSearch {
  const melding: HouseholdSearch['melding'] =
    search.melding === 'besluit-vastgelegd' ? 'besluit-vastgelegd' : undefined;
  return compact({ melding });
}
