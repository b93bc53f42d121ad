import { Readable, Transform } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import {
  bsnProblem,
  MAX_ID_LENGTH,
  normalisePostcode,
  parseDutchAmount,
  parseDutchBoolean,
  parseDutchDate,
  parseGender,
  parseHuisnummer,
  parsePartnerType,
  REASONS,
  type RowIssue,
  type RowResult,
} from './signal-row.ts';

/**
 * CSV as signal platforms export it: `;` between fields, UTF-8 with or without BOM, a header row, Dutch dates
 * (dd-mm-jjjj, d-m-jjjj), Dutch amounts ("1.234,56", "€ 12") and ja/nee. Column names are matched without regard to
 * case or spaces; their order is free. Parsed as a stream by csv-parse (backpressure through async iteration).
 */

export const CSV_COLUMNS = [
  'ID',
  'Signaalpartner',
  'Signaaldatum',
  'Ontstaansdatum',
  'Bedrag',
  'Crisissignaal',
  'WarmeOverdracht',
  'BSN',
  'Geboortedatum',
  'Geslacht',
  'Postcode',
  'Huisnummer',
  'Huisnummertoevoeging',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const REQUIRED_COLUMNS: readonly CsvColumn[] = ['ID', 'Signaalpartner'];

export class CsvFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvFileError';
  }
}

const canonical = (name: string) =>
  name
    .replace(/^\uFEFF/, '')
    .replace(/[\s_-]/g, '')
    .toLowerCase();
const BY_CANONICAL = new Map(CSV_COLUMNS.map((c) => [canonical(c), c]));

/** Which cell holds which column, from the header row. */
export type CsvHeader = { index: Partial<Record<CsvColumn, number>>; width: number; issues: RowIssue[] };

