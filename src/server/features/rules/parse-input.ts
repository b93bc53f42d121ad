import type { z } from '@hono/zod-openapi';
import type { FieldError } from '../../http/errors.ts';
import { invalidInput } from './invalid-input.ts';
import { RELATIES } from './rules.schemas.ts';

/** `['medebewoners', 1, 'relatie']` → `medebewoners[1].relatie`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const FIELD_NAMES: Record<string, string> = {
  peildatum: 'de peildatum',
  geboortedatum: 'de geboortedatum',
  mantelzorgElders: 'het veld mantelzorgElders',
  kinderenOnder18: 'het aantal kinderen onder 18 (kinderenOnder18)',
  medebewoners: 'de lijst medebewoners',
  naam: 'de naam',
  relatie: 'de relatie',
  commercieleHuur: 'het veld commercieleHuur',
  studiefinanciering: 'het veld studiefinanciering',
  bbl: 'het veld bbl',
  mantelzorg: 'het veld mantelzorg',
  soort: 'het veld soort',
  wijziging: 'de wijziging',
  huishouden: 'het huishouden',
  aanvrager: 'de aanvrager',
  partner: 'de partner',
  medebewoner: 'de nieuwe medebewoner',
};

/** A Dutch description of the field at `path`, starting with a capital: "De relatie van medebewoner 2". */
export function describeField(path: readonly PropertyKey[]): string {
  const parts = path[0] === 'huishouden' && path.length > 1 ? path.slice(1) : [...path];
  let owner = '';
  let field: string | undefined;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i];
    if (key === 'medebewoners' && typeof parts[i + 1] === 'number') {
      owner = ` van medebewoner ${(parts[i + 1] as number) + 1}`;
      i++;
    } else if ((key === 'aanvrager' || key === 'partner') && i < parts.length - 1) {
      owner = ` van de ${key}`;
    } else if (key === 'wijziging' && i < parts.length - 1) {
      owner = ' in de wijziging';
    } else if (key === 'medebewoner' && i < parts.length - 1) {
      owner = ' van de nieuwe medebewoner';
    } else {
      field = FIELD_NAMES[String(key)] ?? `het veld ${String(key)}`;
    }
  }
  const text = field ? `${field}${owner}` : owner ? owner.replace(/^ van /, '') : 'de invoer';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  object: 'een object { … }',
  array: 'een lijst [ … ]',
};

type Issue = z.core.$ZodIssue;

function dutchMessage(issue: Issue): string {
  const label = describeField(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `${label} ontbreekt.`;
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `${label} heeft een verkeerde waarde. Verwacht: ${expected}.`;
    }
    case 'invalid_format':
      return `${label} is geen bestaande datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-15.`;
    case 'invalid_value':
      if (issue.path[issue.path.length - 1] === 'relatie') {
        return `${label} is onbekend: ${JSON.stringify(issue.input)}. Kies uit: ${RELATIES.join(', ')}.`;
      }
      return `${label} is niet toegestaan. Kies uit: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'soort') {
        return `${label}: kies "verhuist" (iemand gaat uit huis) of "komt-wonen" (er komt iemand bij wonen).`;
      }
      return `${label} heeft een verkeerde vorm.`;
    case 'unrecognized_keys':
      return `${label} bevat een onbekend veld: ${issue.keys.join(', ')}. Controleer de spelling.`;
    case 'too_small':
      if (issue.origin === 'string') return `${label} is leeg.`;
      return `${label} moet minimaal ${String(issue.minimum)} zijn.`;
    case 'too_big':
      if (issue.origin === 'array') return `${label} is te lang: maximaal ${String(issue.maximum)}.`;
      if (issue.origin === 'string') return `${label} is te lang: maximaal ${String(issue.maximum)} tekens.`;
      return `${label} mag maximaal ${String(issue.maximum)} zijn.`;
    default:
      return `${label} is niet goed ingevuld.`;
  }
}

/** The field errors of a failed parse, one per problem, each with a Dutch message and the field path. */
export function fieldErrors(issues: readonly Issue[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({
          path: formatPath([...issue.path, key]),
          message: `${describeField(issue.path)} bevat een onbekend veld: "${key}". Controleer de spelling.`,
        });
      }
    } else {
      errors.push({ path: formatPath(issue.path), message: dutchMessage(issue) });
    }
  }
  return errors;
}

/** Parse `raw` with `schema`; on failure throw a validation DomainError with Dutch messages per field. */
export function parseInput<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  throw invalidInput(fieldErrors(result.error.issues));
}
