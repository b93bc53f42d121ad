import type { HouseholdOutcome, NotComputableReason } from './impact.household.ts';

/**
 * The raw (unsuppressed) figures of the impact report, summed over household outcomes. They never leave the
 * server as they are: impact.suppression.ts decides what may be published.
 */

/** Classes of the monthly reduction, for the chart: € 100 wide, plus one for the rare case the norm goes up. */
export const REDUCTION_CLASS_WIDTH_CENT = 10_000;
export const REDUCTION_CLASSES: readonly {
  id: string;
  label: string;
  vanafCent: number | null;
  totCent: number | null;
}[] = [
  {
    id: 'hoger',
    label: 'Norm hoger met kostendelers (bijzondere uitkomst art. 22a lid 3)',
    vanafCent: null,
    totCent: 0,
  },
  ...Array.from({ length: 7 }, (_, i) => ({
    id: `${i * 100}-${(i + 1) * 100}`,
    label: i === 0 ? 'minder dan € 100' : `€ ${i * 100} tot € ${(i + 1) * 100}`,
    vanafCent: i * REDUCTION_CLASS_WIDTH_CENT,
    totCent: (i + 1) * REDUCTION_CLASS_WIDTH_CENT,
  })),
  { id: '700+', label: '€ 700 of meer', vanafCent: 7 * REDUCTION_CLASS_WIDTH_CENT, totCent: null },
];

/** The class of a monthly reduction in cents (negative: the norm is higher with cost-sharers). */
export function reductionClass(reductionCent: number): number {
  if (reductionCent < 0) return 0;
  return Math.min(1 + Math.floor(reductionCent / REDUCTION_CLASS_WIDTH_CENT), REDUCTION_CLASSES.length - 1);
}

/** Classes of A (art. 22a lid 1) among the affected households: 2, 3, 4, 5 or more. */
export const A_CLASSES = [2, 3, 4, 5] as const;

export function aClass(a: number): number {
  return Math.min(Math.max(a, 2), 5) - 2;
}

export type RawVariantFigures = {
  /** Households on which the kostendelersnorm is applied in the variant. */
  affected: number;
  /** Households whose norm differs from the norm now. */
  changed: number;
  /** Σ (norm in the variant − norm now), cents per month. Positive: the variant costs more. */
  costCent: number;
  /** Σ (norm without kostendelersnorm − norm in the variant), cents per month. */
  reductionCent: number;
};

export type RawFigures = {
  households: number;
  affected: number;
  notAffected: number;
  notComputed: number;
  notComputedByReason: Record<NotComputableReason, number>;
  /** Σ (norm without kostendelersnorm − norm now), cents per month. */
  reductionCent: number;
  /** Affected households per REDUCTION_CLASSES entry. */
  reductionClasses: number[];
  /** Affected households per A_CLASSES entry. */
  aClasses: number[];
  variants: RawVariantFigures[];
};

/** All counts at zero, with one variant slot per policy variant. */
export function emptyRawFigures(variantCount: number): RawFigures {
  return {
    households: 0,
    affected: 0,
    notAffected: 0,
    notComputed: 0,
    notComputedByReason: { 'aanvrager-niet-in-huishouden': 0, 'geboortedatum-onbekend': 0, regels: 0 },
    reductionCent: 0,
    reductionClasses: REDUCTION_CLASSES.map(() => 0),
    aClasses: A_CLASSES.map(() => 0),
    variants: Array.from({ length: variantCount }, () => ({
      affected: 0,
      changed: 0,
      costCent: 0,
      reductionCent: 0,
    })),
  };
}

export class FiguresAccumulator {
  private readonly figures: RawFigures;

  constructor(variantCount: number) {
    this.figures = emptyRawFigures(variantCount);
  }

  add(outcome: HouseholdOutcome): void {
    const f = this.figures;
    f.households++;
    if (!outcome.computed) {
      f.notComputed++;
      f.notComputedByReason[outcome.reason]++;
      return;
    }
    const reduction = outcome.reductionCent;
    f.reductionCent += reduction;
    if (outcome.applied) {
      f.affected++;
      f.reductionClasses[reductionClass(reduction)]!++;
      f.aClasses[aClass(outcome.a)]!++;
    } else {
      f.notAffected++;
    }
    outcome.variants.forEach((v, i) => {
      const raw = f.variants[i]!;
      if (v.applied) raw.affected++;
      if (v.deltaCent !== 0) raw.changed++;
      raw.costCent += v.deltaCent;
      raw.reductionCent += reduction - v.deltaCent; // (without − now) − (variant − now)
    });
  }

  result(): RawFigures {
    return structuredClone(this.figures);
  }
}
