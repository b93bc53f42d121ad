import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { authenticateApiKey } from '../features/auth/api-keys.service.ts';
import { resolveSession, SESSION_COOKIE } from '../features/auth/sessions.ts';
import { safeEqual } from '../features/auth/tokens.ts';
import type { Logger } from '../logger.ts';
import type { AppEnv } from './env.ts';
import { DomainError } from './errors.ts';

export type AppDeps = { db: Db; config: Config; log: Logger; clock: () => Date };

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Request id, a per-request context with a pinned clock, and one log line per request (no query strings). */
export function requestContext(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const log = deps.log.child({ requestId });
    c.set('ctx', { db: deps.db, config: deps.config, log, requestId, now: deps.clock(), actor: null });
    c.set('session', null);
    let ip = 'unknown';
    try {
      ip = getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // Not served by @hono/node-server (in-process tests): no socket address.
    }
    c.set('clientIp', ip);
    const started = performance.now();
    await next();
    c.header('X-Request-Id', requestId);
    // The path only: query strings can hold search terms such as names.
    log.info(
      {
        method: c.req.method,
        path: new URL(c.req.url).pathname,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  };
}

/** Who is calling: a browser session (cookie) or a partner system (Authorization: Bearer rgk_...). */
export function authenticate(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ctx = c.get('ctx');
    const auth = c.req.header('authorization');
    if (auth?.startsWith('Bearer ')) {
      const actor = await authenticateApiKey(
        deps.db,
        deps.config.sessionSecret,
        auth.slice(7).trim(),
        ctx.now,
      );
      if (!actor) throw new DomainError('unauthenticated', 'De API-sleutel is onbekend of ingetrokken');
      ctx.actor = actor;
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const session = await resolveSession(deps.db, deps.config, token, ctx.now);
      if (session) {
        c.set('session', session);
        ctx.actor = session;
      }
    }
    return next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF: a state-changing request made with the session cookie must carry the session's token in X-CSRF-Token.
 * Requests without a session (sign-in) must be JSON, which a cross-site form cannot send without CORS, and
 * any Origin header must be our own.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin && origin !== new URL(c.req.url).origin && !sameHost(c, origin)) throw new DomainError('csrf');
    if (c.get('ctx').actor?.type === 'api_key') return next();
    const session = c.get('session');
    if (session) {
      const presented = c.req.header('x-csrf-token') ?? '';
      if (!safeEqual(presented, session.csrfToken)) throw new DomainError('csrf');
    } else if (!(c.req.header('content-type') ?? '').startsWith('application/json')) {
      throw new DomainError('csrf');
    }
    return next();
  };
}

function sameHost(c: Context, origin: string): boolean {
  try {
    return new URL(origin).host === c.req.header('host');
  } catch {
    return false;
  }
}

export function requireUser(c: Context<AppEnv>) {
  const session = c.get('session');
  if (!session) throw new DomainError('unauthenticated');
  return session;
}
