import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import { myOrganisation, myTeams } from './me.service.ts';

const named = z.object({ code: z.string(), name: z.string() });
const teamSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.string(),
    isLeader: z.boolean(),
    municipalities: z.array(named),
    areas: z.array(named.extend({ kind: z.enum(['wijk', 'buurt']) })),
    members: z.array(
      z.object({ id: z.uuid(), displayName: z.string(), isLeader: z.boolean(), roles: z.array(z.string()) }),
    ),
  })
  .openapi('MyTeam');
const orgSchema = z
  .object({ id: z.uuid(), name: z.string(), kind: z.string(), municipalities: z.array(named) })
  .openapi('MyOrganisation');

const security = [{ session: [] }];
const tags = ['Mijn gegevens'];

export function meRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/teams',
      tags,
      security,
      summary: 'My teams, the areas they serve, and their members',
      responses: {
        200: {
          description: 'OK',
          content: { 'application/json': { schema: z.object({ items: z.array(teamSchema) }) } },
        },
        ...problems(401),
      },
    }),
    async (c) => c.json({ items: await myTeams(c.get('ctx')) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/organisation',
      tags,
      security: [...security, { apiKey: [] }],
      summary: 'My organisation and the municipalities it works in',
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: orgSchema } } },
        ...problems(401),
      },
    }),
    async (c) => c.json(await myOrganisation(c.get('ctx')), 200),
  );
  return app;
}
