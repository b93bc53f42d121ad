// Consents per household member: a table per person (doel, ontvanger, gegeven op en hoe, status), a button to
// record a new one and, per active consent, "Intrekken" with a confirm step. One form is open at a time.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  DataTable,
  EmptyState,
  Heading,
  Paragraph,
  QueryState,
} from '../../../components/index.ts';
import { formatCalendarDate } from '../../../i18n/format.ts';
import { type Consent, caseConsentsQuery, type MemberConsents } from './api.ts';
import { ConsentForm } from './ConsentForm.tsx';
import { consentMethodLabels, consentTexts, relationLabels } from './texts.ts';
import { WithdrawConsentForm } from './WithdrawConsentForm.tsx';

const m = consentTexts.consents;

type Open = { kind: 'record'; personId: string } | { kind: 'withdraw'; consentId: string } | null;

export interface ConsentsSectionProps {
  caseId: string;
  municipalityCode: string;
  today: string;
  /** A closed case is read-only: nothing new is recorded, withdrawing still is possible. */
  closed: boolean;
}

const howLabel = (how: string | null) =>
  how ? ((consentMethodLabels as Record<string, string>)[how] ?? how) : '';

function status(consent: Consent): string {
  return consent.active
    ? m.active
    : m.withdrawn(formatCalendarDate(consent.withdrawnOn), howLabel(consent.withdrawnHow));
}

function MemberTable({
  member,
  onWithdraw,
}: {
  member: MemberConsents;
  onWithdraw: (consent: Consent) => void;
}) {
  if (member.consents.length === 0) return <EmptyState>{m.none}</EmptyState>;
  return (
    <DataTable
      caption={m.caption(member.name)}
      captionHidden
      stacked
      rows={member.consents}
      rowKey={(row) => row.id}
      columns={[
        { key: 'purpose', header: m.columns.purpose, rowHeader: true, render: (row) => row.purposeName },
        { key: 'recipient', header: m.columns.recipient, render: (row) => row.recipient.name },
        {
          key: 'given',
          header: m.columns.given,
          render: (row) => m.given(formatCalendarDate(row.givenOn), howLabel(row.givenHow)),
        },
        { key: 'status', header: m.columns.status, render: status },
        {
          key: 'action',
          header: m.columns.action,
          render: (row) =>
            row.active ? (
              <Button variant="subtle" onClick={() => onWithdraw(row)}>
                {m.withdraw(row.purposeName)}
              </Button>
            ) : (
              '-'
            ),
        },
      ]}
    />
  );
}

export function ConsentsSection({ caseId, municipalityCode, today, closed }: ConsentsSectionProps) {
  const query = useQuery(caseConsentsQuery(caseId));
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<string | null>(null);

  const start = (next: Open) => {
    setMessage(null);
    setOpen(next);
  };

  return (
    <QueryState query={query}>
      {(members) => (
        <div className="regie-stack">
          {message && (
            <Alert type="ok" live="status">
              {message}
            </Alert>
          )}
          {members.length === 0 && <EmptyState>{m.noMembers}</EmptyState>}
          {members.map((member, index) => {
            const relation = relationLabels[member.relation] ?? member.relation;
            const name = member.current ? member.name : m.former(member.name);
            const withdrawing = member.consents.find(
              (c) => open?.kind === 'withdraw' && open.consentId === c.id,
            );
            return (
              <section key={member.personId} className="regie-consent-member" aria-label={name}>
                <Heading level={4}>{m.memberTitle(name, relation)}</Heading>
                <MemberTable
                  member={member}
                  onWithdraw={(consent) => start({ kind: 'withdraw', consentId: consent.id })}
                />
                {withdrawing && (
                  <WithdrawConsentForm
                    key={withdrawing.id}
                    caseId={caseId}
                    consent={withdrawing}
                    today={today}
                    prefix={`intrekken-${index}`}
                    onDone={() => {
                      setOpen(null);
                      setMessage(m.withdrawnDone);
                    }}
                    onCancel={() => setOpen(null)}
                  />
                )}
                {!closed &&
                  (open?.kind === 'record' && open.personId === member.personId ? (
                    <ConsentForm
                      caseId={caseId}
                      municipalityCode={municipalityCode}
                      person={member}
                      today={today}
                      prefix={`toestemming-${index}`}
                      onDone={() => {
                        setOpen(null);
                        setMessage(m.recorded);
                      }}
                      onCancel={() => setOpen(null)}
                    />
                  ) : (
                    <ButtonGroup>
                      <Button
                        variant="secondary"
                        aria-label={m.add(member.name)}
                        onClick={() => start({ kind: 'record', personId: member.personId })}
                      >
                        {m.addShort}
                      </Button>
                    </ButtonGroup>
                  ))}
              </section>
            );
          })}
          {members.length > 0 && closed && <Paragraph>{m.closed}</Paragraph>}
        </div>
      )}
    </QueryState>
  );
}
