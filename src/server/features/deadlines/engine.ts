import { formatDutchDate, type IsoDate, isIsoDate, nextDay } from '../../lib/dates.ts';
import { addWorkingDays, dayOfWeek, easterSunday, isWorkingDay } from '../../lib/working-days.ts';
import type { CaseSettings, Term } from './case-settings.ts';

/**
 * The deadline engine: pure date arithmetic for the terms the law sets. No clock of its own: "today" is passed in
 * (ctx.now as a date), so a test or a recomputation gives the same answer for the same input.
 *
 * How a due date is reached, in this order:
 * 1. The term itself. Weeks and days are calendar days counted from the day after the start (the day of receipt
 *    does not count); working days go through addWorkingDays (Algemene termijnenwet art. 3).
 *    Atw art. 2: a term of at least three days is lengthened so it holds at least two working days.
 * 2. Awb 4:15 suspensions add the days they lasted: from the first suspended day up to (not including) the day the
 *    term runs again ("tot de dag waarop de aanvraag is aangevuld"). An open suspension runs until `today`.
 * 3. An Awb 4:14 lid 3 extension (verdaging) adds its amount once, counted from the end reached so far.
 * 4. Atw art. 1: a term that ends on a Saturday, Sunday or recognised holiday runs to the next working day.
 */

export type TermUnit = Term['unit'];

export type Suspension = { from: IsoDate; to: IsoDate | null; reason: string };
export type Extension = { amount: number; unit: TermUnit; reason: string };

export type DeadlineBasis = {
  /** The rule the term comes from, e.g. "Wgs art. 4 lid 1" or the municipality's own regulation. */
  rule: string;
  amount: number;
  unit: TermUnit;
  /** How the due date was reached, in plain Dutch (B1). */
  explanation: string;
};

export type ComputeInput = {
  term: Term;
  startedOn: IsoDate;
  suspensions?: readonly Suspension[];
  extension?: Extension | null;
  /** Needed only when a suspension is still open: it is counted up to this day. */
  today?: IsoDate;
};

export type ComputedDeadline = { dueOn: IsoDate; basis: DeadlineBasis };

export type DeadlineStatus = 'lopend' | 'risico' | 'verlopen' | 'gehaald' | 'opgeschort';

const DAY_MS = 86_400_000;

