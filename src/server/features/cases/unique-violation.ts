/**
 * Whether an error is PostgreSQL's unique_violation (23505), optionally on one index. drizzle wraps the driver's
 * error (DrizzleQueryError.cause), so both levels are checked. The partial unique indexes on cases and
 * case_regisseurs are what really keeps two open cases or two regisseurs out; this turns their refusal into a 409.
 */
export function isUniqueViolation(error: unknown, indexName?: string): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505') return indexName === undefined || constraint === indexName;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
