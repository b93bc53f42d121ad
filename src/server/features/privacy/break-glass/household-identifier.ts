import { isValidBsn } from '../../../../shared/bsn.ts';
import { DomainError, type FieldError } from '../../../http/errors.ts';

/**
 * How a professional names the household for break-the-glass: exactly one exact identifier, never a search.
 * A partial name or a street would let someone browse the register, so only these three are accepted.
 */
export type HouseholdIdentifier =
  | { kind: 'id'; householdId: string }
  | { kind: 'bsn'; bsn: string }
  | { kind: 'address'; postcode: string; huisnummer: number; toevoeging: string };

export type IdentifierInput = {
  householdId?: string | undefined;
  bsn?: string | undefined;
  postcode?: string | undefined;
  huisnummer?: number | undefined;
  toevoeging?: string | undefined;
};

/** "9811 ab" → "9811AB"; null when it is not a Dutch postcode. */
export function normalisePostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return /^[1-9]\d{3}[A-Z]{2}$/.test(compact) ? compact : null;
}

/**
 * Huisletter and huisnummertoevoeging as one comparable key: "A-2", "a 2" and "a2" are the same address part.
 * The database side of the comparison is `toevoegingKey` in household-lookup.ts.
 */
export function normaliseToevoeging(value: string | undefined): string {
  return (value ?? '').toLowerCase().replace(/[\s-]+/g, '');
}

const present = (value: string | number | undefined) => value !== undefined && value !== '';

/** Exactly one identifier, checked (11-proof, postcode form) with Dutch field errors. */
export function parseIdentifier(input: IdentifierInput): HouseholdIdentifier {
  const address = present(input.postcode) || present(input.huisnummer) || present(input.toevoeging);
  const kinds = [present(input.householdId), present(input.bsn), address].filter(Boolean).length;
  if (kinds === 0) {
    throw new DomainError('validation', 'Vul een BSN of een adres in', [
      { path: 'bsn', message: 'Vul een BSN of een adres (postcode en huisnummer) in' },
    ]);
  }
  if (kinds > 1) {
    throw new DomainError('validation', 'Kies één manier om het huishouden te vinden', [
      { path: 'bsn', message: 'Vul óf een BSN, óf een adres, óf een huishouden-id in' },
    ]);
  }
  if (input.householdId) return { kind: 'id', householdId: input.householdId };
  if (input.bsn !== undefined && input.bsn !== '') {
    const bsn = input.bsn.replace(/[\s.]/g, '');
    if (!isValidBsn(bsn)) {
      throw new DomainError('validation', 'Dit BSN klopt niet', [
        { path: 'bsn', message: 'Dit BSN klopt niet: het moet 9 cijfers hebben en voldoen aan de elfproef' },
      ]);
    }
    return { kind: 'bsn', bsn };
  }
  const errors: FieldError[] = [];
  const postcode = normalisePostcode(input.postcode ?? '');
  if (!postcode) errors.push({ path: 'postcode', message: 'Vul een postcode in zoals 1234 AB' });
  if (input.huisnummer === undefined) errors.push({ path: 'huisnummer', message: 'Vul het huisnummer in' });
  if (errors.length > 0 || !postcode || input.huisnummer === undefined) {
    throw new DomainError('validation', 'Het adres is niet compleet', errors);
  }
  return {
    kind: 'address',
    postcode,
    huisnummer: input.huisnummer,
    toevoeging: normaliseToevoeging(input.toevoeging),
  };
}
