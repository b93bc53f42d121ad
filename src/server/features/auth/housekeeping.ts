import { lt, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { loginAttempts, oidcLoginStates } from '../../db/schema/index.ts';
import { loggableError } from '../../lib/loggable-error.ts';
import { createLogger, type Logger } from '../../logger.ts';
import { type DestructionRun, runDestruction } from '../privacy/retention/destruction.ts';
import { pruneSessions } from './sessions.ts';

const EVERY_MS = 10 * 60_000;
const DESTRUCTION_EVERY_MS = 24 * 3_600_000;

/**
 * Removes expired sessions, old sign-in attempts and abandoned SSO states (every run), and once a day destroys
 * what is past its retention term (features/privacy/retention): when the last destruction run is 24 hours old or
 * there never was one. Runs on every app server; idempotent. Returns the destruction run when there was one.
 */
export async function runHousekeeping(
  db: Db,
  config: Config,
  now: Date,
  log?: Logger,
): Promise<DestructionRun | null> {
  await pruneSessions(db, config, now);
  await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.attemptedAt, new Date(now.getTime() - 24 * 3_600_000)));
  await db.delete(oidcLoginStates).where(lt(oidcLoginStates.createdAt, new Date(now.getTime() - 3_600_000)));
  const { rows } = await db.execute<{ last: string | null }>(
    sql`SELECT max(ran_at)::text AS last FROM destruction_records`,
  );
  const last = rows[0]?.last;
  if (last && now.getTime() - new Date(last).getTime() < DESTRUCTION_EVERY_MS) return null;
  const ctx: Ctx = {
    db,
    config,
    log: log ?? createLogger('silent'),
    requestId: 'housekeeping',
    now,
    actor: { type: 'system', name: 'housekeeping' },
  };
  return runDestruction(ctx);
}

/** Runs housekeeping at start (so a server that restarts daily still destroys) and every 10 minutes after. */
export function startHousekeeping(db: Db, config: Config, log: Logger): () => void {
  const run = () =>
    runHousekeeping(db, config, new Date(), log).catch((err: Error) =>
      log.warn({ err: loggableError(err) }, 'housekeeping failed'),
    );
  const first = setTimeout(run, 0);
  first.unref();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
