// The confirm step before settings are replaced: lists every change in plain words, then saves or cancels. Focus
// moves to its heading when it opens, so keyboard and screen reader users land on the question.
import { useEffect, useId, useRef } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorMessage,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '../../components/index.ts';
import { settingsTexts as m } from './texts.ts';

export interface ConfirmChangesProps {
  title: string;
  /** Said before the list, e.g. what "terug naar standaard" keeps. */
  text?: string;
  lines: string[];
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmChanges({
  title,
  text,
  lines,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onCancel,
}: ConfirmChangesProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="regie-card regie-settings-confirm" aria-labelledby={headingId}>
      <Heading level={3} id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </Heading>
      <Alert type="warning" live="off">
        {text && <Paragraph>{text}</Paragraph>}
        <Paragraph>{m.confirmIntro(lines.length)}</Paragraph>
        <UnorderedList>
          {lines.map((line) => (
            <UnorderedListItem key={line}>{line}</UnorderedListItem>
          ))}
        </UnorderedList>
        <Paragraph>{m.confirmAfter}</Paragraph>
      </Alert>
      {error ? <ErrorMessage error={error} /> : null}
      <ButtonGroup>
        <Button variant="primary" busy={pending} onClick={() => !pending && onConfirm()}>
          {pending ? m.saving : confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {m.cancel}
        </Button>
      </ButtonGroup>
    </section>
  );
}
