import { asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import {
  organisationMunicipalities,
  organisations,
  teamAreas,
  teamMembers,
  teamMunicipalities,
  teams,
  userRoles,
  users,
} from '../../db/schema/index.ts';
import { requireCapability } from '../access/policy.ts';

type Page = { limit: number; offset: number };

async function count(ctx: Ctx, table: typeof organisations | typeof users | typeof teams) {
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row?.n ?? 0;
}

export async function listOrganisations(ctx: Ctx, page: Page) {
  requireCapability(ctx, 'admin.manage');
  const items = await ctx.db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      municipalityCodes: sql<
        string[]
      >`coalesce((SELECT array_agg(om.municipality_code ORDER BY om.municipality_code)
        FROM ${organisationMunicipalities} om WHERE om.organisation_id = ${organisations.id}), '{}')`,
    })
    .from(organisations)
    .orderBy(asc(organisations.name))
    .limit(page.limit)
    .offset(page.offset);
  return { items, total: await count(ctx, organisations) };
}

/** Staff accounts: names, roles and organisation. Never residents. */
export async function listUsers(ctx: Ctx, page: Page) {
  requireCapability(ctx, 'admin.manage');
  const items = await ctx.db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      organisationName: organisations.name,
      active: users.active,
      locked: sql<boolean>`coalesce(${users.lockedUntil} > ${ctx.now}, false)`,
      sso: sql<boolean>`${users.oidcSubject} IS NOT NULL`,
      lastLoginAt: users.lastLoginAt,
      roles: sql<string[]>`coalesce((SELECT array_agg(ur.role ORDER BY ur.role) FROM ${userRoles} ur
        WHERE ur.user_id = ${users.id}), '{}')`,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .orderBy(asc(users.displayName))
    .limit(page.limit)
    .offset(page.offset);
  return { items, total: await count(ctx, users) };
}

export async function listTeams(ctx: Ctx, page: Page) {
  requireCapability(ctx, 'admin.manage');
  const items = await ctx.db
    .select({
      id: teams.id,
      name: teams.name,
      kind: teams.kind,
      organisationName: organisations.name,
      municipalityCodes: sql<
        string[]
      >`coalesce((SELECT array_agg(tm.municipality_code ORDER BY tm.municipality_code)
        FROM ${teamMunicipalities} tm WHERE tm.team_id = ${teams.id}), '{}')`,
      areaCodes: sql<string[]>`coalesce((SELECT array_agg(ta.area_code ORDER BY ta.area_code)
        FROM ${teamAreas} ta WHERE ta.team_id = ${teams.id}), '{}')`,
      memberCount: sql<number>`(SELECT count(*)::int FROM ${teamMembers} m WHERE m.team_id = ${teams.id})`,
    })
    .from(teams)
    .innerJoin(organisations, eq(organisations.id, teams.organisationId))
    .orderBy(asc(teams.name))
    .limit(page.limit)
    .offset(page.offset);
  return { items, total: await count(ctx, teams) };
}
