import { and, eq, gte, sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { loginAttempts, users } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { verifyPassword } from './passwords.ts';
import { createSession, destroySession, signedInActor } from './sessions.ts';
import { tokenHash } from './tokens.ts';

export type LoginInput = {
  username: string;
  password: string;
  ip: string;
  previousSessionId?: string | null;
};
export type LoginResult = { token: string; csrfToken: string; sessionId: string; userId: string };

const IP_WINDOW_MS = 15 * 60_000;

async function recordAttempt(tx: Tx, ipHash: string, succeeded: boolean, now: Date) {
  await tx.insert(loginAttempts).values({ ipHash, succeeded, attemptedAt: now });
}

/**
 * Password sign-in with throttling per source address and lockout per account. A new session token is issued
 * on every sign-in and a session the browser still had is ended (no session fixation).
 */
export async function loginWithPassword(ctx: Ctx, input: LoginInput): Promise<LoginResult> {
  const { config, now } = ctx;
  const ipHash = tokenHash(config.sessionSecret, `ip:${input.ip}`);
  const outcome = await inTransaction(ctx, async (tx) => {
    const since = new Date(now.getTime() - IP_WINDOW_MS);
    const [recent] = await tx
      .select({ failures: sql<number>`count(*)::int` })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.ipHash, ipHash),
          eq(loginAttempts.succeeded, false),
          gte(loginAttempts.attemptedAt, since),
        ),
      );
    if ((recent?.failures ?? 0) >= config.login.ipMaxPer15Min) return { error: 'too_many_attempts' as const };

    const [user] = await tx
      .select()
      .from(users)
      .where(sql`lower(${users.username}) = lower(${input.username})`)
      .for('update');
    if (user?.lockedUntil && user.lockedUntil > now) {
      await recordAttempt(tx, ipHash, false, now);
      return { error: 'account_locked' as const };
    }
    const valid = await verifyPassword(user?.active ? user.passwordHash : null, input.password);
    if (!user || !valid) {
      await recordAttempt(tx, ipHash, false, now);
      if (user) {
        const failed = user.failedLogins + 1;
        const lock = failed >= config.login.maxFailures;
        await tx
          .update(users)
          .set({
            failedLogins: lock ? 0 : failed,
            lockedUntil: lock
              ? new Date(now.getTime() + config.login.lockMinutes * 60_000)
              : user.lockedUntil,
          })
          .where(eq(users.id, user.id));
        await appendAudit(ctx, tx, {
          action: lock ? 'user.locked' : 'session.login_failed',
          resourceType: 'user',
          resourceIds: [user.id],
          details: { failedLogins: failed },
        });
      }
      return { error: 'invalid_credentials' as const };
    }
    await recordAttempt(tx, ipHash, true, now);
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, user.id));
    if (input.previousSessionId) await destroySession(tx, input.previousSessionId);
    const session = await createSession(tx, config, user.id, 'password', now);
    await appendAudit({ ...ctx, actor: signedInActor(user, session.sessionId) }, tx, {
      action: 'session.login',
      resourceType: 'user',
      resourceIds: [user.id],
      details: { method: 'password' },
    });
    return { ok: { ...session, userId: user.id } };
  });
  if (outcome.ok) return outcome.ok;
  throw new DomainError(outcome.error ?? 'internal');
}

export async function logout(ctx: Ctx, sessionId: string, userId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await destroySession(tx, sessionId);
    await appendAudit(ctx, tx, { action: 'session.logout', resourceType: 'user', resourceIds: [userId] });
  });
}
