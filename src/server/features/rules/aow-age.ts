import { z } from '@hono/zod-openapi';
import { addYearsMonths, type IsoDate } from '../../lib/dates.ts';
import { DEFAULT_DATA_DIR, readDataFile } from './data-files.ts';

const yearsMonths = z.strictObject({
  jaren: z.number().int().min(60).max(80),
  maanden: z.number().int().min(0).max(11),
});

const aowAgeTableSchema = z.strictObject({
  id: z.string().min(1),
  omschrijving: z.string().min(1),
  bronnen: z.array(z.strictObject({ titel: z.string().min(1), url: z.string().min(1) })).min(1),
  rijen: z
    .array(
      z.strictObject({
        geborenVanaf: z.iso.date().nullable(),
        geborenTotEnMet: z.iso.date(),
        jaren: yearsMonths.shape.jaren,
        maanden: yearsMonths.shape.maanden,
        aowInJaar: z.string().min(1),
      }),
    )
    .min(1),
  nogNietVastgesteld: z.strictObject({
    geborenVanaf: z.iso.date(),
    minimaal: yearsMonths,
    opmerking: z.string().min(1),
  }),
});

export type AowAgeTable = z.output<typeof aowAgeTableSchema>;

export function loadAowAgeTable(file: URL = new URL('aow-leeftijd.json', DEFAULT_DATA_DIR)): AowAgeTable {
  return readDataFile(file, aowAgeTableSchema);
}

export type AowAge =
  | { vastgesteld: true; jaren: number; maanden: number; datum: IsoDate }
  | { vastgesteld: false; minimaalJaren: number; minimaalMaanden: number; vroegsteDatum: IsoDate };

/** The AOW age (pensioengerechtigde leeftijd) for a birth date and the day it is reached. */
export function aowAgeFor(birthDate: IsoDate, table: AowAgeTable): AowAge {
  for (const row of table.rijen) {
    if ((row.geborenVanaf === null || row.geborenVanaf <= birthDate) && birthDate <= row.geborenTotEnMet) {
      return {
        vastgesteld: true,
        jaren: row.jaren,
        maanden: row.maanden,
        datum: addYearsMonths(birthDate, row.jaren, row.maanden),
      };
    }
  }
  const { minimaal } = table.nogNietVastgesteld;
  if (birthDate >= table.nogNietVastgesteld.geborenVanaf) {
    return {
      vastgesteld: false,
      minimaalJaren: minimaal.jaren,
      minimaalMaanden: minimaal.maanden,
      vroegsteDatum: addYearsMonths(birthDate, minimaal.jaren, minimaal.maanden),
    };
  }
  throw new Error(`AOW age table ${table.id} has no row for birth date ${birthDate}`);
}

/**
 * Whether the AOW age is reached on the peildatum: true, false, or 'onbekend' when the AOW age is not fixed yet
 * and the peildatum is on or after the earliest possible AOW date.
 */
export function aowAgeReached(
  birthDate: IsoDate,
  peildatum: IsoDate,
  table: AowAgeTable,
): boolean | 'onbekend' {
  const age = aowAgeFor(birthDate, table);
  if (age.vastgesteld) return peildatum >= age.datum;
  return peildatum < age.vroegsteDatum ? false : 'onbekend';
}
