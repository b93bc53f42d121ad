import { ageOn } from '../../lib/dates.ts';

/**
 * The relation of each resident of one address to the head of the household (hoofd, partner, kind, overig),
 * derived from the BRP's partners, kinderen and ouders. The BRP has no "head of household"; Regie picks one so a
 * household reads naturally, by a rule that does not depend on the order of the file:
 *
 * 1. A resident who is already hoofd of this household and still lives there stays hoofd (a birth or someone
 *    moving in does not change the head).
 * 2. Otherwise: adults (18+) before minors, then the one with the most partners and children at this address,
 *    then the oldest, then the lowest BSN.
 *
 * Partner: a current partner of the hoofd (either record may say so). Kind: a child of the hoofd or of the hoofd's
 * partner (the parent's kinderen or the child's ouders may say so). Everyone else: overig. A resident without a
 * record in this import (`inFile` false) and without a link keeps the relation the register has.
 * Cohabitants who are not married or registered partners are not partners in the BRP, so they become overig.
 */

export type Relation = 'hoofd' | 'partner' | 'kind' | 'overig';

export type Resident = {
  bsn: string;
  geboortedatum: string | null;
  partners: readonly string[];
  kinderen: readonly string[];
  ouders: readonly string[];
  /** The relation in the current membership, if the resident already belongs to this household. */
  current: Relation | null;
  inFile: boolean;
};

export function deriveRelations(residents: readonly Resident[], today: string): Map<string, Relation> {
  const result = new Map<string, Relation>();
  if (residents.length === 0) return result;
  const partnersOf = (a: Resident, b: Resident) => a.partners.includes(b.bsn) || b.partners.includes(a.bsn);
  const parentOf = (parent: Resident, child: Resident) =>
    parent.kinderen.includes(child.bsn) || child.ouders.includes(parent.bsn);
  const links = (r: Resident) =>
    residents.filter((o) => o !== r && (partnersOf(r, o) || parentOf(r, o))).length;
  const adult = (r: Resident) => r.geboortedatum === null || ageOn(r.geboortedatum, today) >= 18;

  const candidates = [...residents].sort((a, b) => {
    if (adult(a) !== adult(b)) return adult(a) ? -1 : 1;
    const byLinks = links(b) - links(a);
    if (byLinks !== 0) return byLinks;
    const ageA = a.geboortedatum ?? '9999-12-31';
    const ageB = b.geboortedatum ?? '9999-12-31';
    if (ageA !== ageB) return ageA < ageB ? -1 : 1;
    return a.bsn < b.bsn ? -1 : 1;
  });
  const existing = candidates.find((r) => r.current === 'hoofd');
  const hoofd = existing ?? candidates[0]!;
  result.set(hoofd.bsn, 'hoofd');

  const partners = residents.filter((r) => r !== hoofd && partnersOf(hoofd, r));
  for (const p of partners) result.set(p.bsn, 'partner');
  const parents = [hoofd, ...partners];
  for (const r of residents) {
    if (result.has(r.bsn)) continue;
    if (parents.some((parent) => parentOf(parent, r))) result.set(r.bsn, 'kind');
    else if (!r.inFile && r.current !== null && r.current !== 'hoofd' && links(r) === 0)
      result.set(r.bsn, r.current);
    else result.set(r.bsn, 'overig');
  }
  return result;
}
