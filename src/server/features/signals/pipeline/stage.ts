import { sql } from 'drizzle-orm';
import type { Executor } from '../../../context.ts';
import { afterMatchSet } from './after-match.ts';
import { STAGE_TABLE, STAGED } from './batch.ts';
import { matchSet } from './matching.ts';

/**
 * The set-based path of a batch import. In one transaction the import puts the batch's new signals in a temporary
 * staging table (`LIKE signals`), the pipeline decides everything there (`processStaged`: matching, thresholds,
 * dedup, routing, bundling with the new cases inserted, deadline, retention), and `writeStaged` inserts each signal
 * once into `signals` with its final values. The steps are the same SQL as for a single signal (batch.ts: a
 * `SignalSet` is either signals by id or the stage), so a file gives the same result as its rows sent one by one.
 *
 * Why: inserting and then updating a signal twice (match, settle) wrote each row and its nine index entries three
 * times and re-checked its foreign keys each time; a temporary table has no WAL, no foreign keys and two indexes.
 */

const stage = sql.identifier(STAGE_TABLE);

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
 * Takes the staged signals through the pipeline. (Analysing the stage first was measured: the plans stay the same,
 * as the planner sizes a table without statistics by its pages, and the ANALYZE cost 10 % of a batch.)
 */
export async function processStaged(tx: Executor): Promise<void> {
  await matchSet(tx, STAGED);
  await afterMatchSet(tx, STAGED);
}

/** Writes the staged signals into `signals`; answers how many were new (a signal stored meanwhile is skipped). */
export async function writeStaged(tx: Executor): Promise<number> {
  const result = await tx.execute(sql`INSERT INTO signals SELECT * FROM ${stage}
    ON CONFLICT (municipality_code, source_key) DO NOTHING`);
  return result.rowCount ?? 0;
}
