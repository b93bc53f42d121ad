// Who leads the case: the active regisseur, a waiting warm handover (shown to everyone; the offered colleague
// accepts or declines, the one who offered it may withdraw it), claiming a case without a regisseur, and the
// team leader's assignment. The old regisseur stays until the new one accepts, so the household is never without.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  answerOffer,
  assignRegisseur,
  type CaseDetail,
  candidatesQuery,
  claimRegisseur,
  type OfferAnswer,
  offerHandover,
  type PendingHandover,
} from '../../api/cases.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorMessage,
  Paragraph,
  QueryState,
  Section,
  TextAreaField,
} from '../../components/index.ts';
import { formatMoment } from '../../i18n/format.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { ColleagueForm } from './ColleagueForm.tsx';
import { calendarDay } from './caseForms.ts';
import { caseTexts } from './labels.ts';
import { useCaseAction } from './useCaseAction.ts';

const r = caseTexts.regisseur;

interface PanelProps {
  detail: CaseDetail;
  onDone: (text: string) => void;
}

export function RegisseurPanel({ detail, onDone }: PanelProps) {
  const { user } = useSession();
  const open = detail.closedOn === null;
  const pending = detail.pendingHandover;
  const mayHandOver =
    open && !pending && detail.regisseur !== null && (detail.viewer.isRegisseur || detail.viewer.canAssign);
  const mayAssign = open && !pending && detail.viewer.canAssign;
  // Claiming is for people with the role regisseur; the server checks the same.
  const mayClaim = open && !pending && detail.regisseur === null && user.roles.includes('regisseur');

  return (
    <Section title={r.title} level={3}>
      <Paragraph>{r.intro}</Paragraph>
      <CurrentRegisseur detail={detail} />
      {pending && <Handover detail={detail} pending={pending} onDone={onDone} />}
      {mayClaim && <Claim caseId={detail.id} onDone={onDone} />}
      {(mayAssign || mayHandOver) && (
        <Colleagues detail={detail} mayAssign={mayAssign} mayHandOver={mayHandOver} onDone={onDone} />
      )}
    </Section>
  );
}

function CurrentRegisseur({ detail }: { detail: CaseDetail }) {
  const regisseur = detail.regisseur;
  if (!regisseur) return <Paragraph>{r.none}</Paragraph>;
  return (
    <Paragraph>
      <strong>{detail.viewer.isRegisseur ? r.you : r.current(regisseur.displayName)}</strong>{' '}
      {r.since(calendarDay(regisseur.since))}
    </Paragraph>
  );
}

function Handover({ detail, pending, onDone }: PanelProps & { pending: PendingHandover }) {
  const { user } = useSession();
  const [declineReason, setDeclineReason] = useState('');
  const answer = useCaseAction(
    detail.id,
    (input: { answer: OfferAnswer; reason?: string }) =>
      answerOffer(detail.id, pending.id, input.answer, input.reason),
    {
      onSuccess: (_next, input) =>
        onDone(
          input.answer === 'accept' ? r.accepted : input.answer === 'decline' ? r.declined : r.withdrawn,
        ),
    },
  );
  const mayWithdraw =
    pending.offeredBy?.userId === user.id || detail.viewer.isRegisseur || detail.viewer.canAssign;
  const send = (which: OfferAnswer, reason?: string) => {
    if (!answer.isPending) answer.mutate({ answer: which, ...(reason ? { reason } : {}) });
  };

  return (
    <Alert type="info" live="off" className="regie-case-handover">
      <Paragraph>
        <strong>{r.waiting(pending.to.displayName)}</strong>
      </Paragraph>
      {pending.offeredBy && (
        <Paragraph>{r.offeredBy(pending.offeredBy.displayName, formatMoment(pending.offeredAt))}</Paragraph>
      )}
      {pending.reason && <Paragraph>{r.offerReason(pending.reason)}</Paragraph>}
      {answer.isError && <ErrorMessage error={answer.error} />}
      {detail.viewer.isOffered && (
        <>
          <Paragraph>{r.offeredToYou}</Paragraph>
          <TextAreaField
            id="overdracht-weigerreden"
            label={r.declineReason}
            value={declineReason}
            onChange={setDeclineReason}
            rows={2}
          />
          <ButtonGroup>
            <Button variant="primary" busy={answer.isPending} onClick={() => send('accept')}>
              {r.accept}
            </Button>
            <Button
              variant="secondary"
              disabled={answer.isPending}
              onClick={() => send('decline', declineReason.trim())}
            >
              {r.decline}
            </Button>
          </ButtonGroup>
        </>
      )}
      {mayWithdraw && !detail.viewer.isOffered && (
        <ButtonGroup>
          <Button variant="secondary" busy={answer.isPending} onClick={() => send('withdraw')}>
            {r.withdraw}
          </Button>
        </ButtonGroup>
      )}
    </Alert>
  );
}

function Claim({ caseId, onDone }: { caseId: string; onDone: (text: string) => void }) {
  const claim = useCaseAction(caseId, () => claimRegisseur(caseId), { onSuccess: () => onDone(r.claimed) });
  return (
    <>
      {claim.isError && <ErrorMessage error={claim.error} />}
      <ButtonGroup>
        <Button
          variant="primary"
          busy={claim.isPending}
          onClick={() => !claim.isPending && claim.mutate(undefined)}
        >
          {claim.isPending ? r.claiming : r.claim}
        </Button>
      </ButtonGroup>
    </>
  );
}

function Colleagues({
  detail,
  mayAssign,
  mayHandOver,
  onDone,
}: PanelProps & { mayAssign: boolean; mayHandOver: boolean }) {
  const candidates = useQuery(candidatesQuery(detail.id));
  return (
    <QueryState query={candidates}>
      {(all) => {
        // Only people with the role regisseur can lead; the current regisseur is not a choice.
        const leaders = all.filter((c) => c.canLead && c.userId !== detail.regisseur?.userId);
        return (
          <>
            {mayHandOver && (
              <Section title={r.handoverTitle} level={3}>
                <ColleagueForm
                  caseId={detail.id}
                  idPrefix="overdracht"
                  label={r.handoverTitle}
                  intro={r.handoverIntro}
                  submitLabel={r.handoverSubmit}
                  candidates={leaders}
                  send={(input) => offerHandover(detail.id, input)}
                  onDone={(name) => onDone(r.handoverOffered(name))}
                />
              </Section>
            )}
            {mayAssign && (
              <Section title={r.assignTitle} level={3}>
                <ColleagueForm
                  caseId={detail.id}
                  idPrefix="toewijzen"
                  label={r.assignTitle}
                  intro={r.assignIntro}
                  submitLabel={r.assignSubmit}
                  candidates={leaders}
                  send={(input) => assignRegisseur(detail.id, input)}
                  onDone={(name) => onDone(r.assigned(name))}
                />
              </Section>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
