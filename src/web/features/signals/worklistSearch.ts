// The worklist's filters live in the URL (shareable, back button works). Unknown or malformed values are dropped.
import type { WerklijstSortering, WerklijstStatus } from '../../api/signals.ts';
import { compact, optionalString, pageNumber } from '../../routes/search.ts';

export interface WorklistSearch {
  team?: string;
  status?: WerklijstStatus;
  categorie?: string;
  wijk?: string;
  /** Only crisis signals. */
  crisis?: boolean;
  minBedrag?: number;
  ouderDanDagen?: number;
  sort?: WerklijstSortering;
  page?: number;
}

function uuid(value: unknown): string | undefined {
  return typeof value === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
    ? value.toLowerCase()
    : undefined;
}

function wholeNumber(value: unknown, max: number): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max ? n : undefined;
}

function code(value: unknown): string | undefined {
  const s = optionalString(value, 40);
  return s && /^[A-Za-z0-9-]+$/.test(s) ? s : undefined;
}

export function validateWorklistSearch(search: Record<string, unknown>): WorklistSearch {
  const status: WerklijstStatus | undefined =
    search.status === 'open' || search.status === 'alle' ? search.status : undefined;
  const sort: WerklijstSortering | undefined = search.sort === 'ontvangen' ? 'ontvangen' : undefined;
  return compact({
    team: uuid(search.team),
    status,
    categorie: code(search.categorie),
    wijk: code(search.wijk),
    crisis: search.crisis === true || search.crisis === 'true' ? true : undefined,
    minBedrag: wholeNumber(search.minBedrag, 10_000_000) || undefined,
    ouderDanDagen: wholeNumber(search.ouderDanDagen, 3650) || undefined,
    sort,
    page: pageNumber(search.page),
  });
}

/** The status the worklist shows when the URL names none: the signals nobody picked up yet. */
export const DEFAULT_STATUS: WerklijstStatus = 'nieuw';
