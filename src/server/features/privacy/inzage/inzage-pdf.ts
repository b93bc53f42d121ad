import { openPdf, type PdfFonts } from '../../../lib/pdf.ts';
import type { InzageDocument } from './inzage-document.ts';

/**
 * The inzage dossier as a PDF: the document of inzage-document.ts, headings and plain lines (no tables: they wrap
 * badly and read badly aloud). Fonts and page set-up come from lib/pdf.ts, so names with diacritics print.
 */

const MARGIN = 56;

/** `compress: false` and `fonts` are for tests (reading the text back, the fallback without a Unicode font). */
export function renderInzagePdf(
  document: InzageDocument,
  printedAt: Date,
  options: { compress?: boolean; fonts?: PdfFonts } = {},
): Promise<Buffer> {
  const { doc, clean, done } = openPdf(
    { title: document.title, createdAt: printedAt, margin: MARGIN },
    options,
  );

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
