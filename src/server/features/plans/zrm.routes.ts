import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import { caseParams, json, security, tags } from './plan-http.ts';
import { NewZrmSchema, ZrmViewSchema } from './zrm.schemas.ts';
import { addZrmAssessment, getZrm } from './zrm.service.ts';

/** ZRM 2017 assessments of the household's adults: list with history, add one. */
export function zrmRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/zrm',
      tags,
      security,
      summary: 'ZRM domains, scale, adults and all assessments of the case (oldest first)',
      request: { params: caseParams },
      responses: { 200: { description: 'ZRM', content: json(ZrmViewSchema) }, ...problems(401, 403, 404) },
    }),
    async (c) => c.json(await getZrm(c.get('ctx'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/zrm',
      tags,
      security,
      summary: 'Record a ZRM assessment of one adult (all 13 domains, 1..5)',
      request: { params: caseParams, body: { content: json(NewZrmSchema), required: true } },
      responses: {
        201: { description: 'Recorded; the whole ZRM view', content: json(ZrmViewSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(await addZrmAssessment(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  return app;
}
