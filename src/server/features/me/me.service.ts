import { eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import {
  areas,
  municipalities,
  organisationMunicipalities,
  organisations,
  teamAreas,
  teamMembers,
  teamMunicipalities,
  teams,
  userRoles,
  users,
} from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';

function requireUserActor(ctx: Ctx) {
  if (ctx.actor?.type !== 'user') throw new DomainError('unauthenticated');
  return ctx.actor;
}

/** The teams the signed-in user belongs to, with the municipalities and areas they serve and their members. */
export async function myTeams(ctx: Ctx) {
  const actor = requireUserActor(ctx);
  const teamRows = await ctx.db
    .select({ id: teams.id, name: teams.name, kind: teams.kind, isLeader: teamMembers.isLeader })
    .from(teams)
    .innerJoin(teamMembers, eq(teamMembers.teamId, teams.id))
    .where(eq(teamMembers.userId, actor.userId))
    .orderBy(teams.name);
  const ids = teamRows.map((t) => t.id);
  if (ids.length === 0) return [];
  const [muni, area, members] = await Promise.all([
    ctx.db
      .select({ teamId: teamMunicipalities.teamId, code: municipalities.code, name: municipalities.name })
      .from(teamMunicipalities)
      .innerJoin(municipalities, eq(municipalities.code, teamMunicipalities.municipalityCode))
      .where(inArray(teamMunicipalities.teamId, ids)),
    ctx.db
      .select({ teamId: teamAreas.teamId, code: areas.code, name: areas.name, kind: areas.kind })
      .from(teamAreas)
      .innerJoin(areas, eq(areas.code, teamAreas.areaCode))
      .where(inArray(teamAreas.teamId, ids))
      .orderBy(areas.code),
    ctx.db
      .select({
        teamId: teamMembers.teamId,
        id: users.id,
        displayName: users.displayName,
        isLeader: teamMembers.isLeader,
        roles: sql<
          string[]
        >`coalesce(array_agg(${userRoles.role} ORDER BY ${userRoles.role}) FILTER (WHERE ${userRoles.role} IS NOT NULL), '{}')`,
      })
      .from(teamMembers)
      .innerJoin(users, eq(users.id, teamMembers.userId))
      .leftJoin(userRoles, eq(userRoles.userId, users.id))
      .where(inArray(teamMembers.teamId, ids))
      .groupBy(teamMembers.teamId, users.id, users.displayName, teamMembers.isLeader)
      .orderBy(users.displayName),
  ]);
  return teamRows.map((t) => ({
    ...t,
    municipalities: muni.filter((m) => m.teamId === t.id).map(({ code, name }) => ({ code, name })),
    areas: area.filter((a) => a.teamId === t.id).map(({ code, name, kind }) => ({ code, name, kind })),
    members: members
      .filter((m) => m.teamId === t.id)
      .map(({ id, displayName, isLeader, roles }) => ({ id, displayName, isLeader, roles })),
  }));
}

/** The organisation of the signed-in user (or API key), with the municipalities it works in. */
export async function myOrganisation(ctx: Ctx) {
  if (!ctx.actor || ctx.actor.type === 'system') throw new DomainError('unauthenticated');
  const orgId = ctx.actor.organisationId;
  const [org] = await ctx.db.select().from(organisations).where(eq(organisations.id, orgId));
  if (!org) throw new DomainError('not_found');
  const muni = await ctx.db
    .select({ code: municipalities.code, name: municipalities.name })
    .from(organisationMunicipalities)
    .innerJoin(municipalities, eq(municipalities.code, organisationMunicipalities.municipalityCode))
    .where(eq(organisationMunicipalities.organisationId, orgId))
    .orderBy(municipalities.name);
  return { id: org.id, name: org.name, kind: org.kind, municipalities: muni };
}
