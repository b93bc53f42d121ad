import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { organisationKinds } from '../../db/schema/index.ts';
import { officerMunicipalityScope, requireCapability } from '../access/policy.ts';
import { partnerFigures } from './partner-figures.ts';

type Option = { code: string; name: string };
type MunicipalityOptions = Option & {
  organisations: { id: string; name: string; kind: string }[];
  wijken: Option[];
  teams: Option[];
};

/**
 * What the forms for a new agreement and a new commitment offer a beleidsmedewerker: per municipality they oversee,
 * the organisations that work there (the candidate parties), its wijken and the teams working there (the parts a
 * commitment can be about), the kinds of organisation, and the figures a party can supply itself. Names of
 * organisations and areas only: nothing about a person.
 */
export async function agreementFormOptions(ctx: Ctx) {
  requireCapability(ctx, 'agreement.manage');
  const { rows } = await ctx.db.execute<MunicipalityOptions>(sql`SELECT m.code, m.name,
      (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) ORDER BY o.name, o.id),
          '[]')
        FROM organisation_municipalities om JOIN organisations o ON o.id = om.organisation_id
        WHERE om.municipality_code = m.code) AS organisations,
      (SELECT coalesce(json_agg(json_build_object('code', ar.code, 'name', ar.name) ORDER BY ar.name, ar.code), '[]')
        FROM areas ar WHERE ar.municipality_code = m.code AND ar.kind = 'wijk') AS wijken,
      (SELECT coalesce(json_agg(json_build_object('code', tm.team_id, 'name', t.name) ORDER BY t.name, t.id), '[]')
        FROM team_municipalities tm JOIN teams t ON t.id = tm.team_id
        WHERE tm.municipality_code = m.code) AS teams
    FROM municipalities m
    WHERE ${officerMunicipalityScope(ctx.actor, sql`m.code`)}
    ORDER BY m.name, m.code`);
  return {
    municipalities: rows,
    partnerTypes: [...organisationKinds],
    partnerFigures: partnerFigures.map((f) => ({ ...f })),
  };
}
