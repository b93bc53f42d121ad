import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { ApiError, api, buildUrl, NetworkError, setCsrfToken } from './client.ts';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  setCsrfToken(null);
});

function captureFetch(response: Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return response;
  }) as typeof fetch;
  return calls;
}

test('query strings leave out empty values', () => {
  assert.equal(
    buildUrl('/api/v1/households', { search: '', wijk: undefined, page: 2 }),
    '/api/v1/households?page=2',
  );
  assert.equal(buildUrl('/api/v1/me/teams'), '/api/v1/me/teams');
});

test('GET sends the cookie but no CSRF token', async () => {
  const calls = captureFetch(Response.json({ oidc: false }));
  setCsrfToken('geheim');
  assert.deepEqual(await api.get('/api/v1/auth/config'), { oidc: false });
  assert.equal(calls[0]?.init.credentials, 'same-origin');
  assert.equal((calls[0]!.init.headers as Record<string, string>)['X-CSRF-Token'], undefined);
});

test('every non-GET request carries the CSRF token and JSON body', async () => {
  const calls = captureFetch(new Response(null, { status: 204 }));
  setCsrfToken('geheim');
  await api.post('/api/v1/auth/logout');
  await api.delete('/api/v1/admin/api-keys/1');
  for (const call of calls) {
    assert.equal(call.init.credentials, 'same-origin');
    assert.equal((call.init.headers as Record<string, string>)['X-CSRF-Token'], 'geheim');
  }
  captureFetch(Response.json({ id: '1', key: 'rgk_x', prefix: 'x' }, { status: 201 }));
  assert.deepEqual(await api.post('/api/v1/admin/api-keys', { organisationId: 'o', name: 'n' }), {
    id: '1',
    key: 'rgk_x',
    prefix: 'x',
  });
});

test('failures become ApiError (with the Dutch detail) or NetworkError', async () => {
  captureFetch(
    new Response(
      JSON.stringify({ status: 423, code: 'account_locked', detail: 'Dit account is geblokkeerd' }),
      {
        status: 423,
        headers: { 'Content-Type': 'application/problem+json' },
      },
    ),
  );
  await assert.rejects(api.post('/api/v1/auth/login', {}), (error: unknown) => {
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, 'account_locked');
    assert.equal(error.message, 'Dit account is geblokkeerd');
    return true;
  });
  globalThis.fetch = (async () => {
    throw new TypeError('fetch failed');
  }) as typeof fetch;
  await assert.rejects(api.get('/health'), NetworkError);
});
