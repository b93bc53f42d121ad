import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';
import { pageOf, pageQuery, problems, toLimitOffset } from '../../../http/pagination.ts';
import { pickUpSignal } from './cases.service.ts';
import { fileSignal, listCategories } from './intake.service.ts';
import { listMySignals } from './partner-feedback.ts';
import { getSignalDetail } from './signal-detail.service.ts';
import {
  CategorieenSchema,
  GemeenteQuery,
  MijnSignaalSchema,
  NieuwSignaalSchema,
  SignaalDetailSchema,
  SignaalOntvangstSchema,
  SignaalOpgepaktSchema,
  WerklijstItemSchema,
  WerklijstQuery,
} from './signals.schemas.ts';
import { listWorklist } from './worklist.service.ts';

const tags = ['Signalen'];
const session: { [scheme: string]: string[] }[] = [{ session: [] }];
const sessionOrApiKey: { [scheme: string]: string[] }[] = [{ session: [] }, { apiKey: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
const params = z.object({ id: z.uuid({ error: 'Dit is geen geldig signaal-id' }) });

// Documented under its usual spelling; read case-insensitively with c.req.header() in the handler.
const idempotencyHeader = z.object({
  'Idempotency-Key': z
    .string()
    .optional()
    .openapi({
      description:
        'Required with an API key: 1 to 200 visible ASCII characters, unique per new signal. A retry with the same ' +
        'key and the same body answers 200 with the same signal; the same key with another body answers 409.',
      example: 'crm-2026-000123',
    }),
});

export function signalRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/categories',
      tags,
      security: sessionOrApiKey,
      summary: "The municipality's signal categories (what can be reported)",
      request: { query: GemeenteQuery },
      responses: {
        200: { description: 'OK', content: json(CategorieenSchema) },
        ...problems(400, 401, 404),
      },
    }),
    async (c) => c.json(await listCategories(c.get('ctx'), c.req.valid('query').gemeente), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/mine',
      tags,
      security: sessionOrApiKey,
      summary: 'Signals my organisation filed, with only whether each was picked up (Wgs)',
      request: { query: pageQuery },
      responses: {
        200: { description: 'OK', content: json(pageOf(MijnSignaalSchema, 'MijnSignaalPage')) },
        ...problems(400, 401, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const result = await listMySignals(c.get('ctx'), toLimitOffset(q));
      return c.json({ ...result, page: q.page, pageSize: q.pageSize }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/worklist',
      tags,
      security: session,
      summary: "My teams' signals, filtered and sorted by deadline (the households shown are audited)",
      request: { query: WerklijstQuery },
      responses: {
        200: { description: 'OK', content: json(pageOf(WerklijstItemSchema, 'WerklijstPage')) },
        ...problems(400, 401, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const result = await listWorklist(c.get('ctx'), q, toLimitOffset(q));
      return c.json({ ...result, page: q.page, pageSize: q.pageSize }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security: sessionOrApiKey,
      summary: 'File a signal (web form or partner API; an API key must send Idempotency-Key)',
      request: {
        headers: idempotencyHeader,
        body: { content: json(NieuwSignaalSchema), required: true },
      },
      responses: {
        201: { description: 'Received', content: json(SignaalOntvangstSchema) },
        200: {
          description: 'Retry with the same Idempotency-Key and body',
          content: json(SignaalOntvangstSchema),
        },
        ...problems(400, 401, 403, 409),
      },
    }),
    async (c) => {
      const { created, receipt } = await fileSignal(c.get('ctx'), c.req.valid('json'), {
        idempotencyKey: c.req.header('idempotency-key'),
        rawBody: await c.req.json(),
      });
      return created ? c.json(receipt, 201) : c.json(receipt, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      security: session,
      summary: 'One signal on my worklist with the reason for its match and its case (audited)',
      request: { params },
      responses: {
        200: { description: 'OK', content: json(SignaalDetailSchema) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await getSignalDetail(c.get('ctx'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/oppakken',
      tags,
      security: session,
      summary: "Pick a signal up: its case starts, or joins the household's picked-up case",
      request: { params },
      responses: {
        200: { description: 'Picked up', content: json(SignaalOpgepaktSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => c.json(await pickUpSignal(c.get('ctx'), c.req.valid('param').id), 200),
  );

  return app;
}
