import { type SQL, sql } from 'drizzle-orm';

/**
 * The signals one run of the pipeline works on. Two kinds, with the same columns, so every step is one SQL text:
 *
 * - `byIds`: rows of `signals`, by id (a form or API signal, a review decision, a resumed import);
 * - `STAGED`: the rows of an import batch in the staging table (stage.ts), not yet in `signals`. The pipeline
 *   decides match, route, case, status, deadline and retention there, and the import then writes each signal once
 *   with its final values (an UPDATE of `signals` rewrites the row and every index entry, and re-checks its foreign
 *   keys: two updates per signal cost more than the insert itself).
 */
export type SignalSet = { kind: 'ids'; ids: SQL } | { kind: 'staged' };

/** The staging table: `LIKE signals`, temporary, emptied at every commit (stage.ts creates it). */
export const STAGE_TABLE = 'signal_import_stage';

export const STAGED: SignalSet = { kind: 'staged' };

export function byIds(ids: readonly string[]): SignalSet {
  return { kind: 'ids', ids: sql`${sql.param([...ids])}::uuid[]` };
}

/** The set's signals as a FROM item with every column of `signals`, under `alias`. */
export function setRows(set: SignalSet, alias = 's'): SQL {
  return set.kind === 'ids'
    ? batchSignals(set.ids, alias)
    : sql`${sql.identifier(STAGE_TABLE)} ${sql.identifier(alias)}`;
}

/** The table an UPDATE of the set's signals writes to. */
export function setTable(set: SignalSet): SQL {
  return set.kind === 'ids' ? sql`signals` : sql`${sql.identifier(STAGE_TABLE)}`;
}

/**
 * Every signal the later steps compare with (thresholds count, dedup looks back): `signals`, plus the staged batch
 * when there is one. Columns: those of `signals` and `in_set` (true for a signal of the set).
 */
export function allSignals(set: SignalSet): SQL {
  if (set.kind === 'ids') {
    return sql`(SELECT all_s.*, all_s.id IN (SELECT unnest(${set.ids})) AS in_set FROM signals all_s)`;
  }
  return sql`(SELECT all_s.*, false AS in_set FROM signals all_s
    UNION ALL SELECT stage_s.*, true FROM ${sql.identifier(STAGE_TABLE)} stage_s)`;
}

/**
 * The batch's signals as `s`, looked up one by one through the primary key. The LATERAL with OFFSET 0 keeps the
 * planner from turning this into a scan of `signals`: right after a bulk insert the statistics still say the table
 * is small, and a plan that scans every signal without a case would make each batch slower as the table grows.
 */
export function batchSignals(ids: SQL, alias = 's'): SQL {
  return sql`unnest(${ids}) AS batch(id)
    CROSS JOIN LATERAL (SELECT * FROM signals one WHERE one.id = batch.id OFFSET 0) ${sql.identifier(alias)}`;
}
