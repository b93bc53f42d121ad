import { DomainError } from '../../http/errors.ts';
import { calculateBijstandsnorm } from './bijstandsnorm.ts';
import { invalidField, invalidInput } from './invalid-input.ts';
import { formatEuro } from './money.ts';
import { defaultRuleParameters, type RuleParameters } from './rule-parameters.ts';
import type {
  BijstandsnormInvoer,
  BijstandsnormResultaat,
  WatAlsResultaat,
  Wijziging,
} from './rules.schemas.ts';

function sameName(a: string | undefined, b: string): boolean {
  return a !== undefined && a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');
}

/** The household after the change; a Dutch error on `wijziging.naam` when the name matches nobody or several people. */
export function applyChange(household: BijstandsnormInvoer, change: Wijziging): BijstandsnormInvoer {
  if (change.soort === 'komt-wonen') {
    return { ...household, medebewoners: [...household.medebewoners, change.medebewoner] };
  }
  const matches = household.medebewoners.filter((m) => sameName(m.naam, change.naam));
  if (matches.length === 0) {
    const names = household.medebewoners.map((m) => m.naam).filter((n): n is string => n !== undefined);
    throw invalidField(
      'wijziging.naam',
      `Er is geen medebewoner met de naam "${change.naam}". ` +
        (names.length > 0
          ? `Bekende namen: ${names.join(', ')}.`
          : 'Geef de medebewoners een naam om ze te kunnen kiezen.'),
    );
  }
  if (matches.length > 1) {
    throw invalidField(
      'wijziging.naam',
      `Er zijn ${matches.length} medebewoners met de naam "${change.naam}". Geef ze verschillende namen.`,
    );
  }
  return { ...household, medebewoners: household.medebewoners.filter((m) => m !== matches[0]) };
}

function describeChange(change: Wijziging): string {
  if (change.soort === 'verhuist') return `${change.naam} gaat uit huis.`;
  const who = change.medebewoner.naam ?? 'Een nieuwe medebewoner';
  return `${who} (geboren ${change.medebewoner.geboortedatum}, relatie: ${change.medebewoner.relatie}) komt erbij wonen.`;
}

function withPrefix(error: unknown, prefix: string): unknown {
  if (!(error instanceof DomainError) || !error.errors) return error;
  return invalidInput(error.errors.map((e) => ({ ...e, path: `${prefix}.${e.path}` })));
}

/** The norm now and after one person moves out or in, side by side, with the difference per month and per year. */
export function calculateWhatIf(
  household: BijstandsnormInvoer,
  change: Wijziging,
  params: RuleParameters = defaultRuleParameters(),
): WatAlsResultaat {
  let nu: BijstandsnormResultaat;
  try {
    nu = calculateBijstandsnorm(household, params);
  } catch (error) {
    throw withPrefix(error, 'huishouden');
  }
  const after = applyChange(household, change);
  let straks: BijstandsnormResultaat;
  try {
    straks = calculateBijstandsnorm(after, params);
  } catch (error) {
    if (!(error instanceof DomainError) || !error.errors) throw error;
    // Errors about the new housemate point at the change; the rest of the household was already checked.
    const newIndex = household.medebewoners.length;
    throw invalidInput(
      error.errors.map((e) => ({
        ...e,
        path: e.path.startsWith(`medebewoners[${newIndex}].`)
          ? e.path.replace(`medebewoners[${newIndex}].`, 'wijziging.medebewoner.')
          : `huishouden.${e.path}`,
        message: e.message.replace(`medebewoner ${newIndex + 1}`, 'de nieuwe medebewoner'),
      })),
    );
  }
  const perMonth = straks.totaalCent - nu.totaalCent;
  const perYear = perMonth * 12;
  const direction =
    perMonth === 0 ? 'De norm blijft gelijk.' : perMonth > 0 ? 'De norm gaat omhoog' : 'De norm gaat omlaag';
  return {
    wijziging: describeChange(change),
    nu,
    straks,
    verschilPerMaandCent: perMonth,
    verschilPerJaarCent: perYear,
    verschilTekst:
      perMonth === 0
        ? direction
        : `${direction} met ${formatEuro(Math.abs(perMonth))} per maand (${formatEuro(Math.abs(perYear))} per jaar).`,
  };
}
