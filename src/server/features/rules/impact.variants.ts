import type { PolicyVariant } from './impact.household.ts';
import type { RuleParameters } from './rule-parameters.ts';

/**
 * Policy variants for the impact report. The cost-sharer age is a dated table (`kostendeler-leeftijd.json`) in the
 * rule parameters, so a variant is the same calculation with a table that says another age for every date.
 */

/** The rule parameters with one cost-sharer age for every date the real table covers. */
export function withCostSharerAge(base: RuleParameters, age: number): RuleParameters {
  const table = base.costSharerAges;
  return {
    ...base,
    costSharerAges: {
      ...table,
      id: `${table.id}-beleidsvariant-${age}`,
      omschrijving: `Beleidsvariant: een medebewoner is kostendeler vanaf ${age} jaar.`,
      perioden: [{ geldigVanaf: table.perioden[0]!.geldigVanaf, geldigTotEnMet: null, leeftijd: age }],
    },
  };
}

export type VariantDescription = PolicyVariant & { omschrijving: string };

/** Always: cost-sharer age 21 (the rule before 2023) and no kostendelersnorm; optionally another age. */
export function policyVariants(base: RuleParameters, extraAge?: number): VariantDescription[] {
  const ageVariant = (age: number): VariantDescription => ({
    id: `kostendelerleeftijd-${age}`,
    kind: 'cost-sharer-age',
    age,
    params: withCostSharerAge(base, age),
    omschrijving: `Een medebewoner telt als kostendeler vanaf ${age} jaar${age === 21 ? ' (zoals tot 2023)' : ''}.`,
  });
  const variants: VariantDescription[] = [
    ageVariant(21),
    {
      id: 'geen-kostendelersnorm',
      kind: 'no-cost-sharing',
      omschrijving: 'Geen kostendelersnorm: iedereen krijgt de norm zonder kostendelers.',
    },
  ];
  if (extraAge !== undefined && extraAge !== 21) variants.splice(1, 0, ageVariant(extraAge));
  return variants;
}
