import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env.ts';

export const webRoot = new URL('../../../dist/web/', import.meta.url).pathname;

/** Serves the built web app; every other non-API path gets index.html so the client router can take over. */
export function mountWebApp(app: Hono<AppEnv>): void {
  const indexPath = join(webRoot, 'index.html');
  app.use('/assets/*', async (c, next) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable'); // Vite puts a content hash in asset names
    return next();
  });
  if (existsSync(webRoot)) app.use('*', serveStatic({ root: webRoot }));
  app.get('*', (c) => {
    if (!existsSync(indexPath)) {
      return c.text(
        'De webapp is nog niet gebouwd. Voer eerst `npm run build:web` uit (npm start doet dat ook).',
        503,
      );
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexPath, 'utf8'));
  });
}
