// A recently decided signal on the "Beslist" tab: what the partner sent, the decision and when, and "Ongedaan
// maken" (behind a confirm step) to put the signal back in the queue.
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { type ReviewItem, undoMatchDecision } from '../../api/signal-admin.ts';
import { Button, ButtonGroup, DataList, Heading } from '../../components/index.ts';
import { formatCalendarDate, formatMoment } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { ConfirmStep } from './ConfirmStep.tsx';
import { formatGivenAddress } from './reviewFormat.ts';

const m = t.signalAdmin.review;

export interface ReviewDecidedProps {
  item: ReviewItem;
  number: number;
  onUndone: (message: string) => void;
  onConflict: (error: unknown) => boolean;
}

function decisionText(item: ReviewItem): string {
  if (!item.besluit) return '';
  if (item.besluit.besluit === 'afgewezen') return m.decidedRejected;
  const chosen = item.kandidaten.find((c) => c.householdId === item.besluit?.householdId);
  return chosen ? m.decidedConfirmed(chosen.adres) : m.decidedConfirmedUnknown;
}

export function ReviewDecided({ item, number, onUndone, onConflict }: ReviewDecidedProps) {
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const undo = useMutation({
    mutationFn: () => undoMatchDecision(item.signalId),
    onSuccess: () => {
      setConfirming(false);
      onUndone(m.undone);
    },
    onError: (error) => {
      if (onConflict(error)) setConfirming(false);
    },
  });
  const given = item.gegevens;
  const givenText = [
    formatGivenAddress(given),
    given.naam ?? '',
    given.geboortedatum ? formatCalendarDate(given.geboortedatum) : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <article className="regie-card regie-review" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {m.signalTitle(item.categorieLabel, item.partnerType)}
      </Heading>
      <DataList
        entries={[
          { key: 'ontvangen', label: m.receivedLabel, value: formatMoment(item.ontvangenOp) },
          { key: 'gegeven', label: m.given, value: givenText || m.notGiven },
          { key: 'besluit', label: m.decision, value: decisionText(item) },
          { key: 'op', label: m.decidedOn, value: formatMoment(item.besluit?.beslistOp) },
        ]}
      />
      {confirming ? (
        <ConfirmStep
          level={4}
          title={m.undoTitle}
          text={m.undoText}
          confirmLabel={m.undoYes}
          pendingLabel={m.saving}
          pending={undo.isPending}
          error={undo.error}
          onConfirm={() => undo.mutate()}
          onCancel={() => {
            setConfirming(false);
            undo.reset();
            requestAnimationFrame(() => undoButton.current?.focus());
          }}
        />
      ) : (
        <ButtonGroup>
          <Button
            ref={undoButton}
            variant="secondary"
            aria-label={m.undoLabel(number)}
            onClick={() => {
              undo.reset();
              setConfirming(true);
            }}
          >
            {m.undo}
          </Button>
        </ButtonGroup>
      )}
    </article>
  );
}
