// The cost page's pure parts: cells as text ("< 10" when suppressed), euros from cents, and the form checks.
import { formatEuro, formatNumber } from '../../i18n/format.ts';
import { lawLabels } from '../cases/labels.ts';
import type { CostCell } from './api.ts';
import { costTexts as tx } from './texts.ts';

/** The laws cost control has tariffs and budgets for, as select options (the same names as everywhere in Regie). */
export const COST_LAW_OPTIONS = (['wmo', 'jeugdwet', 'participatiewet', 'wgs'] as const).map((law) => ({
  value: law,
  label: lawLabels[law],
}));

export function countText(cell: CostCell | undefined): string {
  if (!cell || cell.suppressed) return tx.suppressed;
  return cell.value === null ? tx.noValue : formatNumber(cell.value);
}

export function amountText(cell: CostCell | undefined): string {
  if (!cell || cell.suppressed) return tx.suppressed;
  return cell.value === null ? tx.noValue : formatEuro(cell.value);
}

export const budgetText = (cents: number | null) => (cents === null ? tx.noBudget : formatEuro(cents));

/** An amount in euros as typed ("1.250,50", "1250.5", "€ 300") in cents, or null when it is no amount. */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[€\s]/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+([,.]\d{1,2})?$/.test(cleaned)) return null;
  const normal = /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(cleaned)
    ? cleaned.replace(/\./g, '').replace(',', '.')
    : cleaned.replace(',', '.');
  return Math.round(Number(normal) * 100);
}

export interface TariffValues {
  law: string;
  product: string;
  unit: string;
  price: string;
  validFrom: string;
  validTo: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The browser's checks of a new tariff, keyed by field id (the server checks again, in the same words). */
export function validateTariff(v: TariffValues): Record<string, string> {
  const e = tx.tariffs.errors;
  const errors: Record<string, string> = {};
  if (!v.law) errors['tarief-law'] = e.law;
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(v.product.trim())) errors['tarief-product'] = e.product;
  if (!v.unit) errors['tarief-unit'] = e.unit;
  if (parseEuros(v.price) === null) errors['tarief-price'] = e.price;
  if (!DATE.test(v.validFrom)) errors['tarief-validFrom'] = e.validFrom;
  if (v.validTo && !DATE.test(v.validTo)) errors['tarief-validTo'] = e.validTo;
  else if (v.validTo && DATE.test(v.validFrom) && v.validTo < v.validFrom)
    errors['tarief-validTo'] = e.validToBefore;
  return errors;
}

/** Server field problems ("body.validTo") as {field id → message}, for a form whose ids are `${prefix}-${field}`. */
export function fieldErrorsFromServer(
  problems: readonly { path: string; message: string }[],
  prefix: string,
) {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  const rename: Record<string, string> = { priceCents: 'price', amountCents: 'amount' };
  for (const p of problems) {
    const raw = p.path.replace(/^body\./, '').split('.')[0] ?? '';
    const field = rename[raw] ?? raw;
    if (field) fields[`${prefix}-${field}`] ??= p.message;
    else rest.push(p.message);
  }
  return { fields, rest };
}
