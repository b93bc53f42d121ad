import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Ctx, Executor } from '../../context.ts';
import {
  addresses,
  caseRegisseurs,
  cases,
  caseTeamMembers,
  caseTransitions,
  households,
  organisations,
  teams,
  users,
} from '../../db/schema/index.ts';
import { addressLine } from '../../lib/address-line.ts';
import type { CaseRow } from './case-access.ts';
import { viewerOf } from './case-roles.ts';
import type { CaseDetail, CaseSummary } from './cases.schemas.ts';
import { allowedTransitions, lifecycleDefinition } from './lifecycle.ts';

/**
 * How a case is shown: the summary in lists and the caseload, the detail on the case page. Every mutation answers
 * with the detail, so the page shows the state the database has after the change.
 */

const regisseurUser = alias(users, 'regisseur_user');
const activeRegisseur = alias(caseRegisseurs, 'active_regisseur');

export const summaryColumns = {
  id: cases.id,
  municipalityCode: cases.municipalityCode,
  householdId: cases.householdId,
  phase: cases.phase,
  openedOn: cases.openedOn,
  teamId: teams.id,
  teamName: teams.name,
  regisseurId: regisseurUser.id,
  regisseurName: regisseurUser.displayName,
  straat: addresses.straat,
  huisnummer: addresses.huisnummer,
  huisletter: addresses.huisletter,
  huisnummertoevoeging: addresses.huisnummertoevoeging,
  postcode: addresses.postcode,
  woonplaats: addresses.woonplaats,
};

/** Cases with their address, team and active regisseur; the caller adds where (with caseScope), order and paging. */
export function selectCaseSummaries(db: Executor, where: SQL | undefined) {
  return db
    .select(summaryColumns)
    .from(cases)
    .innerJoin(households, eq(households.id, cases.householdId))
    .innerJoin(addresses, eq(addresses.id, households.addressId))
    .innerJoin(teams, eq(teams.id, cases.teamId))
    .leftJoin(
      activeRegisseur,
      and(eq(activeRegisseur.caseId, cases.id), eq(activeRegisseur.status, 'actief')),
    )
    .leftJoin(regisseurUser, eq(regisseurUser.id, activeRegisseur.userId))
    .where(where);
}

export type SummaryRow = Awaited<ReturnType<typeof selectCaseSummaries>>[number];

export function toSummary(row: SummaryRow): CaseSummary {
  return {
    id: row.id,
    householdId: row.householdId,
    addressLine: addressLine(row),
    phase: row.phase,
    team: { id: row.teamId, name: row.teamName },
    regisseur:
      row.regisseurId && row.regisseurName
        ? { userId: row.regisseurId, displayName: row.regisseurName }
        : null,
    openedOn: row.openedOn,
  };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The case page's payload. The caller has loaded `row` through requireCase and audits the read. */
export async function caseDetail(ctx: Ctx, db: Executor, row: CaseRow): Promise<CaseDetail> {
  const [place] = await db
    .select({
      straat: addresses.straat,
      huisnummer: addresses.huisnummer,
      huisletter: addresses.huisletter,
      huisnummertoevoeging: addresses.huisnummertoevoeging,
      postcode: addresses.postcode,
      woonplaats: addresses.woonplaats,
    })
    .from(households)
    .innerJoin(addresses, eq(addresses.id, households.addressId))
    .where(eq(households.id, row.householdId));
  const [team] = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(eq(teams.id, row.teamId));
  if (!place || !team) throw new Error('case without household address or team');

  const offeredBy = alias(users, 'offered_by_user');
  const regisseurRows = await db
    .select({
      id: caseRegisseurs.id,
      userId: caseRegisseurs.userId,
      displayName: users.displayName,
      status: caseRegisseurs.status,
      acceptedAt: caseRegisseurs.acceptedAt,
      offeredAt: caseRegisseurs.offeredAt,
      offeredById: offeredBy.id,
      offeredByName: offeredBy.displayName,
      reason: caseRegisseurs.reason,
    })
    .from(caseRegisseurs)
    .innerJoin(users, eq(users.id, caseRegisseurs.userId))
    .leftJoin(offeredBy, eq(offeredBy.id, caseRegisseurs.offeredBy))
    .where(and(eq(caseRegisseurs.caseId, row.id), sql`${caseRegisseurs.status} IN ('actief', 'aangeboden')`));
  const active = regisseurRows.find((r) => r.status === 'actief') ?? null;
  const offer = regisseurRows.find((r) => r.status === 'aangeboden') ?? null;

  const members = await db
    .select({
      id: caseTeamMembers.id,
      userId: caseTeamMembers.userId,
      displayName: users.displayName,
      organisationId: organisations.id,
      organisationName: organisations.name,
      role: caseTeamMembers.role,
      law: caseTeamMembers.law,
      joinedOn: caseTeamMembers.joinedOn,
    })
    .from(caseTeamMembers)
    .innerJoin(users, eq(users.id, caseTeamMembers.userId))
    .innerJoin(organisations, eq(organisations.id, caseTeamMembers.organisationId))
    .where(and(eq(caseTeamMembers.caseId, row.id), isNull(caseTeamMembers.leftOn)))
    .orderBy(asc(caseTeamMembers.joinedOn), asc(users.displayName));

  const history = await db
    .select({
      from: caseTransitions.fromPhase,
      to: caseTransitions.toPhase,
      reason: caseTransitions.reason,
      actorId: users.id,
      actorName: users.displayName,
      at: caseTransitions.at,
    })
    .from(caseTransitions)
    .leftJoin(users, eq(users.id, caseTransitions.actorId))
    .where(eq(caseTransitions.caseId, row.id))
    .orderBy(asc(caseTransitions.at), asc(caseTransitions.id));

  const definition = lifecycleDefinition(row.lifecycleVersion);
  const viewer = await viewerOf(ctx, db, row, {
    activeUserId: active?.userId ?? null,
    offeredUserId: offer?.userId ?? null,
  });
  return {
    id: row.id,
    municipalityCode: row.municipalityCode,
    householdId: row.householdId,
    addressLine: addressLine(place),
    team,
    phase: row.phase,
    lifecycleVersion: row.lifecycleVersion,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    lastEvaluatedOn: row.lastEvaluatedOn,
    allowedTransitions: viewer.canTransition
      ? allowedTransitions(definition, row.phase).map((t) => ({
          to: t.to,
          label: t.label,
          reasonRequired: t.reasonRequired,
        }))
      : [],
    regisseur: active
      ? {
          userId: active.userId,
          displayName: active.displayName,
          since: iso(active.acceptedAt) ?? iso(active.offeredAt) ?? '',
        }
      : null,
    pendingHandover: offer
      ? {
          id: offer.id,
          to: { userId: offer.userId, displayName: offer.displayName },
          offeredBy:
            offer.offeredById && offer.offeredByName
              ? { userId: offer.offeredById, displayName: offer.offeredByName }
              : null,
          offeredAt: iso(offer.offeredAt) ?? '',
          reason: offer.reason,
        }
      : null,
    teamMembers: members.map((m) => ({
      id: m.id,
      userId: m.userId,
      displayName: m.displayName,
      organisation: { id: m.organisationId, name: m.organisationName },
      role: m.role,
      law: m.law,
      joinedOn: m.joinedOn,
    })),
    transitions: history.map((h) => ({
      from: h.from,
      to: h.to,
      reason: h.reason,
      actor: h.actorId && h.actorName ? { userId: h.actorId, displayName: h.actorName } : null,
      at: h.at.toISOString(),
    })),
    viewer,
  };
}
