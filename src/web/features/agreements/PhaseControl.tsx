// Move the agreement one step in its cycle (beleid only): forward with an optional note, back with a reason of at
// least 10 characters. Each move asks for confirmation first, because every party sees it. When someone else moved
// the agreement in the meantime, the page shows the phase of now and says so.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../api/problem.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  Form,
  Heading,
  Paragraph,
  Section,
  TextAreaField,
} from '../../components/index.ts';
import { type Agreement, agreementListQuery, agreementQuery, changePhaseFrom, type Phase } from './api.ts';
import { neighbours } from './cycle.ts';
import { phaseLabels, agreementTexts as tx } from './texts.ts';

const p = tx.phase;
const NOTE_ID = 'afspraak-fase-toelichting';
const MIN_REASON = 10;

export function PhaseControl({ agreement }: { agreement: Agreement }) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const [target, setTarget] = useState<Phase | null>(null);
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  // Where focus goes when the confirm step closes: the outcome, or back to the note on "Annuleren".
  const focusAfter = useRef<'message' | 'note' | null>(null);
  const { next, previous } = neighbours(agreement.phase);

  useEffect(() => {
    if (target) confirmRef.current?.focus();
    else if (focusAfter.current === 'note') document.getElementById(NOTE_ID)?.focus();
    else if (focusAfter.current === 'message') messageRef.current?.focus();
    focusAfter.current = null;
  }, [target]);

  const change = useMutation({
    mutationFn: (to: Phase) =>
      changePhaseFrom(agreement.id, agreement.phase, { to, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: (updated) => {
      queryClient.setQueryData(agreementQuery(agreement.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: agreementListQuery.queryKey });
      focusAfter.current = 'message';
      setTarget(null);
      setNote('');
      setNoteError(undefined);
      setMessage({ type: 'ok', text: p.changed(phaseLabels[updated.phase]) });
    },
    onError: (error) => {
      focusAfter.current = 'message';
      setTarget(null);
      // The server says where the agreement is now; show that rather than what this page still thinks.
      void queryClient.invalidateQueries({ queryKey: agreementQuery(agreement.id).queryKey });
      if (error instanceof ApiError && error.status === 409) {
        setMessage({ type: 'error', text: p.conflict });
        return;
      }
      const field =
        error instanceof ApiError ? error.fieldErrors.find((f) => f.path === 'note')?.message : undefined;
      if (field) {
        focusAfter.current = 'note';
        setNoteError(field);
        setMessage(null);
      } else setMessage({ type: 'error', text: errorMessage(error) });
    },
  });

  const ask = (to: Phase) => {
    setMessage(null);
    if (to === previous && note.trim().length < MIN_REASON) {
      setNoteError(p.reasonRequired);
      document.getElementById(NOTE_ID)?.focus();
      return;
    }
    setNoteError(undefined);
    setTarget(to);
  };

  return (
    <Section title={p.title}>
      <Paragraph>{p.intro(phaseLabels[agreement.phase])}</Paragraph>
      <div ref={messageRef} tabIndex={-1}>
        {message && (
          <Alert type={message.type} live={message.type === 'ok' ? 'status' : 'alert'}>
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        )}
      </div>
      <Form onSubmit={() => next && ask(next)} label={p.title} className="regie-agreement-phase-form">
        <TextAreaField
          id={NOTE_ID}
          label={p.note}
          description={p.noteDescription}
          value={note}
          onChange={(value) => {
            setNote(value);
            setTarget(null);
          }}
          error={noteError}
          rows={3}
        />
        {!next && <Paragraph>{p.last}</Paragraph>}
        {!target && (
          <ButtonGroup>
            {next && (
              <Button type="submit" variant="primary">
                {p.forward(phaseLabels[next])}
              </Button>
            )}
            {previous && (
              <Button variant="secondary" onClick={() => ask(previous)}>
                {p.backward(phaseLabels[previous])}
              </Button>
            )}
          </ButtonGroup>
        )}
      </Form>
      {target && (
        <div ref={confirmRef} tabIndex={-1} className="regie-agreement-confirm">
          <Alert type="warning" live="off">
            <Heading level={3}>{p.confirmTitle}</Heading>
            <Paragraph>{p.confirmText(phaseLabels[agreement.phase], phaseLabels[target])}</Paragraph>
          </Alert>
          <ButtonGroup>
            <Button
              variant="primary"
              busy={change.isPending}
              disabled={change.isPending}
              onClick={() => change.mutate(target)}
            >
              {change.isPending ? p.confirming : p.confirm(phaseLabels[target])}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                focusAfter.current = 'note';
                setTarget(null);
              }}
              disabled={change.isPending}
            >
              {p.cancel}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </Section>
  );
}
