import { z } from '@hono/zod-openapi';
import { formatDutchDate, type IsoDate } from '../../lib/dates.ts';
import { DEFAULT_DATA_DIR, readDataFile } from './data-files.ts';
import { invalidField } from './invalid-input.ts';

const costSharerAgeTableSchema = z.strictObject({
  id: z.string().min(1),
  omschrijving: z.string().min(1),
  bronnen: z.array(z.strictObject({ titel: z.string().min(1), url: z.string().min(1) })).min(1),
  perioden: z
    .array(
      z.strictObject({
        geldigVanaf: z.iso.date(),
        geldigTotEnMet: z.iso.date().nullable(),
        leeftijd: z.number().int().min(18).max(100),
      }),
    )
    .min(1),
});

export type CostSharerAgeTable = z.output<typeof costSharerAgeTableSchema>;
export type CostSharerAgePeriod = CostSharerAgeTable['perioden'][number];

export function loadCostSharerAgeTable(
  file: URL = new URL('kostendeler-leeftijd.json', DEFAULT_DATA_DIR),
): CostSharerAgeTable {
  return readDataFile(file, costSharerAgeTableSchema);
}

/** The minimum age of a kostendelende medebewoner on the peildatum (21 until 31-12-2022, 27 from 1-1-2023). */
export function costSharerAgeOn(
  peildatum: IsoDate,
  table: CostSharerAgeTable,
  field = 'peildatum',
): CostSharerAgePeriod {
  const period = table.perioden.find(
    (p) => p.geldigVanaf <= peildatum && (p.geldigTotEnMet === null || peildatum <= p.geldigTotEnMet),
  );
  if (period) return period;
  throw invalidField(
    field,
    `Op ${formatDutchDate(peildatum)} bestond de kostendelersnorm nog niet. Regie kent de kostendelersnorm vanaf ${formatDutchDate(table.perioden[0]!.geldigVanaf)}.`,
  );
}
