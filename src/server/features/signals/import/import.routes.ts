import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';

export function signalImportRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  return app;
}
