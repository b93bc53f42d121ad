import { createHash } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);
/** Rows that belong to no municipality (sign-ins, configuration) share one chain under this key. */
export const NO_MUNICIPALITY_CHAIN = '-';

export type ChainedFields = {
  chainKey: string;
  chainSeq: number;
  municipalityCode: string | null;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  action: string;
  resourceType: string;
  resourceIds: string[];
  requestId: string | null;
  details: Record<string, unknown>;
};

/**
 * The canonical form of a row's fields (a JSON array) split around its sequence number: the database numbers a row
 * when it takes the chain head's lock, so it computes the hash from these two parts and the head (appendAudit).
 */
export function chainPayloadParts(row: Omit<ChainedFields, 'chainSeq'>): { before: string; after: string } {
  const rest = [
    row.municipalityCode,
    row.occurredAt.toISOString(),
    row.actorType,
    row.actorId,
    row.action,
    row.resourceType,
    row.resourceIds,
    row.requestId,
    row.details,
  ];
  return { before: `[${canonicalJson(row.chainKey)},`, after: `,${rest.map(canonicalJson).join(',')}]` };
}

/** hash = sha256(previous hash + "\n" + canonical form of every field of the row). */
export function chainHash(prevHash: string, row: ChainedFields): string {
  const { before, after } = chainPayloadParts(row);
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(`${before}${row.chainSeq}${after}`)
    .digest('hex');
}
