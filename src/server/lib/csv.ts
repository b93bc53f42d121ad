/** One CSV field, quoted when it holds the separator, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file for spreadsheet programs: UTF-8 BOM (so Excel reads it as UTF-8), ';' as separator (the Dutch Excel
 * default), CRLF line ends, a header row, then the rows.
 */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A number for a Dutch spreadsheet (decimal comma); empty when there is none. */
export function csvNumber(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}
