import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import { caseParams, json, security, tags } from './plan-http.ts';
import { ProvisionInputSchema, ProvisionSchema } from './provisions.schemas.ts';
import { createProvision, listProvisions, updateProvision } from './provisions.service.ts';

const provisionParams = caseParams.extend({ pid: z.uuid({ error: 'Dit is geen geldig voorziening-id' }) });

/** Provisions (voorzieningen) of the case's household, each serving goals of the plan. */
export function provisionRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/provisions',
      tags,
      security,
      summary: "The household's provisions",
      request: { params: caseParams },
      responses: {
        200: { description: 'Provisions', content: json(z.array(ProvisionSchema)) },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await listProvisions(c.get('ctx'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/provisions',
      tags,
      security,
      summary: 'Add a provision to the plan',
      request: { params: caseParams, body: { content: json(ProvisionInputSchema), required: true } },
      responses: {
        201: { description: 'Added', content: json(ProvisionSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(await createProvision(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/{id}/provisions/{pid}',
      tags,
      security,
      summary: 'Replace a provision (the whole provision is sent again)',
      request: { params: provisionParams, body: { content: json(ProvisionInputSchema), required: true } },
      responses: {
        200: { description: 'Saved', content: json(ProvisionSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id, pid } = c.req.valid('param');
      return c.json(await updateProvision(c.get('ctx'), id, pid, c.req.valid('json')), 200);
    },
  );

  return app;
}
