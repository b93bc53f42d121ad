import PDFDocument from 'pdfkit';
import { type PdfFonts, pdfFonts, toWinAnsi } from '../../plans/plan-fonts.ts';
import type { InzageDocument } from './inzage-document.ts';

/**
 * The inzage dossier as a PDF: the document of inzage-document.ts, headings and plain lines (no tables: they wrap
 * badly and read badly aloud). Fonts come from the printed plan's plan-fonts.ts, so names with diacritics print.
 */

const MARGIN = 56;

/** `compress: false` and `fonts` are for tests (reading the text back, the fallback without a Unicode font). */
export function renderInzagePdf(
  document: InzageDocument,
  printedAt: Date,
  options: { compress?: boolean; fonts?: PdfFonts } = {},
): Promise<Buffer> {
  const fonts = options.fonts ?? pdfFonts();
  const clean = fonts.embedded ? (text: string) => text : toWinAnsi;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: document.title, Creator: 'Regie', CreationDate: printedAt },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const write = (font: 'regular' | 'bold', size: number, text: string, indent = 0) =>
    doc.font(font).fontSize(size).text(clean(text), { lineGap: 2, indent });

  write('bold', 22, document.title);
  doc.moveDown(0.3);
  for (const line of document.intro) {
    write('regular', 11, line);
    doc.moveDown(0.3);
  }
  for (const section of document.sections) {
    doc.moveDown(0.8);
    write('bold', 14, section.heading);
    doc.moveDown(0.2);
    if (section.intro) {
      doc.fillColor('#333333');
      write('regular', 10, section.intro);
      doc.fillColor('black');
    }
    if (section.items.length === 0) write('regular', 11, section.empty);
    for (const item of section.items) {
      doc.moveDown(0.4);
      write('bold', 11, item.title);
      for (const line of item.lines) write('regular', 10, line, 10);
    }
  }
  doc.moveDown(0.8);
  write('bold', 14, 'Uw rechten');
  for (const line of document.rights) write('regular', 11, line);
  doc.end();
  return done;
}
