import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';
import { pageOf, problems, toLimitOffset } from '../../../http/pagination.ts';
import { listReviews, reviewGrant } from './access-review.service.ts';
import {
  GrantCreatedSchema,
  GrantIdParams,
  MyGrantSchema,
  MyGrantsSchema,
  NewGrantSchema,
  ReviewItemSchema,
  ReviewQuery,
  ReviewRequestSchema,
} from './break-glass.schemas.ts';
import { endGrant, myGrants, requestGrant } from './break-glass.service.ts';

const tags = ['Noodtoegang'];
const security = [{ session: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

/** Break-the-glass: ask for time-boxed access with a reason, see and end my grants; the FG's review queue. */
export function breakGlassRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary:
        'Noodtoegang: time-boxed read access to one household found by an exact identifier, with a reason (FG notified)',
      request: { body: { content: json(NewGrantSchema), required: true } },
      responses: {
        201: { description: 'Granted', content: json(GrantCreatedSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => c.json(await requestGrant(c.get('ctx'), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/mine',
      tags,
      security,
      summary: 'My active grants and my last ended or expired ones, with the address (audited)',
      responses: { 200: { description: 'OK', content: json(MyGrantsSchema) }, ...problems(401, 403) },
    }),
    async (c) => c.json(await myGrants(c.get('ctx')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/end',
      tags,
      security,
      summary: 'End my own grant now (404 for anyone else’s, 409 when it already ended)',
      request: { params: GrantIdParams },
      responses: {
        200: { description: 'Ended', content: json(MyGrantSchema) },
        ...problems(401, 403, 404, 409),
      },
    }),
    async (c) => c.json(await endGrant(c.get('ctx'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/review',
      tags,
      security,
      summary: 'FG: grants in my municipalities to review (open) or all, newest first (audited)',
      request: { query: ReviewQuery },
      responses: {
        200: { description: 'OK', content: json(pageOf(ReviewItemSchema, 'NoodtoegangPage')) },
        ...problems(400, 401, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const result = await listReviews(c.get('ctx'), q, toLimitOffset(q));
      return c.json({ ...result, page: q.page, pageSize: q.pageSize }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/review',
      tags,
      security,
      summary: 'FG: judge one grant (a note is required for onterecht); a judged grant answers 409',
      request: { params: GrantIdParams, body: { content: json(ReviewRequestSchema), required: true } },
      responses: {
        200: { description: 'Judged', content: json(ReviewItemSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => c.json(await reviewGrant(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  return app;
}
