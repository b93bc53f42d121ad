import { createHash } from 'node:crypto';
import { DomainError } from '../../../http/errors.ts';

/**
 * Idempotency of the partner API: a partner system that did not get our answer (time-out, lost connection) sends
 * the same request again with the same Idempotency-Key, and must get the same signal back instead of a second one.
 * The key is scoped to the partner organisation, so two partners can never collide.
 */

/** 1 to 200 visible ASCII characters (no spaces or control characters), as in the IETF Idempotency-Key draft. */
const KEY_PATTERN = /^[\x21-\x7E]{1,200}$/;

export function parseIdempotencyKey(header: string | undefined): string {
  if (header === undefined || header.trim() === '') {
    throw new DomainError('validation', 'Idempotency-Key ontbreekt', [
      {
        path: 'Idempotency-Key',
        message: 'Idempotency-Key ontbreekt: stuur bij elk nieuw signaal een unieke sleutel',
      },
    ]);
  }
  if (!KEY_PATTERN.test(header)) {
    throw new DomainError('validation', 'Idempotency-Key ontbreekt of is ongeldig', [
      {
        path: 'Idempotency-Key',
        message:
          'Idempotency-Key ontbreekt of is ongeldig: gebruik 1 tot 200 zichtbare ASCII-tekens, zonder spaties',
      },
    ]);
  }
  return header;
}

export function apiSourceKey(organisationId: string, key: string): string {
  return `api:${organisationId}:${key}`;
}

/** JSON with object keys sorted at every level, so the same body in another key order hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

export const keyReusedError = () =>
  new DomainError(
    'conflict',
    'Deze Idempotency-Key is al gebruikt voor een ander signaal. Gebruik een nieuwe sleutel voor een nieuw signaal',
  );
