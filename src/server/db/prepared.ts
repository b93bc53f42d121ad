import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { QueryResult, QueryResultRow } from 'pg';
import type { Executor } from '../context.ts';

const dialect = new PgDialect();

/**
 * Runs a statement as a named prepared statement, so each pooled connection plans it once (PostgreSQL then keeps a
 * generic plan) instead of on every request. Meant for large, hot read statements: the household page planned for
 * about 9 ms and ran for under 2 ms at 1,000,000 households. The name is a hash of the text: the same SQL shape
 * shares one prepared statement, another shape (another actor type's scope) gets its own. Parameters stay
 * parameters, so nothing of the request is kept in the statement cache.
 */
export async function executePrepared<T extends QueryResultRow>(
  db: Executor,
  query: SQL,
): Promise<QueryResult<T>> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const name = `regie_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
  const prepared = db._.session.prepareQuery({ sql: text, params }, undefined, name, false);
  return (await prepared.execute()) as QueryResult<T>;
}
