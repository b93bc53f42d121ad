import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { SignalImportFormat } from '../../../db/schema/index.ts';
import type { TextChunk } from './ddas-stream.ts';

/**
 * A batch file as the import reads it: opened as a byte stream, possibly more than once (a DDAS levering whose
 * gemeentecode comes after its signals is read in a second pass; see import.service.ts).
 */
export type SignalFile = {
  name: string;
  format: SignalImportFormat;
  sizeBytes: number;
  sha256: string;
  open: () => AsyncIterable<Buffer>;
};

const CHUNK = 1 << 20;

export function readFileBytes(path: string): AsyncIterable<Buffer> {
  return createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>;
}

/** SHA-256 and size of a file, read as a stream. */
export async function hashFile(path: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of readFileBytes(path)) {
    hash.update(chunk);
    sizeBytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

/** Format from the file name's extension, otherwise from the first character: `{` is DDAS JSON, else CSV. */
export async function detectFormat(path: string, name = path): Promise<SignalImportFormat> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'ddas';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
    return text.startsWith('{') ? 'ddas' : 'csv';
  } finally {
    await handle.close();
  }
}

/** A file on disk as a SignalFile (hashed once up front). */
export async function signalFileFromPath(
  path: string,
  options: { name?: string; format?: SignalImportFormat } = {},
): Promise<SignalFile> {
  const name = options.name ?? path.split(/[\\/]/).pop() ?? path;
  const format = options.format ?? (await detectFormat(path, name));
  const { sha256, sizeBytes } = await hashFile(path);
  return { name, format, sizeBytes, sha256, open: () => readFileBytes(path) };
}

/** UTF-8 text pieces of a byte stream (multi-byte characters split across chunks are kept whole). */
export async function* utf8Chunks(bytes: AsyncIterable<Buffer>): AsyncGenerator<TextChunk> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of bytes) yield { text: decoder.write(chunk), bytes: chunk.length };
  const rest = decoder.end();
  if (rest) yield { text: rest, bytes: 0 };
}
