import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * Fonts for the PDFs Regie writes (printed plan, inzage dossier). Residents' names are often not in the PDF base fonts' WinAnsi set (Ayşe Yılmaz,
 * Łukasz): with a base font they come out garbled. So the plan embeds a Unicode TrueType font (pdfkit embeds only
 * the glyphs used): DejaVu Sans from the npm package dejavu-fonts-ttf, a dependency, so every installation has it;
 * the system's DejaVu or Liberation when the package is missing. Without any it falls back to Helvetica and writes
 * such letters without their accent (Ayse Yilmaz): readable, never garbled.
 */

export type PdfFonts = { regular: string; bold: string; embedded: boolean };

function packagedDejaVu(): [string, string][] {
  try {
    const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    return [[join(dir, 'DejaVuSans.ttf'), join(dir, 'DejaVuSans-Bold.ttf')]];
  } catch {
    return [];
  }
}

const CANDIDATES: [string, string][] = [
  ...packagedDejaVu(),
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  [
    '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  ],
];

export const BASE_FONTS: PdfFonts = { regular: 'Helvetica', bold: 'Helvetica-Bold', embedded: false };

let found: PdfFonts | undefined;

/** The first installed Unicode font pair, looked up once per process; the base fonts when there is none. */
export function pdfFonts(): PdfFonts {
  found ??= (() => {
    const pair = CANDIDATES.find(([regular, bold]) => existsSync(regular) && existsSync(bold));
    return pair ? { regular: pair[0], bold: pair[1], embedded: true } : BASE_FONTS;
  })();
  return found;
}

/** WinAnsi (cp1252) characters above Latin-1's range that the base fonts do have. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/** Letters without a Unicode decomposition, written as the nearest plain letter. */
const PLAIN: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  '≥': '>=',
  '≤': '<=',
};

const fits = (ch: string) => (ch.codePointAt(0) ?? 0) <= 0xff || WIN_ANSI_EXTRA.has(ch);

/** Text a base font can show: other letters lose their accent (ş → s), the rest becomes '?'. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    if (fits(ch)) out += ch;
    else if (PLAIN[ch]) out += PLAIN[ch];
    else {
      const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += bare.length > 0 && [...bare].every(fits) ? bare : '?';
    }
  }
  return out;
}

/**
 * An A4 PDF in Dutch with the fonts above registered as 'regular' and 'bold': `clean` makes text safe for the
 * fonts in use, `done` resolves to the whole file once the caller has written it and called `doc.end()`.
 * `compress: false` and `fonts` are for tests (reading the text back, the fallback without a Unicode font).
 */
export function openPdf(
  info: { title: string; createdAt: Date; margin: number },
  options: { compress?: boolean; fonts?: PdfFonts } = {},
): { doc: PDFKit.PDFDocument; clean: (text: string) => string; done: Promise<Buffer> } {
  const fonts = options.fonts ?? pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: info.margin,
    compress: options.compress ?? true,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: info.title, Creator: 'Regie', CreationDate: info.createdAt },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, clean: fonts.embedded ? (text) => text : toWinAnsi, done };
}
