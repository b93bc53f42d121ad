// Fill the calculator from a household in Regie: the claimant (the head by default), the partner, the number of
// children under 18 on the peildatum, and every other adult as a housemate with a family tie guessed from the
// relation in the register and all situation flags off. It is a starting point: the regisseur checks it.
import type { Relatie } from '../../api/rules.ts';
import type { HouseholdMember } from '../../api/types.ts';
import { emptyForm, type HouseholdForm, type PersonRow } from './householdForm.ts';

/** Whole years between a birth date and a day, both YYYY-MM-DD; null when the birth date is unknown. */
export function ageOn(geboortedatum: string | null, day: string): number | null {
  if (!geboortedatum || !/^\d{4}-\d{2}-\d{2}$/.test(geboortedatum) || !/^\d{4}-\d{2}-\d{2}$/.test(day))
    return null;
  const [by, bm, bd] = geboortedatum.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Members who can be the claimant: 18 or older on the day (or of unknown age), head first. */
export function possibleClaimants(members: HouseholdMember[], day: string): HouseholdMember[] {
  const adults = members.filter((m) => {
    const age = ageOn(m.geboortedatum, day);
    return age === null || age >= 18;
  });
  return [...adults.filter((m) => m.relation === 'hoofd'), ...adults.filter((m) => m.relation !== 'hoofd')];
}

/** The default claimant: the head of the household, else the first adult. */
export function defaultClaimant(members: HouseholdMember[], day: string): HouseholdMember | undefined {
  return possibleClaimants(members, day)[0];
}

/** The partner of the claimant in the register: head and partner are each other's partner. */
function partnerOf(claimant: HouseholdMember, members: HouseholdMember[]): HouseholdMember | undefined {
  const other =
    claimant.relation === 'hoofd' ? 'partner' : claimant.relation === 'partner' ? 'hoofd' : undefined;
  return other ? members.find((m) => m.id !== claimant.id && m.relation === other) : undefined;
}

/**
 * The family tie of a housemate with the claimant, from the relations in the register (relative to the head).
 * The register only knows hoofd, partner, kind and overig, so anything else is "geen familie" for the user to check.
 */
function tieWith(claimant: HouseholdMember, member: HouseholdMember): Relatie {
  const claimantIsParent = claimant.relation === 'hoofd' || claimant.relation === 'partner';
  if (claimantIsParent) return member.relation === 'kind' ? 'kind' : 'geen-familie';
  if (claimant.relation === 'kind') {
    if (member.relation === 'hoofd' || member.relation === 'partner') return 'ouder';
    if (member.relation === 'kind') return 'broer-zus';
  }
  return 'geen-familie';
}

function row(member: HouseholdMember, claimant: HouseholdMember): PersonRow {
  return {
    key: `lid-${member.id}`,
    naam: member.voornamen.split(/\s+/)[0] ?? '',
    geboortedatum: member.geboortedatum ?? '',
    relatie: tieWith(claimant, member),
    commercieleHuur: false,
    studiefinanciering: false,
    bbl: false,
    mantelzorg: false,
  };
}

/** The calculator form for this household with this claimant on this peildatum. */
export function formFromHousehold(
  members: HouseholdMember[],
  claimantId: string,
  peildatum: string,
): HouseholdForm {
  const form = emptyForm(peildatum);
  const claimant = members.find((m) => m.id === claimantId);
  if (!claimant) return form;
  const partner = partnerOf(claimant, members);
  const others = members.filter((m) => m.id !== claimant.id && m.id !== partner?.id);
  // Children under 18 of the claimant (and partner); other minors, like a younger brother, are housemates.
  const claimantIsParent = claimant.relation === 'hoofd' || claimant.relation === 'partner';
  const children = others.filter((m) => {
    const age = ageOn(m.geboortedatum, peildatum);
    return claimantIsParent && m.relation === 'kind' && age !== null && age < 18;
  });
  return {
    ...form,
    aanvragerGeboortedatum: claimant.geboortedatum ?? '',
    heeftPartner: partner ? 'ja' : 'nee',
    partnerGeboortedatum: partner?.geboortedatum ?? '',
    kinderenOnder18: String(children.length),
    medebewoners: others.filter((m) => !children.includes(m)).map((m) => row(m, claimant)),
  };
}

/** "Jan de Vries": the full name of a member as the household page shows it. */
export function memberName(member: HouseholdMember): string {
  return [member.voornamen, member.voorvoegsel, member.geslachtsnaam].filter(Boolean).join(' ');
}
