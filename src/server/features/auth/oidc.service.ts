import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { oidcLoginStates, users } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { LoginResult } from './login.service.ts';
import type { OidcClient } from './oidc.ts';
import { createSession, destroySession, signedInActor } from './sessions.ts';

const STATE_TTL_MS = 10 * 60_000;

export async function startOidcLogin(ctx: Ctx, oidc: OidcClient | undefined): Promise<URL> {
  if (!oidc) throw new DomainError('oidc_not_configured');
  const { url, state, nonce, codeVerifier } = await oidc.start();
  await ctx.db
    .delete(oidcLoginStates)
    .where(lt(oidcLoginStates.createdAt, new Date(ctx.now.getTime() - STATE_TTL_MS)));
  await ctx.db.insert(oidcLoginStates).values({ state, nonce, codeVerifier, createdAt: ctx.now });
  return url;
}

/**
 * Finishes an SSO sign-in. Only people who already have a Regie account get in: the account is found by the
 * provider's subject, or on first use by its verified e-mail address, and then linked to that subject.
 */
export async function finishOidcLogin(
  ctx: Ctx,
  oidc: OidcClient | undefined,
  callbackUrl: URL,
  previousSessionId: string | null,
): Promise<LoginResult> {
  if (!oidc) throw new DomainError('oidc_not_configured');
  const stateParam = callbackUrl.searchParams.get('state') ?? '';
  const [saved] = await ctx.db
    .delete(oidcLoginStates)
    .where(eq(oidcLoginStates.state, stateParam))
    .returning();
  if (!saved || ctx.now.getTime() - saved.createdAt.getTime() > STATE_TTL_MS) {
    throw new DomainError(
      'oidc_failed',
      'De aanmelding is verlopen of ongeldig. Probeer opnieuw in te loggen.',
    );
  }
  let identity: Awaited<ReturnType<OidcClient['finish']>>;
  try {
    identity = await oidc.finish(callbackUrl, saved);
  } catch (err) {
    ctx.log.warn(
      { err: { name: (err as Error).name, message: (err as Error).message } },
      'oidc callback rejected',
    );
    throw new DomainError('oidc_failed');
  }
  return inTransaction(ctx, async (tx) => {
    let [user] = await tx
      .select()
      .from(users)
      .where(and(eq(users.oidcIssuer, identity.issuer), eq(users.oidcSubject, identity.subject)));
    if (!user && identity.email) {
      [user] = await tx
        .select()
        .from(users)
        .where(and(sql`lower(${users.email}) = lower(${identity.email})`, isNull(users.oidcSubject)));
      if (user) {
        await tx
          .update(users)
          .set({ oidcIssuer: identity.issuer, oidcSubject: identity.subject })
          .where(eq(users.id, user.id));
      }
    }
    if (!user?.active) throw new DomainError('oidc_unknown_user');
    await tx.update(users).set({ lastLoginAt: ctx.now, failedLogins: 0 }).where(eq(users.id, user.id));
    if (previousSessionId) await destroySession(tx, previousSessionId);
    const session = await createSession(tx, ctx.config, user.id, 'oidc', ctx.now);
    await appendAudit({ ...ctx, actor: signedInActor(user, session.sessionId) }, tx, {
      action: 'session.login',
      resourceType: 'user',
      resourceIds: [user.id],
      details: { method: 'oidc' },
    });
    return { ...session, userId: user.id };
  });
}
