import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../context.ts';
import { can, caseReadScope, caseScope, grantScope, householdFullScope, todayOf } from './policy.ts';

/**
 * Rule 6 of the access rules (README.md): data categories per law. Provisions carry their law; a case deadline
 * has the law of its kind (wgs_* → wgs, wmo_* → wmo, awb_* → the law of the provision it belongs to, recorded as
 * basis.provisionId). Everything else, and the law 'overig', is general. Someone with full access to a case sees a
 * law-L record of it only as its regisseur (or the one offered the role), as leader of the owning team, through a
 * break-the-glass grant, as a case team member without a law or with law L, or when the plan shares law L with
 * them (a case_data_shares row on a legal basis, or on a consent that is not withdrawn and names their
 * organisation). All of it is SQL evaluated when the query runs, so ending a share or withdrawing a consent stops
 * the sharing in the very next query.
 */

/**
 * True when the actor may see a record of law `law` (SQL text: a law code, or NULL for general data) that belongs
 * to case `caseId`. The caller also requires full access to the case (caseScope, or caseReadScope for reading the
 * household page): this condition only narrows by law.
 */
export function lawVisible(
  actor: Actor | null,
  now: Date,
  caseId: SQL | AnyColumn,
  law: SQL | AnyColumn,
): SQL {
  if (actor?.type !== 'user') return sql`false`;
  const today = todayOf(now);
  const openMembership = sql`ctm.case_id = lc.id AND ctm.user_id = ${actor.userId}
    AND (ctm.left_on IS NULL OR ctm.left_on > ${today}::date)`;
  const ways: SQL[] = [
    // a. The regisseur coordinates all laws.
    sql`EXISTS (SELECT 1 FROM case_regisseurs cr WHERE cr.case_id = lc.id AND cr.user_id = ${actor.userId}
      AND cr.status IN ('actief', 'aangeboden'))`,
    // d. A case team member without a law, or working under this law.
    sql`EXISTS (SELECT 1 FROM case_team_members ctm WHERE ${openMembership} AND (ctm.law IS NULL OR ctm.law = ${law}))`,
    // e. The plan shares this law with the member's law (or with everyone), on a legal basis or a live consent.
    sql`EXISTS (SELECT 1 FROM case_data_shares ds WHERE ds.case_id = lc.id AND ds.law = ${law} AND ds.ended_at IS NULL
      AND (ds.shared_with_law IS NULL
        OR ds.shared_with_law IN (SELECT ctm.law FROM case_team_members ctm WHERE ${openMembership}))
      AND (ds.basis = 'wettelijke_grondslag'
        OR EXISTS (SELECT 1 FROM consents k WHERE k.id = ds.consent_id AND k.withdrawn_at IS NULL
          AND k.recipient_organisation_id = ${actor.organisationId})))`,
  ];
  // b. The leader of the owning team (role teamleider and member of the team).
  if (actor.roles.includes('teamleider')) {
    ways.push(
      sql`EXISTS (SELECT 1 FROM team_members tm WHERE tm.team_id = lc.team_id AND tm.user_id = ${actor.userId})`,
    );
  }
  // c. Break-the-glass sees all: an active grant on the case's household.
  if (can(actor, 'household.read')) ways.push(grantScope(actor, now, sql`lc.household_id`));
  return sql`(${law} IS NULL OR ${law} = 'overig' OR EXISTS (SELECT 1 FROM cases lc WHERE lc.id = ${caseId}
    AND (${sql.join(ways, sql` OR `)})))`;
}

function alias(name: string): SQL {
  return sql`${sql.identifier(name)}`;
}

/**
 * The law of a case deadline (table alias `d` unless given) as SQL text, NULL for general: wgs_* → wgs,
 * wmo_* → wmo, awb_* → the law of the provision of the same case named in basis.provisionId (general without one).
 */
export function deadlineLaw(deadlineAlias = 'd'): SQL {
  const d = alias(deadlineAlias);
  return sql`(CASE WHEN ${d}.kind LIKE 'wgs\\_%' THEN 'wgs' WHEN ${d}.kind LIKE 'wmo\\_%' THEN 'wmo'
    WHEN ${d}.kind LIKE 'awb\\_%' THEN (SELECT dp.law FROM provisions dp
      WHERE dp.case_id = ${d}.case_id AND dp.id::text = ${d}.basis->>'provisionId')
    END)`;
}

/**
 * A provision (table alias `pr` unless given) the actor may see. Of a case: read access to that case
 * (caseReadScope) and its law visible there. Recorded outside any case: general ones with full access to the
 * household (rule 2); one of a law only through a grant on the household, or through a case of the household in
 * caseScope where that law is visible to the actor, so a law the actor may not see in the household's case stays
 * hidden also when it was recorded outside it.
 */
export function provisionVisible(actor: Actor | null, now: Date, provisionAlias = 'pr'): SQL {
  if (actor?.type !== 'user') return sql`false`;
  const pr = alias(provisionAlias);
  return sql`((${pr}.case_id IS NOT NULL AND ${caseReadScope(actor, now, sql`${pr}.case_id`)}
      AND ${lawVisible(actor, now, sql`${pr}.case_id`, sql`${pr}.law`)})
    OR (${pr}.case_id IS NULL AND ${householdFullScope(actor, now, sql`${pr}.household_id`)}
      AND (${pr}.law = 'overig'
        OR ${grantScope(actor, now, sql`${pr}.household_id`)}
        OR EXISTS (SELECT 1 FROM cases hc WHERE hc.household_id = ${pr}.household_id
          AND ${caseScope(actor, now, sql`hc.id`)} AND ${lawVisible(actor, now, sql`hc.id`, sql`${pr}.law`)}))))`;
}

/** A case deadline (table alias `d` unless given) the actor may see: read access to its case and its law visible. */
export function deadlineVisible(actor: Actor | null, now: Date, deadlineAlias = 'd'): SQL {
  const d = alias(deadlineAlias);
  return sql`(${caseReadScope(actor, now, sql`${d}.case_id`)}
    AND ${lawVisible(actor, now, sql`${d}.case_id`, deadlineLaw(deadlineAlias))})`;
}
