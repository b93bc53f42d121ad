import type { TargetDirection } from '../../db/schema/index.ts';

/**
 * Where a commitment stands, computed from the live indicator each time it is shown (never stored):
 * - op_koers: the latest published value meets the target (at least / at most);
 * - achter: it does not;
 * - niet_te_tonen: the value is suppressed (fewer than 10 households), so nobody can say, not even the status;
 * - geen_gegevens: no period with a value yet (the year has not started, or nothing to divide by);
 * - vervallen: the commitment lapsed during the year (agreements.amend.ts). Not computed: it is what the commitment
 *   is, whatever the figures say, so withdrawnStatus gives it and commitmentStatus never does.
 */
export type CommitmentState = 'op_koers' | 'achter' | 'niet_te_tonen' | 'geen_gegevens' | 'vervallen';

export type CommitmentStatus = {
  state: CommitmentState;
  label: string;
  /** The published value the status rests on, and its period (2026-03, 2026-H1). */
  value: number | null;
  period: string | null;
};

export const stateLabels: Record<CommitmentState, string> = {
  op_koers: 'Op koers',
  achter: 'Achter op het doel',
  niet_te_tonen: 'Niet te tonen (minder dan 10)',
  geen_gegevens: 'Nog geen gegevens',
  vervallen: 'Vervallen',
};

/** The status of a commitment that lapsed: no value, no period. */
export const withdrawnStatus = (): CommitmentStatus => ({
  state: 'vervallen',
  label: stateLabels.vervallen,
  value: null,
  period: null,
});

/**
 * The latest COMPLETE period that has a published value or a suppressed cell decides (a month that has just begun
 * counts a few days and says little; a suppressed one would hide every status at the start of each period). Only
 * when no complete period has a figure does the running one count. Older periods never do.
 */
export function commitmentStatus(
  target: number,
  direction: TargetDirection,
  cells: readonly { period: string; value: number | null; suppressed: boolean; complete: boolean }[],
): CommitmentStatus {
  const figures = [...cells].reverse().filter((c) => c.suppressed || c.value !== null);
  const latest = figures.find((c) => c.complete) ?? figures[0];
  if (!latest) return { state: 'geen_gegevens', label: stateLabels.geen_gegevens, value: null, period: null };
  if (latest.suppressed || latest.value === null)
    return { state: 'niet_te_tonen', label: stateLabels.niet_te_tonen, value: null, period: latest.period };
  const met = direction === 'minimaal' ? latest.value >= target : latest.value <= target;
  const state = met ? 'op_koers' : 'achter';
  return { state, label: stateLabels[state], value: latest.value, period: latest.period };
}
