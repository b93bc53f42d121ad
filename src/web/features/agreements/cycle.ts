// Pure helpers of the agreement page: the yearly cycle, targets and statuses as Dutch text, themes in order.
import { formatCalendarDate } from '../../i18n/format.ts';
import { formatPeriod } from '../indicators/figures.ts';
import type { Agreement, Commitment, Phase } from './api.ts';
import { agreementTexts as tx } from './texts.ts';

/** The yearly cycle in its order (the server's agreementPhases; a test keeps the two the same). */
export const PHASES = [
  'bod',
  'overleg',
  'vaststelling',
  'monitoring',
  'evaluatie',
] as const satisfies readonly Phase[];

export type StepState = 'done' | 'current' | 'next';

export interface CycleStep {
  phase: Phase;
  state: StepState;
  /** The planned date (DD-MM-YYYY), or null when the schedule has none. */
  planned: string | null;
  /** The date the agreement last entered this phase, only for phases it has reached. */
  reached: string | null;
}

/** Each phase with where the agreement stands: a phase after the current one is "not yet", even if reached before. */
export function cycleSteps(agreement: Pick<Agreement, 'phase' | 'schedule' | 'phaseChanges'>): CycleStep[] {
  const current = PHASES.indexOf(agreement.phase);
  return PHASES.map((phase, index) => {
    const state: StepState = index < current ? 'done' : index === current ? 'current' : 'next';
    const last = agreement.phaseChanges.filter((c) => c.to === phase).at(-1);
    const planned = agreement.schedule[phase];
    return {
      phase,
      state,
      planned: planned ? formatCalendarDate(planned) : null,
      reached: state !== 'next' && last ? formatCalendarDate(last.on) : null,
    };
  });
}

/** The phases one step forward and one step back from here (null at either end of the cycle). */
export function neighbours(phase: Phase): { next: Phase | null; previous: Phase | null } {
  const index = PHASES.indexOf(phase);
  return { next: PHASES[index + 1] ?? null, previous: index > 0 ? (PHASES[index - 1] ?? null) : null };
}

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A value of an indicator measure in Dutch: "60 %", "5,3 per 1.000 inwoners", "12". */
export function formatValue(value: number, kind: string): string {
  if (kind === 'aandeel') return `${number.format(value)}\u00a0%`;
  if (kind === 'per1000') return `${number.format(value)} ${tx.per1000}`;
  return number.format(value);
}

/** "minimaal 60 %" / "maximaal 5". */
export function targetText(commitment: Pick<Commitment, 'target' | 'direction' | 'indicator'>): string {
  return `${tx.direction[commitment.direction]} ${formatValue(commitment.target, commitment.indicator.kind)}`;
}

/**
 * The status in words: the label (which says "minder dan 10" when the value is suppressed), then the value and
 * the period it rests on when there is one. The value is never shown for a suppressed cell (the server sends null).
 */
export function statusText(commitment: Pick<Commitment, 'status' | 'indicator'>): string {
  const { label, value, period } = commitment.status;
  const parts: string[] = [label];
  if (value !== null) parts.push(tx.status.value(formatValue(value, commitment.indicator.kind)));
  if (period) parts.push(tx.status.period(formatPeriod(period)));
  return parts.join(', ');
}

/** Commitments per theme, themes in the order they first appear (the server sorts by theme). */
export function byTheme<T extends Pick<Commitment, 'theme'>>(commitments: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const c of commitments) {
    const group = groups.get(c.theme);
    if (group) group.push(c);
    else groups.set(c.theme, [c]);
  }
  return [...groups];
}

/** What part of the municipality the target is about: "Wijk: Regiedam Noord", or the whole municipality. */
export function breakdownText(commitment: Pick<Commitment, 'breakdown'>): string {
  const b = commitment.breakdown;
  if (!b) return tx.commitments.wholeMunicipality;
  return `${tx.commitments.breakdownKinds[b.kind]}: ${b.label}`;
}
