import { addYearsMonths, type IsoDate, nextDay, previousDay } from '../../../lib/dates.ts';

/**
 * Data is kept through its retention date itself and destroyed from the day after: expired when
 * `addYearsMonths(start, 0, months) < today`. Because that function is monotone in `start`, the expired starts are
 * exactly those before one date, which this returns: SQL can then compare a column with a single parameter
 * (set-based, index-friendly) and still count months exactly as `retentionDate` does for signals.
 */
export function expiredBefore(today: IsoDate, months: number): IsoDate {
  let start = addYearsMonths(today, 0, -months);
  // Month ends roll forward (31 August + 18 months = 1 March), so step to the first start that is still kept.
  while (addYearsMonths(previousDay(start), 0, months) >= today) start = previousDay(start);
  while (addYearsMonths(start, 0, months) < today) start = nextDay(start);
  return start;
}

/** The rule of a category in words for the destruction record: "24 maanden na het afsluiten van de casus". */
export function ruleText(months: number, from: string): string {
  return `${months} ${months === 1 ? 'maand' : 'maanden'} ${from}`;
}
