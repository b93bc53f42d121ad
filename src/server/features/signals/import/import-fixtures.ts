import { createHash } from 'node:crypto';
import type { SignalImportFormat } from '../../../db/schema/index.ts';
import type { SignalFile } from './signal-file.ts';

/** Synthetic DDAS v1.2 files and CSV exports for tests (and the shape the benchmark writes). */

export type Vroegsignaal = Record<string, unknown>;

export function vroegsignaal(
  id: string,
  client: Record<string, unknown>,
  extra: Vroegsignaal = {},
): Vroegsignaal {
  return {
    ID: id,
    signaaldatum: '2026-11-02',
    ontstaansdatum: '2026-09-01',
    bedrag: 312,
    crisissignaal: false,
    warmeOverdracht: false,
    signaalpartner: { type: 'Energie' },
    client,
    ...extra,
  };
}

export function levering(
  gemeentecode: string,
  signalen: Vroegsignaal[],
  teller = 1,
): Record<string, unknown> {
  return {
    teller,
    gemeentecode,
    aanleverendeOrganisatie: { naam: 'Signaalplatform Test' },
    vroegsignalen: signalen,
  };
}

export function ddasDocument(leveringen: Record<string, unknown>[]): Record<string, unknown> {
  return {
    startdatumLevering: '2026-11-01',
    einddatumLevering: '2026-11-30',
    aanleverdatumEnTijd: '2026-11-23T08:00:00Z',
    codeGegevensleverancier: 'TEST',
    leveringen,
  };
}

/** A file held in memory, opened in pieces of `chunkSize` bytes (to cross chunk boundaries in tests). */
export function memoryFile(
  text: string,
  format: SignalImportFormat,
  options: { name?: string; chunkSize?: number; failAfterBytes?: number } = {},
): SignalFile {
  const bytes = Buffer.from(text, 'utf8');
  const chunkSize = options.chunkSize ?? 4096;
  return {
    name: options.name ?? (format === 'ddas' ? 'signalen.json' : 'signalen.csv'),
    format,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    open: async function* () {
      for (let at = 0; at < bytes.length; at += chunkSize) {
        if (options.failAfterBytes !== undefined && at >= options.failAfterBytes) {
          throw new Error('bron afgebroken (test)');
        }
        yield bytes.subarray(at, at + chunkSize);
      }
    },
  };
}
