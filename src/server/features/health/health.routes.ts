import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../../http/env.ts';
import type { AppDeps } from '../../http/middleware.ts';

const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.enum(['ok', 'unreachable']),
    version: z.string(),
  })
  .openapi('Health');

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['System'],
  summary: 'Whether the application and its database answer',
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: healthSchema } } },
    503: { description: 'Database unreachable', content: { 'application/json': { schema: healthSchema } } },
  },
});

export function healthRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(route, async (c) => {
    try {
      await deps.db.execute(sql`SELECT 1`);
      return c.json({ status: 'ok' as const, database: 'ok' as const, version: '0.1.0' }, 200);
    } catch {
      return c.json({ status: 'degraded' as const, database: 'unreachable' as const, version: '0.1.0' }, 503);
    }
  });
  return app;
}
