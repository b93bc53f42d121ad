import { createHash } from 'node:crypto';
import { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { QueryResult, QueryResultRow } from 'pg';
import type { Executor } from '../context.ts';

const dialect = new PgDialect();

/** A statement as PostgreSQL gets it: text, the name it is prepared under, and its parameters. */
export type CompiledStatement = { text: string; name: string; params: unknown[] };

/** The name is a hash of the text: the same SQL shape shares one prepared statement per connection. */
export function compileStatement(query: SQL): CompiledStatement {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const name = `regie_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
  return { text, name, params };
}

/**
 * Runs a statement as a named prepared statement, so each pooled connection plans it once (PostgreSQL then keeps a
 * generic plan) instead of on every request. Meant for large, hot read statements: the household page planned for
 * about 9 ms and ran for under 2 ms at 1,000,000 households. Another shape (another actor type's scope) gets its
 * own name. Parameters stay parameters, so nothing of the request is kept in the statement cache.
 */
export async function executePrepared<T extends QueryResultRow>(
  db: Executor,
  query: SQL | CompiledStatement,
): Promise<QueryResult<T>> {
  const { text, name, params } = query instanceof SQL ? compileStatement(query) : query;
  const prepared = db._.session.prepareQuery({ sql: text, params }, undefined, name, false);
  return (await prepared.execute()) as QueryResult<T>;
}
