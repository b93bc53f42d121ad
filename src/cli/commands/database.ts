import { loadConfig } from '../../server/config.ts';
import { type Ctx, systemCtx } from '../../server/context.ts';
import { openDatabase } from '../../server/db/client.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/logger.ts';

/** Opens the configured database (migrated) for a CLI command and closes it afterwards, also on failure. */
export async function withDatabase<T>(name: string, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await openDatabase(config);
  try {
    await migrate(database.pool);
    return await fn(systemCtx(database, config, log, name));
  } finally {
    await database.close();
  }
}
