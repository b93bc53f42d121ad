import { DomainError } from '../../http/errors.ts';
import type { IsoDate } from '../../lib/dates.ts';
import { calculateBijstandsnorm } from './bijstandsnorm.ts';
import { checkHousehold } from './household-checks.ts';
import type { RuleParameters } from './rule-parameters.ts';
import type { BijstandsnormInvoer, Medebewoner, Relatie } from './rules.schemas.ts';

/**
 * From the household register to the input of the calculation, for the impact report. The register knows who lives
 * where, their birth dates and their relation to the head of the household; it does not know about rent contracts,
 * study finance, BBL or mantelzorg. The assumptions below are also listed in the report itself (`aannames`).
 */

export type RegisterRelation = 'hoofd' | 'partner' | 'kind' | 'overig';

export type RegisterMember = {
  personId: string;
  relation: RegisterRelation;
  /** null when the register has no birth date. */
  geboortedatum: IsoDate | null;
};

/** A household with an active bijstand provision on the peildatum, with its members on that day. */
export type BijstandHousehold = {
  householdId: string;
  municipalityCode: string;
  /** The person the provision is for; null means the provision is for the household, and the hoofd is the claimant. */
  claimantId: string | null;
  members: RegisterMember[];
};

export type NotComputableReason = 'aanvrager-niet-in-huishouden' | 'geboortedatum-onbekend' | 'regels'; // the calculation itself refused (e.g. claimant under 18, AOW age not fixed)

export type BuiltInput =
  | { ok: true; input: BijstandsnormInvoer; housemateAges: number[] }
  | { ok: false; reason: NotComputableReason };

/**
 * Whole years of age on `on`, from two valid ISO dates: the same answer as `ageOn` in dates.ts (someone born on
 * 29 February is a year older on 1 March in a common year, since "03-01" ≥ "02-29"), without parsing, because the
 * report runs it for every member of every household on bijstand. A property test compares the two.
 */
