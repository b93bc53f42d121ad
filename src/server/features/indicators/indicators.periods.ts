import { daysInMonth, type IsoDate } from '../../lib/dates.ts';
import type { PeriodType } from './indicators.catalogue.ts';

/**
 * The periods of a series. A request names months (from, to as YYYY-MM); a half-year indicator reports every
 * half-year that has a month in that range. `peil` is the day a stock (households with a provision, open cases) is
 * counted on: the period's last day, or today while the period still runs, so a figure never looks into the future.
 */
export type Period = { period: string; startOn: IsoDate; endOn: IsoDate; peil: IsoDate };

/** The most periods one request may ask for (three years of months). */
export const MAX_MONTHS = 36;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

function monthIndex(month: string): number {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`Not a month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthPeriod(index: number, today: IsoDate): Period {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const startOn = `${year}-${pad(month)}-01`;
  const endOn = `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
  return { period: `${year}-${pad(month)}`, startOn, endOn, peil: endOn < today ? endOn : today };
}

function halfYearPeriod(year: number, half: 1 | 2, today: IsoDate): Period {
  const startOn = half === 1 ? `${year}-01-01` : `${year}-07-01`;
  const endOn = half === 1 ? `${year}-06-30` : `${year}-12-31`;
  return { period: `${year}-H${half}`, startOn, endOn, peil: endOn < today ? endOn : today };
}

/**
 * The periods from `from` to `to` (months, inclusive) that have started by `today`. Throws a RangeError when the
 * range is reversed or too long; the route checks that first and answers in Dutch.
 */
export function periodsBetween(type: PeriodType, from: string, to: string, today: IsoDate): Period[] {
  const first = monthIndex(from);
  const last = monthIndex(to);
  if (last < first) throw new RangeError('from after to');
  if (last - first + 1 > MAX_MONTHS) throw new RangeError('range too long');
  const periods: Period[] = [];
  for (let i = first; i <= last; i++) {
    const p = monthPeriod(i, today);
    if (type === 'maand') periods.push(p);
    else {
      const year = Math.floor(i / 12);
      const half: 1 | 2 = i % 12 < 6 ? 1 : 2;
      const h = halfYearPeriod(year, half, today);
      if (periods.at(-1)?.period !== h.period) periods.push(h);
    }
  }
  return periods.filter((p) => p.startOn <= today);
}
