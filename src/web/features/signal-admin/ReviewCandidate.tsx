// One signal in the review queue: what the partner sent next to each household that came close (address, name,
// birth date, score, the fields that agreed), with "Dit is het huishouden" per household and "Geen van deze",
// both behind a confirm step.
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useId, useRef, useState } from 'react';
import { confirmMatch, type ReviewItem, type ReviewKandidaat, rejectMatch } from '../../api/signal-admin.ts';
import {
  Button,
  ButtonGroup,
  type Column,
  DataTable,
  EmptyState,
  Heading,
  Paragraph,
} from '../../components/index.ts';
import { formatCalendarDate, formatMoment } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { ConfirmStep } from './ConfirmStep.tsx';
import { formatGivenAddress, formatScore, matchedFieldLabels } from './reviewFormat.ts';

const m = t.signalAdmin.review;

type Choice = { kind: 'confirm'; candidate: ReviewKandidaat; index: number } | { kind: 'reject' };

export interface ReviewCandidateProps {
  item: ReviewItem;
  /** Position on the page (1-based), to name the signal. */
  number: number;
  onDecided: (message: string) => void;
  /** A decision failed because the signal changed meanwhile (409): the page refreshes the list. */
  onConflict: (error: unknown) => boolean;
}

interface CompareRow {
  key: string;
  label: string;
  given: ReactNode;
  perCandidate: (candidate: ReviewKandidaat, index: number) => ReactNode;
}

export function ReviewCandidate({ item, number, onDecided, onConflict }: ReviewCandidateProps) {
  const headingId = useId();
  const [choice, setChoice] = useState<Choice | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const decide = useMutation({
    mutationFn: (c: Choice) =>
      c.kind === 'confirm' ? confirmMatch(item.signalId, c.candidate) : rejectMatch(item.signalId),
    onSuccess: (_, c) => {
      setChoice(null);
      onDecided(c.kind === 'confirm' ? m.confirmed(c.candidate.adres) : m.rejected);
    },
    onError: (error) => {
      if (onConflict(error)) setChoice(null);
    },
  });

  const open = (next: Choice, button: HTMLElement) => {
    opener.current = button;
    decide.reset();
    setChoice(next);
  };
  const cancel = () => {
    setChoice(null);
    decide.reset();
    requestAnimationFrame(() => opener.current?.focus());
  };

  const given = item.gegevens;
  const notGiven = <span className="regie-muted">{m.notGiven}</span>;
  const rows: CompareRow[] = [
    {
      key: 'adres',
      label: m.address,
      given: formatGivenAddress(given) || notGiven,
      perCandidate: (c) => c.adres,
    },
    { key: 'naam', label: m.name, given: given.naam || notGiven, perCandidate: (c) => c.naam ?? '' },
    {
      key: 'geboortedatum',
      label: m.birthDate,
      given: given.geboortedatum ? formatCalendarDate(given.geboortedatum) : notGiven,
      perCandidate: (c) => formatCalendarDate(c.geboortedatum),
    },
    { key: 'score', label: m.score, given: '', perCandidate: (c) => <strong>{formatScore(c.score)}</strong> },
    {
      key: 'velden',
      label: m.agreed,
      given: '',
      perCandidate: (c) => {
        const labels = matchedFieldLabels(c.velden);
        return labels.length > 0 ? labels.join(', ') : m.nothingAgreed;
      },
    },
    {
      key: 'keuze',
      label: m.decision,
      given: '',
      perCandidate: (c, index) => (
        <Button
          variant="primary"
          aria-label={m.confirmLabel(index + 1, c.adres)}
          onClick={(event) => open({ kind: 'confirm', candidate: c, index }, event.currentTarget)}
          disabled={decide.isPending}
        >
          {m.confirm}
        </Button>
      ),
    },
  ];

  const columns: Column<CompareRow>[] = [
    { key: 'item', header: m.item, rowHeader: true, render: (row) => row.label },
    { key: 'given', header: m.given, render: (row) => row.given },
    ...item.kandidaten.map((candidate, index) => ({
      key: `${candidate.householdId}:${candidate.personId ?? ''}`,
      header: m.candidate(index + 1),
      render: (row: CompareRow) => row.perCandidate(candidate, index),
    })),
  ];

  return (
    <article className="regie-card regie-review" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {m.signalTitle(item.categorieLabel, item.partnerType)}
      </Heading>
      <Paragraph>{m.received(formatMoment(item.ontvangenOp))}</Paragraph>
      {item.kandidaten.length === 0 && <EmptyState>{m.noCandidates}</EmptyState>}
      <DataTable<CompareRow>
        caption={m.compareCaption(number)}
        captionHidden
        stacked
        rows={rows}
        rowKey={(row) => row.key}
        columns={columns}
      />
      {choice ? (
        <ConfirmStep
          level={4}
          title={m.confirmTitle}
          text={choice.kind === 'confirm' ? m.confirmText(choice.candidate.adres) : m.rejectText}
          confirmLabel={choice.kind === 'confirm' ? m.confirmYes : m.rejectYes}
          pendingLabel={m.saving}
          pending={decide.isPending}
          error={decide.error}
          onConfirm={() => decide.mutate(choice)}
          onCancel={cancel}
        />
      ) : (
        <ButtonGroup>
          <Button variant="secondary" onClick={(event) => open({ kind: 'reject' }, event.currentTarget)}>
            {m.reject}
          </Button>
        </ButtonGroup>
      )}
    </article>
  );
}
