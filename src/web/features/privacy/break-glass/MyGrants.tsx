// "Mijn noodtoegang": the professional's running grants (address, remaining time, end with a confirm step) and the
// ones that ended, with the FG's judgement.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Button,
  DataTable,
  EmptyState,
  Heading,
  Paragraph,
  QueryState,
  RouterLink,
  Section,
  VisuallyHidden,
} from '../../../components/index.ts';
import { formatMoment } from '../../../i18n/format.ts';
import { ConfirmStep } from '../../signal-admin/ConfirmStep.tsx';
import { breakGlassKeys, endGrant, type MyGrant, myGrantsQuery } from './api.ts';
import { remainingText } from './grantForm.ts';
import { breakGlassTexts as m } from './texts.ts';

/** The clock for "nog 2 uur", moved every 30 seconds. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function MyGrants() {
  const query = useQuery(myGrantsQuery);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const onEnded = () => {
    setMessage(m.ended);
    requestAnimationFrame(() => messageRef.current?.focus());
  };
  return (
    <>
      <Section title={m.mineTitle}>
        {message && (
          <Alert type="ok" live="off" tabIndex={-1} ref={messageRef}>
            <Paragraph>{message}</Paragraph>
          </Alert>
        )}
        <QueryState query={query}>
          {({ active }) =>
            active.length === 0 ? (
              <EmptyState>{m.mineEmpty}</EmptyState>
            ) : (
              <ul className="regie-grant-list">
                {active.map((grant) => (
                  <li key={grant.id}>
                    <ActiveGrant grant={grant} onEnded={onEnded} />
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </Section>
      <QueryState query={query}>
        {({ recent }) =>
          recent.length === 0 ? null : (
            <Section title={m.recentTitle}>
              <DataTable<MyGrant>
                caption={m.recentTitle}
                captionHidden
                stacked
                rows={recent}
                rowKey={(g) => g.id}
                columns={[
                  {
                    key: 'address',
                    header: m.columns.address,
                    rowHeader: true,
                    render: (g) => g.addressLine,
                  },
                  { key: 'granted', header: m.columns.grantedAt, render: (g) => formatMoment(g.grantedAt) },
                  {
                    key: 'until',
                    header: m.columns.until,
                    render: (g) => formatMoment(g.endedAt ?? g.expiresAt),
                  },
                  { key: 'status', header: m.columns.status, render: (g) => m.status[g.reviewStatus] },
                ]}
              />
            </Section>
          )
        }
      </QueryState>
    </>
  );
}

function ActiveGrant({ grant, onEnded }: { grant: MyGrant; onEnded: () => void }) {
  const queryClient = useQueryClient();
  const now = useNow();
  const [confirming, setConfirming] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const end = useMutation({
    mutationFn: () => endGrant(grant.id),
    onSuccess: async () => {
      onEnded();
      await queryClient.invalidateQueries({ queryKey: breakGlassKeys.mine });
    },
  });
  const remaining = remainingText(grant.expiresAt, now);
  return (
    <article className="regie-card" aria-label={grant.addressLine}>
      <Heading level={3}>
        <RouterLink to="/huishoudens/$householdId" params={{ householdId: grant.householdId }}>
          {grant.addressLine}
        </RouterLink>
      </Heading>
      <Paragraph>
        {remaining ? m.remaining(remaining) : m.expired} ({m.columns.until.toLowerCase()}{' '}
        {formatMoment(grant.expiresAt)})
      </Paragraph>
      {confirming ? (
        <ConfirmStep
          title={m.endTitle}
          text={m.endText(grant.addressLine)}
          confirmLabel={m.endConfirm}
          pendingLabel={m.ending}
          pending={end.isPending}
          error={end.error}
          onConfirm={() => end.mutate()}
          onCancel={() => {
            setConfirming(false);
            requestAnimationFrame(() => buttonRef.current?.focus());
          }}
          level={4}
          danger
        />
      ) : (
        <Button ref={buttonRef} variant="secondary" onClick={() => setConfirming(true)}>
          {m.end}
          <VisuallyHidden>{`: ${grant.addressLine}`}</VisuallyHidden>
        </Button>
      )}
    </article>
  );
}
