import type { Ctx } from '../../context.ts';
import { csvNumber } from '../../lib/csv.ts';
import { formatDutchDate, type IsoDate } from '../../lib/dates.ts';
import { openPdf } from '../../lib/pdf.ts';
import { todayOf } from '../access/policy.ts';
import { getAgreement } from './agreements.read.ts';
import { phaseNames, type ReportRow, reportFileName, reportRows } from './agreements.report.ts';
import type { Agreement } from './agreements.schemas.ts';

/**
 * The year report of an agreement as a PDF for the council: a title page (municipality, year, the day it was made,
 * that it holds no personal data, the suppression rules), then per commitment the same row as the CSV (theme,
 * party, indicator, target, latest value or "< 10", status, for a lapsed one the day and the reason, and what
 * changed during the year), then the phase history of the cycle. Made from the
 * agreement as the viewer sees it, so a party's PDF holds only its own commitments.
 */

const MARGIN = 56;
const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "maart 2026", "eerste halfjaar 2026". */
export function periodText(period: string): string {
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half) return `${half[2] === '1' ? 'eerste' : 'tweede'} halfjaar ${half[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  return month ? `${MONTHS[Number(month[2]) - 1]} ${month[1]}` : period;
}

const UNIT: Record<string, string> = { aandeel: ' %', per1000: ' per 1.000 inwoners' };

/** "minimaal 60 %", "maximaal 5". */
const targetText = (r: ReportRow) => `${r.direction} ${r.target}${UNIT[r.kind] ?? ''}`;

/** "65,2 % (maart 2026)", "< 10 (maart 2026)", "nog geen waarde". */
function valueText(r: ReportRow): string {
  if (!r.value) return 'nog geen waarde';
  const unit = r.value.startsWith('<') ? '' : (UNIT[r.kind] ?? '');
  return `${r.value}${unit}${r.period ? ` (${periodText(r.period)})` : ''}`;
}

type Change = ReportRow['changes'][number];
type Terms = Change['previous'];

const termsTarget = (t: Terms, kind: string) => `${t.direction} ${csvNumber(t.target)}${UNIT[kind] ?? ''}`;

/**
 * One change of a commitment for the council, without the employee's name (like the phase history): "3-11-2026:
 * gewijzigd. Doel van maximaal 5 naar maximaal 3. Reden: …".
 */
export function changeText(c: Change, kind: string): string {
  const what: string[] = [];
  if (c.kind === 'gewijzigd') {
    if (c.previous.theme !== c.next.theme) what.push(`Thema was "${c.previous.theme}".`);
    if (c.previous.description !== c.next.description)
      what.push(`Beschrijving was "${c.previous.description}".`);
    const from = termsTarget(c.previous, kind);
    const to = termsTarget(c.next, kind);
    if (from !== to) what.push(`Doel van ${from} naar ${to}.`);
  }
  const kindText = c.kind === 'vervallen' ? 'vervallen' : 'gewijzigd';
  return [`${formatDutchDate(c.on)}: ${kindText}.`, ...what, `Reden: ${c.reason}`].join(' ');
}

export type ReportPrint = { agreement: Agreement; madeOn: IsoDate; madeAt: Date };

/** Renders the year report. */
export function renderAgreementReportPdf(print: ReportPrint): Promise<Buffer> {
  const a = print.agreement;
  const { doc, clean, done } = openPdf({
    title: `Jaarrapport ${a.title}`,
    createdAt: print.madeAt,
    margin: MARGIN,
  });
  const write = (
    font: 'regular' | 'bold',
    size: number,
    text: string,
    opts: PDFKit.Mixins.TextOptions = {},
  ) =>
    doc
      .font(font)
      .fontSize(size)
      .text(clean(text), { lineGap: 2, ...opts });
  const heading = (text: string) => {
    doc.moveDown(1);
    write('bold', 14, text);
    doc.moveDown(0.3);
  };
  const paragraph = (text: string) => write('regular', 11, text);

  // Title page.
  write('bold', 24, 'Jaarrapport prestatieafspraken');
  doc.moveDown(0.5);
  write('bold', 16, a.title);
  doc.moveDown(1);
  paragraph(`Gemeente: ${a.municipality.name} (${a.municipality.code})`);
  paragraph(`Jaar: ${a.year}`);
  paragraph(`Fase nu: ${phaseNames[a.phase]}`);
  paragraph(`Gemaakt op: ${formatDutchDate(print.madeOn)}`);
  paragraph(`Partijen: ${a.parties.map((p) => p.name).join(', ')}`);
  doc.moveDown(1);
  write('bold', 12, 'Dit rapport bevat geen persoonsgegevens.');
  paragraph(
    'De cijfers zijn tellingen van huishoudens, signalen en zaken, of cijfers die een partij zelf aanlevert. ' +
      'Regie rekent de status van elke toezegging uit met de cijfers van de dag waarop dit rapport is gemaakt.',
  );
  if (a.ownOnly)
    paragraph('Dit rapport bevat alleen de toezeggingen van uw eigen organisatie, zoals u ze in Regie ziet.');
  heading('Kleine aantallen');
  paragraph(a.suppression);
  paragraph(
    'Een cijfer dat een partij zelf aanlevert, tonen we onder de 10 ook als "< 10". Alleen de partij zelf ziet ' +
      'het precieze aantal.',
  );

  // The commitments.
  doc.addPage();
  write('bold', 18, 'Toezeggingen');
  const rows = reportRows(a);
  if (rows.length === 0) paragraph('Er zijn (nog) geen toezeggingen.');
  rows.forEach((r, i) => {
    doc.moveDown(0.8);
    write('bold', 12, `${i + 1}. ${r.description}`);
    paragraph(`Thema: ${r.theme}`);
    paragraph(`Partij: ${r.owner}`);
    paragraph(`Indicator: ${r.indicator}: ${r.measure} (${r.source.toLowerCase()})`);
    paragraph(`Voor welk deel: ${r.part}`);
    paragraph(`Doel: ${targetText(r)}`);
    paragraph(`Laatste waarde: ${valueText(r)}`);
    paragraph(
      r.withdrawn
        ? `Status: ${r.status} op ${formatDutchDate(r.withdrawn.on)}. Reden: ${r.withdrawn.reason}`
        : `Status: ${r.status}`,
    );
    if (r.changes.length > 0) {
      paragraph('Wat is er veranderd:');
      for (const change of r.changes) paragraph(`- ${changeText(change, r.kind)}`);
    }
  });

  // The cycle.
  heading('De jaarcyclus');
  for (const phase of Object.keys(phaseNames) as (keyof typeof phaseNames)[]) {
    const planned = a.schedule[phase];
    paragraph(`${phaseNames[phase]}: gepland ${planned ? formatDutchDate(planned) : 'zonder datum'}.`);
  }
  doc.moveDown(0.5);
  write('bold', 12, 'Wat er is veranderd');
  if (a.phaseChanges.length === 0) paragraph('Nog geen stappen gezet.');
  for (const c of a.phaseChanges) {
    const step = c.from
      ? `van ${phaseNames[c.from].toLowerCase()} naar ${phaseNames[c.to].toLowerCase()}`
      : `gestart in ${phaseNames[c.to].toLowerCase()}`;
    paragraph(`- ${formatDutchDate(c.on)}: ${step}${c.note ? `. ${c.note}` : ''}.`);
  }
  doc.end();
  return done;
}

/** The year report of an agreement as the viewer sees it, as a PDF file. */
export async function agreementReportPdf(ctx: Ctx, id: string) {
  const agreement = await getAgreement(ctx, id);
  const body = await renderAgreementReportPdf({ agreement, madeOn: todayOf(ctx.now), madeAt: ctx.now });
  return { body, fileName: reportFileName(agreement, 'pdf') };
}
