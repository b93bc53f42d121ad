import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';

const migrationsDir = new URL('../../../migrations/', import.meta.url).pathname;

type JournalEntry = { idx: number; tag: string };

export type MigrationResult = { applied: string[]; alreadyApplied: number };

/**
 * Applies the committed SQL migrations (drizzle-kit's journal order) that have not run yet, each in its own
 * transaction. An advisory lock keeps two app servers starting at once from migrating twice. A migration that
 * was changed after it was applied is reported, not silently re-run.
 */
export async function migrate(pool: pg.Pool): Promise<MigrationResult> {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta/_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  const client = await pool.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS regie_migrations (
      tag text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    await client.query('SELECT pg_advisory_lock(7317001)');
    try {
      const done = new Map(
        (
          await client.query<{ tag: string; checksum: string }>('SELECT tag, checksum FROM regie_migrations')
        ).rows.map((r) => [r.tag, r.checksum]),
      );
      const applied: string[] = [];
      for (const entry of [...journal.entries].sort((a, b) => a.idx - b.idx)) {
        const text = readFileSync(join(migrationsDir, `${entry.tag}.sql`), 'utf8');
        const checksum = createHash('sha256').update(text).digest('hex');
        const previous = done.get(entry.tag);
        if (previous !== undefined) {
          if (previous !== checksum) {
            throw new Error(
              `Migratie ${entry.tag} is gewijzigd nadat ze was uitgevoerd; maak een nieuwe migratie.`,
            );
          }
          continue;
        }
        await client.query('BEGIN');
        try {
          for (const statement of text.split('--> statement-breakpoint')) {
            if (statement.trim()) await client.query(statement);
          }
          await client.query('INSERT INTO regie_migrations (tag, checksum) VALUES ($1, $2)', [
            entry.tag,
            checksum,
          ]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw new Error(`Migratie ${entry.tag} mislukt: ${(err as Error).message}`);
        }
        applied.push(entry.tag);
      }
      return { applied, alreadyApplied: done.size };
    } finally {
      await client.query('SELECT pg_advisory_unlock(7317001)');
    }
  } finally {
    client.release();
  }
}
