import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { changePhaseFrom } from './api.ts';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

// The server refuses (409) a step from a phase the agreement has left; the page must say which phase it saw.
test('a step in the cycle names the phase the user saw', async () => {
  const calls: { method: string; url: string; body?: unknown }[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method: init.method ?? 'GET', url, body });
    return Response.json({ id: 'a1', phase: body?.to });
  }) as typeof fetch;
  const updated = await changePhaseFrom('a1', 'vaststelling', { to: 'monitoring' });
  assert.equal(updated.phase, 'monitoring');
  assert.deepEqual(calls, [
    { method: 'POST', url: '/api/v1/agreements/a1/phase', body: { to: 'monitoring', from: 'vaststelling' } },
  ]);
});
