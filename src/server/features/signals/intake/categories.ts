import type { Executor } from '../../../context.ts';
import { loadSignalSettings, parseSignalSettings, type SignalCategory } from '../settings.ts';

/** The configured categories of some municipalities, to label signals that may come from several of them. */
export type CategoryCatalogue = Map<string, Map<string, SignalCategory>>;

export async function loadCategories(
  db: Executor,
  municipalityCodes: Iterable<string>,
): Promise<CategoryCatalogue> {
  const catalogue: CategoryCatalogue = new Map();
  for (const code of new Set(municipalityCodes)) {
    const settings = await loadSignalSettings(db, code);
    catalogue.set(code, new Map(settings.categories.map((c) => [c.code, c])));
  }
  return catalogue;
}

/** The catalogue from settings read along with the signals (municipality code → stored settings or nothing). */
export function catalogueFrom(codes: Iterable<string>, stored: Record<string, unknown>): CategoryCatalogue {
  const catalogue: CategoryCatalogue = new Map();
  for (const code of new Set(codes)) {
    catalogue.set(code, new Map(parseSignalSettings(stored[code]).categories.map((c) => [c.code, c])));
  }
  return catalogue;
}

/** The label to show; a category removed from the settings later still shows its code rather than nothing. */
export function categoryLabel(
  catalogue: CategoryCatalogue,
  municipalityCode: string,
  category: string,
): string {
  return catalogue.get(municipalityCode)?.get(category)?.label ?? category;
}