function toUtc(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (0 when equal; negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** The Dutch name of a recognised holiday of the Algemene termijnenwet, or null. Easter-based days are computed. */
export function holidayName(date: IsoDate): string | null {
  const year = Number(date.slice(0, 4));
  const easter = easterSunday(year);
  const md = date.slice(5);
  if (md === '01-01') return 'Nieuwjaarsdag';
  if (md === '05-05') return 'Bevrijdingsdag';
  if (md === '12-25') return 'eerste Kerstdag';
  if (md === '12-26') return 'tweede Kerstdag';
  const kingsDay = dayOfWeek(`${year}-04-27`) === 0 ? `${year}-04-26` : `${year}-04-27`;
  if (date === kingsDay) return 'Koningsdag';
  const sinceEaster = daysBetween(easter, date);
  if (sinceEaster === 1) return 'tweede Paasdag';
  if (sinceEaster === 39) return 'Hemelvaartsdag';
  if (sinceEaster === 50) return 'tweede Pinksterdag';
  return null;
}

/** Why a day is not a working day, for the explanation: "een zaterdag", "Koningsdag". */
function whyNotWorking(date: IsoDate): string {
  const holiday = holidayName(date);
  if (holiday) return holiday;
  return `een ${WEEKDAYS[dayOfWeek(date)]}`;
}

function unitText(amount: number, unit: TermUnit): string {
  if (unit === 'weken') return amount === 1 ? '1 week' : `${amount} weken`;
  if (unit === 'dagen') return amount === 1 ? '1 dag' : `${amount} dagen`;
  return amount === 1 ? '1 werkdag' : `${amount} werkdagen`;
}

function daysText(days: number): string {
  return days === 1 ? '1 dag' : `${days} dagen`;
}

/** Adds a term in its unit to a date: calendar days for weeks and days, working days through the Atw calendar. */
function addTerm(from: IsoDate, amount: number, unit: TermUnit): IsoDate {
  if (unit === 'werkdagen') return addWorkingDays(from, amount);
  return addCalendarDays(from, unit === 'weken' ? amount * 7 : amount);
}

function workingDaysAfter(from: IsoDate, through: IsoDate): number {
  let n = 0;
  for (let d = nextDay(from); d <= through; d = nextDay(d)) if (isWorkingDay(d)) n++;
  return n;
}

function validateSuspensions(suspensions: readonly Suspension[], today: IsoDate | undefined): void {
  for (const s of suspensions) {
    if (!isIsoDate(s.from)) throw new RangeError(`Not a calendar date: ${s.from}`);
    if (s.to === null) {
      if (today === undefined) throw new RangeError('An open suspension needs today to be counted');
      continue;
    }
    if (!isIsoDate(s.to)) throw new RangeError(`Not a calendar date: ${s.to}`);
    if (s.to < s.from) throw new RangeError(`Suspension ends before it starts: ${s.from} - ${s.to}`);
  }
}

/** Computes the due date of a term with its suspensions and extension, and records how it got there. */
export function computeDeadline(input: ComputeInput): ComputedDeadline {
  const { term, startedOn } = input;
  const suspensions = input.suspensions ?? [];
  const extension = input.extension ?? null;
  if (!isIsoDate(startedOn)) throw new RangeError(`Not a calendar date: ${startedOn}`);
  if (!Number.isInteger(term.amount) || term.amount < 1) throw new RangeError(`Not a term: ${term.amount}`);
  validateSuspensions(suspensions, input.today);

  const lines: string[] = [];
  lines.push(
    `De termijn is ${unitText(term.amount, term.unit)} (${term.rule}). De termijn begon op ${formatDutchDate(startedOn)} en telt vanaf de dag erna.`,
  );
  let due = addTerm(startedOn, term.amount, term.unit);
  lines.push(`${unitText(term.amount, term.unit)} na de start is ${formatDutchDate(due)}.`);

  // Atw art. 2: at least two working days in a term of three days or more (only bites on short calendar terms).
  if (term.unit !== 'werkdagen' && daysBetween(startedOn, due) >= 3) {
    const before = due;
    while (workingDaysAfter(startedOn, due) < 2) due = nextDay(due);
    if (due !== before) {
      lines.push(
        `Een termijn moet minstens 2 werkdagen hebben (Algemene termijnenwet art. 2). Daarom wordt het ${formatDutchDate(due)}.`,
      );
    }
  }

  for (const s of suspensions) {
    const until = s.to ?? (input.today as IsoDate);
    const days = Math.max(0, daysBetween(s.from, until));
    due = addCalendarDays(due, days);
    lines.push(
      s.to === null
        ? `De termijn staat stil sinds ${formatDutchDate(s.from)} (opschorting, Awb art. 4:15). Tot vandaag is dat ${daysText(days)} erbij: ${formatDutchDate(due)}. Elke dag dat de opschorting duurt, komt er een dag bij.`
        : `De termijn stond stil van ${formatDutchDate(s.from)} tot ${formatDutchDate(s.to)} (opschorting, Awb art. 4:15). Dat is ${daysText(days)} erbij: ${formatDutchDate(due)}.`,
    );
  }

  if (extension) {
    due = addTerm(due, extension.amount, extension.unit);
    lines.push(
      `De termijn is verlengd met ${unitText(extension.amount, extension.unit)} (verdaging, Awb art. 4:14 lid 3): ${formatDutchDate(due)}.`,
    );
  }

  if (!isWorkingDay(due)) {
    const reason = whyNotWorking(due);
    const shifted = addWorkingDays(due, 1);
    lines.push(
      `${formatDutchDate(due)} is ${reason}. Dan loopt de termijn door tot de volgende werkdag (Algemene termijnenwet art. 1): ${formatDutchDate(shifted)}.`,
    );
    due = shifted;
  }
  lines.push(`Uiterlijke datum: ${formatDutchDate(due)}.`);

  return {
    dueOn: due,
    basis: { rule: term.rule, amount: term.amount, unit: term.unit, explanation: lines.join(' ') },
  };
}

export function hasOpenSuspension(suspensions: readonly Suspension[]): boolean {
  return suspensions.some((s) => s.to === null);
}

/**
 * Where a deadline stands on `today`. Met wins (also when met late: the UI compares metOn with dueOn); then an
 * open suspension; then overdue; then "at risk" when the due date is within `margin` working days.
 * `margin` is the municipality's riskMarginWorkingDays, or its whole case settings.
 */
export function deadlineStatus(
  deadline: { dueOn: IsoDate; metOn: IsoDate | null; suspensions: readonly Suspension[] },
  today: IsoDate,
  margin: number | Pick<CaseSettings, 'board'>,
): DeadlineStatus {
  const marginDays = typeof margin === 'number' ? margin : margin.board.riskMarginWorkingDays;
  if (deadline.metOn) return 'gehaald';
  if (hasOpenSuspension(deadline.suspensions)) return 'opgeschort';
  if (today > deadline.dueOn) return 'verlopen';
  if (deadline.dueOn <= addWorkingDays(today, marginDays)) return 'risico';
  return 'lopend';
}
