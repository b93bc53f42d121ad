import { csvField } from '../../../lib/csv.ts';
import type { SignalImportReport } from './import.service.ts';

const n = (value: number) => value.toLocaleString('nl-NL');

/** The Dutch report of `regie import signals`: counts, the first problems, and where the full report is. */
export function formatSignalImportReport(report: SignalImportReport): string {
  const lines = [
    `Signalen uit ${report.bestandsnaam} (${report.formaat === 'ddas' ? 'DDAS v1.2' : 'CSV'}) voor ${report.gemeente}${report.hervat ? ' (vervolg van een afgebroken import)' : ''}:`,
    `  gelezen    ${n(report.gelezen).padStart(12)}`,
    `  nieuw      ${n(report.nieuw).padStart(12)}`,
    `  dubbel     ${n(report.dubbel).padStart(12)}   (al eerder ingelezen of twee keer in het bestand)`,
    `  afgekeurd  ${n(report.afgekeurd).padStart(12)}`,
  ];
  if (report.status === 'mislukt')
    lines.push('', `Het inlezen is gestopt: ${report.melding ?? 'onbekende fout'}`);
  if (report.eersteFouten.length > 0) {
    lines.push('', `Problemen (${n(report.fouten)} in totaal; de eerste ${report.eersteFouten.length}):`);
    for (const f of report.eersteFouten) {
      lines.push(`  ${f.rij === 0 ? 'bestand' : `rij ${f.rij}`}, veld ${f.veld}: ${f.reden}`);
    }
  }
  lines.push(
    '',
    `Import-id ${report.importId}. Het volledige verslag (rij;veld;reden) staat in Regie bij Signalen importeren,`,
    `of via GET /api/v1/signal-imports/${report.importId}/rapport.`,
  );
  return `${lines.join('\n')}\n`;
}

/** The header of the downloadable report: UTF-8 BOM (so spreadsheet programs read it as UTF-8), then rij;veld;reden. */
export const REPORT_HEADER = '\uFEFFrij;veld;reden\r\n';

export function reportLine(issue: { rij: number; veld: string; reden: string }): string {
  return `${csvField(issue.rij)};${csvField(issue.veld)};${csvField(issue.reden)}\r\n`;
}
