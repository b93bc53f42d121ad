import { type SQL, sql } from 'drizzle-orm';
import { type BreakdownValue, UNKNOWN } from './common.ts';

/**
 * CBS household types (huishoudtype), as far as the BRP relations of household_members tell them. The breakdown
 * lists every type in this order, then "onbekend" (no member on the day, e.g. a household that ended).
 */
export const HOUSEHOLD_TYPES: BreakdownValue[] = [
  { code: 'eenpersoons', label: 'Eenpersoonshuishouden' },
  { code: 'paar-zonder-kinderen', label: 'Paar zonder kinderen' },
  { code: 'paar-met-kinderen', label: 'Paar met kinderen' },
  { code: 'eenouder', label: 'Eenouderhuishouden' },
  { code: 'overig-meerpersoons', label: 'Overig meerpersoonshuishouden' },
  { code: UNKNOWN, label: 'Samenstelling onbekend' },
];

/**
 * The type of household `householdId` on `day`, as an SQL expression (null: no member that day). Members on a day
 * are the memberships with from_date ≤ day and no to_date or a to_date after the day (to_date is the day the person
 * left or died, as the BRP import sets it). The rule, in this order:
 * 1 member → eenpersoons; a member with relation `partner` → paar met kinderen when there is also a `kind`, else
 * paar zonder kinderen (other members, relation `overig`, do not change a couple's type, as CBS counts by the core
 * of the household); no partner but a `kind` → eenouder; otherwise (2+ members, no partner, no child) → overig
 * meerpersoons. A child is a member with relation `kind`, whatever its age (CBS: thuiswonende kinderen).
 */
export function householdTypeOn(householdId: SQL, day: SQL): SQL {
  return sql`(SELECT CASE
      WHEN count(*) = 0 THEN NULL
      WHEN count(*) = 1 THEN 'eenpersoons'
      WHEN bool_or(m.relation = 'partner') AND bool_or(m.relation = 'kind') THEN 'paar-met-kinderen'
      WHEN bool_or(m.relation = 'partner') THEN 'paar-zonder-kinderen'
      WHEN bool_or(m.relation = 'kind') THEN 'eenouder'
      ELSE 'overig-meerpersoons' END
    FROM household_members m WHERE m.household_id = ${householdId} AND m.from_date <= ${day}
      AND (m.to_date IS NULL OR m.to_date > ${day}))`;
}
