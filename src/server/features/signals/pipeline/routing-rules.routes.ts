import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { signalUrgencies } from '../../../db/schema/index.ts';
import type { AppEnv } from '../../../http/env.ts';
import { problems } from '../../../http/pagination.ts';
import { previewRule } from './routing-preview.ts';
import { createRule, deactivateRule, listRules, ruleOptions, updateRule } from './routing-rules.service.ts';

const tags = ['Routering'];
const security = [{ session: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

const gemeente = z.string().regex(/^GM\d{4}$/, 'Gebruik een CBS-gemeentecode als GM0363');
/** An empty choice in a form ("alle") means: no condition. */
const optionalCode = z
  .string()
  .trim()
  .max(50)
  .nullish()
  .transform((v) => v || null);

const ruleFields = {
  naam: z.string().trim().min(1, 'Geef de regel een naam').max(100, 'Gebruik hoogstens 100 tekens'),
  prioriteit: z
    .number({ message: 'Vul een prioriteit in (een heel getal)' })
    .int('Vul een heel getal in')
    .min(0, 'De prioriteit is 0 of hoger')
    .max(10000, 'De prioriteit is hoogstens 10000'),
  gebiedCode: optionalCode.describe('CBS wijk- of buurtcode; leeg = overal'),
  categorie: optionalCode.describe('Categoriecode; leeg = elke categorie'),
  urgentie: z
    .enum(signalUrgencies, { message: 'Kies normaal of hoog' })
    .nullish()
    .transform((v) => v ?? null),
  alleenCrisis: z.boolean().default(false),
  teamId: z.uuid({ message: 'Kies een team' }),
};
const ruleBody = z.object({ gemeente, ...ruleFields }).openapi('RoutingRegelInvoer');
const previewBody = z
  .object({
    gemeente,
    regel: z.object({ gemeente: gemeente.optional(), ...ruleFields }),
    vervangtRegelId: z.uuid({ message: 'Kies een bestaande regel' }).optional(),
  })
  .openapi('RoutingVoorbeeldInvoer');

const ruleItem = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    prioriteit: z.number().int(),
    gebiedCode: z.string().nullable(),
    gebiedNaam: z.string().nullable(),
    categorie: z.string().nullable(),
    urgentie: z.enum(signalUrgencies).nullable(),
    alleenCrisis: z.boolean(),
    teamId: z.uuid(),
    teamNaam: z.string(),
    actief: z.boolean(),
  })
  .openapi('RoutingRegel');
const options = z
  .object({
    teams: z.array(z.object({ id: z.uuid(), naam: z.string() })),
    gebieden: z.array(z.object({ code: z.string(), naam: z.string(), soort: z.enum(['wijk', 'buurt']) })),
    categorieen: z.array(z.object({ code: z.string(), label: z.string() })),
  })
  .openapi('RoutingOpties');
const preview = z
  .object({
    periode: z.object({ van: z.iso.date(), tot: z.iso.date() }),
    totaal: z.number().int(),
    gewijzigd: z.number().int(),
    perTeam: z.array(
      z.object({
        teamId: z.uuid().nullable().describe('null: niet gerouteerd (geen regel past)'),
        teamNaam: z.string(),
        nu: z.number().int(),
        met: z.number().int(),
      }),
    ),
  })
  .openapi('RoutingVoorbeeld');
const byMunicipality = z.object({ gemeente });
const params = z.object({ id: z.uuid() });

export function routingRuleRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'The routing rules of a municipality, active ones first in the order they are tried',
      request: { query: byMunicipality },
      responses: {
        200: { description: 'OK', content: json(z.object({ items: z.array(ruleItem) })) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json({ items: await listRules(c.get('ctx'), c.req.valid('query').gemeente) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/options',
      tags,
      security,
      summary: 'Teams, areas and categories a rule of this municipality can use',
      request: { query: byMunicipality },
      responses: { 200: { description: 'OK', content: json(options) }, ...problems(400, 401, 403, 404) },
    }),
    async (c) => c.json(await ruleOptions(c.get('ctx'), c.req.valid('query').gemeente), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/preview',
      tags,
      security,
      summary:
        "Where last month's signals would have gone with this rule (counts per team, no personal data)",
      request: { body: { content: json(previewBody), required: true } },
      responses: { 200: { description: 'OK', content: json(preview) }, ...problems(400, 401, 403, 404) },
    }),
    async (c) => c.json(await previewRule(c.get('ctx'), c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary: 'Add a routing rule',
      request: { body: { content: json(ruleBody), required: true } },
      responses: {
        201: { description: 'Created', content: json(ruleItem) },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await createRule(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/{id}',
      tags,
      security,
      summary: 'Change a routing rule (a deactivated rule becomes active again)',
      request: { params, body: { content: json(ruleBody), required: true } },
      responses: { 200: { description: 'OK', content: json(ruleItem) }, ...problems(400, 401, 403, 404) },
    }),
    async (c) => c.json(await updateRule(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags,
      security,
      summary: 'Deactivate a routing rule (kept for the history)',
      request: { params },
      responses: { 204: { description: 'Deactivated' }, ...problems(401, 403, 404) },
    }),
    async (c) => {
      await deactivateRule(c.get('ctx'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  return app;
}
