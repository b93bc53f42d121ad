// Pure helpers of the review queue: the score as a percentage, the matched fields in words, and the address the
// partner sent written the Dutch way.
import type { ReviewGegevens } from '../../api/signal-admin.ts';
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';

/** A match score (0..1) as a whole percentage: 0.874 → "87%". Out-of-range scores are clamped. */
export function formatScore(score: number): string {
  const clamped = Number.isFinite(score) ? Math.max(0, Math.min(1, score)) : 0;
  return `${formatNumber(Math.round(clamped * 100))}%`;
}

/** Dutch names of the fields that agreed; a code the app does not know is shown as it is. */
export function matchedFieldLabels(fields: readonly string[]): string[] {
  const labels = t.signalAdmin.review.fields as Record<string, string>;
  return fields.map((field) => labels[field] ?? field);
}

/** "9711 AB, 12a-2" from what the partner sent; empty parts are left out. */
export function formatGivenAddress(given: ReviewGegevens): string {
  const number = `${given.huisnummer ?? ''}${given.huisletter ?? ''}`;
  const withSuffix = given.toevoeging ? `${number}-${given.toevoeging}` : number;
  return [formatPostcode(given.postcode), withSuffix].filter(Boolean).join(', ');
}

/** "9711AB" → "9711 AB" (how people write it); anything else unchanged. */
export function formatPostcode(postcode: string | null | undefined): string {
  if (!postcode) return '';
  const match = /^(\d{4})\s?([A-Za-z]{2})$/.exec(postcode.trim());
  return match ? `${match[1]} ${match[2]?.toUpperCase()}` : postcode;
}
