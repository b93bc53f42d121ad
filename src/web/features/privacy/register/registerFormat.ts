// Small pure helpers that turn the register into the words the page shows.
import type { ProcessingRegister, RegisterCategory, RegisterRetention } from './registerApi.ts';

/** "12 maanden", "1 maand", "240 maanden (20 jaar)". */
export function monthsText(months: number): string {
  const base = `${months} ${months === 1 ? 'maand' : 'maanden'}`;
  return months >= 24 && months % 12 === 0 ? `${base} (${months / 12} jaar)` : base;
}

/** "12 maanden na het oppakken van het signaal", with the default when the municipality chose another term. */
export function termText(term: Pick<RegisterRetention, 'months' | 'defaultMonths' | 'from'>): string {
  const own = term.months === term.defaultMonths ? '' : ` (standaard ${monthsText(term.defaultMonths)})`;
  return `${monthsText(term.months)} ${term.from}${own}`;
}

/** A data category's retention in words, using the municipality's current terms. */
export function categoryRetention(category: RegisterCategory, register: ProcessingRegister): string[] {
  const terms = new Map(register.retentionCategories.map((r) => [r.code, r]));
  const lines = category.retention.flatMap((code) => {
    const term = terms.get(code);
    return term ? [`${term.label}: ${termText(term)}`] : [];
  });
  if (category.retentionNote) lines.push(category.retentionNote);
  return lines;
}

/** The labels of a purpose's categories, in the purpose's order. */
export function categoryLabels(codes: readonly string[], register: ProcessingRegister): string[] {
  const labels = new Map(register.categories.map((c) => [c.code, c.label]));
  return codes.map((code) => labels.get(code) ?? code);
}

const LAW_LABELS: Record<string, string> = {
  wmo: 'Wmo 2015',
  jeugdwet: 'Jeugdwet',
  participatiewet: 'Participatiewet',
  wgs: 'Wgs',
  overig: 'Overig',
};

export function lawText(law: string | null): string {
  return law ? (LAW_LABELS[law] ?? law) : 'Alle wetten';
}
