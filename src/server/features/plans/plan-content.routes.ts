import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import {
  DiffQuerySchema,
  NewAgreementSchema,
  PlanDiffSchema,
  PlanVersionItemSchema,
  PlanViewSchema,
  SavePlanSchema,
} from './plan.schema.ts';
import { caseParams, json, security, tags } from './plan-http.ts';
import {
  diffPlanVersions,
  getPlan,
  getPlanVersion,
  listPlanVersions,
  recordAgreement,
  savePlan,
} from './plans.service.ts';

const versionParams = caseParams.extend({
  v: z.coerce
    .number({ error: 'Kies een versie' })
    .int('De versie is een heel getal')
    .min(1, 'De versie is 1 of hoger'),
});

/** The integrated plan of a household case: current plan, save as a new version, history, diff, agreement. */
export function planContentRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/plan',
      tags,
      security,
      summary: 'The current plan of the case (version 0 when nothing was saved yet)',
      request: { params: caseParams },
      responses: {
        200: { description: 'The plan', content: json(PlanViewSchema) },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await getPlan(c.get('ctx'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/{id}/plan',
      tags,
      security,
      summary: 'Save the plan as a new version on top of baseVersion',
      description: '409 when baseVersion is not the latest version: someone else saved in the meantime.',
      request: { params: caseParams, body: { content: json(SavePlanSchema), required: true } },
      responses: {
        200: { description: 'Saved', content: json(PlanViewSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => c.json(await savePlan(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/plan/versions',
      tags,
      security,
      summary: 'Saved versions of the plan, newest first',
      request: { params: caseParams },
      responses: {
        200: { description: 'Versions', content: json(z.array(PlanVersionItemSchema)) },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await listPlanVersions(c.get('ctx'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/plan/versions/{v}',
      tags,
      security,
      summary: 'One saved version of the plan',
      request: { params: versionParams },
      responses: {
        200: { description: 'The version', content: json(PlanViewSchema) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id, v } = c.req.valid('param');
      return c.json(await getPlanVersion(c.get('ctx'), id, v), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/plan/diff',
      tags,
      security,
      summary: 'What changed between two versions (from=0: the whole plan is new)',
      request: { params: caseParams, query: DiffQuerySchema },
      responses: {
        200: { description: 'Changes', content: json(PlanDiffSchema) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(await diffPlanVersions(c.get('ctx'), c.req.valid('param').id, from, to), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/plan/agreement',
      tags,
      security,
      summary: "Record the resident's agreement to a saved version",
      request: { params: caseParams, body: { content: json(NewAgreementSchema), required: true } },
      responses: {
        200: { description: 'Recorded', content: json(PlanViewSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(await recordAgreement(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  return app;
}
