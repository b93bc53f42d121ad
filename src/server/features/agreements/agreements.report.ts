import type { Ctx } from '../../context.ts';
import { csvDocument, csvNumber } from '../../lib/csv.ts';
import { SMALL_CELL_THRESHOLD } from '../population/suppression.ts';
import { getAgreement } from './agreements.read.ts';
import type { Agreement } from './agreements.schemas.ts';

export const phaseNames = {
  bod: 'Bod',
  overleg: 'Overleg',
  vaststelling: 'Vaststelling',
  monitoring: 'Monitoring',
  evaluatie: 'Evaluatie',
} as const;

type Commitment = Agreement['commitments'][number];

/** The value of a status as the report prints it: the number, "< 10" when suppressed, empty when there is none. */
export function reportValue(c: Commitment): string {
  if (c.status.state === 'niet_te_tonen') return `< ${SMALL_CELL_THRESHOLD}`;
  return csvNumber(c.status.value);
}

/**
 * The rows of the year report, one per commitment the viewer sees: the CSV and the PDF are both made from these, so
 * they always report the same commitments with the same figures. A party's report holds only its own commitments.
 */
export function reportRows(a: Agreement) {
  return a.commitments.map((c) => ({
    theme: c.theme,
    owner: c.owner.name,
    description: c.description,
    indicator: c.indicator.title,
    measure: c.indicator.measure,
    kind: c.indicator.kind,
    source: c.source === 'partij' ? 'Aangeleverd door de partij' : 'Berekend door Regie',
    part: c.breakdown?.label ?? 'Hele gemeente',
    direction: c.direction,
    target: csvNumber(c.target),
    status: c.status.label,
    value: reportValue(c),
    period: c.status.period ?? '',
    comments: c.comments.length,
    withdrawn: c.withdrawnOn ? { on: c.withdrawnOn, reason: c.withdrawnReason ?? '' } : null,
    changes: c.changes,
  }));
}

export type ReportRow = ReturnType<typeof reportRows>[number];

/**
 * The year report of an agreement as CSV (for the council and the parties): one row per commitment the viewer sees,
 * with its target and its live status. The values are the published ones, so a suppressed figure shows "< 10" with
 * status "Niet te tonen (minder dan 10)"; a party's report holds only its own organisation's commitments. A
 * commitment that lapsed keeps its row, with status "Vervallen", the day and the reason.
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
    'Bron van het cijfer',
    'Vervallen op',
    'Reden vervallen',
  ];
  const rows = reportRows(a).map((r) => [
    a.title,
    a.year,
    a.municipality.name,
    phaseNames[a.phase],
    r.theme,
    r.owner,
    r.description,
    r.indicator,
    r.measure,
    r.part,
    r.direction,
    r.target,
    r.status,
    r.value,
    r.period,
    r.comments,
    r.source,
    r.withdrawn?.on ?? '',
    r.withdrawn?.reason ?? '',
  ]);
  return { body: csvDocument(header, rows), fileName: reportFileName(a, 'csv') };
}

export const reportFileName = (a: Agreement, ext: 'csv' | 'pdf') =>
  `prestatieafspraken-${a.municipality.code}-${a.year}.${ext}`;
