// "Signalen beoordelen": signals whose household is not certain. Tab "Te beoordelen" shows the queue, tab
// "Beslist" the recent decisions so they can be undone. A decision that someone else made first (409) is said in
// Dutch and the list is refreshed.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { ApiError } from '../../api/problem.ts';
import { type ReviewItem, reviewsQuery, reviewsQueryKey } from '../../api/signal-admin.ts';
import { Alert, Heading, PagedResults, Paragraph, RouterLink, Section } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { ReviewCandidate } from './ReviewCandidate.tsx';
import { ReviewDecided } from './ReviewDecided.tsx';
import './signal-admin.css';

const route = getRouteApi('/_app/signalen/beoordelen');
const PAGE_SIZE = 10;
const m = t.signalAdmin.review;

export function ReviewQueuePage() {
  return (
    <RoleGate page="signalReview">
      <ReviewQueueContent />
    </RoleGate>
  );
}

function ReviewTabs({ decided }: { decided: boolean }) {
  return (
    <nav aria-label={m.tabsLabel} className="regie-tabs">
      <ul className="regie-tabs__list">
        <li>
          <RouterLink
            to="/signalen/beoordelen"
            search={{}}
            className="regie-tabs__link"
            aria-current={decided ? undefined : 'page'}
          >
            {m.tabOpen}
          </RouterLink>
        </li>
        <li>
          <RouterLink
            to="/signalen/beoordelen"
            search={{ status: 'beslist' }}
            className="regie-tabs__link"
            aria-current={decided ? 'page' : undefined}
          >
            {m.tabDecided}
          </RouterLink>
        </li>
      </ul>
    </nav>
  );
}

function ReviewQueueContent() {
  usePageTitle(m.title);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const decided = search.status === 'beslist';
  const page = search.page ?? 1;
  const query = useQuery(reviewsQuery({ status: decided ? 'beslist' : 'open', page, pageSize: PAGE_SIZE }));
  const [message, setMessage] = useState<{ type: 'ok' | 'warning'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  // The card that had focus goes away after a decision: focus moves to the message that says what happened.
  const announce = (type: 'ok' | 'warning', text: string) => {
    setMessage({ type, text });
    void queryClient.invalidateQueries({ queryKey: reviewsQueryKey });
    requestAnimationFrame(() => messageRef.current?.focus());
  };
  const onConflict = (error: unknown) => {
    if (!(error instanceof ApiError) || (error.status !== 409 && error.status !== 404)) return false;
    announce('warning', error.status === 409 && error.detail ? `${m.conflict} ${error.detail}` : m.conflict);
    return true;
  };

  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      <ReviewTabs decided={decided} />
      {message && (
        <Alert type={message.type} live="off" tabIndex={-1} ref={messageRef}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      <Section title={decided ? m.listTitleDecided : m.listTitleOpen}>
        <PagedResults<ReviewItem>
          query={query}
          empty={decided ? m.emptyDecided : m.emptyOpen}
          onPageChange={(next) => {
            setMessage(null);
            void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) });
          }}
        >
          {(items) => (
            <div className="regie-stack">
              {items.map((item, index) =>
                decided ? (
                  <ReviewDecided
                    key={item.signalId}
                    item={item}
                    number={(page - 1) * PAGE_SIZE + index + 1}
                    onUndone={(text) => announce('ok', text)}
                    onConflict={onConflict}
                  />
                ) : (
                  <ReviewCandidate
                    key={item.signalId}
                    item={item}
                    number={(page - 1) * PAGE_SIZE + index + 1}
                    onDecided={(text) => announce('ok', text)}
                    onConflict={onConflict}
                  />
                ),
              )}
            </div>
          )}
        </PagedResults>
      </Section>
    </>
  );
}
