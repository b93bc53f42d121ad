// Dutch labels for the codes of the rules API (relation, category, household type), and exact amounts.
import type { Categorie, Leefvorm, NormDeel, Relatie } from '../../api/rules.ts';
import { t } from '../../i18n/index.ts';

export function relatieLabel(relatie: Relatie | string): string {
  return (t.rules.relaties as Record<string, string>)[relatie] ?? relatie;
}

export function categorieLabel(categorie: Categorie | string): string {
  return (t.rules.categorieen as Record<string, string>)[categorie] ?? categorie;
}

export function leefvormLabel(leefvorm: Leefvorm | string): string {
  return (t.rules.leefvormen as Record<string, string>)[leefvorm] ?? leefvorm;
}

export function personLabel(persoon: NormDeel['persoon'] | string): string {
  return (t.rules.result.persons as Record<string, string>)[persoon] ?? persoon;
}

/**
 * An unrounded amount in cents as the server writes it ("100106.5000") in euros, keeping the fraction of a cent:
 * "€ 1.001,065". Whole cents lose the trailing zeros: "€ 1.001,06".
 */
export function formatExactCents(exact: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(exact.trim());
  if (!match) return exact;
  const [, sign, whole = '0', fraction = ''] = match;
  const cents = whole.padStart(3, '0');
  const euros = cents
    .slice(0, -2)
    .replace(/^0+(?=\d)/, '')
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = `${cents.slice(-2)}${fraction}`.replace(/0+$/, '').padEnd(2, '0');
  return `${sign}€ ${euros},${rest}`;
}
