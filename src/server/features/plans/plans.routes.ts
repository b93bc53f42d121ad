import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { planContentRoutes } from './plan-content.routes.ts';
import { planPdfRoutes } from './plan-pdf.routes.ts';
import { provisionRoutes } from './provisions.routes.ts';
import { zrmRoutes } from './zrm.routes.ts';

/** Everything under /cases/{id} the plans feature answers: plan, ZRM, provisions, the printable plan. */
export function planRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.route('/', planContentRoutes());
  app.route('/', zrmRoutes());
  app.route('/', provisionRoutes());
  app.route('/', planPdfRoutes());
  return app;
}
