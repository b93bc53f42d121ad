import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import { BoardQuerySchema, BoardSchema } from './board.schemas.ts';
import { getBoard } from './board.service.ts';

/** GET /board: the signals board "niemand tussen wal en schip" for team leaders and professionals. */
export function boardRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Signalenbord'],
      security: [{ session: [] }],
      summary: 'Households that fall between the cracks, per kind, with what to do (audited read)',
      request: { query: BoardQuerySchema },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: BoardSchema } } },
        ...problems(400, 401, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await getBoard(c.get('ctx'), { teamId: q.team, kind: q.kind, limit: q.limit }), 200);
    },
  );
  return app;
}
