import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { download } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import { listBudgets, listProviders, putBudget } from './costs.budgets.ts';
import { costCsv } from './costs.export.ts';
import {
  BudgetListSchema,
  BudgetQuerySchema,
  CostOverviewSchema,
  CostQuerySchema,
  EndTariffSchema,
  MunicipalityQuerySchema,
  NewTariffSchema,
  ProviderListSchema,
  PutBudgetSchema,
  TariffIdParam,
  TariffListSchema,
  TariffSchema,
} from './costs.schemas.ts';
import { costOverview } from './costs.service.ts';
import { createTariff, endTariff, listTariffs } from './costs.tariffs.ts';

const tags = ['Kostenbeheersing'];
const security = [{ session: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

/** Cost control (issue 7, item 4): the figures, tariffs, budgets, and the providers a provision can name. */
export function costRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/costs',
      tags,
      security,
      summary:
        'Committed, realised and forecast cost per law (and wijk, team or provider) with budgets; cells under 10 households suppressed',
      request: { query: CostQuerySchema },
      responses: {
        200: { description: 'OK', content: json(CostOverviewSchema) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await costOverview(c.get('ctx'), c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/costs/csv',
      tags,
      security,
      summary: 'The same figures as CSV (; and BOM, amounts in euros), suppressed cells as "< 10"',
      request: { query: CostQuerySchema },
      responses: {
        200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const file = await costCsv(c.get('ctx'), c.req.valid('query'));
      return download(c, file);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tariffs',
      tags,
      security,
      summary: "A municipality's tariffs, ended ones included",
      request: { query: MunicipalityQuerySchema },
      responses: {
        200: { description: 'OK', content: json(TariffListSchema) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await listTariffs(c.get('ctx'), c.req.valid('query').municipality), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tariffs',
      tags,
      security,
      summary: 'A new tariff (beleidsmedewerker); 409 when it overlaps one of the same product',
      request: { body: { content: json(NewTariffSchema), required: true } },
      responses: {
        201: { description: 'Created', content: json(TariffSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => c.json(await createTariff(c.get('ctx'), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tariffs/{id}/end',
      tags,
      security,
      summary: 'End a tariff on its last day (never deleted; only earlier than it ends now)',
      request: { params: TariffIdParam, body: { content: json(EndTariffSchema), required: true } },
      responses: {
        200: { description: 'Ended', content: json(TariffSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(await endTariff(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').validTo), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/budgets',
      tags,
      security,
      summary: 'The budget per law of a municipality in a year (policy figures, never suppressed)',
      request: { query: BudgetQuerySchema },
      responses: {
        200: { description: 'OK', content: json(BudgetListSchema) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await listBudgets(c.get('ctx'), q.municipality, q.year), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/budgets',
      tags,
      security,
      summary: 'Set (replace) the budget of a law in a year (beleidsmedewerker)',
      request: { body: { content: json(PutBudgetSchema), required: true } },
      responses: {
        200: { description: 'Saved', content: json(BudgetListSchema) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await putBudget(c.get('ctx'), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/providers',
      tags,
      security,
      summary: "Organisations working in the actor's municipalities that a provision can name as provider",
      responses: { 200: { description: 'OK', content: json(ProviderListSchema) }, ...problems(401, 403) },
    }),
    async (c) => c.json(await listProviders(c.get('ctx')), 200),
  );

  return app;
}
