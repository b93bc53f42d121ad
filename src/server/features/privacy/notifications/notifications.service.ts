import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Ctx, Executor, UserActor } from '../../../context.ts';
import { notifications } from '../../../db/schema/index.ts';
import { DomainError } from '../../../http/errors.ts';
import type { Notification, NotificationList } from './notifications.schemas.ts';

/**
 * In-app notifications (meldingen): short messages to one user, e.g. "a break-the-glass use waits for your
 * review". A title never holds personal data, so a notification can be shown anywhere (menu, start page) and
 * reading the list is not a read of personal data. Each user sees and marks only their own.
 */

/** How many notifications the list shows; older ones stay in the table and still count as unread. */
export const NOTIFICATION_LIST_LIMIT = 50;

function signedInUser(ctx: Ctx): UserActor {
  if (!ctx.actor) throw new DomainError('unauthenticated');
  if (ctx.actor.type !== 'user') throw new DomainError('forbidden');
  return ctx.actor;
}

function toNotification(row: typeof notifications.$inferSelect): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** The signed-in user's notifications, newest first, and how many are unread. */
export async function listNotifications(ctx: Ctx): Promise<NotificationList> {
  const user = signedInUser(ctx);
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, user.userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATION_LIST_LIMIT);
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, user.userId), isNull(notifications.readAt)));
  return { items: rows.map(toNotification), unread: count?.n ?? 0 };
}

/** Marks one of the user's own notifications read (again: keeps the first moment). Another's is a 404. */
export async function markNotificationRead(ctx: Ctx, id: string): Promise<Notification> {
  const user = signedInUser(ctx);
  const own = and(eq(notifications.id, id), eq(notifications.userId, user.userId));
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.now })
    .where(and(own, isNull(notifications.readAt)));
  const [row] = await ctx.db.select().from(notifications).where(own);
  if (!row) throw new DomainError('not_found', 'Deze melding bestaat niet');
  return toNotification(row);
}

export type NewNotification = {
  kind: string;
  /** Shown as is: never personal data. */
  title: string;
  link: string | null;
  resourceId: string | null;
};

/** One notification per user, in the caller's transaction (so it exists only if the event it reports does). */
export async function notifyUsers(
  ctx: Ctx,
  tx: Executor,
  userIds: readonly string[],
  notification: NewNotification,
): Promise<number> {
  if (userIds.length === 0) return 0;
  await tx
    .insert(notifications)
    .values(userIds.map((userId) => ({ userId, ...notification, createdAt: ctx.now })));
  return userIds.length;
}

/** Marks the user's notifications about one resource read, e.g. when the FG has reviewed the grant. */
export async function markResourceRead(
  ctx: Ctx,
  tx: Executor,
  userId: string,
  kind: string,
  resourceId: string,
): Promise<void> {
  await tx
    .update(notifications)
    .set({ readAt: ctx.now })
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.kind, kind),
        eq(notifications.resourceId, resourceId),
        isNull(notifications.readAt),
      ),
    );
}
