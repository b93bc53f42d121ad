import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';
import { problems } from '../../../http/pagination.ts';
import { NotificationIdParams, NotificationListSchema, NotificationSchema } from './notifications.schemas.ts';
import { listNotifications, markNotificationRead } from './notifications.service.ts';

const tags = ['Meldingen'];
const security = [{ session: [] }];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

/** In-app notifications of the signed-in user. */
export function notificationRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'My notifications, newest first, with the number still unread',
      responses: { 200: { description: 'OK', content: json(NotificationListSchema) }, ...problems(401, 403) },
    }),
    async (c) => c.json(await listNotifications(c.get('ctx')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/read',
      tags,
      security,
      summary: 'Mark one of my notifications read (404 for anyone else’s)',
      request: { params: NotificationIdParams },
      responses: {
        200: { description: 'OK', content: json(NotificationSchema) },
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await markNotificationRead(c.get('ctx'), c.req.valid('param').id), 200),
  );

  return app;
}
