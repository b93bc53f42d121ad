import type { Config } from './config.ts';
import type { Database, Db } from './db/client.ts';
import type { Role } from './db/schema/index.ts';
import type { Logger } from './logger.ts';

export type UserActor = {
  type: 'user';
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  organisationId: string;
  sessionId: string | null;
};
export type ApiKeyActor = { type: 'api_key'; apiKeyId: string; organisationId: string };
export type SystemActor = { type: 'system'; name: string };
export type Actor = UserActor | ApiKeyActor | SystemActor;

/** What every use case gets: the database, the actor, the request id, and a pinned clock. */
export type Ctx = {
  db: Db;
  config: Config;
  log: Logger;
  requestId: string;
  /** The moment of this request; tests pin it. Deadlines and terms are computed from this, never new Date(). */
  now: Date;
  actor: Actor | null;
};

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

export function actorId(actor: Actor | null): string | null {
  if (!actor) return null;
  if (actor.type === 'user') return actor.userId;
  if (actor.type === 'api_key') return actor.apiKeyId;
  return actor.name;
}

/**
 * Runs fn in one transaction: a mutation and its audit row commit together or not at all. (It used to set the actor
 * and request id as transaction-local settings; nothing in the database read them, and every request paid a round
 * trip for it. The audit row carries both.)
 */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.transaction(fn);
}

/** The context of work the system does on its own (a job, a CLI command): the system actor, the clock now. */
export function systemCtx(database: Database, config: Config, log: Logger, name: string): Ctx {
  return {
    db: database.db,
    config,
    log,
    requestId: `${name}-${Date.now()}`,
    now: new Date(),
    actor: { type: 'system', name },
  };
}
