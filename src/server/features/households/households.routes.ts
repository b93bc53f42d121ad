import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { pageOf, pageQuery, problems, toLimitOffset } from '../../http/pagination.ts';
import { getHousehold, listHouseholds } from './households.repo.ts';
import { HouseholdOverviewSchema } from './overview.schemas.ts';
import { getHouseholdOverview } from './overview.service.ts';

const address = z
  .object({
    postcode: z.string(),
    huisnummer: z.number().int(),
    huisletter: z.string().nullable(),
    toevoeging: z.string().nullable(),
    straat: z.string(),
    woonplaats: z.string(),
    wijkCode: z.string().nullable(),
    buurtCode: z.string().nullable(),
  })
  .openapi('Address');
const householdItem = z
  .object({ id: z.uuid(), municipalityCode: z.string(), memberCount: z.number().int(), address })
  .openapi('HouseholdSummary');
const member = z
  .object({
    id: z.uuid(),
    bsn: z.string(),
    voornamen: z.string(),
    voorvoegsel: z.string().nullable(),
    geslachtsnaam: z.string(),
    geboortedatum: z.string().nullable(),
    relation: z.string(),
    since: z.string(),
  })
  .openapi('HouseholdMember');
const householdDetail = z
  .object({
    id: z.uuid(),
    municipalityCode: z.string(),
    startedOn: z.string(),
    address,
    members: z.array(member),
  })
  .openapi('Household');

const tags = ['Huishoudens'];
const security = [{ session: [] }];

export function householdRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'Households in the areas my teams serve (every read is audited)',
      request: {
        query: pageQuery.extend({
          search: z.string().trim().min(2, 'Zoek op minstens 2 tekens').max(100).optional(),
          wijk: z
            .string()
            .regex(/^WK\d{6}$/, 'Gebruik een CBS-wijkcode als WK036301')
            .optional(),
        }),
      },
      responses: {
        200: {
          description: 'OK',
          content: { 'application/json': { schema: pageOf(householdItem, 'HouseholdPage') } },
        },
        ...problems(400, 401, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const result = await listHouseholds(c.get('ctx'), { search: q.search, wijk: q.wijk }, toLimitOffset(q));
      return c.json({ ...result, page: q.page, pageSize: q.pageSize }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      security,
      summary: 'One household with its current members (audited; 404 when outside my scope)',
      request: { params: z.object({ id: z.uuid() }) },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: householdDetail } } },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await getHousehold(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/overview',
      tags,
      security,
      summary: 'The household page: members, case, signals, plan, provisions, deadlines, timeline (audited)',
      request: { params: z.object({ id: z.uuid() }) },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: HouseholdOverviewSchema } } },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await getHouseholdOverview(c.get('ctx'), c.req.valid('param').id), 200),
  );
  return app;
}
