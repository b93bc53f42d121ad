import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Config } from '../../config.ts';
import type { AppEnv } from '../../http/env.ts';
import type { AppDeps } from '../../http/middleware.ts';
import { requireUser } from '../../http/middleware.ts';
import { problems } from '../../http/pagination.ts';
import { authConfigResponse, loginBody, sessionResponse } from './auth.schemas.ts';
import { loginWithPassword, logout } from './login.service.ts';
import { finishOidcLogin, startOidcLogin } from './oidc.service.ts';
import type { OidcClient } from './oidc.ts';
import { resolveSession, SESSION_COOKIE, type SessionUser } from './sessions.ts';

const tags = ['Aanmelden'];

function sessionBody(s: SessionUser) {
  return {
    user: {
      id: s.userId,
      username: s.username,
      displayName: s.displayName,
      roles: s.roles,
      organisation: s.organisation,
    },
    csrfToken: s.csrfToken,
  };
}

function setSessionCookie(c: Context<AppEnv>, config: Config, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax', // Lax, not Strict: the SSO callback is a top-level navigation from the provider
    secure: config.env === 'production' || (config.publicUrl?.startsWith('https:') ?? false),
    path: '/',
    maxAge: config.session.absoluteHours * 3600,
  });
}

export function authRoutes(deps: AppDeps, oidc: OidcClient | undefined) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/config',
      tags,
      summary: 'Which sign-in methods are available',
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: authConfigResponse } } },
      },
    }),
    (c) => c.json({ oidc: Boolean(oidc) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/session',
      tags,
      summary: 'The signed-in user and the CSRF token for state-changing requests',
      security: [{ session: [] }],
      responses: {
        200: { description: 'Signed in', content: { 'application/json': { schema: sessionResponse } } },
        ...problems(401),
      },
    }),
    (c) => c.json(sessionBody(requireUser(c)), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/login',
      tags,
      summary: 'Sign in with username and password',
      request: { body: { content: { 'application/json': { schema: loginBody } }, required: true } },
      responses: {
        200: { description: 'Signed in', content: { 'application/json': { schema: sessionResponse } } },
        ...problems(400, 401, 403, 423, 429),
      },
    }),
    async (c) => {
      const { username, password } = c.req.valid('json');
      const ctx = c.get('ctx');
      const result = await loginWithPassword(ctx, {
        username,
        password,
        ip: c.get('clientIp'),
        previousSessionId: c.get('session')?.sessionId ?? null,
      });
      setSessionCookie(c, deps.config, result.token);
      const session = await resolveSession(deps.db, deps.config, result.token, ctx.now);
      if (!session) throw new Error('new session not found');
      return c.json(sessionBody(session), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/logout',
      tags,
      summary: 'Sign out: ends the session on the server',
      security: [{ session: [] }],
      responses: { 204: { description: 'Signed out' }, ...problems(401, 403) },
    }),
    async (c) => {
      const session = requireUser(c);
      if (session.sessionId) await logout(c.get('ctx'), session.sessionId, session.userId);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/oidc/login',
      tags,
      summary: 'Start single sign-on (OpenID Connect): redirects to the identity provider',
      responses: { 302: { description: 'Redirect to the provider' }, ...problems(404) },
    }),
    async (c) => c.redirect((await startOidcLogin(c.get('ctx'), oidc)).toString(), 302),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/oidc/callback',
      tags,
      summary: 'Return address for the identity provider; starts the session and goes to the start page',
      responses: {
        302: { description: 'Signed in; redirect to the start page' },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => {
      const callbackUrl = new URL(c.req.url);
      // Behind a proxy the request URL may not be what the provider redirected to; the configured one is.
      if (deps.config.oidc) {
        const configured = new URL(deps.config.oidc.redirectUri);
        callbackUrl.protocol = configured.protocol;
        callbackUrl.host = configured.host;
      }
      try {
        const result = await finishOidcLogin(
          c.get('ctx'),
          oidc,
          callbackUrl,
          c.get('session')?.sessionId ?? null,
        );
        setSessionCookie(c, deps.config, result.token);
        return c.redirect('/', 302);
      } catch (err) {
        const code = (err as { code?: string }).code ?? 'oidc_failed';
        return c.redirect(`/inloggen?fout=${encodeURIComponent(code)}`, 302);
      }
    },
  );

  return app;
}
