import { type SQL, sql } from 'drizzle-orm';

/**
 * A uuid derived from a text in SQL, the same on every run (seeds and set-based inserts that must be idempotent).
 * The md5 gets the version (4) and variant (8) digits of an RFC 4122 uuid: clients and our own route parameters
 * (z.uuid) check them, and a bare md5 is not a valid uuid to them.
 */
export function stableUuid(text: SQL): SQL {
  return sql`overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
}
