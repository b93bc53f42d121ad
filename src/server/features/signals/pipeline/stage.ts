import { sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../../context.ts';
import { insertWithSetBasedReferences } from '../../../db/set-based-references.ts';
import { afterMatchSet } from './after-match.ts';
import { STAGE_TABLE, STAGED } from './batch.ts';
import { matchSet } from './matching.ts';

/**
 * The set-based path of a batch import. In one transaction the import puts the batch's new signals in a temporary
 * staging table (`LIKE signals`), the pipeline decides everything there (`matchStaged`, then `settleStaged`:
 * thresholds, dedup, routing, bundling with the new cases inserted, deadline, retention), and `writeStaged` inserts each signal
 * once into `signals` with its final values. The steps are the same SQL as for a single signal (batch.ts: a
 * `SignalSet` is either signals by id or the stage), so a file gives the same result as its rows sent one by one.
 *
 * Why: inserting and then updating a signal twice (match, settle) wrote each row and its nine index entries three
 * times and re-checked its foreign keys each time; a temporary table has no WAL, no foreign keys and two indexes.
 */

/**
 * Creates the staging table for this connection when it has none yet (a temporary table lives as long as the
 * connection; ON COMMIT DELETE ROWS empties it at every commit, so a batch never sees another's rows).
 * One round trip, and no notice when it exists.
 *
 * It also turns JIT compilation off for the batch's transaction: the pipeline's statements over thousands of rows
 * are estimated expensive enough for PostgreSQL to compile and optimise them with LLVM, which took longer (seconds
 * per statement) than running them; they are not expensive per row, just many rows of cheap index lookups.
 */
export async function ensureStage(tx: Executor): Promise<void> {
  await tx.execute(
    sql.raw(`DO $stage$ BEGIN
      PERFORM set_config('jit', 'off', true);
      IF to_regclass('pg_temp.${STAGE_TABLE}') IS NULL THEN
        CREATE TEMPORARY TABLE ${STAGE_TABLE} (LIKE signals INCLUDING DEFAULTS) ON COMMIT DELETE ROWS;
        CREATE INDEX ${STAGE_TABLE}_id ON ${STAGE_TABLE} (id);
        CREATE INDEX ${STAGE_TABLE}_household ON ${STAGE_TABLE} (household_id);
      END IF;
    END $stage$`),
  );
}

/**
 * Matches the staged signals (reads only the register, so an import may do it for its next batch while the batch
 * before is still settling). (Analysing the stage first was measured: the plans stay the same, as the planner sizes
 * a table without statistics by its pages, and the ANALYZE cost 10 % of a batch.)
 */
export async function matchStaged(tx: Executor): Promise<void> {
  await matchSet(tx, STAGED);
}

/**
 * The rest of the pipeline for the staged signals: thresholds, dedup, routing, bundling, deadline, retention. It
 * compares with the signals and cases already stored, so batches of one municipality must do this one at a time
 * (settle-lock.ts; the import takes it before calling this).
 */
export async function settleStaged(tx: Executor): Promise<void> {
  await afterMatchSet(tx, STAGED);
}

/**
 * Removes staged signals whose source key another import stored after they were staged (two files of one
 * municipality imported at once that share signals): they are duplicates and must not count in thresholds or open a
 * case. Looked up per staged row through the unique index (a join let the planner scan every signal).
 */
export async function unstageStored(tx: Executor, municipalityCode: string): Promise<number> {
  const result = await tx.execute(sql`DELETE FROM ${sql.identifier(STAGE_TABLE)} st WHERE st.id IN (
    SELECT s2.id FROM ${sql.identifier(STAGE_TABLE)} s2 CROSS JOIN LATERAL (SELECT 1 FROM signals x
      WHERE x.municipality_code = ${municipalityCode} AND x.source_key = s2.source_key LIMIT 1) found)`);
  return result.rowCount ?? 0;
}

/**
 * Writes the staged signals into `signals`; answers how many were new (a signal stored meanwhile is skipped).
 * The foreign keys are checked once for the batch, not per row, where the database allows it
 * (db/set-based-references.ts); `perRow` forces the per-row checks (tests compare both).
 */
export async function writeStaged(tx: Tx, options: { perRow?: boolean } = {}): Promise<number> {
  return insertWithSetBasedReferences(
    tx,
    'signals',
    STAGE_TABLE,
    'ON CONFLICT (municipality_code, source_key) DO NOTHING',
    options,
  );
}
