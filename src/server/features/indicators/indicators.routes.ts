import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { download } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import { indicatorCsv, regionCsv } from './indicators.export.ts';
import { listRegions, regionSeries } from './indicators.region.ts';
import {
  CatalogueSchema,
  CodeParamSchema,
  RANGE_TEXT,
  RegionListSchema,
  RegionQuerySchema,
  RegionSeriesSchema,
  SeriesQuerySchema,
  SeriesSchema,
} from './indicators.schemas.ts';
import { indicatorSeries, listIndicators } from './indicators.service.ts';

/** Beleidsinformatie: the indicator catalogue and one indicator's series (population.aggregate; cells < 10 hidden). */
export function indicatorsRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Beleidsinformatie'],
      security: [{ session: [] }],
      summary: 'The indicator catalogue: every indicator with all its versioned definitions',
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: CatalogueSchema } } },
        ...problems(401, 403),
      },
    }),
    (c) => c.json(listIndicators(c.get('ctx')), 200),
  );
  // Before /{code}: "regions" is no indicator code.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/regions',
      tags: ['Beleidsinformatie'],
      security: [{ session: [] }],
      summary: 'The regions with at least one municipality of the actor (for a region series)',
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: RegionListSchema } } },
        ...problems(401, 403),
      },
    }),
    async (c) => c.json(await listRegions(c.get('ctx')), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{code}',
      tags: ['Beleidsinformatie'],
      security: [{ session: [] }],
      summary: `One indicator per period for a municipality of the actor, small cells suppressed. ${RANGE_TEXT}`,
      request: { params: CodeParamSchema, query: SeriesQuerySchema },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: SeriesSchema } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) =>
      c.json(await indicatorSeries(c.get('ctx'), c.req.valid('param').code, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{code}/csv',
      tags: ['Beleidsinformatie'],
      security: [{ session: [] }],
      summary: 'The same series as CSV (; and BOM), suppressed cells as "< 10"',
      request: { params: CodeParamSchema, query: SeriesQuerySchema },
      responses: {
        200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const file = await indicatorCsv(c.get('ctx'), c.req.valid('param').code, c.req.valid('query'));
      return download(c, file);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{code}/region',
      tags: ['Beleidsinformatie'],
      security: [{ session: [] }],
      summary:
        'One indicator for a region (the region and each of its municipalities), small cells suppressed. ' +
        `For actors with a municipality in the region. ${RANGE_TEXT}`,
      request: { params: CodeParamSchema, query: RegionQuerySchema },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: RegionSeriesSchema } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) =>
      c.json(await regionSeries(c.get('ctx'), c.req.valid('param').code, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{code}/region/csv',
      tags: ['Beleidsinformatie'],
      security: [{ session: [] }],
      summary: 'The same region series as CSV (; and BOM), suppressed cells as "< 10"',
      request: { params: CodeParamSchema, query: RegionQuerySchema },
      responses: {
        200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const file = await regionCsv(c.get('ctx'), c.req.valid('param').code, c.req.valid('query'));
      return download(c, file);
    },
  );
  return app;
}
