// Move the case to another phase: only the moves its lifecycle allows from here, a reason where the move needs one
// (back, closing, reopening), and a confirm step, because every move is written into the case's history.
import { useEffect, useRef, useState } from 'react';
import { type AllowedTransition, type CaseDetail, changePhase } from '../../api/cases.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  Heading,
  Paragraph,
  SelectField,
  type SummaryItem,
  TextAreaField,
} from '../../components/index.ts';
import { problemsFromError } from './caseForms.ts';
import { caseTexts, phaseLabel } from './labels.ts';
import { useCaseAction } from './useCaseAction.ts';

const p = caseTexts.phase;
const TO_ID = 'fase-nieuw';
const REASON_ID = 'fase-reden';

export function PhaseChangeForm({ detail, onDone }: { detail: CaseDetail; onDone: (text: string) => void }) {
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      submitButton.current?.focus();
    }
  }, [confirming]);

  const transition: AllowedTransition | undefined = detail.allowedTransitions.find((t) => t.to === to);
  const change = useCaseAction(
    detail.id,
    (input: Parameters<typeof changePhase>[1]) => changePhase(detail.id, input),
    {
      onSuccess: (next) => {
        setTo('');
        setReason('');
        setConfirming(false);
        onDone(p.changed(phaseLabel(next.phase)));
      },
      onError: (error) => {
        setConfirming(false);
        const problems = problemsFromError(error, { to: TO_ID, reason: REASON_ID });
        setFields(problems.fields);
        setItems(problems.items);
        setAttempt((n) => n + 1);
      },
    },
  );

  if (!detail.viewer.canTransition) return <Paragraph>{p.notAllowed}</Paragraph>;
  if (detail.allowedTransitions.length === 0) return <Paragraph>{p.none}</Paragraph>;

  const submit = () => {
    setAttempt((n) => n + 1);
    const found: Record<string, string> = {};
    if (!transition) found.to = p.errors.toRequired;
    else if (transition.reasonRequired && reason.trim() === '') found.reason = p.errors.reasonRequired;
    setFields(found);
    setItems(
      Object.entries(found).map(([name, message]) => ({
        message,
        fieldId: name === 'to' ? TO_ID : REASON_ID,
      })),
    );
    if (Object.keys(found).length === 0) setConfirming(true);
  };

  const cancel = () => {
    returnFocus.current = true;
    setConfirming(false);
  };

  return (
    <>
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <Form onSubmit={submit} label={p.title}>
        <Paragraph>{p.intro}</Paragraph>
        <SelectField
          id={TO_ID}
          label={p.to}
          value={to}
          emptyOption={p.choose}
          options={detail.allowedTransitions.map((t) => ({
            value: t.to,
            label: `${t.label} (${phaseLabel(t.to)})`,
          }))}
          onChange={(value) => {
            setTo(value);
            setConfirming(false);
          }}
          error={fields.to}
          required
        />
        <TextAreaField
          id={REASON_ID}
          label={transition?.reasonRequired ? p.reason : p.reasonOptional}
          value={reason}
          onChange={(value) => {
            setReason(value);
            setConfirming(false);
          }}
          error={fields.reason}
          required={transition?.reasonRequired}
          rows={3}
        />
        {!confirming && (
          <ButtonGroup>
            <Button type="submit" variant="secondary" ref={submitButton}>
              {p.submit}
            </Button>
          </ButtonGroup>
        )}
      </Form>
      {confirming && transition && (
        <Alert type="warning" live="off">
          <Heading level={4} ref={confirmHeading} tabIndex={-1}>
            {p.confirmTitle}
          </Heading>
          <Paragraph>{p.confirmText(phaseLabel(detail.phase), phaseLabel(transition.to))}</Paragraph>
          <ButtonGroup>
            <Button
              variant="primary"
              busy={change.isPending}
              onClick={() =>
                !change.isPending &&
                change.mutate({ to: transition.to, ...(reason.trim() ? { reason: reason.trim() } : {}) })
              }
            >
              {change.isPending ? p.confirming : p.confirm}
            </Button>
            <Button variant="secondary" onClick={cancel} disabled={change.isPending}>
              {caseTexts.common.cancel}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
    </>
  );
}
