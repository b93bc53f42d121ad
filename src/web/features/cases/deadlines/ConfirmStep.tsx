// The check before a change is saved: says in one or two sentences what will happen, then "Ja, opslaan" or back.
// It takes focus when it appears, so keyboard and screen reader users land on the question.
import { useEffect, useRef } from 'react';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '../../../components/index.ts';
import { texts } from './deadlineTexts.ts';

export interface ConfirmStepProps {
  text: string;
  busy: boolean;
  onConfirm: () => void;
  onBack: () => void;
  headingLevel: 3 | 4;
}

export function ConfirmStep({ text, busy, onConfirm, onBack, headingLevel }: ConfirmStepProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="regie-deadline-confirm">
      <Alert type="warning" live="off">
        <Heading level={headingLevel}>{texts.form.confirmTitle}</Heading>
        <Paragraph>{text}</Paragraph>
      </Alert>
      <ButtonGroup>
        <Button variant="primary" onClick={onConfirm} busy={busy} disabled={busy}>
          {busy ? texts.form.saving : texts.form.confirm}
        </Button>
        <Button variant="secondary" onClick={onBack} disabled={busy}>
          {texts.form.back}
        </Button>
      </ButtonGroup>
    </div>
  );
}
