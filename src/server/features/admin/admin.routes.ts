import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { pageOf, pageQuery, problems, toLimitOffset } from '../../http/pagination.ts';
import { createApiKey, listApiKeys, revokeApiKey } from '../auth/api-keys.service.ts';
import { listOrganisations, listTeams, listUsers } from './admin.service.ts';

const tags = ['Beheer'];
const security = [{ session: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

const organisationItem = z
  .object({ id: z.uuid(), name: z.string(), kind: z.string(), municipalityCodes: z.array(z.string()) })
  .openapi('AdminOrganisation');
const userItem = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    organisationName: z.string(),
    active: z.boolean(),
    locked: z.boolean(),
    sso: z.boolean(),
    lastLoginAt: z.date().nullable(),
    roles: z.array(z.string()),
  })
  .openapi('AdminUser');
const teamItem = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.string(),
    organisationName: z.string(),
    municipalityCodes: z.array(z.string()),
    areaCodes: z.array(z.string()),
    memberCount: z.number().int(),
  })
  .openapi('AdminTeam');
const apiKeyItem = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    createdAt: z.date(),
    revokedAt: z.date().nullable(),
    lastUsedAt: z.date().nullable(),
  })
  .openapi('ApiKey');
const createApiKeyBody = z
  .object({
    organisationId: z.uuid({ message: 'Kies een organisatie' }),
    name: z.string().trim().min(1, 'Geef de sleutel een naam').max(100),
  })
  .openapi('CreateApiKey');
const createdApiKey = z
  .object({
    id: z.uuid(),
    key: z.string().describe('Shown once; only its hash is stored'),
    prefix: z.string(),
  })
  .openapi('CreatedApiKey');

export function adminRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const list = <T extends z.ZodType>(path: string, summary: string, item: T, name: string) =>
    createRoute({
      method: 'get',
      path,
      tags,
      security,
      summary,
      request: { query: pageQuery },
      responses: { 200: { description: 'OK', content: json(pageOf(item, name)) }, ...problems(401, 403) },
    });

  app.openapi(list('/organisations', 'Organisations', organisationItem, 'OrganisationPage'), async (c) => {
    const q = c.req.valid('query');
    return c.json({ ...(await listOrganisations(c.get('ctx'), toLimitOffset(q))), ...q }, 200);
  });
  app.openapi(list('/users', 'Staff accounts', userItem, 'UserPage'), async (c) => {
    const q = c.req.valid('query');
    return c.json({ ...(await listUsers(c.get('ctx'), toLimitOffset(q))), ...q }, 200);
  });
  app.openapi(list('/teams', 'Teams', teamItem, 'TeamPage'), async (c) => {
    const q = c.req.valid('query');
    return c.json({ ...(await listTeams(c.get('ctx'), toLimitOffset(q))), ...q }, 200);
  });
  app.openapi(
    list('/api-keys', 'Partner API keys (never the keys themselves)', apiKeyItem, 'ApiKeyPage'),
    async (c) => {
      const q = c.req.valid('query');
      return c.json({ ...(await listApiKeys(c.get('ctx'), toLimitOffset(q))), ...q }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api-keys',
      tags,
      security,
      summary: 'Create a partner API key; the key is in this response only',
      request: { body: { content: json(createApiKeyBody), required: true } },
      responses: {
        201: { description: 'Created', content: json(createdApiKey) },
        ...problems(400, 401, 403),
      },
    }),
    async (c) => c.json(await createApiKey(c.get('ctx'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api-keys/{id}',
      tags,
      security,
      summary: 'Revoke a partner API key',
      request: { params: z.object({ id: z.uuid() }) },
      responses: { 204: { description: 'Revoked' }, ...problems(401, 403, 404) },
    }),
    async (c) => {
      await revokeApiKey(c.get('ctx'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  return app;
}
