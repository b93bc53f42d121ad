import type { Ctx } from '../../context.ts';
import { csvDocument, csvNumber } from '../../lib/csv.ts';
import { getAgreement } from './agreements.read.ts';

const phaseNames = {
  bod: 'Bod',
  overleg: 'Overleg',
  vaststelling: 'Vaststelling',
  monitoring: 'Monitoring',
  evaluatie: 'Evaluatie',
} as const;

/**
 * The year report of an agreement as CSV (for the council and the parties): one row per commitment the viewer sees,
 * with its target and its live status. The values are the published ones, so a suppressed figure stays empty with
 * status "Niet te tonen (minder dan 10)"; a party's report holds only its own organisation's commitments.
 */
export async function agreementReportCsv(ctx: Ctx, id: string) {
  const a = await getAgreement(ctx, id);
  const header = [
    'Afspraak',
    'Jaar',
    'Gemeente',
    'Fase',
    'Thema',
    'Eigenaar',
    'Toezegging',
    'Indicator',
    'Onderdeel',
    'Deel van de gemeente',
    'Doel',
    'Doel (waarde)',
    'Status',
    'Waarde',
    'Periode',
    'Reacties',
  ];
  const rows = a.commitments.map((c) => [
    a.title,
    a.year,
    a.municipality.name,
    phaseNames[a.phase],
    c.theme,
    c.owner.name,
    c.description,
    c.indicator.title,
    c.indicator.measure,
    c.breakdown?.label ?? 'Hele gemeente',
    c.direction,
    csvNumber(c.target),
    c.status.label,
    csvNumber(c.status.value),
    c.status.period ?? '',
    c.comments.length,
  ]);
  return {
    body: csvDocument(header, rows),
    fileName: `prestatieafspraken-${a.municipality.code}-${a.year}.csv`,
  };
}
