// The FG's judgement of one noodtoegang: terecht or onterecht, with a note that is required for onterecht.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../../api/problem.ts';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  Heading,
  RadioGroup,
  type SummaryItem,
  TextAreaField,
} from '../../../components/index.ts';
import { t } from '../../../i18n/index.ts';
import { type ReviewItem, type ReviewOutcome, reviewGrant } from './api.ts';
import { accessReviewTexts as m } from './texts.ts';

const OUTCOME_ID = 'beoordeling-uitkomst';
const NOTE_ID = 'beoordeling-toelichting';

interface Errors {
  outcome?: string;
  note?: string;
  general?: string;
}

export interface ReviewFormProps {
  item: ReviewItem;
  title: string;
  onDone: () => void;
  onCancel: () => void;
  /** A 409 (judged meanwhile) or 404: the page says so and refreshes; returns true when handled. */
  onConflict: (error: unknown) => boolean;
}

export function ReviewForm({ item, title, onDone, onCancel, onConflict }: ReviewFormProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [outcome, setOutcome] = useState<ReviewOutcome | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: (body: { outcome: ReviewOutcome; note?: string }) => reviewGrant(item.id, body),
    onSuccess: onDone,
    onError: (error) => {
      if (onConflict(error)) return;
      const found: Errors = {};
      if (error instanceof ApiError) {
        for (const field of error.fieldErrors) {
          if (field.path === 'note') found.note = field.message;
          else if (field.path === 'outcome') found.outcome = field.message;
        }
      }
      if (!found.note && !found.outcome) found.general = errorMessage(error);
      setErrors(found);
      setAttempt((n) => n + 1);
    },
  });

  const submit = () => {
    if (save.isPending) return;
    const found: Errors = {};
    if (!outcome) found.outcome = m.outcomeRequired;
    if (outcome === 'onterecht' && !note.trim()) found.note = m.noteRequired;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (!outcome || found.note) return;
    save.mutate({ outcome, ...(note.trim() ? { note: note.trim() } : {}) });
  };

  const summary: SummaryItem[] = [];
  if (errors.general) summary.push({ message: errors.general });
  if (errors.outcome) summary.push({ message: errors.outcome, fieldId: OUTCOME_ID });
  if (errors.note) summary.push({ message: errors.note, fieldId: NOTE_ID });

  return (
    <section className="regie-card" aria-labelledby={headingId}>
      <Heading level={3} id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </Heading>
      <Form onSubmit={submit} label={title}>
        <ErrorSummary items={summary} focusKey={attempt} headingLevel={3} />
        <RadioGroup
          id={OUTCOME_ID}
          legend={m.outcome}
          value={outcome}
          onChange={(value) => setOutcome(value as ReviewOutcome)}
          options={[
            { value: 'gerechtvaardigd', label: m.outcomes.gerechtvaardigd },
            { value: 'onterecht', label: m.outcomes.onterecht },
          ]}
          error={errors.outcome}
        />
        <TextAreaField
          id={NOTE_ID}
          label={m.note}
          description={outcome === 'onterecht' ? m.noteHintRequired : m.noteHint}
          value={note}
          onChange={setNote}
          error={errors.note}
          required={outcome === 'onterecht'}
        />
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {save.isPending ? m.saving : m.save}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t.common.cancel}
          </Button>
        </ButtonGroup>
      </Form>
    </section>
  );
}
