// In-app notifications (meldingen) on the wire. The server is src/server/features/privacy/notifications.
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  /** An app path to open, e.g. /privacy/noodtoegang. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export const notificationKeys = { all: ['notifications'] as const };

export const notificationsQuery = queryOptions({
  queryKey: notificationKeys.all,
  queryFn: ({ signal }) =>
    api.get<{ items: AppNotification[]; unread: number }>('/api/v1/notifications', undefined, signal),
  // New notifications arrive without the user doing anything (an FG is told of every noodtoegang).
  refetchInterval: 60_000,
});

export const markNotificationRead = (id: string) =>
  api.post<AppNotification>(`/api/v1/notifications/${id}/read`);
