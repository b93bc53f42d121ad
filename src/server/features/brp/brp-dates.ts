import { isIsoDate } from '../../lib/dates.ts';
import type { Datum } from './brp.schemas.ts';

/**
 * BRP dates (official AbstractDatum: Datum, JaarMaandDatum, JaarDatum, DatumOnbekend) and the calendar dates
 * ('YYYY-MM-DD') Regie stores.
 */

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** A full date in the BRP format: { type: "Datum", datum: "2026-05-01", langFormaat: "1 mei 2026" }. */
export function volledigeDatum(date: string) {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { type: 'Datum' as const, datum: date, langFormaat: `${day} ${MAANDEN[month - 1]} ${year}` };
}

/** The calendar date when the BRP date is complete; null for a partly or wholly unknown date. */
export function exactDate(datum: Datum | undefined): string | null {
  return datum?.type === 'Datum' && isIsoDate(datum.datum) ? datum.datum : null;
}

/**
 * The first day the BRP date can mean: a full date itself, the first of the month for JaarMaandDatum, 1 January for
 * JaarDatum, null for DatumOnbekend. Used for the start of a registration when the day is not known.
 */
export function earliestDate(datum: Datum | undefined): string | null {
  if (!datum) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (datum.type) {
    case 'Datum':
      return exactDate(datum);
    case 'JaarMaandDatum':
      return `${String(datum.jaar).padStart(4, '0')}-${pad(datum.maand)}-01`;
    case 'JaarDatum':
      return `${String(datum.jaar).padStart(4, '0')}-01-01`;
    case 'DatumOnbekend':
      return null;
  }
}
