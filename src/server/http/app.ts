import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';
import { adminRoutes } from '../features/admin/admin.routes.ts';
import { agreementsRoutes } from '../features/agreements/agreements.routes.ts';
import { auditRoutes } from '../features/audit/audit.routes.ts';
import { authRoutes } from '../features/auth/auth.routes.ts';
import type { OidcClient } from '../features/auth/oidc.ts';
import { boardRoutes } from '../features/board/board.routes.ts';
import { caseloadRoutes } from '../features/cases/caseload.routes.ts';
import { caseRoutes } from '../features/cases/cases.routes.ts';
import { costRoutes } from '../features/costs/costs.routes.ts';
import { caseSettingsRoutes } from '../features/deadlines/case-settings.routes.ts';
import { deadlineRoutes } from '../features/deadlines/deadlines.routes.ts';
import { decisionRoutes } from '../features/decisions/decisions.routes.ts';
import { healthRoutes } from '../features/health/health.routes.ts';
import { householdRoutes } from '../features/households/households.routes.ts';
import { indicatorsRoutes } from '../features/indicators/indicators.routes.ts';
import { meRoutes } from '../features/me/me.routes.ts';
import { oversightRoutes } from '../features/oversight/oversight.routes.ts';
import { planRoutes } from '../features/plans/plans.routes.ts';
import { populationRoutes } from '../features/population/population.routes.ts';
import { breakGlassRoutes } from '../features/privacy/break-glass/break-glass.routes.ts';
import { consentRoutes } from '../features/privacy/consent/consent.routes.ts';
import { inzageRoutes } from '../features/privacy/inzage/inzage.routes.ts';
import { notificationRoutes } from '../features/privacy/notifications/notifications.routes.ts';
import { registerRoutes } from '../features/privacy/register/register.routes.ts';
import { retentionRoutes } from '../features/privacy/retention/retention.routes.ts';
import { rulesRoutes } from '../features/rules/rules.routes.ts';
import { signalImportRoutes } from '../features/signals/import/import.routes.ts';
import { signalCaseRoutes } from '../features/signals/intake/cases.routes.ts';
import { signalRoutes } from '../features/signals/intake/signals.routes.ts';
import { reviewRoutes } from '../features/signals/pipeline/review.routes.ts';
import { routingRuleRoutes } from '../features/signals/pipeline/routing-rules.routes.ts';
import { signalSettingsRoutes } from '../features/signals/pipeline/settings.routes.ts';
import { loggableError } from '../lib/loggable-error.ts';
import type { AppEnv } from './env.ts';
import { DomainError } from './errors.ts';
import { type AppDeps, authenticate, csrfProtection, requestContext } from './middleware.ts';
import { domainProblem, problemBody, problemResponse, validationProblem } from './problem.ts';
import { mountWebApp } from './static.ts';

// Validation messages in Dutch, for every schema the server checks.
z.config(z.locales.nl());

export type { AppDeps };
export type AppOptions = { oidc?: OidcClient | undefined; serveWeb?: boolean };

/** Builds the whole HTTP application: API under /api/v1, /health, the OpenAPI document, and the web app. */
export function createApp(deps: AppDeps, options: AppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => (result.success ? undefined : validationProblem(c, result.error)),
  });

  app.use('*', requestContext(deps));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Charts set inline style attributes on their SVG; no inline scripts are allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'", ...(deps.config.oidc ? [new URL(deps.config.oidc.issuer).origin] : [])],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      strictTransportSecurity:
        deps.config.env === 'production' ? 'max-age=31536000; includeSubDomains' : false,
      referrerPolicy: 'same-origin',
    }),
  );
  app.use('/api/*', authenticate(deps));
  app.use('/api/*', csrfProtection());
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store'); // personal data must not end up in shared or browser caches
  });

  app.onError((err, c) => {
    if (err instanceof DomainError) return domainProblem(c, err);
    const ctx = c.get('ctx');
    // Never a stack or a query's parameters: they could carry personal data (lib/loggable-error.ts).
    ctx?.log.error({ err: loggableError(err) }, 'unhandled error');
    return problemResponse(c, problemBody('internal', undefined, undefined, ctx?.requestId));
  });
  app.notFound((c) => problemResponse(c, problemBody('not_found', 'Dit adres bestaat niet')));

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'regie_session',
    description: 'Browser session; state-changing requests also need the X-CSRF-Token header.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'Partner API key (rgk_...), bound to one organisation.',
  });

  app.route('/', healthRoutes(deps));
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => (result.success ? undefined : validationProblem(c, result.error)),
  });
  api.route('/auth', authRoutes(deps, options.oidc));
  api.route('/me', meRoutes());
  api.route('/admin', adminRoutes());
  api.route('/audit', auditRoutes());
  api.route('/households', householdRoutes());
  api.route('/households', decisionRoutes());
  api.route('/population', populationRoutes());
  api.route('/indicators', indicatorsRoutes());
  api.route('/oversight', oversightRoutes());
  api.route('/agreements', agreementsRoutes());
  api.route('/', costRoutes());
  api.route('/rules', rulesRoutes());
  api.route('/signals', signalRoutes());
  api.route('/signal-cases', signalCaseRoutes());
  api.route('/signal-reviews', reviewRoutes());
  api.route('/signal-imports', signalImportRoutes());
  api.route('/routing-rules', routingRuleRoutes());
  api.route('/signal-settings', signalSettingsRoutes());
  api.route('/board', boardRoutes());
  api.route('/cases', caseRoutes());
  api.route('/caseload', caseloadRoutes());
  api.route('/cases', planRoutes());
  api.route('/cases', deadlineRoutes());
  api.route('/case-settings', caseSettingsRoutes());
  api.route('/', consentRoutes());
  api.route('/access-grants', breakGlassRoutes());
  api.route('/notifications', notificationRoutes());
  api.route('/privacy/register', registerRoutes());
  api.route('/privacy/inzage', inzageRoutes());
  api.route('/privacy', retentionRoutes());
  app.route('/api/v1', api);

  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Regie API',
      version: '1',
      description:
        'Regie: één huishouden, één plan, één regisseur. Errors are application/problem+json with a Dutch detail.',
    },
  });

  app.all('/api/*', (c) => problemResponse(c, problemBody('not_found', 'Dit API-adres bestaat niet')));
  if (options.serveWeb !== false) mountWebApp(app);
  return app;
}
