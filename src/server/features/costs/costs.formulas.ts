/**
 * The cost formulas of features/costs as pure functions (README.md there has them in words). The SQL statement in
 * costs.query.ts computes the same per provision, set-based; these functions give it its parameters (the forecast
 * window and factors) and let the tests state an answer by hand.
 */

export type Per = 'week' | 'maand' | 'totaal';

/** Days from `from` to `to`, both inclusive (0 when `to` is before `from`). Dates are YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000) + 1);
}

const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);

/**
 * The cost in cents of a provision over the days [from, to] (inclusive) of its own period [start, end]:
 * per week rate × days / 7; per maand rate × days × 12 / 365; totaal the whole rate once, when its start date lies
 * in [from, to]. `rate` is extent quantity × tariff (or the bijstand amount per month).
 */
export function costOver(
  p: { per: Per; rate: number; start: string; end: string | null },
  from: string,
  to: string,
): number {
  if (p.per === 'totaal') return p.start >= from && p.start <= to ? p.rate : 0;
  const days = daysBetween(maxDate(p.start, from), minDate(p.end ?? to, to));
  return p.per === 'week' ? (p.rate * days) / 7 : (p.rate * days * 12) / 365;
}

/** What a provision adds per month while it runs (recurring), or once (totaal). */
export function monthlyRate(p: { per: Per; rate: number }): { recurring: number; once: number } {
  if (p.per === 'totaal') return { recurring: 0, once: p.rate };
  return { recurring: p.per === 'week' ? (p.rate * 365) / (7 * 12) : p.rate, once: 0 };
}

export type ForecastBasis = {
  /** The year's first and last day. */
  yearStart: string;
  yearEnd: string;
  /** Realised cost counts the days up to and including this day (today, capped to the year; before it: none). */
  realisedTo: string;
  /** The last 3 full months before the current month: decisions starting in them give the run-rate. */
  windowFrom: string;
  windowTo: string;
  /** Full months after the current month up to the year end (0 for a past or future year). */
  remainingMonths: number;
  /**
   * Forecast inflow = recurringFactor × Σ recurring monthly rate + onceFactor × Σ one-off amounts, summed over the
   * decisions that started in the window: the window's average per month (÷ 3) comes again in each remaining month
   * k = 1..r and runs to the year end (r − k + 1 months): Σ (r − k + 1) = r(r + 1) / 2; a one-off comes once a month.
   */
  recurringFactor: number;
  onceFactor: number;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The forecast parameters for a year, seen on `today`. Only the current year gets an expected inflow. */
export function forecastBasis(year: number, today: string): ForecastBasis {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const thisYear = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  // The window: the 3 months before the current month (may reach into last year).
  const first = new Date(Date.UTC(thisYear, month - 1 - 3, 1));
  const last = new Date(Date.UTC(thisYear, month - 1, 0));
  const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const r = year === thisYear ? 12 - month : 0;
  return {
    yearStart,
    yearEnd,
    realisedTo: minDate(today, yearEnd),
    windowFrom: iso(first),
    windowTo: iso(last),
    remainingMonths: r,
    recurringFactor: (r * (r + 1)) / 2 / 3,
    onceFactor: r / 3,
  };
}

/** Forecast to year end: committed cost of the year plus the expected inflow (see ForecastBasis). */
export function forecast(
  committed: number,
  windowStarters: { per: Per; rate: number }[],
  basis: ForecastBasis,
): number {
  let recurring = 0;
  let once = 0;
  for (const p of windowStarters) {
    const m = monthlyRate(p);
    recurring += m.recurring;
    once += m.once;
  }
  return committed + basis.recurringFactor * recurring + basis.onceFactor * once;
}
