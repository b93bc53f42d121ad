import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';

export function routingRuleRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  return app;
}
