// The case's shares per law: what is shared with whom, on which ground, since when, and whether it still works
// (ended, or its consent withdrawn). The regisseur and the team leader can share and stop sharing (confirm step).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../api/problem.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  DataTable,
  EmptyState,
  ErrorSummary,
  Heading,
  Paragraph,
  QueryState,
} from '../../../components/index.ts';
import { formatCalendarDate, formatMoment } from '../../../i18n/format.ts';
import { lawLabel } from '../../cases/labels.ts';
import { consentKeys, endShare, type MemberConsents, type Share, sharesQuery } from './api.ts';
import { ShareForm } from './ShareForm.tsx';
import { consentTexts } from './texts.ts';

const m = consentTexts.shares;

const withWhom = (share: Share) =>
  share.sharedWithLaw ? m.withLaw(lawLabel(share.sharedWithLaw)) : m.everyone;

function basisText(share: Share): string {
  if (share.basis === 'wettelijke_grondslag') return m.byArticle(share.legalBasis ?? '');
  const k = share.consent;
  return k ? m.byConsent(k.personName, k.purposeName, k.recipient.name) : '';
}

function statusText(share: Share): string {
  if (share.endedAt) return m.ended(formatMoment(share.endedAt));
  if (share.consent && !share.consent.active)
    return m.consentWithdrawn(formatCalendarDate(share.consent.withdrawnOn));
  return m.active;
}

/** "Stoppen met delen" with a confirm step; focus goes to "Ja" when asked and back to the button on "Nee". */
function EndShare({ caseId, share, onDone }: { caseId: string; share: Share; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const end = useMutation({
    mutationFn: () => endShare(caseId, share.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: consentKeys.shares(caseId) });
      onDone();
    },
  });

  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      start.current?.focus();
    }
  }, [asking]);

  const law = lawLabel(share.law);
  if (!asking)
    return (
      <Button variant="subtle" ref={start} onClick={() => setAsking(true)}>
        {m.end(law)}
      </Button>
    );
  const e = consentTexts.endShare;
  return (
    <div className="regie-consent-confirm">
      {end.isError && <ErrorSummary items={[{ message: errorMessage(end.error) }]} headingLevel={3} />}
      <Paragraph>{e.question(law, withWhom(share))}</Paragraph>
      <ButtonGroup>
        <Button variant="secondary" danger ref={yes} busy={end.isPending} onClick={() => end.mutate()}>
          {end.isPending ? e.confirming : e.confirm}
        </Button>
        <Button
          variant="subtle"
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          {e.cancel}
        </Button>
      </ButtonGroup>
    </div>
  );
}

export interface SharesSectionProps {
  caseId: string;
  members: MemberConsents[] | undefined;
  canManage: boolean;
  closed: boolean;
}

export function SharesSection({ caseId, members, canManage, closed }: SharesSectionProps) {
  const query = useQuery(sharesQuery(caseId));
  const [message, setMessage] = useState<string | null>(null);
  return (
    <QueryState query={query}>
      {(shares) => (
        <div className="regie-stack">
          {message && (
            <Alert type="ok" live="status">
              {message}
            </Alert>
          )}
          {shares.length === 0 ? (
            <EmptyState>{m.none}</EmptyState>
          ) : (
            <DataTable
              caption={m.caption}
              captionHidden
              stacked
              rows={shares}
              rowKey={(row) => row.id}
              columns={[
                { key: 'law', header: m.columns.law, rowHeader: true, render: (row) => lawLabel(row.law) },
                { key: 'with', header: m.columns.with, render: withWhom },
                { key: 'basis', header: m.columns.basis, render: basisText },
                {
                  key: 'since',
                  header: m.columns.since,
                  render: (row) => m.since(formatMoment(row.createdAt), row.createdBy?.displayName ?? null),
                },
                { key: 'status', header: m.columns.status, render: statusText },
                {
                  key: 'action',
                  header: m.columns.action,
                  render: (row) =>
                    canManage && !row.endedAt ? (
                      <EndShare caseId={caseId} share={row} onDone={() => setMessage(m.endedDone)} />
                    ) : (
                      '-'
                    ),
                },
              ]}
            />
          )}
          {closed ? (
            <Paragraph>{m.closed}</Paragraph>
          ) : canManage ? (
            <div>
              <Heading level={4}>{consentTexts.shareForm.title}</Heading>
              <ShareForm caseId={caseId} members={members ?? []} onDone={() => setMessage(m.created)} />
            </div>
          ) : (
            <Paragraph>{m.onlyManagers}</Paragraph>
          )}
        </div>
      )}
    </QueryState>
  );
}
