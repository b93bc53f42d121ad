import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';
import { problems } from '../../../http/pagination.ts';
import { liftLegalHold, listLegalHolds, placeLegalHold } from './legal-holds.service.ts';
import {
  CategoryParams,
  DestructionPageSchema,
  DestructionQuery,
  HoldListQuery,
  HoldParams,
  LegalHoldListSchema,
  LegalHoldSchema,
  LiftHoldBodySchema,
  MunicipalityQuery,
  PlaceHoldBodySchema,
  RetentionTermsSchema,
  TermBodySchema,
} from './retention.schemas.ts';
import { getRetentionTerms, listDestructions, putRetentionTerm } from './retention.service.ts';

const tags = ['Bewaartermijnen'];
const security = [{ session: [] }];
const json = <T>(schema: T) => ({ 'application/json': { schema } });

/** /privacy/retention, /privacy/legal-holds and /privacy/destructions (capability retention.manage). */
export function retentionRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/retention',
      tags,
      security,
      summary: 'Retention terms per category of the processing register, with the default and when it counts',
      request: { query: MunicipalityQuery },
      responses: {
        200: { description: 'OK', content: json(RetentionTermsSchema) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await getRetentionTerms(c.get('ctx'), c.req.valid('query').gemeente), 200),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/retention/{category}',
      tags,
      security,
      summary: 'Change the term of one category (months, 1–1200); audited with the old and new value',
      request: {
        params: CategoryParams,
        query: MunicipalityQuery,
        body: { content: json(TermBodySchema), required: true },
      },
      responses: {
        200: { description: 'OK', content: json(RetentionTermsSchema) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) =>
      c.json(
        await putRetentionTerm(
          c.get('ctx'),
          c.req.valid('param').category,
          c.req.valid('json').months,
          c.req.valid('query').gemeente,
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/legal-holds',
      tags,
      security,
      summary: 'Legal holds of a municipality (active ones, or all with status=alle)',
      request: { query: HoldListQuery },
      responses: {
        200: { description: 'OK', content: json(LegalHoldListSchema) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await listLegalHolds(c.get('ctx'), c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/legal-holds',
      tags,
      security,
      summary: 'Place a legal hold on a case or a household: destruction skips it until it is lifted',
      request: { body: { content: json(PlaceHoldBodySchema), required: true } },
      responses: {
        201: { description: 'Placed', content: json(LegalHoldSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => c.json(await placeLegalHold(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/legal-holds/{id}/lift',
      tags,
      security,
      summary: 'Lift a legal hold, with a reason',
      request: { params: HoldParams, body: { content: json(LiftHoldBodySchema), required: true } },
      responses: {
        200: { description: 'Lifted', content: json(LegalHoldSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(await liftLegalHold(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').reason), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/destructions',
      tags,
      security,
      summary: 'Destruction runs of a municipality, newest first: count, rule and cutoff per category',
      request: { query: DestructionQuery },
      responses: {
        200: { description: 'OK', content: json(DestructionPageSchema) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await listDestructions(c.get('ctx'), c.req.valid('query')), 200),
  );
  return app;
}
