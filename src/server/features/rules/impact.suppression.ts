import { SMALL_CELL_THRESHOLD } from '../population/suppression.ts';
import type { Bedrag, Cel } from './impact.schemas.ts';

/**
 * Which figures of the impact report may be published. Every published household count is an aggregate over at
 * least SMALL_CELL_THRESHOLD (10) households, and no suppressed count can be worked out from the published ones.
 *
 * Choices, and why:
 * 1. Primary suppression: every count under the threshold is null with `suppressed: true`, zero included (one rule
 *    for every cell, as in the population report: a zero next to a suppressed cell would narrow it down).
 * 2. Additive groups (a total and parts that add up to it: bijstand households = affected + not affected + not
 *    computed; affected = the reduction classes; affected = the A classes). If parts are suppressed while the total
 *    is published, the suppressed parts together must hold at least the threshold; otherwise the next smallest part is
 *    suppressed too (secondary suppression), so `total − visible parts` never reveals a small cell. A part that is
 *    itself the total of a breakdown (affected) is suppressed only as a last resort, and when a total is suppressed
 *    every breakdown of it is suppressed as a whole, so the parts cannot add up to it.
 * 3. Nested counts outside an additive group: a variant's affected and changed households are published only when
 *    their difference with every published count they nest with is 0 or at least the threshold, since such a
 *    difference is the size of a real group of households (for example the households a lower cost-sharer age would
 *    newly affect: variant affected − affected now). They nest with the bijstand total, the households affected now
 *    (a variant's affected households always; its changed households when the variant can only remove cost-sharers),
 *    the variant's other count, and counts of earlier variants that go the same way. Zero differences reveal nobody.
 * 4. Money: a sum in euros is published only when the households it sums over are published (the total reduction
 *    with the affected count; a variant's cost with its changed count; a variant's total reduction only when its
 *    cost is published too, since the difference of the two reductions is that cost). Euros per reduction class are
 *    not published at all; the class bounds are.
 * The rules are greedy and may suppress more than strictly needed; they never suppress less.
 */

export const THRESHOLD = SMALL_CELL_THRESHOLD;

export const SUPPRESSION_TEXT =
  `Aantallen onder de ${THRESHOLD} huishoudens tonen we niet (ook 0 niet). Als een onderdrukt aantal terug te ` +
  'rekenen is uit een totaal en de andere aantallen, onderdrukken we nog een aantal. Als een totaal onderdrukt is, ' +
  'tonen we de verdeling ervan ook niet. Bij de varianten tonen we een aantal alleen als het verschil met de ' +
  `andere aantallen 0 of minstens ${THRESHOLD} is. Bedragen tonen we alleen als de bijbehorende aantallen zichtbaar zijn.`;

export const cel = (value: number | null): Cel => ({ aantal: value, suppressed: value === null });

export function bedrag(perMonthCent: number | null): Bedrag {
  return perMonthCent === null
    ? { perMaandCent: null, perJaarCent: null, suppressed: true }
    : { perMaandCent: perMonthCent, perJaarCent: perMonthCent * 12, suppressed: false };
}

/**
 * Suppression of the parts of an additive group (rules 1 and 2). `total` is the published total, or null when the
 * total is suppressed. `lastResort` lists parts that are suppressed only when no other part can be.
 * Returns the published parts (null: suppressed).
 */
export function protectAdditive(
  total: number | null,
  parts: readonly number[],
  lastResort: readonly number[] = [],
  threshold = THRESHOLD,
): (number | null)[] {
  if (total === null) return parts.map(() => null);
  const suppressed = parts.map((value) => value < threshold);
  const suppressedSum = () => parts.reduce((sum, value, i) => sum + (suppressed[i] ? value : 0), 0);
  while (suppressed.some(Boolean) && suppressedSum() < threshold) {
    const candidates = parts
      .map((value, i) => ({ value, i }))
      .filter(({ i }) => !suppressed[i])
      .sort(
        (x, y) =>
          Number(lastResort.includes(x.i)) - Number(lastResort.includes(y.i)) ||
          x.value - y.value ||
          x.i - y.i,
      );
    const next = candidates[0];
    if (!next) break; // everything is suppressed
    suppressed[next.i] = true;
  }
  return parts.map((value, i) => (suppressed[i] ? null : value));
}

/** Rule 3: a difference between two nested counts is safe to reveal when it is 0 or at least the threshold. */
export function safeDifference(a: number, b: number, threshold = THRESHOLD): boolean {
  const d = Math.abs(a - b);
  return d === 0 || d >= threshold;
}

/** Rule 1 and 3 together: publish `value` only if it is large enough and safe against every count in `against`. */
export function publishNested(
  value: number,
  against: readonly number[],
  threshold = THRESHOLD,
): number | null {
  if (value < threshold) return null;
  return against.every((other) => safeDifference(value, other, threshold)) ? value : null;
}
