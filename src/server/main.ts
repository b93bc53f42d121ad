import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Config, loadConfig } from './config.ts';
import { systemCtx } from './context.ts';
import { type Database, openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { startHousekeeping } from './features/auth/housekeeping.ts';
import { createOidcClient } from './features/auth/oidc.ts';
import { startIndicatorRefresh } from './features/indicators/aggregates/aggregates.job.ts';
import { seedDemo } from './features/seed/demo.ts';
import { createApp } from './http/app.ts';
import { createLogger, type Logger } from './logger.ts';

export type RunningServer = { url: string; port: number; database: Database; stop: () => Promise<void> };

function shouldSeedDemo(config: Config, database: Database): boolean {
  if (config.env === 'production') return false;
  if (config.seedDemo === 'yes') return true;
  return config.seedDemo === 'auto' && database.kind === 'embedded';
}

/** Composition root: config → database (migrated) → demo data → HTTP, with graceful shutdown. */
export async function startServer(
  config: Config = loadConfig(),
  log: Logger = createLogger(config.logLevel),
) {
  const started = performance.now();
  const database = await openDatabase(config);
  try {
    const { applied } = await migrate(database.pool);
    if (applied.length > 0) log.info({ applied }, 'migrations applied');
    if (shouldSeedDemo(config, database)) {
      const ctx = systemCtx(database, config, log, 'seed');
      if (await seedDemo(ctx, config.demoHouseholds))
        log.info({ households: config.demoHouseholds }, 'demo data seeded');
    }
  } catch (err) {
    await database.close();
    throw err;
  }
  const oidc = config.oidc ? await createOidcClient(config.oidc) : undefined;
  const app = createApp({ db: database.db, config, log, clock: () => new Date() }, { oidc });
  const stopHousekeeping = startHousekeeping(database.db, config, log);
  const stopIndicatorRefresh = startIndicatorRefresh(database.db, config.indicatorRefreshMinutes, log);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  log.info({ url, database: database.kind, ms: Math.round(performance.now() - started) }, 'Regie is gestart');
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      stopHousekeeping();
      stopIndicatorRefresh();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
      log.info('Regie is gestopt');
    })();
    return stopping;
  };
  return { url, port, database, stop } satisfies RunningServer;
}

/** Stops cleanly on SIGINT/SIGTERM so the embedded database is closed and its lock released. */
export function stopOnSignals(server: RunningServer, log: Logger): void {
  const onSignal = (signal: string) => {
    log.info({ signal }, 'stopping');
    server.stop().then(
      () => process.exit(0),
      (err) => {
        log.error({ err: { message: (err as Error).message } }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
}
