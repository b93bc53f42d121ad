import type { MatchReason } from '../../../db/schema/index.ts';
import type { SignalSettings } from '../settings.ts';
import { STATUS } from './statuses.ts';

/**
 * The scoring rules of address matching, in one place: the SQL in matching.ts interpolates these numbers, and the
 * review queue rebuilds match reasons with the helpers below. Scores run from 0 to 1.
 */
export const MATCH_SCORES = {
  /** Postcode and huisnummer (and the toevoeging, when the signal has one) agree. */
  address: 0.5,
  /** The birth date agrees exactly. */
  birthDate: 0.3,
  /** Times the pg_trgm similarity of the name (0..1). */
  name: 0.2,
  /** The signal has neither birth date nor name, and one household lives at the address. */
  onlyHousehold: 0.3,
  /** The best household must be at least this far ahead of the next one to be matched without a person. */
  lead: 0.1,
} as const;

/**
 * A name "agrees" (is listed among the fields, and identifies the person) from this trigram similarity on. The
 * similarity of "J. de Vries" to "Jan Pieter de Vries" is 0.48, a shared surname alone ("A. Jansen", "Piet Jansen") 0.5,
 * two unrelated names ("Tom de Boer", "Tim Visser") 0.1.
 */
export const NAME_AGREES_FROM = 0.4;

/** The DDAS status of a signal without a household: "geen inwoner", or null to leave it pending. */
export function noMatchStatus(settings: Pick<SignalSettings, 'noMatch'>): string | null {
  return settings.noMatch === 'geen_inwoner' ? STATUS.notResident : null;
}

export type MatchCandidate = NonNullable<MatchReason['candidates']>[number];

/** The candidates of a review, or none when the reason has none (a signal that was never in review). */
export function candidatesOf(reason: MatchReason | null): MatchCandidate[] {
  return reason?.candidates ?? [];
}

/**
 * A reviewer's confirmation: the chosen candidate's fields and score, marked as a manual decision, with the
 * candidates kept so the decision can be undone and the choice explained later.
 */
export function confirmedMatch(candidates: MatchCandidate[], chosen: MatchCandidate): MatchReason {
  return { method: 'handmatig', fields: chosen.fields, score: chosen.score, candidates };
}

/** A reviewer's rejection: no fields agreed enough; the candidates stay so an undo can restore the review. */
export function rejectedMatch(candidates: MatchCandidate[]): MatchReason {
  return { method: 'handmatig', fields: [], score: 0, candidates };
}

/** The review as address matching left it (best candidate first), restored when a decision is undone. */
export function reopenedMatch(candidates: MatchCandidate[]): MatchReason {
  const best = candidates[0];
  return { method: 'adres', fields: best?.fields ?? [], score: best?.score ?? 0, candidates };
}
