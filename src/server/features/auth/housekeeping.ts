import { lt } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { loginAttempts, oidcLoginStates } from '../../db/schema/index.ts';
import { createLogger, type Logger } from '../../logger.ts';
import { purgeExpiredSignals } from '../signals/pipeline/retention.ts';
import { pruneSessions } from './sessions.ts';

const EVERY_MS = 10 * 60_000;

/**
 * Removes expired sessions, old sign-in attempts, abandoned SSO states, and signals and closed signal cases past
 * their retention. Runs on every app server; idempotent.
 */
export async function runHousekeeping(db: Db, config: Config, now: Date, log?: Logger): Promise<void> {
  await pruneSessions(db, config, now);
  await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.attemptedAt, new Date(now.getTime() - 24 * 3_600_000)));
  await db.delete(oidcLoginStates).where(lt(oidcLoginStates.createdAt, new Date(now.getTime() - 3_600_000)));
  await purgeExpiredSignals({
    db,
    config,
    log: log ?? createLogger('silent'),
    requestId: 'housekeeping',
    now,
    actor: { type: 'system', name: 'housekeeping' },
  });
}

export function startHousekeeping(db: Db, config: Config, log: Logger): () => void {
  const timer = setInterval(() => {
    runHousekeeping(db, config, new Date(), log).catch((err: Error) =>
      log.warn({ err: { message: err.message } }, 'housekeeping failed'),
    );
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
