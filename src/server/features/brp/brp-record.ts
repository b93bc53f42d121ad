import type { z } from 'zod';
import { isValidBsn } from '../../../shared/bsn.ts';
import { type Datum, Persoon } from './brp.schemas.ts';
import { earliestDate, exactDate } from './brp-dates.ts';

/**
 * Takes one element of `personen` in: checks it against Regie's BRP schema and against what the register needs,
 * and turns it into a compact record (only what the import uses, so large files fit in memory once parsed).
 * Problems are reported per field in Dutch, without the values themselves (no personal data in reports).
 */

export type RecordIssue = { index: number; veld: string; melding: string };

export type AddressFields = {
  straat: string;
  huisnummer: number;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
  /** Normalised: no space, capitals (1234AB). */
  postcode: string;
  woonplaats: string;
  adresseerbaarObjectId: string | null;
};

/** Where the BRP says the person lives. `since` is the datum aanvang adreshouding (verblijfplaats.datumVan). */
export type Place =
  | { kind: 'adres'; address: AddressFields; since: string | null }
  | {
      kind: 'elders';
      reason: 'buitenland' | 'onbekend' | 'locatie' | 'andere-gemeente';
      since: string | null;
    }
  | { kind: 'niet-geleverd' };

export type BrpRecord = {
  index: number;
  municipalityCode: string;
  bsn: string;
  voornamen: string;
  voorvoegsel: string | null;
  geslachtsnaam: string;
  /** undefined: not delivered (keep what the register has); null: delivered but not a complete date. */
  geboortedatum: string | null | undefined;
  geslacht: 'M' | 'V' | 'O' | undefined;
  overlijdensdatum: string | null;
  place: Place;
  /** BSNs of current partners (a dissolved marriage or partnership is left out), children and parents. */
  partners: string[];
  kinderen: string[];
  ouders: string[];
};

export type RecordContext = {
  /** --municipality: every record belongs to this register; persons registered elsewhere have left it. */
  municipality?: string;
  knownMunicipalities: ReadonlySet<string>;
};

export type RecordResult =
  | { ok: true; record: BrpRecord; warnings: RecordIssue[] }
  | { ok: false; errors: RecordIssue[] };

