import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';
import { problems } from '../../../http/pagination.ts';
import { addContactAttempt, closeCase } from './cases.service.ts';
import {
  AfsluitenSchema,
  ContactpogingSchema,
  NieuweContactpogingSchema,
  ZaakSchema,
} from './signals.schemas.ts';

const tags = ['Signalen'];
const security = [{ session: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
const params = z.object({ zaakId: z.uuid({ error: 'Dit is geen geldig zaak-id' }) });

/** A vroegsignaalzaak or intake of the actor's team: contact attempts and closing with a DDAS end result. */
export function signalCaseRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{zaakId}/contactpogingen',
      tags,
      security,
      summary: 'Record a contact attempt (DDAS contactpoging)',
      request: { params, body: { content: json(NieuweContactpogingSchema), required: true } },
      responses: {
        201: { description: 'Recorded', content: json(ContactpogingSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(await addContactAttempt(c.get('ctx'), c.req.valid('param').zaakId, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{zaakId}/afsluiten',
      tags,
      security,
      summary: 'Close the case with a DDAS end result',
      request: { params, body: { content: json(AfsluitenSchema), required: true } },
      responses: {
        200: { description: 'Closed', content: json(ZaakSchema) },
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(await closeCase(c.get('ctx'), c.req.valid('param').zaakId, c.req.valid('json').resultaat), 200),
  );

  return app;
}
