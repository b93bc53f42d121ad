import { eq, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Executor, UserActor } from '../../context.ts';
import type { Role } from '../../db/schema/index.ts';
import { organisations, sessions, users } from '../../db/schema/index.ts';
import { randomToken, tokenHash } from './tokens.ts';

export const SESSION_COOKIE = 'regie_session';

export type SessionUser = UserActor & {
  organisation: { id: string; name: string; kind: string };
  csrfToken: string;
};

/** Starts a new session: a fresh random token (never reused across sign-ins), of which only the HMAC is stored. */
export async function createSession(
  tx: Executor,
  config: Config,
  userId: string,
  authMethod: 'password' | 'oidc',
  now: Date,
): Promise<{ token: string; sessionId: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + config.session.absoluteHours * 3_600_000);
  const [row] = await tx
    .insert(sessions)
    .values({
      tokenHash: tokenHash(config.sessionSecret, token),
      userId,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      authMethod,
    })
    .returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned nothing');
  return { token, sessionId: row.id, csrfToken };
}

/**
 * Resolves a session token to its user, or null when the token is unknown, idle too long, past its absolute
 * end, or the account is no longer active. An expired session is deleted on sight.
 */
export async function resolveSession(
  db: Executor,
  config: Config,
  token: string,
  now: Date,
): Promise<SessionUser | null> {
  const hash = tokenHash(config.sessionSecret, token);
  const [row] = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      active: users.active,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      // The roles in the same statement: this runs on every request.
      roles: sql<
        Role[]
      >`ARRAY(SELECT ur.role FROM user_roles ur WHERE ur.user_id = ${users.id} ORDER BY ur.role)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.tokenHash, sql.placeholder('hash')))
    // Named: it runs on every request, and planning it cost five times its execution.
    .prepare('regie_resolve_session')
    .execute({ hash });
  if (!row) return null;
  const idleLimit = row.lastSeenAt.getTime() + config.session.idleMinutes * 60_000;
  if (!row.active || now.getTime() > idleLimit || now >= row.expiresAt) {
    await db.delete(sessions).where(eq(sessions.id, row.sessionId));
    return null;
  }
  // Touch at most once a minute: a write per request would serialise the embedded database for nothing.
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.sessionId));
  }
  return {
    type: 'user',
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    roles: [...row.roles].sort(),
    organisationId: row.organisationId,
    sessionId: row.sessionId,
    organisation: { id: row.organisationId, name: row.organisationName, kind: row.organisationKind },
    csrfToken: row.csrfToken,
  };
}

/** The audit actor of a sign-in: the person who just signed in (their roles are not needed for the audit row). */
export function signedInActor(
  user: { id: string; username: string; displayName: string; organisationId: string },
  sessionId: string,
): UserActor {
  return {
    type: 'user',
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: [],
    organisationId: user.organisationId,
    sessionId,
  };
}

export async function destroySession(db: Executor, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Housekeeping: removes sessions past their absolute end or idle limit. */
export async function pruneSessions(db: Executor, config: Config, now: Date): Promise<number> {
  const idleCutoff = new Date(now.getTime() - config.session.idleMinutes * 60_000);
  const result = await db
    .delete(sessions)
    .where(sql`${sessions.expiresAt} <= ${now} OR ${sessions.lastSeenAt} < ${idleCutoff}`);
  return result.rowCount ?? 0;
}
