import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';
import { problems, toLimitOffset } from '../../../http/pagination.ts';
import { confirmBody, reviewOutcome, reviewPage, reviewParams, reviewQuery } from './review.schemas.ts';
import { confirmMatch, rejectMatch, undoDecision } from './review.service.ts';
import { listReviews } from './review-queue.ts';

const tags = ['Signalen'];
const security = [{ session: [] }];
const outcome = {
  200: { description: 'Beslist', content: { 'application/json': { schema: reviewOutcome } } },
};

/** The review queue of ambiguous matches: list, confirm, reject, undo (capability signal.review). */
export function reviewRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'Signals waiting for a match decision in my municipalities, or recently decided (audited)',
      request: { query: reviewQuery },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: reviewPage } } },
        ...problems(400, 401, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const result = await listReviews(c.get('ctx'), q.status, toLimitOffset(q));
      return c.json({ ...result, page: q.page, pageSize: q.pageSize }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/{signalId}/bevestigen',
      tags,
      security,
      summary: 'Confirm one of the candidates as the household of the signal; the pipeline continues',
      request: {
        params: reviewParams,
        body: { content: { 'application/json': { schema: confirmBody } }, required: true },
      },
      responses: { ...outcome, ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(await confirmMatch(c.get('ctx'), c.req.valid('param').signalId, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/{signalId}/afwijzen',
      tags,
      security,
      summary: 'None of the candidates: the signal is unmatched (status per the municipality’s setting)',
      request: { params: reviewParams },
      responses: { ...outcome, ...problems(401, 403, 404, 409) },
    }),
    async (c) => c.json(await rejectMatch(c.get('ctx'), c.req.valid('param').signalId), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/{signalId}/ongedaan-maken',
      tags,
      security,
      summary: 'Undo the latest decision (within 30 days, not after pick-up); the signal is back in review',
      request: { params: reviewParams },
      responses: { ...outcome, ...problems(401, 403, 404, 409) },
    }),
    async (c) => c.json(await undoDecision(c.get('ctx'), c.req.valid('param').signalId), 200),
  );
  return app;
}
