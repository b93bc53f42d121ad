import { type IsoDate, isIsoDate, nextDay } from './dates.ts';

/**
 * Working days in the sense of the Algemene termijnenwet (art. 3): not a Saturday or Sunday and not one of the
 * general holidays it names — Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, both Christmas days,
 * the day the King's birthday is celebrated and 5 May. Goede Vrijdag is not one of them.
 */

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function utc(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

function plusDays(date: IsoDate, days: number): IsoDate {
  return new Date(utc(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return utc(date).getUTCDay();
}

const holidayCache = new Map<number, ReadonlySet<IsoDate>>();

/** The general holidays of the Algemene termijnenwet in a year. */
export function generalHolidays(year: number): ReadonlySet<IsoDate> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  // Koningsdag is 27 April, or Saturday 26 April when the 27th is a Sunday (Wet vaststelling Koningsdag).
  const kingsDay = dayOfWeek(iso(year, 4, 27)) === 0 ? iso(year, 4, 26) : iso(year, 4, 27);
  const days = new Set<IsoDate>([
    iso(year, 1, 1), // Nieuwjaarsdag
    plusDays(easter, 1), // tweede Paasdag
    kingsDay,
    iso(year, 5, 5), // Bevrijdingsdag: every year in the Algemene termijnenwet
    plusDays(easter, 39), // Hemelvaartsdag
    plusDays(easter, 50), // tweede Pinksterdag
    iso(year, 12, 25),
    iso(year, 12, 26),
  ]);
  holidayCache.set(year, days);
  return days;
}

export function isWorkingDay(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  if (dow === 0 || dow === 6) return false;
  return !generalHolidays(Number(date.slice(0, 4))).has(date);
}

/**
 * The day on which a term of `days` working days that starts on `from` ends: the `days`-th working day after
 * `from` (the day of receipt itself does not count, as with every term that runs from an event).
 */
export function addWorkingDays(from: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Not a number of working days: ${days}`);
  if (!isIsoDate(from)) throw new RangeError(`Not a calendar date: ${from}`);
  let date = from;
  let left = days;
  while (left > 0) {
    date = nextDay(date);
    if (isWorkingDay(date)) left--;
  }
  return date;
}
