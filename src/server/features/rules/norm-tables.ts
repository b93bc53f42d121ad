import { readdirSync } from 'node:fs';
import { z } from '@hono/zod-openapi';
import { formatDutchDate, type IsoDate, nextDay } from '../../lib/dates.ts';
import { DEFAULT_DATA_DIR, readDataFile } from './data-files.ts';
import { invalidField } from './invalid-input.ts';

/** Amount keys follow the numbering of the Participatiewet: article.lid.onderdeel (e.g. '22a.3.b'). */
const cents = z.number().int().positive();

const normTableSchema = z.strictObject({
  id: z.string().min(1),
  omschrijving: z.string().min(1),
  geldigVanaf: z.iso.date(),
  geldigTotEnMet: z.iso.date(),
  bronnen: z.array(z.strictObject({ titel: z.string().min(1), url: z.string().min(1) })).min(1),
  bedragenCent: z.strictObject({
    '20.1.a': cents,
    '20.1.b': cents,
    '20.1.c': cents,
    '20.2.a': cents,
    '20.2.b': cents,
    '20.2.c': cents,
    '21.a': cents,
    '21.b': cents,
    '22.a': cents,
    '22.b': cents,
    '22.c': cents,
    '22a.3.a': cents,
    '22a.3.b': cents,
    /** Raise of the youth norm when parents cannot contribute (art. 20 lid 3, since 1-1-2026). */
    '20.3': cents.optional(),
  }),
  /** Provisions that exist only from some date on; the calculation reads them instead of hard-coding dates. */
  bepalingen: z.strictObject({ '22a.4': z.boolean() }),
  opmerking: z.string().optional(),
});

export type NormTable = z.output<typeof normTableSchema>;
/** Keys of the amounts every table has (the optional art. 20 lid 3 raise is read separately). */
export type NormAmountKey = Exclude<keyof NormTable['bedragenCent'], '20.3'>;

const FILE_PATTERN = /^bijstandsnormen-(\d{4}-\d{2}-\d{2})\.json$/;

/**
 * Load every `bijstandsnormen-YYYY-MM-DD.json` in the folder. Adding the next half-year is adding a file.
 * The tables must join up: each starts the day after the previous one ends, with no gap and no overlap.
 */
export function loadNormTables(dir: URL = DEFAULT_DATA_DIR): NormTable[] {
  const tables = readdirSync(dir)
    .filter((name) => FILE_PATTERN.test(name))
    .map((name) => {
      const table = readDataFile(new URL(name, dir), normTableSchema);
      const dateInName = FILE_PATTERN.exec(name)?.[1];
      if (dateInName !== table.geldigVanaf) {
        throw new Error(
          `Norm table ${name} starts on ${table.geldigVanaf}; the file name must carry that date`,
        );
      }
      if (table.geldigTotEnMet < table.geldigVanaf) {
        throw new Error(`Norm table ${name} ends before it starts`);
      }
      return table;
    })
    .sort((a, b) => (a.geldigVanaf < b.geldigVanaf ? -1 : 1));
  if (tables.length === 0) throw new Error(`No norm tables (bijstandsnormen-*.json) in ${dir.href}`);
  for (let i = 1; i < tables.length; i++) {
    const previous = tables[i - 1]!;
    const current = tables[i]!;
    if (current.geldigVanaf !== nextDay(previous.geldigTotEnMet)) {
      throw new Error(
        `Norm tables ${previous.id} and ${current.id} do not join up: ${previous.geldigTotEnMet} is not the day before ${current.geldigVanaf}`,
      );
    }
  }
  const ids = new Set(tables.map((t) => t.id));
  if (ids.size !== tables.length) throw new Error('Two norm tables share an id');
  return tables;
}

/** The table in force on the peildatum, or a Dutch validation error on the field `peildatum`. */
export function normTableOn(
  peildatum: IsoDate,
  tables: readonly NormTable[],
  field = 'peildatum',
): NormTable {
  const table = tables.find((t) => t.geldigVanaf <= peildatum && peildatum <= t.geldigTotEnMet);
  if (table) return table;
  const first = tables[0]!;
  const last = tables[tables.length - 1]!;
  throw invalidField(
    field,
    `Voor de peildatum ${formatDutchDate(peildatum)} zijn geen bijstandsnormen beschikbaar. ` +
      `Regie heeft normen van ${formatDutchDate(first.geldigVanaf)} tot en met ${formatDutchDate(last.geldigTotEnMet)}.`,
  );
}
