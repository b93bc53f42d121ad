import { createHash } from 'node:crypto';
import { DomainError } from '../../../http/errors.ts';
import { canonicalJson } from '../../../lib/canonical-json.ts';

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

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

export const keyReusedError = () =>
  new DomainError(
    'conflict',
    'Deze Idempotency-Key is al gebruikt voor een ander signaal. Gebruik een nieuwe sleutel voor een nieuw signaal',
  );
