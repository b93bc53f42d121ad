import { type SQL, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../lib/dates.ts';
import { addWorkingDays } from '../../../lib/working-days.ts';
import type { SignalSettings } from '../settings.ts';
import { retentionDate } from './retention.ts';

/**
 * The received date of a signal as a legal date: the calendar day in the Netherlands (the same as
 * `dateInAmsterdam(received_at)` in JS). Every window and term of the pipeline counts from this day.
 */
export function receivedDate(alias: string): SQL {
  return sql`(${sql.identifier(alias)}.received_at AT TIME ZONE 'Europe/Amsterdam')::date`;
}

/** The terms that follow from one received date, computed once per distinct date of a batch (not per signal). */
export type TermsOfDate = {
  rdate: IsoDate;
  /** Offer of a first conversation: municipal policy in working days. */
  offer: IsoDate;
  /** A threatening situation: Wgs art. 4 lid 2, 3 working days by default. */
  crisis: IsoDate;
  unmatched: IsoDate;
  not_picked_up: IsoDate;
};

export function termsOf(settings: SignalSettings, dates: Iterable<IsoDate>): TermsOfDate[] {
  return [...new Set(dates)].map((rdate) => ({
    rdate,
    offer: addWorkingDays(rdate, settings.offerTermWorkingDays),
    crisis: addWorkingDays(rdate, settings.crisisTermWorkingDays),
    unmatched: retentionDate(settings, 'unmatched', rdate),
    not_picked_up: retentionDate(settings, 'notPickedUp', rdate),
  }));
}

/** The terms as an SQL row source with columns rdate, offer, crisis, unmatched, not_picked_up. */
export function termsRelation(terms: TermsOfDate[]): SQL {
  return sql`SELECT * FROM jsonb_to_recordset(${JSON.stringify(terms)}::jsonb)
    AS t(rdate date, offer date, crisis date, unmatched date, not_picked_up date)`;
}
