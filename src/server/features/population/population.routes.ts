import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import { populationByWijk } from './population.service.ts';

const response = z
  .object({
    municipality: z.object({ code: z.string(), name: z.string() }),
    items: z.array(
      z.object({
        wijkCode: z.string(),
        wijkName: z.string(),
        households: z.number().int().nullable().describe('null when fewer than 10 (suppressed)'),
        persons: z.number().int().nullable(),
        suppressed: z.boolean(),
      }),
    ),
  })
  .openapi('PopulationByWijk');

export function populationRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/by-wijk',
      tags: ['Beleidsinformatie'],
      security: [{ session: [] }],
      summary: 'Households and residents per wijk; cells under 10 households are suppressed',
      request: {
        query: z.object({
          municipality: z.string().regex(/^GM\d{4}$/, 'Gebruik een CBS-gemeentecode als GM0363'),
        }),
      },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: response } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await populationByWijk(c.get('ctx'), c.req.valid('query').municipality), 200),
  );
  return app;
}
