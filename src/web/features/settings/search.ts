// URL search parameters of the settings page: the chosen municipality; anything else is dropped.
import { compact, optionalString } from '../../routes/search.ts';

export interface SettingsSearch {
  gemeente?: string;
}

export function validateSettingsSearch(search: Record<string, unknown>): SettingsSearch {
  const gemeente = optionalString(search.gemeente, 10);
  return compact({ gemeente: gemeente && /^GM\d{4}$/.test(gemeente) ? gemeente : undefined });
}