/** `['verblijfplaats', 'verblijfadres', 'postcode']` → `verblijfplaats.verblijfadres.postcode`; lists as `[0]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(persoon)';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  object: 'een object { … }',
  array: 'een lijst [ … ]',
};

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Dit veld ontbreekt.';
      return `Dit veld heeft een verkeerde soort waarde; verwacht: ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'invalid_format':
      if (issue.format === 'date') return 'Dit is geen bestaande datum (verwacht JJJJ-MM-DD).';
      return `De waarde ${issue.message}.`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        return `Onbekend type; toegestaan: ${('options' in issue ? (issue.options as unknown[]) : []).join(', ')}.`;
      }
      return 'Dit veld heeft een verkeerde vorm.';
    case 'invalid_value':
      return `Onbekende waarde; toegestaan: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'string' ? 'Dit veld is leeg.' : `Minimaal ${String(issue.minimum)}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `Te lang: maximaal ${String(issue.maximum)} tekens.`
        : `Maximaal ${String(issue.maximum)}.`;
    default:
      return 'Dit veld is niet goed ingevuld.';
  }
}

const GESLACHT_CODES = new Set(['M', 'V', 'O']);

function normalisePostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

function sinceOf(place: { datumVan?: Datum | undefined; datumIngangGeldigheid?: Datum | undefined }) {
  return earliestDate(place.datumVan) ?? earliestDate(place.datumIngangGeldigheid);
}

/** Checks and converts one `personen` element. */
export function toBrpRecord(raw: unknown, index: number, context: RecordContext): RecordResult {
  const parsed = Persoon.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        index,
        veld: fieldPath(issue.path),
        melding: issueMessage(issue),
      })),
    };
  }
  const p = parsed.data;
  const errors: RecordIssue[] = [];
  const warnings: RecordIssue[] = [];
  const error = (veld: string, melding: string) => errors.push({ index, veld, melding });

  if (p.burgerservicenummer === undefined) error('burgerservicenummer', 'Het burgerservicenummer ontbreekt.');
  else if (!isValidBsn(p.burgerservicenummer)) {
    error('burgerservicenummer', 'Het burgerservicenummer voldoet niet aan de elfproef.');
  }
  if (p.naam?.geslachtsnaam === undefined) error('naam.geslachtsnaam', 'De geslachtsnaam ontbreekt.');

  const geslachtCode = p.geslacht?.code;
  if (geslachtCode !== undefined && !GESLACHT_CODES.has(geslachtCode)) {
    error('geslacht.code', 'Onbekende code voor geslacht; toegestaan: M, V, O.');
  }

  let overlijdensdatum: string | null = null;
  if (p.overlijden?.datum) {
    overlijdensdatum = exactDate(p.overlijden.datum) ?? earliestDate(p.overlijden.datum);
    if (overlijdensdatum === null) {
      error(
        'overlijden.datum',
        'De overlijdensdatum is onbekend; Regie heeft een datum nodig om het lidmaatschap te beëindigen.',
      );
    }
  }

  const registeredIn = p.gemeenteVanInschrijving?.code;
  const registeredCode = registeredIn === undefined ? undefined : `GM${registeredIn}`;
  if (registeredIn !== undefined && !/^[0-9]{4}$/.test(registeredIn)) {
    error('gemeenteVanInschrijving.code', 'De gemeentecode moet uit 4 cijfers bestaan.');
  }
  let municipalityCode = context.municipality;
  if (municipalityCode === undefined) {
    if (registeredCode === undefined) {
      error(
        'gemeenteVanInschrijving',
        'De gemeente van inschrijving ontbreekt. Geef de gemeente op met --municipality.',
      );
    } else if (!context.knownMunicipalities.has(registeredCode)) {
      error('gemeenteVanInschrijving.code', `Gemeente ${registeredCode} is niet bekend in Regie.`);
    }
    municipalityCode = registeredCode;
  }

  let place: Place = { kind: 'niet-geleverd' };
  const vp = p.verblijfplaats;
  if (
    context.municipality !== undefined &&
    registeredCode !== undefined &&
    registeredCode !== context.municipality
  ) {
    // Registered in another municipality: the person has left this register (from the date of that registration).
    const since = earliestDate(p.datumInschrijvingInGemeente) ?? (vp ? sinceOf(vp) : null);
    place = { kind: 'elders', reason: 'andere-gemeente', since };
  } else if (vp?.type === 'Adres') {
    const a = vp.verblijfadres;
    const straat = a?.officieleStraatnaam ?? a?.korteStraatnaam;
    const missing: [string, unknown][] = [
      ['verblijfplaats.verblijfadres.officieleStraatnaam', straat],
      ['verblijfplaats.verblijfadres.huisnummer', a?.huisnummer],
      ['verblijfplaats.verblijfadres.postcode', a?.postcode],
      ['verblijfplaats.verblijfadres.woonplaats', a?.woonplaats],
    ];
    for (const [veld, value] of missing) {
      if (value === undefined)
        error(veld, 'Dit deel van het adres ontbreekt; zonder kan Regie het huishouden niet vinden.');
    }
    const since = sinceOf(vp);
    if (since === null) {
      warnings.push({
        index,
        veld: 'verblijfplaats.datumVan',
        melding:
          'De datum aanvang adreshouding ontbreekt; Regie gebruikt de importdatum als begin van het lidmaatschap.',
      });
    }
    if (
      a &&
      straat !== undefined &&
      a.huisnummer !== undefined &&
      a.postcode !== undefined &&
      a.woonplaats !== undefined
    ) {
      place = {
        kind: 'adres',
        since,
        address: {
          straat,
          huisnummer: a.huisnummer,
          huisletter: a.huisletter ?? null,
          huisnummertoevoeging: a.huisnummertoevoeging ?? null,
          postcode: normalisePostcode(a.postcode),
          woonplaats: a.woonplaats,
          adresseerbaarObjectId: vp.adresseerbaarObjectIdentificatie ?? null,
        },
      };
    }
  } else if (vp) {
    const reason =
      vp.type === 'VerblijfplaatsBuitenland' ? 'buitenland' : vp.type === 'Locatie' ? 'locatie' : 'onbekend';
    place = { kind: 'elders', reason, since: sinceOf(vp) };
    if (reason === 'locatie') {
      warnings.push({
        index,
        veld: 'verblijfplaats',
        melding:
          'De verblijfplaats is een locatie zonder adres; de persoon staat in het register zonder huishouden.',
      });
    }
  }

  if (errors.length > 0 || p.burgerservicenummer === undefined || municipalityCode === undefined) {
    return { ok: false, errors };
  }
  const bsns = (list: { burgerservicenummer?: string | undefined }[] | undefined) =>
    (list ?? []).flatMap((r) => (r.burgerservicenummer ? [r.burgerservicenummer] : []));
  return {
    ok: true,
    warnings,
    record: {
      index,
      municipalityCode,
      bsn: p.burgerservicenummer,
      voornamen: p.naam?.voornamen ?? '',
      voorvoegsel: p.naam?.voorvoegsel ?? null,
      geslachtsnaam: p.naam?.geslachtsnaam ?? '',
      geboortedatum: p.geboorte === undefined ? undefined : exactDate(p.geboorte.datum),
      geslacht: geslachtCode as BrpRecord['geslacht'],
      overlijdensdatum,
      place,
      partners: bsns(
        (p.partners ?? []).filter((partner) => partner.ontbindingHuwelijkPartnerschap === undefined),
      ),
      kinderen: bsns(p.kinderen),
      ouders: bsns(p.ouders),
    },
  };
}

/** The identity of an address within a municipality: postcode, huisnummer, huisletter, toevoeging. */
export function addressKey(a: {
  postcode: string;
  huisnummer: number;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
}): string {
  const part = (v: string | null) => (v ?? '').trim().toUpperCase();
  return `${normalisePostcode(a.postcode)}|${a.huisnummer}|${part(a.huisletter)}|${part(a.huisnummertoevoeging)}`;
}
