import { type SQL, sql } from 'drizzle-orm';

/**
 * The batch's signals as `s`, looked up one by one through the primary key. The LATERAL with OFFSET 0 keeps the
 * planner from turning this into a scan of `signals`: right after a bulk insert the statistics still say the table
 * is small, and a plan that scans every signal without a case would make each batch slower as the table grows.
 */
export function batchSignals(ids: SQL, alias = 's'): SQL {
  return sql`unnest(${ids}) AS batch(id)
    CROSS JOIN LATERAL (SELECT * FROM signals one WHERE one.id = batch.id OFFSET 0) ${sql.identifier(alias)}`;
}
