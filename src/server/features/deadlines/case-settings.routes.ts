import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { problems } from '../../http/pagination.ts';
import { getCaseSettings, putCaseSettings } from './case-settings.service.ts';
import { CaseSettingsBodySchema, MunicipalityParamsSchema } from './deadlines.schemas.ts';

const tags = ['Termijnen'];
const security = [{ session: [] }];
const content = { 'application/json': { schema: CaseSettingsBodySchema } };

/** GET/PUT /case-settings/{gemeentecode}: a municipality's terms and board margins. */
export function caseSettingsRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{gemeentecode}',
      tags,
      security,
      summary: "Case settings of a municipality: terms (the law's values by default) and board margins",
      request: { params: MunicipalityParamsSchema },
      responses: { 200: { description: 'OK', content }, ...problems(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getCaseSettings(c.get('ctx'), c.req.valid('param').gemeentecode), 200),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/{gemeentecode}',
      tags,
      security,
      summary: 'Replace the case settings of a municipality (validated whole; terms no longer than the law)',
      request: { params: MunicipalityParamsSchema, body: { content, required: true } },
      responses: { 200: { description: 'OK', content }, ...problems(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await putCaseSettings(c.get('ctx'), c.req.valid('param').gemeentecode, c.req.valid('json')),
        200,
      ),
  );
  return app;
}
