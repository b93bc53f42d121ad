// The confirm step of the agreement forms: what is about to happen in words, "Ja" and "Terug naar het formulier".
// It takes focus when it appears, so keyboard and screen reader users land on the question.
import { useEffect, useRef } from 'react';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '../../components/index.ts';
import { agreementTexts as tx } from './texts.ts';

export function ConfirmStep({
  title = tx.confirm.title,
  text,
  confirm,
  busy,
  onConfirm,
  onCancel,
}: {
  title?: string;
  text: string;
  confirm: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="regie-agreement-confirm">
      <Alert type="warning" live="off">
        <Heading level={3}>{title}</Heading>
        <Paragraph>{text}</Paragraph>
      </Alert>
      <ButtonGroup>
        <Button variant="primary" busy={busy} disabled={busy} onClick={onConfirm}>
          {busy ? tx.confirm.busy : confirm}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={onCancel}>
          {tx.confirm.cancel}
        </Button>
      </ButtonGroup>
    </div>
  );
}
