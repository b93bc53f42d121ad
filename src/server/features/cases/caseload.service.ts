import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { caseRegisseurs, cases, teamMembers, teams, userRoles, users } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { dateInAmsterdam } from '../../lib/dates.ts';
import { caseScope } from '../access/policy.ts';
import { auditRead } from '../audit/audit.service.ts';
import { overdueDeadlineCounts } from '../deadlines/deadline-counts.ts';
import { caseWorker } from './case-roles.ts';
import { selectCaseSummaries, toSummary } from './case-view.ts';
import type { Caseload } from './cases.schemas.ts';

/**
 * The caseload of a team: per regisseur the open cases, by phase, overdue deadlines and handovers waiting, and the
 * team's open cases. Only for members of the team (the team leader and the regisseurs alike). The cases are the
 * team's open cases within the actor's caseScope, so nothing outside it is shown; of a household only the address
 * line appears, and that read is audited.
 */
export async function getCaseload(ctx: Ctx, teamId: string | undefined): Promise<Caseload> {
  const user = caseWorker(ctx);
  return inTransaction(ctx, async (tx) => {
    const memberships = await tx
      .select({ teamId: teams.id, name: teams.name, isLeader: teamMembers.isLeader })
      .from(teamMembers)
      .innerJoin(teams, eq(teams.id, teamMembers.teamId))
      .where(eq(teamMembers.userId, user.userId))
      .orderBy(desc(teamMembers.isLeader), asc(teams.name));
    const team = teamId ? memberships.find((m) => m.teamId === teamId) : memberships[0];
    if (!team) {
      throw new DomainError(
        'not_found',
        teamId ? 'Dit team bestaat niet of u zit er niet in' : 'U zit niet in een team',
      );
    }

    const rows = await selectCaseSummaries(
      tx,
      and(
        eq(cases.teamId, team.teamId),
        ne(cases.phase, 'afgesloten'),
        caseScope(ctx.actor, ctx.now, cases.id),
      ),
    ).orderBy(asc(cases.openedOn), asc(cases.id));
    const caseIds = rows.map((r) => r.id);
    const overdue = await overdueDeadlineCounts(tx, caseIds, dateInAmsterdam(ctx.now), ctx);

    // Pending offers on these cases: waiting for the person offered, and for the regisseur handing over.
    const offers =
      caseIds.length === 0
        ? []
        : await tx
            .select({ caseId: caseRegisseurs.caseId, userId: caseRegisseurs.userId })
            .from(caseRegisseurs)
            .where(and(eq(caseRegisseurs.status, 'aangeboden'), inArray(caseRegisseurs.caseId, caseIds)));
    const offeredCases = new Set(offers.map((o) => o.caseId));

    // Every regisseur of the team is listed, also with no cases: a team leader sees who has room.
    const teamRegisseurs = await tx
      .selectDistinct({ userId: users.id, displayName: users.displayName })
      .from(teamMembers)
      .innerJoin(users, eq(users.id, teamMembers.userId))
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'regisseur')))
      .where(and(eq(teamMembers.teamId, team.teamId), eq(users.active, true)));
    const people = new Map(teamRegisseurs.map((r) => [r.userId, r.displayName]));
    for (const r of rows) if (r.regisseurId && r.regisseurName) people.set(r.regisseurId, r.regisseurName);
    for (const o of offers) {
      if (!people.has(o.userId)) {
        const [u] = await tx
          .select({ displayName: users.displayName })
          .from(users)
          .where(eq(users.id, o.userId));
        if (u) people.set(o.userId, u.displayName);
      }
    }

    const regisseurs = [...people]
      .map(([userId, displayName]) => {
        const own = rows.filter((r) => r.regisseurId === userId);
        const byPhase: Record<string, number> = {};
        for (const r of own) byPhase[r.phase] = (byPhase[r.phase] ?? 0) + 1;
        const handoversWaiting = offers.filter(
          (o) => o.userId === userId || own.some((r) => r.id === o.caseId),
        ).length;
        return {
          regisseur: { userId, displayName },
          openCases: own.length,
          byPhase,
          overdueDeadlines: own.reduce((n, r) => n + (overdue.get(r.id) ?? 0), 0),
          handoversWaiting,
        };
      })
      .sort((a, b) => a.regisseur.displayName.localeCompare(b.regisseur.displayName, 'nl'));

    await auditRead(
      ctx,
      tx,
      'case',
      rows.map((r) => ({ id: r.id, municipalityCode: r.municipalityCode })),
      { caseload: true, teamId: team.teamId },
    );
    return {
      team: { id: team.teamId, name: team.name },
      regisseurs,
      cases: rows.map((r) => ({
        ...toSummary(r),
        overdueDeadlines: overdue.get(r.id) ?? 0,
        pendingHandover: offeredCases.has(r.id),
      })),
    };
  });
}
