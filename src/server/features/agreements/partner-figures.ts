import type { FigurePeriodType } from '../../db/schema/index.ts';
import { SMALL_CELL_THRESHOLD } from '../population/suppression.ts';

/**
 * Figures a party supplies itself because Regie cannot compute them (issue 7): the corporation knows how many
 * households it evicted for rent arrears, Regie does not. A commitment with source `partij` names one of these codes
 * instead of an indicator of the catalogue; the owning party enters a value per month or half-year with its source.
 * Every figure is a count of households (unit aantal), so counts under 10 are suppressed like indicator cells.
 */
export type PartnerFigure = { code: string; title: string; measure: string; explanation: string };

export const partnerFigures: readonly PartnerFigure[] = [
  {
    code: 'ontruimingen-huurachterstand',
    title: 'Ontruimingen wegens huurachterstand',
    measure: 'Aantal ontruimingen',
    explanation: 'Woningen die de corporatie in de periode liet ontruimen omdat de huur niet betaald werd.',
  },
  {
    code: 'huurachterstand-2-maanden',
    title: 'Huurders met twee maanden huurachterstand of meer',
    measure: 'Aantal huishoudens',
    explanation: 'Huishoudens met aan het eind van de periode twee maanden huurachterstand of meer.',
  },
  {
    code: 'betalingsregelingen-huur',
    title: 'Betalingsregelingen voor huurachterstand',
    measure: 'Aantal regelingen',
    explanation: 'Betalingsregelingen die de corporatie in de periode met huurders afsprak.',
  },
];

/** The one measure of a supplied figure (a count). */
export const PARTNER_MEASURE = 'aantal';

export function findPartnerFigure(code: string): PartnerFigure | undefined {
  return partnerFigures.find((f) => f.code === code);
}

const PERIOD: Record<FigurePeriodType, RegExp> = {
  maand: /^(\d{4})-(0[1-9]|1[0-2])$/,
  halfjaar: /^(\d{4})-H([12])$/,
};

/** The first day of a period (2026-03 → 2026-03-01, 2026-H2 → 2026-07-01), or null when it is not of this type. */
export function periodStart(period: string, type: FigurePeriodType): string | null {
  const m = PERIOD[type].exec(period);
  if (!m) return null;
  if (type === 'maand') return `${m[1]}-${m[2]}-01`;
  return `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`;
}

/** The periods of a year up to (and including) the one `today` falls in: what a party can enter now. */
export function periodsOfYear(year: number, type: FigurePeriodType, today: string): string[] {
  const all =
    type === 'maand'
      ? Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
      : [`${year}-H1`, `${year}-H2`];
  return all.filter((p) => (periodStart(p, type) ?? '') <= today);
}

/** A count under the threshold (0 included) is shown as "< 10" to anyone but the party that supplied it. */
export function isSmallCount(value: number): boolean {
  return value < SMALL_CELL_THRESHOLD;
}
