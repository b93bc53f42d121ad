import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';
import { problems } from '../../../http/pagination.ts';
import {
  RegisterExportJsonSchema,
  RegisterExportQuerySchema,
  RegisterQuerySchema,
  RegisterSchema,
} from './register.schemas.ts';
import { exportRegister, getRegister } from './register.service.ts';

const tags = ['Privacy'];
const security = [{ session: [] }];

/** GET /privacy/register and /privacy/register/export: the processing register (AVG art. 30). */
export function registerRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: "The processing register with the municipality's current retention terms",
      request: { query: RegisterQuerySchema },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: RegisterSchema } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await getRegister(c.get('ctx'), c.req.valid('query').gemeente), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/export',
      tags,
      security,
      summary:
        'The processing register as a file: CSV (; and BOM) or JSON, one row per purpose and data category',
      request: { query: RegisterExportQuerySchema },
      responses: {
        200: {
          description: 'The register as a download',
          content: {
            'text/csv': { schema: z.string() },
            'application/json': { schema: RegisterExportJsonSchema },
          },
        },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { format, gemeente } = c.req.valid('query');
      const file = await exportRegister(c.get('ctx'), format, gemeente);
      const disposition = `attachment; filename="${file.fileName}"`;
      if (file.format === 'csv') {
        return c.body(file.body, 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': disposition,
        });
      }
      return c.body(`${JSON.stringify(file.body, null, 2)}\n`, 200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': disposition,
      });
    },
  );

  return app;
}
