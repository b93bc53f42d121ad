import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';
import { problems } from '../../../http/pagination.ts';
import { SignalSettingsSchema } from '../settings.ts';
import { getSignalSettings, putSignalSettings } from './signal-settings.service.ts';

const tags = ['Routering'];
const security = [{ session: [] }];
const settings = SignalSettingsSchema.openapi('SignaalInstellingen');
const params = z.object({
  gemeente: z.string().regex(/^GM\d{4}$/, 'Gebruik een CBS-gemeentecode als GM0363'),
});

export function signalSettingsRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{gemeente}',
      tags,
      security,
      summary: 'Signal settings of a municipality: categories, thresholds, window, terms, retention',
      request: { params },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: settings } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await getSignalSettings(c.get('ctx'), c.req.valid('param').gemeente), 200),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/{gemeente}',
      tags,
      security,
      summary: 'Replace the signal settings of a municipality (validated whole)',
      request: {
        params,
        body: { content: { 'application/json': { schema: settings } }, required: true },
      },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: settings } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) =>
      c.json(await putSignalSettings(c.get('ctx'), c.req.valid('param').gemeente, c.req.valid('json')), 200),
  );
  return app;
}
