// "Meldingen" (/meldingen): the signed-in user's notifications, newest first. Opening one or "Markeer als gelezen"
// marks it read; the count of unread ones is said at the top.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  EmptyState,
  Heading,
  Paragraph,
  QueryState,
  RouterLink,
  VisuallyHidden,
} from '../../../components/index.ts';
import { formatMoment } from '../../../i18n/format.ts';
import { RoleGate } from '../../shell/RoleGate.tsx';
import { usePageTitle } from '../../shell/usePageTitle.ts';
import { type AppNotification, markNotificationRead, notificationKeys, notificationsQuery } from './api.ts';
import { notificationTexts as m } from './texts.ts';
import './notifications.css';

export function NotificationsPage() {
  return (
    <RoleGate page="notifications">
      <NotificationsContent />
    </RoleGate>
  );
}

function NotificationsContent() {
  usePageTitle(m.title);
  const query = useQuery(notificationsQuery);
  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      <QueryState query={query}>
        {({ items, unread }) =>
          items.length === 0 ? (
            <EmptyState>{m.empty}</EmptyState>
          ) : (
            <>
              <Paragraph role="status">{unread > 0 ? m.unread(unread) : m.allRead}</Paragraph>
              <ul className="regie-notification-list">
                {items.map((n) => (
                  <li key={n.id}>
                    <NotificationItem notification={n} />
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryState>
    </>
  );
}

function NotificationItem({ notification: n }: { notification: AppNotification }) {
  const queryClient = useQueryClient();
  const read = useMutation({
    mutationFn: () => markNotificationRead(n.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
  const unread = n.readAt === null;
  return (
    <article className={unread ? 'regie-card regie-notification--unread' : 'regie-card'}>
      <Heading level={2} className="regie-notification__title">
        {unread && <span className="regie-notification__new">{m.new}</span>} {n.title}
      </Heading>
      <Paragraph small>
        {formatMoment(n.createdAt)}
        {n.readAt && ` · ${m.readOn(formatMoment(n.readAt))}`}
      </Paragraph>
      <div className="regie-notification__actions">
        {n.link && (
          // The link is an app path the server chose (e.g. /privacy/noodtoegang); opening it counts as reading.
          <RouterLink to={n.link as '/'} onClick={() => unread && read.mutate()}>
            {m.open}
            <VisuallyHidden>{`: ${n.title}`}</VisuallyHidden>
          </RouterLink>
        )}
        {unread && (
          <Button variant="subtle" busy={read.isPending} onClick={() => !read.isPending && read.mutate()}>
            {read.isPending ? m.marking : m.markRead}
            <VisuallyHidden>{`: ${n.title}`}</VisuallyHidden>
          </Button>
        )}
      </div>
    </article>
  );
}
