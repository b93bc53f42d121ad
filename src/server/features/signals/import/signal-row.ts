import { isValidBsn } from '../../../../shared/bsn.ts';
import { GESLACHTEN, type Geslacht, SIGNAALPARTNERS, type Signaalpartner } from '../../../../shared/ddas.ts';
import { type IsoDate, isIsoDate } from '../../../lib/dates.ts';

/**
 * One signal of a batch file, checked and normalised, whatever the format (DDAS or CSV). `row` is where it is in the
 * file: the CSV line (header = 1) or the DDAS signal's position (1-based). Reasons for rejection name the field,
 * never its value: a report must not carry a BSN or a date of birth.
 */
export type SignalRow = {
  row: number;
  externalId: string;
  partnerType: Signaalpartner;
  /** Null when the file has none: the import uses the day it was received. */
  signalDate: IsoDate | null;
  arrearsSince: IsoDate | null;
  amountEuros: number | null;
  crisis: boolean;
  warmeOverdracht: boolean;
  bsn: string | null;
  birthDate: IsoDate | null;
  gender: Geslacht | null;
  postcode: string | null;
  huisnummer: number | null;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
};

export type RowIssue = { row: number; field: string; reason: string };
export type RowResult = { ok: true; signal: SignalRow } | { ok: false; issues: RowIssue[] };

export const MAX_ID_LENGTH = 100;

export const REASONS = {
  missing: 'Dit verplichte veld ontbreekt.',
  idMissing: 'Het signaal heeft geen ID; zonder ID kan Regie een herhaalde levering niet herkennen.',
  idTooLong: `Het ID is langer dan ${MAX_ID_LENGTH} tekens.`,
  partnerMissing: 'De soort signaalpartner ontbreekt.',
  partnerUnknown: `Onbekende soort signaalpartner; kies uit: ${SIGNAALPARTNERS.join(', ')}.`,
  bsnFormat: 'Het BSN moet uit precies 9 cijfers bestaan.',
  bsnElfproef: 'Het BSN klopt niet: het voldoet niet aan de elfproef.',
  noSubject:
    'Er is geen BSN en geen adres (postcode en huisnummer): het signaal kan niet aan een huishouden worden gekoppeld.',
  postcodeWithoutHuisnummer: 'Zonder BSN is naast de postcode ook het huisnummer nodig.',
  huisnummerWithoutPostcode: 'Zonder BSN is naast het huisnummer ook de postcode nodig.',
  postcode: 'De postcode is niet geldig: verwacht 4 cijfers en 2 letters, zoals 1234 AB.',
  huisnummer:
    'Het huisnummer moet een getal van 1 tot en met 99999 zijn (eventueel met een letter erachter).',
  toevoeging: 'De huisnummertoevoeging is te lang (hoogstens 10 tekens).',
  isoDate: 'Geen bestaande datum: verwacht jjjj-mm-dd, bijvoorbeeld 2026-01-31.',
  dutchDate: 'Geen bestaande datum: verwacht dd-mm-jjjj, bijvoorbeeld 31-01-2026.',
  amountNegative: 'Het bedrag mag niet negatief zijn.',
  amountInteger: "Het bedrag moet een heel getal in euro's zijn.",
  amountFormat: 'Geen geldig bedrag: schrijf het bijvoorbeeld als 1.234,56 of € 12.',
  boolean: 'Geen ja of nee: gebruik ja/nee, j/n, 1/0 of true/false.',
  gender: `Onbekend geslacht; kies uit: ${GESLACHTEN.join(', ')}.`,
} as const;

/** Null when the BSN is fine, otherwise the reason. */
export function bsnProblem(value: string): string | null {
  if (!/^\d{9}$/.test(value)) return REASONS.bsnFormat;
  return isValidBsn(value) ? null : REASONS.bsnElfproef;
}

/** "1234 ab" → "1234AB"; null when it is not a Dutch postcode. */
export function normalisePostcode(value: string): string | null {
  const match = /^([1-9][0-9]{3})\s?([A-Za-z]{2})$/.exec(value.trim());
  return match ? `${match[1]}${match[2]!.toUpperCase()}` : null;
}

/** "12" → 12; "12a" → 12 with huisletter "A"; null when it is not a house number. */
export function parseHuisnummer(value: string): { huisnummer: number; huisletter: string | null } | null {
  const match = /^(\d{1,5})\s?([A-Za-z])?$/.exec(value.trim());
  if (!match) return null;
  const huisnummer = Number(match[1]);
  if (huisnummer < 1) return null;
  return { huisnummer, huisletter: match[2] ? match[2].toUpperCase() : null };
}

/** dd-mm-jjjj or d-m-jjjj (also with / or .), or jjjj-mm-dd → ISO; null when it is no existing date. */
export function parseDutchDate(value: string): IsoDate | null {
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * A Dutch amount ("1.234,56", "€ 12", "12", "-5") in whole euros, rounded half up (DDAS `bedrag` is whole euros).
 * A point followed by exactly three digits is a thousands separator; a comma is the decimal sign.
 */
export function parseDutchAmount(value: string): { euros: number } | { problem: string } {
  let text = value.replace(/\s/g, '').replace(/^€/, '').replace(/^EUR/i, '');
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1).replace(/^€/, '');
  let normalised: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normalised = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(,\d+)?$/.test(text)) normalised = text.replace(',', '.');
  else if (/^\d+\.\d{1,2}$/.test(text))
    normalised = text; // 12.50 as some exports write it
  else return { problem: REASONS.amountFormat };
  if (negative && Number(normalised) !== 0) return { problem: REASONS.amountNegative };
  return { euros: Math.floor(Number(normalised) + 0.5) };
}

const TRUE = new Set(['ja', 'j', '1', 'true', 'waar', 'yes', 'y']);
const FALSE = new Set(['nee', 'n', '0', 'false', 'onwaar', 'no']);

/** ja/nee/j/n/1/0/true/false; null for an empty value; 'invalid' otherwise. */
export function parseDutchBoolean(value: string): boolean | null | 'invalid' {
  const text = value.trim().toLowerCase();
  if (text === '') return null;
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  return 'invalid';
}

export function parsePartnerType(value: string): Signaalpartner | null {
  const text = value.trim().toLowerCase();
  return SIGNAALPARTNERS.find((p) => p.toLowerCase() === text) ?? null;
}

export function parseGender(value: string): Geslacht | null {
  const text = value.trim().toLowerCase();
  const short: Record<string, Geslacht> = { m: 'Man', v: 'Vrouw', o: 'Onbekend' };
  return short[text] ?? GESLACHTEN.find((g) => g.toLowerCase() === text) ?? null;
}

/** The source key that makes the same signal from the same platform one row, whether it came as DDAS or CSV. */
export function sourceKeyOf(externalId: string): string {
  return `platform:${externalId}`;
}
