import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../context.ts';
import type { SignalSettings } from '../settings.ts';
import { allSignals, batchSignals, type SignalSet, STAGE_TABLE, setTable } from './batch.ts';
import { caseKindOf, firstOfNewCase, joinsCase, newCaseId, openCaseWithinWindow } from './bundling.ts';
import { receivedDate, type TermsOfDate, termsRelation } from './deadlines.ts';
import {
  firstMatchingRule,
  rankedRules,
  signalAddressJoins,
  signalBuurt,
  signalWijk,
  storedRules,
} from './routing.ts';
import { STATUS } from './statuses.ts';

/**
 * One statement for the whole batch of settled signals (matched or no match, not yet on a case, not picked up):
 * it inserts the new cases and updates each signal once. Updating a row inserted in the same transaction re-runs its
 * foreign-key checks, so every extra UPDATE of the batch would cost as much again.
 *
 * - crisis: a signal is a crisis when it says so (DDAS crisissignaal, form) or its category is a crisis category;
 * - dedup: a matched, waiting signal is "Niet opgepakt: herhaalde melding" when the household already has an earlier
 *   signal of the same category from the same partner organisation (without an organisation: the same partner type
 *   and source) within the bundling window that is on an open case or on its way to one in this batch. It still
 *   joins the case so the team sees it. "Earlier" is by received moment, then signal date, then id, so two signals
 *   in one file are ordered too;
 * - routing: team and rule of the first matching active rule (routing.ts);
 * - bundling: the case the signal joins or opens (bundling.ts);
 * - deadline: the received date plus the crisis term or the offer term, in working days;
 * - retention: unmatched and "not picked up" signals get their retention date now; a signal that waits again
 *   (a threshold lifted) loses it; anything else keeps what pick-up or closing set.
 */
export async function settleSignals(
  db: Executor,
  municipalityCode: string,
  settings: SignalSettings,
  set: SignalSet,
  revived: readonly string[],
  terms: TermsOfDate[],
): Promise<void> {
  const window = sql.raw(String(Math.trunc(settings.bundlingWindowDays)));
  const crisisCategories = settings.categories.filter((c) => c.crisis).map((c) => c.code);
  const opensCase = sql`(b.joins_case AND b.existing_case IS NULL)`;
  await db.execute(sql`
    WITH terms AS (${termsRelation(terms)}),
    rules AS MATERIALIZED (${rankedRules(storedRules(municipalityCode))}),
    subject AS MATERIALIZED (
      SELECT s.id, s.staged, s.kind, s.category, s.urgency, s.match_status, s.status, s.household_id,
        s.partner_organisation_id, s.partner_type, s.source, s.received_at, s.signal_date,
        s.crisis OR s.category = ANY(${sql.param(crisisCategories)}::text[]) AS crisis,
        ${receivedDate('s')} AS rdate, ${signalWijk} AS wijk_code, ${signalBuurt} AS buurt_code
      FROM ${subjectRows(set, revived)}
      ${signalAddressJoins('s')}
      WHERE s.municipality_code = ${municipalityCode} AND s.match_status IN ('gematcht', 'geen_match')
        AND s.case_id IS NULL AND s.status <> ${STATUS.pickedUp}
    ),
    decided AS MATERIALIZED (
      SELECT x.id, x.staged, x.crisis, x.rdate, x.match_status, x.household_id, x.received_at, x.signal_date,
        ${caseKindOf(sql`x.kind`)} AS case_kind, route.rule_id, route.team_id,
        CASE WHEN x.match_status = 'gematcht' AND x.status = ${STATUS.waiting} AND EXISTS (
          SELECT 1 FROM ${allSignals(set)} o LEFT JOIN signal_cases oc ON oc.id = o.case_id
          WHERE o.household_id = x.household_id AND o.id <> x.id AND o.match_status = 'gematcht'
            AND o.category = x.category
            AND ((x.partner_organisation_id IS NOT NULL AND o.partner_organisation_id = x.partner_organisation_id)
              OR (x.partner_organisation_id IS NULL AND o.partner_organisation_id IS NULL
                AND o.partner_type = x.partner_type AND o.source = x.source))
            AND ${receivedDate('o')} >= x.rdate - ${window}
            AND (o.received_at, o.signal_date, o.id) < (x.received_at, x.signal_date, x.id)
            AND ((oc.id IS NOT NULL AND oc.closed_on IS NULL)
              OR (o.case_id IS NULL AND o.status IN (${STATUS.waiting}, ${STATUS.repeat})))
        ) THEN ${STATUS.repeat} ELSE x.status END AS status
      FROM subject x
      ${firstMatchingRule('rules', 'x', 'route')}
    ),
    bundled AS MATERIALIZED (
      SELECT d.*, ${joinsCase('d')} AS joins_case,
        CASE WHEN ${joinsCase('d')} THEN ${openCaseWithinWindow('d', window)} END AS existing_case
      FROM decided d
    ),
    assigned AS MATERIALIZED (
      SELECT b.*, ${firstOfNewCase('b', opensCase)} AS first_signal FROM bundled b
    ),
    created AS (
      INSERT INTO signal_cases (id, municipality_code, household_id, kind, team_id, opened_on)
      SELECT ${newCaseId(sql`a.id`)}, ${municipalityCode}, a.household_id, a.case_kind, a.team_id, a.rdate
      FROM assigned a WHERE a.first_signal = a.id
    )
    ${updates(set)}`);
}

/**
 * The signals to settle as `s`, with a column `staged`: the set's signals and those the thresholds revived (always
 * in `signals`: they came in earlier).
 */
function subjectRows(set: SignalSet, revived: readonly string[]): SQL {
  if (set.kind === 'ids') {
    const ids = revived.length === 0 ? set.ids : sql`${set.ids} || ${sql.param([...revived])}::uuid[]`;
    return sql`(SELECT work.*, false AS staged FROM ${batchSignals(ids, 'work')}) s`;
  }
  return sql`(SELECT st.*, true AS staged FROM ${sql.identifier(STAGE_TABLE)} st
    UNION ALL SELECT one.*, false FROM signals one WHERE one.id = ANY(${sql.param([...revived])}::uuid[])) s`;
}

/** One UPDATE per table the settled signals are in: each signal is written once. */
function updates(set: SignalSet): SQL {
  const update = (table: SQL, staged: boolean) => sql`UPDATE ${table} s SET
      crisis = a.crisis,
      team_id = a.team_id,
      routing_rule_id = a.rule_id,
      status = a.status,
      case_id = CASE WHEN a.joins_case THEN coalesce(a.existing_case, ${newCaseId(sql`a.first_signal`)}) END,
      deadline = CASE WHEN a.crisis THEN t.crisis ELSE t.offer END,
      retention_until = CASE
        WHEN a.match_status = 'geen_match' THEN t.unmatched
        WHEN a.status LIKE 'Niet opgepakt:%' OR a.status = ${STATUS.deceased} THEN t.not_picked_up
        WHEN a.status = ${STATUS.waiting} THEN NULL
        ELSE s.retention_until END
    FROM assigned a JOIN terms t ON t.rdate = a.rdate
    WHERE s.id = a.id AND ${staged ? sql`a.staged` : sql`NOT a.staged`}`;
  if (set.kind === 'ids') return update(sql`signals`, false);
  return sql`, staged_update AS (${update(setTable(set), true)})
    ${update(sql`signals`, false)}`;
}
