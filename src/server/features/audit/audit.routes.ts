import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { pageOf, pageQuery, problems, toLimitOffset } from '../../http/pagination.ts';
import { listAudit } from './audit.repo.ts';

const auditItem = z
  .object({
    id: z.number().int(),
    seq: z.number().int(),
    occurredAt: z.iso.datetime(),
    municipalityCode: z.string().nullable(),
    actorType: z.string(),
    actorDisplayName: z.string().nullable(),
    action: z.string(),
    resourceType: z.string(),
    resourceIds: z.array(z.string()),
    requestId: z.string().nullable(),
  })
  .openapi('AuditRow');

const isoDate = z.iso.date({ message: 'Gebruik een datum als 2026-01-31' });
const query = pageQuery.extend({
  from: isoDate.optional(),
  to: isoDate.optional(),
  action: z.string().max(100).optional(),
  municipality: z
    .string()
    .regex(/^GM\d{4}$/, 'Gebruik een CBS-gemeentecode als GM0363')
    .optional(),
});

export function auditRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Audit'],
      security: [{ session: [] }],
      summary: 'The audit log, newest first (functionaris gegevensbescherming)',
      request: { query },
      responses: {
        200: {
          description: 'OK',
          content: { 'application/json': { schema: pageOf(auditItem, 'AuditPage') } },
        },
        ...problems(400, 401, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const filter = { from: q.from, to: q.to, action: q.action, municipalityCode: q.municipality };
      const result = await listAudit(c.get('ctx'), filter, toLimitOffset(q));
      return c.json({ ...result, page: q.page, pageSize: q.pageSize }, 200);
    },
  );
  return app;
}
