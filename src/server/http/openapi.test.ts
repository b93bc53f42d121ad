import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';

describe('OpenAPI document', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ households: 0 });
  });
  after(() => t.close());

  test('is OpenAPI 3.1, generated from the route schemas, and lists every API route', async () => {
    const res = await t.request('/api/v1/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    };
    assert.equal(doc.openapi, '3.1.0');
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/auth/session',
      '/api/v1/auth/logout',
      '/api/v1/auth/oidc/login',
      '/api/v1/households',
      '/api/v1/households/{id}',
      '/api/v1/admin/api-keys',
      '/api/v1/admin/api-keys/{id}',
      '/api/v1/audit',
      '/api/v1/population/by-wijk',
      '/api/v1/me/teams',
      '/health',
    ]) {
      assert.ok(doc.paths[path], `missing ${path}`);
    }
    assert.ok(doc.components.schemas.LoginRequest);
    assert.ok(doc.components.schemas.Problem);
    assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['apiKey', 'session']);
    assert.ok(doc.paths['/api/v1/auth/login']?.post?.responses['401'], 'problem responses are documented');
  });

  test('unknown API paths answer problem+json in Dutch', async () => {
    const res = await t.request('/api/v1/bestaat-niet');
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.equal(((await res.json()) as { detail: string }).detail, 'Dit API-adres bestaat niet');
  });
});
