// What the team can do with a signal: pick it up (start or join the household's case), then record contact attempts
// and close the case with a DDAS end result. Each action says what happened in a status message.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { PickedUpSignal } from '../../api/cases.ts';
import { pickUpSignal, type SignaalDetail, signalQuery } from '../../api/signals.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorMessage,
  Paragraph,
  RouterLink,
  Section,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { caseTexts } from '../cases/labels.ts';
import { CloseCaseForm } from './CloseCaseForm.tsx';
import { ContactAttemptForm } from './ContactAttemptForm.tsx';

const d = t.signals.detail;

/** The signal still waits to be picked up; only a matched signal has a household whose case it can join. */
export function canPickUp(signal: Pick<SignaalDetail, 'status' | 'huishouden'>): boolean {
  return signal.status === 'Nog niet opgepakt' && signal.huishouden !== null;
}

export function CaseActions({ signal }: { signal: SignaalDetail }) {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  // The button that was pressed is gone after the action (pick-up, close): move focus to what happened instead.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const say = (text: string) => setMessage((previous) => ({ text, n: (previous?.n ?? 0) + 1 }));
  const detailKey = signalQuery(signal.id).queryKey;

  const refresh = async (text: string) => {
    say(text);
    void queryClient.invalidateQueries({ queryKey: ['signals', 'worklist'] });
    await queryClient.invalidateQueries({ queryKey: detailKey });
  };

  const pickUp = useMutation({
    mutationFn: (): Promise<PickedUpSignal> => pickUpSignal(signal.id),
    onSuccess: (detail) => {
      say(d.pickedUpMessage);
      if (detail && typeof detail === 'object' && 'id' in detail) queryClient.setQueryData(detailKey, detail);
      else void queryClient.invalidateQueries({ queryKey: detailKey });
      void queryClient.invalidateQueries({ queryKey: ['signals', 'worklist'] });
    },
  });

  const zaak = signal.zaak;
  const working = zaak?.opgepaktOp && !zaak.geslotenOp;
  return (
    <div className="regie-signal-actions">
      {message && (
        <Alert type="ok" live="status" tabIndex={-1} ref={messageRef} key={message.n}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      {pickUp.data?.householdCaseId && (
        <Paragraph>
          <RouterLink to="/casussen/$caseId" params={{ caseId: pickUp.data.householdCaseId }}>
            {caseTexts.signal.toCase}
          </RouterLink>
        </Paragraph>
      )}
      {signal.status === 'Nog niet opgepakt' &&
        (canPickUp(signal) ? (
          <>
            <Paragraph>{d.pickUpIntro}</Paragraph>
            {pickUp.isError && <ErrorMessage error={pickUp.error} />}
            <ButtonGroup>
              <Button
                variant="primary"
                busy={pickUp.isPending}
                onClick={() => !pickUp.isPending && pickUp.mutate()}
              >
                {pickUp.isPending ? d.pickingUp : d.pickUp}
              </Button>
            </ButtonGroup>
          </>
        ) : (
          <Paragraph>{d.cannotPickUp}</Paragraph>
        ))}
      {working && (
        <>
          <Section title={t.signals.attempt.title} level={3}>
            <ContactAttemptForm zaakId={zaak.id} onSaved={() => void refresh(t.signals.attempt.saved)} />
          </Section>
          <Section title={t.signals.close.title} level={3}>
            <CloseCaseForm zaakId={zaak.id} onClosed={() => void refresh(t.signals.close.closedMessage)} />
          </Section>
        </>
      )}
    </div>
  );
}
