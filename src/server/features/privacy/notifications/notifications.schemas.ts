import { z } from '@hono/zod-openapi';

/** Schemas of in-app notifications (meldingen): one source for validation, types and the OpenAPI document. */

export const NotificationIdParams = z.object({ id: z.uuid({ error: 'Dit is geen geldig meldings-id' }) });

export const NotificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string().openapi({ example: 'noodtoegang' }),
    title: z.string(),
    link: z.string().nullable().openapi({ description: 'App path to open, e.g. /privacy/noodtoegang' }),
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().nullable(),
  })
  .openapi('Melding');
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListSchema = z
  .object({ items: z.array(NotificationSchema), unread: z.number().int() })
  .openapi('Meldingen');
export type NotificationList = z.infer<typeof NotificationListSchema>;
