import { zrmDomainLabel } from '../../../shared/zrm.ts';
import { formatDutchDate } from '../../lib/dates.ts';
import { openPdf, type PdfFonts } from '../../lib/pdf.ts';
import type { PlanAgreementLine, PlanPrint } from './plan-print.ts';
import { LAW_LABELS, STATUS_LABELS } from './provisions.schemas.ts';

/**
 * "Ons plan": the plan as the household reads it, in plain Dutch (B1). Only what the household needs: names (no
 * BSN, no birth dates), goals in their own words, who does what and when, provisions in words, the agreement and
 * how to reach the regisseur. Fonts: plan-fonts.ts (a Unicode font when installed, so every name prints right).
 */

const MARGIN = 56;
const ACTION_STATUS_WORDS = {
  open: 'nog niet begonnen',
  bezig: 'bezig',
  klaar: 'klaar',
  vervallen: 'vervallen',
} as const;

function agreementSentence(a: PlanAgreementLine | null, version: number): string {
  if (!a) return 'U heeft nog niet ingestemd met dit plan. Bespreek het plan met uw regisseur.';
  const how = { mondeling: 'mondeling', schriftelijk: 'schriftelijk', digitaal: 'digitaal' }[a.how];
  if (a.planVersion === version) {
    return `U heeft op ${formatDutchDate(a.agreedOn)} ${how} ingestemd met dit plan.`;
  }
  return (
    `U heeft op ${formatDutchDate(a.agreedOn)} ${how} ingestemd met een eerdere versie van dit plan ` +
    `(versie ${a.planVersion}). Het plan is daarna aangepast. Bespreek de nieuwe versie met uw regisseur.`
  );
}

function period(from: string, to: string | null): string {
  return to
    ? `van ${formatDutchDate(from)} tot en met ${formatDutchDate(to)}`
    : `vanaf ${formatDutchDate(from)}`;
}

/** "doel 1", "doelen 1 en 3", "doelen 1, 2 en 4". */
function goalList(numbers: number[]): string {
  if (numbers.length === 1) return `doel ${numbers[0]}`;
  return `doelen ${numbers.slice(0, -1).join(', ')} en ${numbers.at(-1)}`;
}

/**
 * Renders the plan as a PDF. `compress: false` and `fonts` are for tests (reading the text back, the fallback
 * without a Unicode font).
 */
export function renderPlanPdf(
  plan: PlanPrint,
  options: { compress?: boolean; fonts?: PdfFonts } = {},
): Promise<Buffer> {
  const { doc, clean, done } = openPdf(
    { title: 'Ons plan', createdAt: plan.printedAt, margin: MARGIN },
    options,
  );

  const write = (
    font: 'regular' | 'bold',
    size: number,
    text: string,
    options: PDFKit.Mixins.TextOptions = {},
  ) =>
    doc
      .font(font)
      .fontSize(size)
      .text(clean(text), { lineGap: 2, ...options });
  const heading = (text: string) => {
    doc.moveDown(1);
    write('bold', 14, text);
    doc.moveDown(0.3);
  };
  const paragraph = (text: string) => write('regular', 11, text);

  write('bold', 22, 'Ons plan');
  doc.moveDown(0.3);
  paragraph(`Dit is het plan van: ${plan.memberNames.join(', ') || 'het huishouden'}.`);
  if (plan.addressLine) paragraph(plan.addressLine);

  heading('Uw regisseur');
  if (plan.regisseur) {
    paragraph(`Uw regisseur is ${plan.regisseur.name} van ${plan.teamName}.`);
    paragraph(
      plan.regisseur.email
        ? `Heeft u een vraag? Mail naar ${plan.regisseur.email}.`
        : `Heeft u een vraag? Neem contact op met ${plan.teamName}.`,
    );
  } else {
    paragraph(`U heeft nog geen vaste regisseur. Heeft u een vraag? Neem contact op met ${plan.teamName}.`);
  }

  heading('Onze doelen');
  if (plan.goals.length === 0) paragraph('Er staan nog geen doelen in het plan.');
  plan.goals.forEach((goal, i) => {
    doc.moveDown(0.5);
    write('bold', 12, `Doel ${i + 1}: ${goal.text}`);
    const about = [`Over: ${zrmDomainLabel(goal.domain)}`];
    if (goal.personName) about.push(`Voor: ${goal.personName}`);
    if (goal.transition18) about.push('Hoort bij de overgang naar 18 jaar');
    doc.fillColor('#333333');
    write('regular', 10, `${about.join('. ')}.`);
    doc.fillColor('black');
    // Dropped actions are history for the professionals; the household reads what still happens.
    const actions = goal.actions.filter((a) => a.status !== 'vervallen');
    if (actions.length === 0) {
      paragraph('Wie wat doet, spreken we nog af.');
      return;
    }
    for (const a of actions) {
      const when = a.dueOn ? ` Klaar op: ${formatDutchDate(a.dueOn)}.` : '';
      write(
        'regular',
        11,
        `- ${a.owner.name}: ${a.description}.${when} Nu: ${ACTION_STATUS_WORDS[a.status]}.`,
        {
          indent: 12,
        },
      );
    }
  });

  heading('Hulp en voorzieningen');
  if (plan.provisions.length === 0) paragraph('Er zijn (nog) geen voorzieningen.');
  for (const p of plan.provisions) {
    const law = p.law === 'overig' ? (p.reference ?? 'overig') : LAW_LABELS[p.law];
    const parts = [`${p.product} (${law}): ${STATUS_LABELS[p.status]}`, period(p.startDate, p.endDate)];
    if (p.extent) parts.push(p.extent);
    const goals = p.goalNumbers.length > 0 ? ` Dit helpt bij ${goalList(p.goalNumbers)}.` : '';
    const who = p.personName ? ` Voor: ${p.personName}.` : '';
    paragraph(`- ${parts.join(', ')}.${who}${goals}`);
  }

  heading('Instemming');
  paragraph(agreementSentence(plan.agreement, plan.version));

  doc.moveDown(2).fillColor('#333333');
  write(
    'regular',
    9,
    plan.version > 0
      ? `Versie ${plan.version} van het plan, opgeslagen op ${formatDutchDate(plan.savedOn ?? plan.printedOn)}. Afgedrukt op ${formatDutchDate(plan.printedOn)}.`
      : `Afgedrukt op ${formatDutchDate(plan.printedOn)}.`,
  );
  doc.end();
  return done;
}
