import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { download } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import { supervisorPackCsv } from './oversight.csv.ts';
import { PackQuerySchema, SupervisorPackSchema } from './oversight.schemas.ts';
import { supervisorPack } from './oversight.service.ts';

const tags = ['Toezicht'];
const security = [{ session: [] }];

/** The supervisor pack (issue 7, item 5): aggregates for Toezicht Sociaal Domein, cells under 10 hidden. */
export function oversightRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/supervisor-pack',
      tags,
      security,
      summary:
        'The supervisor pack of a municipality of the actor for one year: per question a table per half-year, ' +
        'with definitions and versions; small cells suppressed as on the indicator pages',
      request: { query: PackQuerySchema },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: SupervisorPackSchema } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await supervisorPack(c.get('ctx'), c.req.valid('query'), 'json'), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/supervisor-pack.csv',
      tags,
      security,
      summary: 'The same pack as one CSV document (; and BOM), suppressed cells as "< 10"',
      request: { query: PackQuerySchema },
      responses: {
        200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const file = supervisorPackCsv(await supervisorPack(c.get('ctx'), c.req.valid('query'), 'csv'));
      return download(c, file);
    },
  );
  return app;
}
