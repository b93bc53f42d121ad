// Close the case with a DDAS eindresultaat, after a confirm step (a closed case takes no more contact attempts).
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { EINDRESULTATEN, type Eindresultaat } from '../../../shared/ddas.ts';
import { ApiError, errorMessage } from '../../api/problem.ts';
import { closeCase } from '../../api/signals.ts';
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
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

const c = t.signals.close;
export const RESULT_FIELD_ID = 'zaak-eindresultaat';

function isEindresultaat(value: string): value is Eindresultaat {
  return (EINDRESULTATEN as readonly string[]).includes(value);
}

export function CloseCaseForm({ zaakId, onClosed }: { zaakId: string; onClosed: () => void }) {
  const [resultaat, setResultaat] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [fieldError, setFieldError] = useState<string | undefined>();
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

  const close = useMutation({
    mutationFn: (value: Eindresultaat) => closeCase(zaakId, value),
    onSuccess: onClosed,
    onError: (error) => {
      setConfirming(false);
      const found: SummaryItem[] = [];
      let own: string | undefined;
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        for (const problem of error.fieldErrors) {
          if (problem.path.replace(/^body\./, '') === 'resultaat') {
            own = problem.message;
            found.push({ message: problem.message, fieldId: RESULT_FIELD_ID });
          } else found.push({ message: problem.message });
        }
      } else found.push({ message: errorMessage(error) });
      setFieldError(own);
      setItems(found);
      setAttempt((n) => n + 1);
    },
  });

  const submit = () => {
    setAttempt((n) => n + 1);
    if (!isEindresultaat(resultaat)) {
      setFieldError(c.errors.resultRequired);
      setItems([{ message: c.errors.resultRequired, fieldId: RESULT_FIELD_ID }]);
      return;
    }
    setFieldError(undefined);
    setItems([]);
    setConfirming(true);
  };

  const cancel = () => {
    returnFocus.current = true;
    setConfirming(false);
  };

  return (
    <>
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <Form onSubmit={submit} label={c.title}>
        <Paragraph>{c.intro}</Paragraph>
        <SelectField
          id={RESULT_FIELD_ID}
          label={c.result}
          value={resultaat}
          onChange={(value) => {
            setResultaat(value);
            setConfirming(false);
          }}
          options={EINDRESULTATEN.map((value) => ({ value, label: value }))}
          emptyOption={c.chooseResult}
          error={fieldError}
          required
        />
        {!confirming && (
          <ButtonGroup>
            <Button type="submit" variant="secondary" ref={submitButton}>
              {c.submit}
            </Button>
          </ButtonGroup>
        )}
      </Form>
      {confirming && (
        <Alert type="warning" live="off">
          <Heading level={4} ref={confirmHeading} tabIndex={-1}>
            {c.confirmTitle}
          </Heading>
          <Paragraph>{c.confirmText(resultaat)}</Paragraph>
          <ButtonGroup>
            <Button
              variant="primary"
              busy={close.isPending}
              onClick={() => isEindresultaat(resultaat) && !close.isPending && close.mutate(resultaat)}
            >
              {close.isPending ? c.confirming : c.confirm}
            </Button>
            <Button variant="secondary" onClick={cancel} disabled={close.isPending}>
              {c.cancel}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
    </>
  );
}
