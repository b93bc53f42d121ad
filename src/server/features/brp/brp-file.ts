import { createReadStream } from 'node:fs';
import { streamPersonen } from './brp-json-stream.ts';

/**
 * The persons of a BRP Personen response file, read as a stream (1 MiB at a time, UTF-8, a BOM is allowed).
 * Throws BrpFileError for a file that is not such a response; see brp-json-stream.ts.
 */
export function readBrpFile(path: string): AsyncIterable<unknown> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  return streamPersonen(stream as AsyncIterable<string>);
}
