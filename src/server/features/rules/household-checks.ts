import { DomainError, type FieldError } from '../../http/errors.ts';
import { ageOn, formatDutchDate, type IsoDate } from '../../lib/dates.ts';
import { type AowAgeTable, aowAgeReached } from './aow-age.ts';
import { invalidInput } from './invalid-input.ts';
import { normTableOn } from './norm-tables.ts';
import type { RuleParameters } from './rule-parameters.ts';
import type { BijstandsnormInvoer } from './rules.schemas.ts';

/** The youngest age for which the Participatiewet has a norm (art. 20: "18, 19 of 20 jaar"). */
export const MINIMUM_AGE = 18;

function personErrors(
  field: string,
  who: string,
  birthDate: IsoDate,
  peildatum: IsoDate,
  aowAges: AowAgeTable,
  claimant: boolean,
): FieldError[] {
  if (birthDate > peildatum) {
    return [
      {
        path: field,
        message: `De geboortedatum van ${who} (${formatDutchDate(birthDate)}) ligt na de peildatum (${formatDutchDate(peildatum)}).`,
      },
    ];
  }
  if (!claimant) return [];
  const age = ageOn(birthDate, peildatum);
  if (age < MINIMUM_AGE) {
    return [
      {
        path: field,
        message:
          `${who.charAt(0).toUpperCase()}${who.slice(1)} is op de peildatum ${age} jaar. De bijstandsnormen van de ` +
          'Participatiewet gelden vanaf 18 jaar (art. 20). Regie rekent alleen met een aanvrager en partner van 18 jaar of ouder.',
      },
    ];
  }
  if (aowAgeReached(birthDate, peildatum, aowAges) === 'onbekend') {
    return [
      {
        path: field,
        message: `De AOW-leeftijd van ${who} is nog niet vastgesteld. Daarom kan Regie de norm op deze peildatum niet berekenen.`,
      },
    ];
  }
  return [];
}

/**
 * Checks that need the law, not just the shape: a peildatum inside the tables, nobody born after the peildatum,
 * a claimant and partner of at least 18 with a known AOW age. All problems are reported at once.
 */
export function checkHousehold(input: BijstandsnormInvoer, params: RuleParameters): void {
  const errors: FieldError[] = [];
  try {
    normTableOn(input.peildatum, params.normTables);
  } catch (error) {
    if (!(error instanceof DomainError) || !error.errors) throw error;
    errors.push(...error.errors);
  }
  const { peildatum } = input;
  errors.push(
    ...personErrors(
      'aanvrager.geboortedatum',
      'de aanvrager',
      input.aanvrager.geboortedatum,
      peildatum,
      params.aowAges,
      true,
    ),
  );
  if (input.partner) {
    errors.push(
      ...personErrors(
        'partner.geboortedatum',
        'de partner',
        input.partner.geboortedatum,
        peildatum,
        params.aowAges,
        true,
      ),
    );
  }
  input.medebewoners.forEach((housemate, index) => {
    errors.push(
      ...personErrors(
        `medebewoners[${index}].geboortedatum`,
        `medebewoner ${index + 1}`,
        housemate.geboortedatum,
        peildatum,
        params.aowAges,
        false,
      ),
    );
  });
  if (errors.length > 0) throw invalidInput(errors);
}
