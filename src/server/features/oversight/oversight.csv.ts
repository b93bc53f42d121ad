import { csvDocument, csvNumber } from '../../lib/csv.ts';
import { THRESHOLD } from '../indicators/indicators.suppression.ts';
import type { PackCell } from './oversight.pack.ts';
import type { SupervisorPack } from './oversight.service.ts';

/** A cell as the page shows it: "< 10" when suppressed, empty when there is nothing to show, a decimal comma. */
export function packCellText(cell: PackCell | undefined): string {
  if (!cell) return '';
  if (cell.suppressed) return `< ${THRESHOLD}`;
  return csvNumber(cell.value);
}

export const PACK_TITLE = 'Toezichtpakket samenhang sociaal domein';

/** The header of each table's rows in the CSV (before the measure labels). */
export const ROW_HEADER = ['Halfjaar', 'Periode', 'Peildatum', 'Versie'] as const;

/**
 * The pack as one CSV document (';', BOM, CRLF): a header block (municipality, year, made on, no personal data),
 * then per question its title, indicator and table, then the definitions with their versions and the suppression
 * rule. Built from the JSON answer only, so the two never differ.
 */
export function supervisorPackCsv(pack: SupervisorPack) {
  const lines: (string | number)[][] = [
    ['Gemeente', `${pack.municipality.name} (${pack.municipality.code})`],
    ['Jaar', pack.year],
    ['Gemaakt op', pack.madeOn],
    ['Persoonsgegevens', pack.personalData],
  ];
  pack.tables.forEach((table, i) => {
    lines.push([]);
    lines.push([`Vraag ${i + 1}`, table.question]);
    lines.push(['Indicator', table.indicator]);
    lines.push([...ROW_HEADER, table.rowLabel, ...table.columns.map((c) => c.label)]);
    for (const row of table.rows) {
      lines.push([
        row.halfYear,
        row.period,
        row.peildatum,
        row.version,
        row.label,
        ...table.columns.map((c) => packCellText(row.cells[c.key])),
      ]);
    }
    if (table.rows.length === 0) lines.push(['Nog geen cijfers: het jaar is nog niet begonnen']);
  });
  lines.push([]);
  lines.push(['Definities']);
  lines.push([
    'Indicator',
    'Versie',
    'Geldt vanaf',
    'Titel',
    'Uitleg',
    'Wat telt',
    'Teller',
    'Noemer',
    'Eenheid',
    'Bron',
  ]);
  for (const d of pack.definitions) {
    lines.push([
      d.code,
      d.version,
      d.validFrom,
      d.title,
      d.explanation,
      d.counted,
      d.numerator ?? '',
      d.denominator ?? '',
      d.unit,
      d.source,
    ]);
  }
  lines.push([]);
  lines.push(['Kleine aantallen', pack.suppression]);
  return {
    body: csvDocument([PACK_TITLE], lines),
    fileName: `toezichtpakket-${pack.municipality.code}-${pack.year}.csv`,
  };
}
