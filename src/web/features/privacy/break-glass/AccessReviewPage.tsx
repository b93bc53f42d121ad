// "Noodtoegang beoordelen" (/privacy/noodtoegang): the FG's table of break-the-glass uses in their municipalities,
// open ones or all, paged; an open one gets a review form below the table. The FG sees the household's id only,
// never its page.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { ApiError } from '../../../api/problem.ts';
import {
  Alert,
  Button,
  type Column,
  DataTable,
  Heading,
  PagedResults,
  Paragraph,
  RouterLink,
  Section,
  VisuallyHidden,
} from '../../../components/index.ts';
import { formatMoment } from '../../../i18n/format.ts';
import { RoleGate } from '../../shell/RoleGate.tsx';
import { usePageTitle } from '../../shell/usePageTitle.ts';
import { breakGlassKeys, type ReviewItem, reviewQueueQuery } from './api.ts';
import { ReviewForm } from './ReviewForm.tsx';
import { breakGlassTexts, accessReviewTexts as m } from './texts.ts';
import './break-glass.css';

const route = getRouteApi('/_app/privacy/noodtoegang');
const PAGE_SIZE = 20;

export function AccessReviewPage() {
  return (
    <RoleGate page="accessReview">
      <AccessReviewContent />
    </RoleGate>
  );
}

function Tabs({ all }: { all: boolean }) {
  return (
    <nav aria-label={m.tabsLabel}>
      <ul className="regie-review-tabs">
        <li>
          <RouterLink to="/privacy/noodtoegang" search={{}} aria-current={all ? undefined : 'page'}>
            {m.tabOpen}
          </RouterLink>
        </li>
        <li>
          <RouterLink
            to="/privacy/noodtoegang"
            search={{ status: 'all' }}
            aria-current={all ? 'page' : undefined}
          >
            {m.tabAll}
          </RouterLink>
        </li>
      </ul>
    </nav>
  );
}

function period(item: ReviewItem): string {
  const text = m.periodText(formatMoment(item.grantedAt), formatMoment(item.expiresAt));
  if (item.endedAt) return `${text}. ${m.endedEarly(formatMoment(item.endedAt))}`;
  return item.active ? `${text}. ${m.stillActive}` : text;
}

function AccessReviewContent() {
  usePageTitle(m.title);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const all = search.status === 'all';
  const query = useQuery(
    reviewQueueQuery({ status: all ? 'all' : 'open', page: search.page ?? 1, pageSize: PAGE_SIZE }),
  );
  const [selected, setSelected] = useState<ReviewItem | null>(null);
  const [message, setMessage] = useState<{ type: 'ok' | 'warning'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const announce = (type: 'ok' | 'warning', text: string) => {
    setSelected(null);
    setMessage({ type, text });
    void queryClient.invalidateQueries({ queryKey: breakGlassKeys.review });
    requestAnimationFrame(() => messageRef.current?.focus());
  };
  const onConflict = (error: unknown) => {
    if (!(error instanceof ApiError) || (error.status !== 409 && error.status !== 404)) return false;
    announce('warning', m.conflict);
    return true;
  };
  const titleOf = (item: ReviewItem) => m.cardTitle(item.user.displayName, formatMoment(item.grantedAt));

  const columns: Column<ReviewItem>[] = [
    {
      key: 'who',
      header: m.who,
      rowHeader: true,
      render: (item) => `${item.user.displayName} (${item.user.organisation})`,
    },
    { key: 'household', header: m.household, render: (item) => <code>{item.householdId}</code> },
    { key: 'reason', header: m.reason, render: (item) => item.reason },
    { key: 'period', header: m.period, render: period },
    { key: 'views', header: m.views, numeric: true, render: (item) => m.viewsText(item.views) },
    {
      key: 'status',
      header: m.status,
      render: (item) =>
        item.review.status === 'open' ? (
          <Button variant="secondary" onClick={() => setSelected(item)}>
            {m.review}
            <VisuallyHidden>{`: ${titleOf(item)}`}</VisuallyHidden>
          </Button>
        ) : (
          <>
            {breakGlassTexts.status[item.review.status]}
            {item.review.reviewedBy && item.review.reviewedAt && (
              <>
                <br />
                {m.reviewedBy(item.review.reviewedBy.displayName, formatMoment(item.review.reviewedAt))}
              </>
            )}
            {item.review.note && (
              <>
                <br />
                {item.review.note}
              </>
            )}
          </>
        ),
    },
  ];

  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      <Tabs all={all} />
      {message && (
        <Alert type={message.type} live="off" tabIndex={-1} ref={messageRef}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      <Section title={all ? m.listTitleAll : m.listTitleOpen}>
        <PagedResults<ReviewItem>
          query={query}
          empty={all ? m.emptyAll : m.emptyOpen}
          onPageChange={(next) => {
            setSelected(null);
            setMessage(null);
            void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) });
          }}
        >
          {(items) => (
            <div className="regie-review-card">
              <DataTable<ReviewItem>
                caption={all ? m.listTitleAll : m.listTitleOpen}
                captionHidden
                stacked
                columns={columns}
                rows={items}
                rowKey={(item) => item.id}
              />
            </div>
          )}
        </PagedResults>
      </Section>
      {selected && (
        <ReviewForm
          key={selected.id}
          item={selected}
          title={titleOf(selected)}
          onDone={() => announce('ok', m.saved)}
          onCancel={() => setSelected(null)}
          onConflict={onConflict}
        />
      )}
    </>
  );
}
