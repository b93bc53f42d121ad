import { DrizzleQueryError } from 'drizzle-orm/errors';

/**
 * What of an unexpected error may go to the log: its class, and for a failed database query the statement (code,
 * never data), PostgreSQL's SQLSTATE and the constraint or table it names. Never a stack, never the query's
 * parameters (drizzle puts them in its message), never PostgreSQL's message (it can quote the input: 'invalid input
 * syntax for type uuid: "…"').
 */
export function loggableError(error: unknown): Record<string, string | undefined> {
  if (!(error instanceof Error)) return { name: typeof error };
  if (error instanceof DrizzleQueryError) {
    const cause = error.cause as { code?: string; constraint?: string; table?: string } | undefined;
    return {
      name: error.name,
      query: error.query.replace(/\s+/g, ' ').slice(0, 300),
      code: cause?.code,
      constraint: cause?.constraint,
      table: cause?.table,
    };
  }
  const pg = error as { code?: unknown; constraint?: unknown };
  if (typeof pg.code === 'string' && /^[0-9A-Z]{5}$/.test(pg.code))
    return { name: error.name, code: pg.code, constraint: pg.constraint as string | undefined };
  return { name: error.name, message: error.message };
}