export function readHeader(cells: string[]): CsvHeader {
  const index: Partial<Record<CsvColumn, number>> = {};
  const issues: RowIssue[] = [];
  cells.forEach((cell, i) => {
    const column = BY_CANONICAL.get(canonical(cell));
    if (column === undefined) {
      if (cell.trim() !== '') {
        issues.push({
          row: 1,
          field: cell.trim().slice(0, 40),
          reason: 'Onbekende kolom; deze wordt niet gelezen.',
        });
      }
    } else if (index[column] !== undefined) {
      throw new CsvFileError(`De kolom ${column} staat twee keer in de kopregel.`);
    } else index[column] = i;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => index[c] === undefined);
  if (missing.length > 0) {
    throw new CsvFileError(
      `De kopregel mist de kolom${missing.length > 1 ? 'men' : ''} ${missing.join(' en ')}. Verwacht (gescheiden door ;): ${CSV_COLUMNS.join(';')}.`,
    );
  }
  if (index.BSN === undefined && (index.Postcode === undefined || index.Huisnummer === undefined)) {
    throw new CsvFileError('De kopregel heeft geen kolom BSN en ook niet Postcode en Huisnummer.');
  }
  return { index, width: cells.length, issues };
}

/** Checks one data row (`line` is its line in the file, header = 1) and normalises it. */
export function checkCsvRow(cells: string[], line: number, header: CsvHeader): RowResult {
  const issues: RowIssue[] = [];
  const add = (field: CsvColumn | '(rij)', reason: string) => issues.push({ row: line, field, reason });
  const cell = (column: CsvColumn) => {
    const i = header.index[column];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  if (cells.length !== header.width) {
    add(
      '(rij)',
      `De rij heeft ${cells.length} velden, de kopregel ${header.width}; controleer de scheidingstekens (;).`,
    );
    return { ok: false, issues };
  }

  const externalId = cell('ID');
  if (externalId === '') add('ID', REASONS.idMissing);
  else if (externalId.length > MAX_ID_LENGTH) add('ID', REASONS.idTooLong);

  const partnerText = cell('Signaalpartner');
  const partnerType = partnerText === '' ? null : parsePartnerType(partnerText);
  if (partnerText === '') add('Signaalpartner', REASONS.partnerMissing);
  else if (partnerType === null) add('Signaalpartner', REASONS.partnerUnknown);

  const date = (column: CsvColumn) => {
    const text = cell(column);
    if (text === '') return null;
    const iso = parseDutchDate(text);
    if (iso === null) add(column, REASONS.dutchDate);
    return iso;
  };
  const signalDate = date('Signaaldatum');
  const arrearsSince = date('Ontstaansdatum');
  const birthDate = date('Geboortedatum');

  let amountEuros: number | null = null;
  if (cell('Bedrag') !== '') {
    const amount = parseDutchAmount(cell('Bedrag'));
    if ('problem' in amount) add('Bedrag', amount.problem);
    else amountEuros = amount.euros;
  }

  const flag = (column: CsvColumn) => {
    const value = parseDutchBoolean(cell(column));
    if (value === 'invalid') {
      add(column, REASONS.boolean);
      return false;
    }
    return value ?? false;
  };
  const crisis = flag('Crisissignaal');
  const warmeOverdracht = flag('WarmeOverdracht');

  const genderText = cell('Geslacht');
  const gender = genderText === '' ? null : parseGender(genderText);
  if (genderText !== '' && gender === null) add('Geslacht', REASONS.gender);

  const bsn = cell('BSN').replace(/[\s.]/g, '');
  if (bsn !== '') {
    const problem = bsnProblem(bsn);
    if (problem) add('BSN', problem);
  }
  const postcodeText = cell('Postcode');
  const postcode = postcodeText === '' ? null : normalisePostcode(postcodeText);
  if (postcodeText !== '' && postcode === null) add('Postcode', REASONS.postcode);
  const nummerText = cell('Huisnummer');
  const nummer = nummerText === '' ? null : parseHuisnummer(nummerText);
  if (nummerText !== '' && nummer === null) add('Huisnummer', REASONS.huisnummer);
  const toevoeging = cell('Huisnummertoevoeging');
  if (toevoeging.length > 10) add('Huisnummertoevoeging', REASONS.toevoeging);
  if (bsn === '') {
    if (postcodeText === '' && nummerText === '') add('BSN', REASONS.noSubject);
    else if (postcodeText === '') add('Postcode', REASONS.huisnummerWithoutPostcode);
    else if (nummerText === '') add('Huisnummer', REASONS.postcodeWithoutHuisnummer);
  }

  if (issues.length > 0 || partnerType === null) return { ok: false, issues };
  return {
    ok: true,
    signal: {
      row: line,
      externalId,
      partnerType,
      signalDate,
      arrearsSince,
      amountEuros,
      crisis,
      warmeOverdracht,
      bsn: bsn === '' ? null : bsn,
      birthDate,
      gender,
      postcode,
      huisnummer: nummer?.huisnummer ?? null,
      huisletter: nummer?.huisletter ?? null,
      huisnummertoevoeging: toevoeging === '' ? null : toevoeging,
    },
  };
}

export type CsvRecord = { line: number; cells: string[]; bytesDone: number };

/**
 * The records of a CSV file as cell lists with their line number (of the record's last line, which is its line
 * unless a quoted value spans lines), the header included (line 1). Throws CsvFileError for text csv-parse cannot
 * read (such as an unclosed quote), naming the line.
 */
export async function* streamCsvRecords(bytes: AsyncIterable<Buffer>): AsyncGenerator<CsvRecord> {
  let bytesRead = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytesRead += chunk.length;
      done(null, chunk);
    },
  });
  const parser = parse({
    delimiter: ';',
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    relax_quotes: false,
  });
  const source = Readable.from(bytes);
  source.on('error', (error) => parser.destroy(error));
  counter.on('error', (error) => parser.destroy(error));
  source.pipe(counter).pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: item.info.lines, cells: item.record, bytesDone: bytesRead };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? ` (regel ${error.lines})` : '';
      throw new CsvFileError(
        `Het CSV-bestand is niet te lezen${line}: controleer aanhalingstekens en scheidingstekens.`,
      );
    }
    throw error;
  } finally {
    source.destroy();
  }
}
