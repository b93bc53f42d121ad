import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import { getCaseload } from './caseload.service.ts';
import { CaseloadQuery, CaseloadSchema } from './cases.schemas.ts';

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

/** The caseload of a team: per regisseur open cases, phases, overdue deadlines and handovers waiting. */
export function caseloadRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Casussen'],
      security: [{ session: [] }],
      summary: "My team's caseload (only for members of the team; the cases shown are audited)",
      request: { query: CaseloadQuery },
      responses: {
        200: { description: 'OK', content: json(CaseloadSchema) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await getCaseload(c.get('ctx'), c.req.valid('query').team), 200),
  );
  return app;
}
