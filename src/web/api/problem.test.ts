import assert from 'node:assert/strict';
import { test } from 'node:test';
import { t } from '../i18n/index.ts';
import { problemFromResponse } from './problem.ts';

test('a problem+json response gives its Dutch detail, code and field errors', async () => {
  const response = new Response(
    JSON.stringify({
      type: 'https://regie.example/problemen/validation',
      title: 'De invoer is niet goed ingevuld',
      status: 400,
      detail: 'search: Zoek op minstens 2 tekens',
      code: 'validation',
      errors: [{ path: 'search', message: 'Zoek op minstens 2 tekens' }],
    }),
    { status: 400, headers: { 'Content-Type': 'application/problem+json; charset=utf-8' } },
  );
  const error = await problemFromResponse(response);
  assert.equal(error.status, 400);
  assert.equal(error.code, 'validation');
  assert.equal(error.detail, 'search: Zoek op minstens 2 tekens');
  assert.deepEqual(error.fieldErrors, [{ path: 'search', message: 'Zoek op minstens 2 tekens' }]);
});

test('a response without problem details still gets a Dutch message', async () => {
  const error = await problemFromResponse(new Response('Bad gateway', { status: 502 }));
  assert.equal(error.detail, t.errors.server);
  assert.equal(error.code, 'http_502');
});
