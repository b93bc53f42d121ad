import type { BrpImportReport } from './brp-import.service.ts';
import type { RecordIssue } from './brp-record.ts';

const n = (value: number) => value.toLocaleString('nl-NL');

function issueLines(title: string, issues: readonly RecordIssue[], max: number): string[] {
  if (issues.length === 0) return [];
  const lines = [`${title} (${n(issues.length)}):`];
  for (const issue of issues.slice(0, max))
    lines.push(`  personen[${issue.index}] ${issue.veld}: ${issue.melding}`);
  if (issues.length > max)
    lines.push(`  … en nog ${n(issues.length - max)}; alles staat in de uitvoer van --json.`);
  return lines;
}

/** The import report in Dutch, for the command line. Names fields and record numbers, never personal data. */
export function formatImportReport(report: BrpImportReport, maxIssues = 50): string {
  const t = report.totaal;
  const skipped = report.gelezen - report.verwerkt;
  const lines = [
    `BRP-import: ${n(report.gelezen)} personen gelezen, ${n(report.verwerkt)} verwerkt` +
      (skipped > 0 ? `, ${n(skipped)} overgeslagen vanwege fouten.` : '.'),
    `Personen: ${n(t.personenNieuw)} nieuw, ${n(t.personenGewijzigd)} gewijzigd, ${n(report.ongewijzigd)} ongewijzigd; ` +
      `${n(t.overlijdensVerwerkt)} overlijdens verwerkt.`,
    `Adressen: ${n(t.adressenNieuw)} nieuw` +
      (t.adressenZonderWijk > 0 ? ` (waarvan ${n(t.adressenZonderWijk)} zonder wijk en buurt)` : '') +
      `, ${n(t.adressenGewijzigd)} gewijzigd.`,
    `Huishoudens: ${n(t.huishoudensNieuw)} nieuw, ${n(t.huishoudensBeeindigd)} beëindigd.`,
    `Lidmaatschappen: ${n(t.lidmaatschappenGestart)} begonnen, ${n(t.lidmaatschappenBeeindigd)} beëindigd; ` +
      `${n(t.relatiesGewijzigd)} relaties gewijzigd.`,
  ];
  if (report.andereGemeente > 0) {
    lines.push(
      `${n(report.andereGemeente)} personen staan ingeschreven in een andere gemeente en stonden niet in dit register; overgeslagen.`,
    );
  }
  if (!report.gewijzigd) lines.push('Niets gewijzigd: het register was al bijgewerkt met deze gegevens.');
  lines.push(...issueLines('Fouten, deze records zijn niet verwerkt', report.fouten, maxIssues));
  lines.push(...issueLines('Meldingen', report.meldingen, maxIssues));
  return `${lines.join('\n')}\n`;
}
