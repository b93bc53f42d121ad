import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import {
  CaseParamsSchema,
  DeadlineParamsSchema,
  DeadlineSchema,
  EndSuspensionSchema,
  ExtensionSchema,
  MetSchema,
  NewDeadlineSchema,
  NewSuspensionSchema,
} from './deadlines.schemas.ts';
import {
  addDeadline,
  endSuspension,
  extendDeadline,
  listDeadlines,
  markDeadlineMet,
  suspendDeadline,
} from './deadlines.service.ts';

const tags = ['Termijnen'];
const security = [{ session: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

/** The legal terms of a household case, mounted at /cases next to the cases feature's own routes. */
export function deadlineRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{caseId}/deadlines',
      tags,
      security,
      summary: 'The legal terms of a case with due date, rule, explanation and status',
      request: { params: CaseParamsSchema },
      responses: {
        200: { description: 'OK', content: json(DeadlineSchema.array()) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await listDeadlines(c.get('ctx'), c.req.valid('param').caseId), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{caseId}/deadlines',
      tags,
      security,
      summary: 'Start a legal term; the term comes from the case settings and is recorded',
      request: { params: CaseParamsSchema, body: { content: json(NewDeadlineSchema), required: true } },
      responses: {
        201: { description: 'Started', content: json(DeadlineSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(await addDeadline(c.get('ctx'), c.req.valid('param').caseId, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{caseId}/deadlines/{deadlineId}/suspensions',
      tags,
      security,
      summary: 'Suspend the term (Awb 4:15), open or with its end date',
      request: { params: DeadlineParamsSchema, body: { content: json(NewSuspensionSchema), required: true } },
      responses: {
        200: { description: 'Suspended', content: json(DeadlineSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { caseId, deadlineId } = c.req.valid('param');
      return c.json(await suspendDeadline(c.get('ctx'), caseId, deadlineId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{caseId}/deadlines/{deadlineId}/suspensions/end',
      tags,
      security,
      summary: 'End the open suspension: the term runs again',
      request: { params: DeadlineParamsSchema, body: { content: json(EndSuspensionSchema), required: true } },
      responses: {
        200: { description: 'Running again', content: json(DeadlineSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { caseId, deadlineId } = c.req.valid('param');
      return c.json(await endSuspension(c.get('ctx'), caseId, deadlineId, c.req.valid('json').to), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{caseId}/deadlines/{deadlineId}/extension',
      tags,
      security,
      summary: 'Extend the term once (verdaging, Awb 4:14 lid 3)',
      request: { params: DeadlineParamsSchema, body: { content: json(ExtensionSchema), required: true } },
      responses: {
        200: { description: 'Extended', content: json(DeadlineSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { caseId, deadlineId } = c.req.valid('param');
      return c.json(await extendDeadline(c.get('ctx'), caseId, deadlineId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{caseId}/deadlines/{deadlineId}/met',
      tags,
      security,
      summary: 'Record that the term was met on a day',
      request: { params: DeadlineParamsSchema, body: { content: json(MetSchema), required: true } },
      responses: {
        200: { description: 'Met', content: json(DeadlineSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { caseId, deadlineId } = c.req.valid('param');
      return c.json(await markDeadlineMet(c.get('ctx'), caseId, deadlineId, c.req.valid('json').on), 200);
    },
  );

  return app;
}
