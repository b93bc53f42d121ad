import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { setCsrfToken } from './client.ts';
import { ApiError, NetworkError } from './problem.ts';
import { type UploadRequest, uploadContentType, uploadSignalFile } from './signal-admin.ts';

afterEach(() => setCsrfToken(null));

/** Stands in for XMLHttpRequest: records what was sent and lets the test drive progress and the answer. */
class FakeRequest implements UploadRequest {
  upload: UploadRequest['upload'] = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  status = 0;
  responseText = '';
  method = '';
  url = '';
  headers: Record<string, string> = {};
  responseHeaders: Record<string, string> = {};
  body: Blob | null = null;
  aborted = false;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name.toLowerCase()] ?? null;
  }
  send(body: Blob) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  answer(status: number, body: unknown, contentType = 'application/json') {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.responseHeaders['content-type'] = contentType;
    this.onload?.();
  }
}

function file(text: string, name: string) {
  return Object.assign(new Blob([text]), { name });
}

test('the file goes as the raw body with the CSRF token, and upload progress is reported', async () => {
  setCsrfToken('geheim');
  const fake = new FakeRequest();
  const progress: { loaded: number; total: number }[] = [];
  const upload = uploadSignalFile({
    gemeente: 'GM9901',
    file: file('{"leveringen":[]}', 'levering oktober.json'),
    onProgress: (p) => progress.push(p),
    createRequest: () => fake,
  });
  assert.equal(fake.method, 'POST');
  assert.equal(fake.url, '/api/v1/signal-imports?gemeente=GM9901&bestandsnaam=levering+oktober.json');
  assert.equal(fake.headers['X-CSRF-Token'], 'geheim');
  assert.equal(fake.headers['Content-Type'], 'application/json');
  assert.equal(await fake.body?.text(), '{"leveringen":[]}');
  fake.upload.onprogress?.({ loaded: 8, total: 17, lengthComputable: true });
  fake.answer(202, { id: 'abc' });
  assert.deepEqual(await upload, { id: 'abc' });
  assert.deepEqual(progress, [
    { loaded: 8, total: 17 },
    { loaded: 17, total: 17 },
  ]);
});

test('a refused upload becomes an ApiError with the Dutch detail', async () => {
  const fake = new FakeRequest();
  const upload = uploadSignalFile({
    gemeente: 'GM9901',
    file: file('x', 's.csv'),
    createRequest: () => fake,
  });
  assert.equal(fake.headers['Content-Type'], 'text/csv');
  fake.answer(
    400,
    { status: 400, code: 'validation', detail: 'Dit bestand is geen DDAS-levering.' },
    'application/problem+json',
  );
  await assert.rejects(upload, (error: unknown) => {
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 400);
    assert.equal(error.detail, 'Dit bestand is geen DDAS-levering.');
    return true;
  });
});

test('no connection is a NetworkError; an answer without id is a server error', async () => {
  const offline = new FakeRequest();
  const first = uploadSignalFile({
    gemeente: 'GM9901',
    file: file('x', 's.csv'),
    createRequest: () => offline,
  });
  offline.onerror?.();
  await assert.rejects(first, NetworkError);

  const odd = new FakeRequest();
  const second = uploadSignalFile({ gemeente: 'GM9901', file: file('x', 's.csv'), createRequest: () => odd });
  odd.answer(202, { klaar: true });
  await assert.rejects(second, (error: unknown) => error instanceof ApiError && error.status === 500);
});

test('aborting stops the request', async () => {
  const fake = new FakeRequest();
  const controller = new AbortController();
  const upload = uploadSignalFile({
    gemeente: 'GM9901',
    file: file('x', 's.json'),
    signal: controller.signal,
    createRequest: () => fake,
  });
  controller.abort();
  assert.equal(fake.aborted, true);
  await assert.rejects(
    upload,
    (error: unknown) => error instanceof DOMException && error.name === 'AbortError',
  );
});

test('content type follows the file name', () => {
  assert.equal(uploadContentType('A.JSON'), 'application/json');
  assert.equal(uploadContentType('b.csv'), 'text/csv');
  assert.equal(uploadContentType('c.txt'), 'application/octet-stream');
});