export function ageInYears(birthDate: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/**
 * The relation of a housemate to the claimant, for art. 19a. The register gives the relation to the hoofd:
 * a `kind` of the hoofd is `kind`, everyone else is `geen-familie`. With `commercieleHuur` unknown (false) the
 * relation does not change the outcome: art. 19a lid 1 b only looks at family when there is a commercial rent.
 */
function relationToClaimant(member: RegisterMember): Relatie {
  return member.relation === 'kind' ? 'kind' : 'geen-familie';
}

/**
 * The input of the calculation for one household on the peildatum:
 * - claimant (aanvrager) = the person of the provision (the hoofd when the provision names nobody);
 * - partner = the member with relation `partner` when the claimant is the hoofd, or the hoofd when the claimant is
 *   the partner; a claimant who is a child or `overig` member has no partner in the register;
 * - kinderenOnder18 = members with relation `kind` younger than 18 on the peildatum, when the claimant is hoofd or
 *   partner (a minor who is not the claimant's child is a housemate, and never a cost-sharer);
 * - every other member is a medebewoner, with commercieleHuur, studiefinanciering, bbl and mantelzorg false
 *   (unknown in the register) and no mantelzorgElders for the claimant.
 */
export function buildInput(household: BijstandHousehold, peildatum: IsoDate): BuiltInput {
  const { members } = household;
  const claimant =
    household.claimantId === null
      ? members.find((m) => m.relation === 'hoofd')
      : members.find((m) => m.personId === household.claimantId);
  if (!claimant) return { ok: false, reason: 'aanvrager-niet-in-huishouden' };
  if (members.some((m) => m.geboortedatum === null)) return { ok: false, reason: 'geboortedatum-onbekend' };

  const partnerRelation: RegisterRelation | undefined =
    claimant.relation === 'hoofd' ? 'partner' : claimant.relation === 'partner' ? 'hoofd' : undefined;
  const partner = partnerRelation ? members.find((m) => m.relation === partnerRelation) : undefined;
  const parentOfChildren = claimant.relation === 'hoofd' || claimant.relation === 'partner';

  let kinderenOnder18 = 0;
  const medebewoners: Medebewoner[] = [];
  const housemateAges: number[] = [];
  for (const member of members) {
    if (member === claimant || member === partner) continue;
    const geboortedatum = member.geboortedatum as IsoDate;
    if (geboortedatum > peildatum) continue; // not born yet: cannot be a member, but never trust the register blindly
    const age = ageInYears(geboortedatum, peildatum);
    if (parentOfChildren && member.relation === 'kind' && age < 18) {
      kinderenOnder18++;
      continue;
    }
    medebewoners.push({
      geboortedatum,
      relatie: relationToClaimant(member),
      commercieleHuur: false,
      studiefinanciering: false,
      bbl: false,
      mantelzorg: false,
    });
    housemateAges.push(age);
  }
  return {
    ok: true,
    input: {
      peildatum,
      aanvrager: { geboortedatum: claimant.geboortedatum as IsoDate },
      ...(partner ? { partner: { geboortedatum: partner.geboortedatum as IsoDate } } : {}),
      kinderenOnder18,
      medebewoners,
    },
    housemateAges,
  };
}

/** A policy variant: another minimum age for a cost-sharer, or no kostendelersnorm at all. */
export type PolicyVariant =
  | { id: string; kind: 'cost-sharer-age'; age: number; params: RuleParameters }
  | { id: string; kind: 'no-cost-sharing' };

/** A variant against the rules in force: whether the kostendelersnorm applies, and the norm minus the norm now. */
export type VariantOutcome = { applied: boolean; deltaCent: number };

/**
 * What the report needs of one household: only differences between norms, never the norm itself, so a household
 * that no rule variant can touch needs no norm at all.
 */
export type HouseholdOutcome =
  | { computed: false; reason: NotComputableReason }
  | {
      computed: true;
      /** The kostendelersnorm is applied under the rules in force. */
      applied: boolean;
      /** A of art. 22a lid 1 (meaningful when applied). */
      a: number;
      /** Norm without the kostendelersnorm minus the norm now (negative in the art. 22a lid 3 corner case). */
      reductionCent: number;
      variants: VariantOutcome[];
    };

/**
 * The norm now, without the kostendelersnorm, and under each variant, as differences. The calculation (the same
 * code as the calculator, CLI and API) runs only where an answer can differ: when no housemate has reached the lowest
 * cost-sharer age of the rule in force and the variants, nobody counts under any of them, so every norm is the same
 * and only the law's input checks (`checkHousehold`, the first step of the calculation) are run.
 */
export function householdOutcome(
  household: BijstandHousehold,
  peildatum: IsoDate,
  params: RuleParameters,
  currentCostSharerAge: number,
  variants: readonly PolicyVariant[],
): HouseholdOutcome {
  const built = buildInput(household, peildatum);
  if (!built.ok) return { computed: false, reason: built.reason };
  const { input, housemateAges } = built;
  const lowestAge = Math.min(
    currentCostSharerAge,
    ...variants.map((v) => (v.kind === 'cost-sharer-age' ? v.age : currentCostSharerAge)),
  );
  try {
    if (!housemateAges.some((age) => age >= lowestAge)) {
      checkHousehold(input, params);
      return {
        computed: true,
        applied: false,
        a: 1,
        reductionCent: 0,
        variants: variants.map(() => ({ applied: false, deltaCent: 0 })),
      };
    }
    const now = calculateBijstandsnorm(input, params);
    const withoutCent = now.kostendelersnormToegepast
      ? calculateBijstandsnorm({ ...input, medebewoners: [] }, params).totaalCent
      : now.totaalCent;
    const outcomes = variants.map((variant): VariantOutcome => {
      if (variant.kind === 'no-cost-sharing')
        return { applied: false, deltaCent: withoutCent - now.totaalCent };
      const lowest = Math.min(variant.age, currentCostSharerAge);
      if (!housemateAges.some((age) => age >= lowest)) {
        return { applied: now.kostendelersnormToegepast, deltaCent: 0 };
      }
      const result = calculateBijstandsnorm(input, variant.params);
      return { applied: result.kostendelersnormToegepast, deltaCent: result.totaalCent - now.totaalCent };
    });
    return {
      computed: true,
      applied: now.kostendelersnormToegepast,
      a: now.kostendelers,
      reductionCent: withoutCent - now.totaalCent,
      variants: outcomes,
    };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'validation') {
      return { computed: false, reason: 'regels' };
    }
    throw error;
  }
}
