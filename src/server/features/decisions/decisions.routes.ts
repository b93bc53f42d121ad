import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import { BijstandsnormResultaatSchema } from '../rules/rules.schemas.ts';
import { listBijstandDecisions, recordBijstandDecision } from './bijstand-decisions.service.ts';

const decision = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    personId: z.uuid().nullable(),
    ingangsdatum: z.iso.date(),
    besluitdatum: z.iso.date(),
    totaalCent: z.number().int(),
    grondslag: z.string(),
    berekening: BijstandsnormResultaatSchema,
  })
  .openapi('Bijstandsbesluit');

const body = z
  .object({
    personId: z.uuid({ message: 'Kies de aanvrager' }),
    ingangsdatum: z.iso.date({ message: 'Vul de ingangsdatum in als 2026-01-31' }),
    huishouden: z
      .record(z.string(), z.unknown())
      .describe(
        'The household as for POST /api/v1/rules/bijstandsnorm; its peildatum becomes the ingangsdatum',
      ),
  })
  .openapi('NieuwBijstandsbesluit');

const params = z.object({ householdId: z.uuid() });
const tags = ['Besluiten'];
const security = [{ session: [] }];

export function decisionRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/{householdId}/bijstandsbesluiten',
      tags,
      security,
      summary:
        'Record a Participatiewet decision; the norm and its explanation are computed and stored with it',
      request: { params, body: { content: { 'application/json': { schema: body } }, required: true } },
      responses: {
        201: { description: 'Recorded', content: { 'application/json': { schema: decision } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) =>
      c.json(
        await recordBijstandDecision(c.get('ctx'), c.req.valid('param').householdId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{householdId}/bijstandsbesluiten',
      tags,
      security,
      summary: 'The recorded bijstand decisions of a household with their stored explanation (audited)',
      request: { params },
      responses: {
        200: {
          description: 'OK',
          content: { 'application/json': { schema: z.object({ items: z.array(decision) }) } },
        },
        ...problems(401, 403, 404),
      },
    }),
    async (c) =>
      c.json({ items: await listBijstandDecisions(c.get('ctx'), c.req.valid('param').householdId) }, 200),
  );
  return app;
}
