import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import type { DdasVroegsignaal } from './ddas-export.map.ts';
import { streamSink, writeDdasDelivery } from './ddas-json-writer.ts';

const header = {
  startdatumLevering: '2026-10-01',
  einddatumLevering: '2026-10-31',
  aanleverdatumEnTijd: '2026-11-23T09:00:00Z',
  codeGegevensleverancier: 'Regie',
  gemeentecode: 'GM9901',
  aanleverendeOrganisatie: { naam: 'Gemeente "Regiedam"' },
};

async function* items<T>(list: T[]) {
  for (const item of list) yield item;
}

/** A slow consumer with a tiny buffer, so every write meets back-pressure. */
function slowStream(received: string[], highWaterMark = 16) {
  return new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk.toString('utf8'));
      setImmediate(callback);
    },
  });
}

const signal = (ID: string): DdasVroegsignaal => ({
  ID,
  signaalpartner: {},
  crisissignaal: false,
  warmeOverdracht: false,
  client: { burgerservicenummer: '999990019' },
});

describe('streaming DDAS writer', () => {
  test('writes valid JSON for empty and non-empty lists, one item per line', async () => {
    for (const n of [0, 1, 3]) {
      const received: string[] = [];
      const stream = slowStream(received);
      const sink = streamSink(stream, 8);
      const list = Array.from({ length: n }, (_, i) => signal(`S-${i}`));
      const counts = await writeDdasDelivery(sink, header, items(list), items([]));
      await sink.flush();
      const text = received.join('');
      const parsed = JSON.parse(text);
      assert.deepEqual(counts, { vroegsignalen: n, vroegsignaalzaken: 0 });
      assert.deepEqual(parsed.leveringen[0].vroegsignalen, list);
      assert.deepEqual(parsed.leveringen[0].vroegsignaalzaken, []);
      assert.deepEqual(parsed.leveringen[0].aanleverendeOrganisatie, header.aanleverendeOrganisatie);
      assert.equal(text.split('\n').filter((l) => l.startsWith('{"ID"')).length, n);
    }
  });

  test('waits for the consumer: never more than one chunk ahead of it', async () => {
    const received: string[] = [];
    const stream = slowStream(received, 1024);
    const sink = streamSink(stream, 1024);
    let maxBuffered = 0;
    async function* many() {
      for (let i = 0; i < 2000; i++) {
        maxBuffered = Math.max(maxBuffered, stream.writableLength);
        yield signal(`S-${i}`);
      }
    }
    await writeDdasDelivery(sink, header, many(), items([]));
    await sink.flush();
    assert.ok(maxBuffered < 4 * 1024, `buffered at most ${maxBuffered} bytes`);
    assert.equal(JSON.parse(received.join('')).leveringen[0].vroegsignalen.length, 2000);
  });

  test('a failing stream fails the next write instead of an unhandled error event', async () => {
    const stream = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error('EPIPE'));
      },
    });
    const sink = streamSink(stream, 1);
    await sink.write('x').catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    await assert.rejects(sink.write('y'), /EPIPE|gesloten/);
  });
});
