// The confirm step before a decision that matters: says what will happen, then goes ahead or cancels. Focus moves
// to its heading when it opens, so keyboard and screen reader users land on the question.
import { useEffect, useId, useRef } from 'react';
import { Alert, Button, ButtonGroup, ErrorMessage, Heading, Paragraph } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

export interface ConfirmStepProps {
  title: string;
  text: string;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
  level?: 2 | 3 | 4;
  danger?: boolean;
}

export function ConfirmStep({
  title,
  text,
  confirmLabel,
  pendingLabel,
  pending,
  error,
  onConfirm,
  onCancel,
  level = 3,
  danger,
}: ConfirmStepProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="regie-card regie-confirm" aria-labelledby={headingId}>
      <Heading level={level} id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </Heading>
      <Alert type="warning" live="off">
        <Paragraph>{text}</Paragraph>
      </Alert>
      {error ? <ErrorMessage error={error} /> : null}
      <ButtonGroup>
        <Button variant="primary" danger={danger} busy={pending} onClick={() => !pending && onConfirm()}>
          {pending ? pendingLabel : confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t.common.cancel}
        </Button>
      </ButtonGroup>
    </section>
  );
}
