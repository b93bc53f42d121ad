import type { Writable } from 'node:stream';
import type { DdasDeliveryHeader, DdasVroegsignaal, DdasVroegsignaalzaak } from './ddas-export.map.ts';

/** Where the export text goes. `write` resolves when the text may be followed by more (back-pressure). */
export type TextSink = { write: (text: string) => Promise<void> };

/**
 * A sink over a Node stream that gathers small writes into chunks of about 64 KiB and waits for 'drain' when the
 * stream's buffer is full, so a slow disk or pipe slows the export down instead of filling memory.
 * Call `flush()` at the end.
 */
export function streamSink(
  stream: Writable,
  chunkSize = 64 * 1024,
): TextSink & { flush: () => Promise<void> } {
  let pending: string[] = [];
  let pendingLength = 0;
  // A stream reports failures (disk full, closed pipe) as 'error' events, possibly between two writes: keep the
  // first one and fail the next write with it, instead of an unhandled event.
  let failure: Error | undefined;
  stream.on('error', (err: Error) => {
    failure ??= err;
  });
  const push = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (failure) return reject(failure);
      if (stream.destroyed || stream.writableEnded) return reject(new Error('de uitvoer is al gesloten'));
      if (stream.write(text)) return resolve();
      const settle = (err?: Error) => {
        stream.off('drain', onDrain);
        stream.off('error', onError);
        stream.off('close', onClose);
        if (err) reject(err);
        else resolve();
      };
      const onDrain = () => settle();
      const onError = (err: Error) => settle(err);
      const onClose = () => settle(failure ?? new Error('de uitvoer werd gesloten tijdens het schrijven'));
      stream.on('drain', onDrain);
      stream.on('error', onError);
      stream.on('close', onClose);
    });
  const flush = async () => {
    if (pendingLength === 0) return;
    const text = pending.join('');
    pending = [];
    pendingLength = 0;
    await push(text);
  };
  return {
    write: async (text) => {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= chunkSize) await flush();
    },
    flush,
  };
}

export type DeliveryCounts = { vroegsignalen: number; vroegsignaalzaken: number };

/**
 * Writes one DDAS Uitwisselmodel with a single levering, taking the signals and cases from async iterables so only
 * the current item is in memory. One item per line keeps a large delivery readable and diffable.
 * The lists are written in the order given; the header members in the order of the official schema.
 */
export async function writeDdasDelivery(
  sink: TextSink,
  header: DdasDeliveryHeader,
  vroegsignalen: AsyncIterable<DdasVroegsignaal>,
  vroegsignaalzaken: AsyncIterable<DdasVroegsignaalzaak>,
): Promise<DeliveryCounts> {
  const j = JSON.stringify;
  await sink.write(
    `{"startdatumLevering":${j(header.startdatumLevering)},"einddatumLevering":${j(header.einddatumLevering)},` +
      `"aanleverdatumEnTijd":${j(header.aanleverdatumEnTijd)},` +
      `"codeGegevensleverancier":${j(header.codeGegevensleverancier)},\n` +
      `"leveringen":[{"teller":1,"gemeentecode":${j(header.gemeentecode)},` +
      `"aanleverendeOrganisatie":${j(header.aanleverendeOrganisatie)},\n"vroegsignalen":[`,
  );
  const counts: DeliveryCounts = { vroegsignalen: 0, vroegsignaalzaken: 0 };
  for await (const signal of vroegsignalen) {
    await sink.write(`${counts.vroegsignalen === 0 ? '\n' : ',\n'}${j(signal)}`);
    counts.vroegsignalen++;
  }
  await sink.write(`${counts.vroegsignalen === 0 ? '' : '\n'}],\n"vroegsignaalzaken":[`);
  for await (const zaak of vroegsignaalzaken) {
    await sink.write(`${counts.vroegsignaalzaken === 0 ? '\n' : ',\n'}${j(zaak)}`);
    counts.vroegsignaalzaken++;
  }
  await sink.write(`${counts.vroegsignaalzaken === 0 ? '' : '\n'}]}]}\n`);
  return counts;
}
