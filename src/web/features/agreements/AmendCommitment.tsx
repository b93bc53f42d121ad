// "Wijzigen" and "Laten vervallen" on a commitment card, for the beleidsmedewerker who manages the agreement (the
// server says so in `canAmend`: not in evaluatie, not once the commitment lapsed). Each opens a small form with a
// required reason, then a confirm step, because every party sees the change at once. The server's field errors are
// shown at the field and in a summary; after saving, the agreement comes back with the change in its history.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  ButtonGroup,
  Form,
  NumberField,
  Paragraph,
  RadioGroup,
  TextAreaField,
  TextField,
} from '../../components/index.ts';
import {
  type Agreement,
  agreementQuery,
  type Commitment,
  changeCommitment,
  withdrawCommitment,
} from './api.ts';
import { ConfirmStep } from './ConfirmStep.tsx';
import { targetText } from './cycle.ts';
import { FormProblems } from './FormProblems.tsx';
import { parseNumber } from './form-errors.ts';
import { agreementTexts as tx } from './texts.ts';
import { useFormProblems } from './useFormProblems.ts';

const t = tx.amend;
type Mode = 'change' | 'withdraw' | null;

export function AmendCommitment({
  agreementId,
  commitment,
}: {
  agreementId: string;
  commitment: Commitment;
}) {
  const [mode, setMode] = useState<Mode>(null);
  const [done, setDone] = useState<string>();
  const changeButton = useRef<HTMLButtonElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const open = (next: Mode) => {
    setDone(undefined);
    setMode(next);
  };
  const close = (message?: string) => {
    const opener = mode === 'withdraw' ? withdrawButton : changeButton;
    setMode(null);
    setDone(message);
    // Back to the button that opened the form, so keyboard users keep their place on the card.
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <div className="regie-agreement-amend">
      <div role="status">{done && <Paragraph>{done}</Paragraph>}</div>
      {mode === null && (
        <ButtonGroup>
          <Button ref={changeButton} onClick={() => open('change')}>
            {t.change}
          </Button>
          <Button ref={withdrawButton} onClick={() => open('withdraw')}>
            {t.withdraw}
          </Button>
        </ButtonGroup>
      )}
      {mode === 'change' && <ChangeForm agreementId={agreementId} commitment={commitment} onDone={close} />}
      {mode === 'withdraw' && (
        <WithdrawForm agreementId={agreementId} commitment={commitment} onDone={close} />
      )}
    </div>
  );
}

type FormProps = { agreementId: string; commitment: Commitment; onDone: (message?: string) => void };

/** Shared by both forms: save, put the answer in the cache, field errors back at the fields. */
function useAmend(
  agreementId: string,
  fields: readonly string[],
  onDone: FormProps['onDone'],
  saved: string,
) {
  const queryClient = useQueryClient();
  const { errors, general, confirming, setConfirming, attempt, refused } = useFormProblems(fields);
  const save = useMutation({
    mutationFn: (send: () => Promise<Agreement>) => send(),
    onSuccess: (updated) => {
      queryClient.setQueryData(agreementQuery(agreementId).queryKey, updated);
      onDone(saved);
    },
    onError: refused,
  });
  return { errors, general, confirming, setConfirming, attempt, save };
}

/** The first field takes focus when a form opens, so keyboard users start typing where they clicked. */
function useFocusOnOpen(id: string) {
  useEffect(() => document.getElementById(id)?.focus(), [id]);
}

function ChangeForm({ agreementId, commitment: c, onDone }: FormProps) {
  const ID = {
    theme: `wijzig-thema-${c.id}`,
    description: `wijzig-beschrijving-${c.id}`,
    target: `wijzig-doel-${c.id}`,
    direction: `wijzig-richting-${c.id}`,
    reason: `wijzig-reden-${c.id}`,
  };
  const n = tx.newCommitment;
  const [v, setV] = useState({
    theme: c.theme,
    description: c.description,
    target: String(c.target).replace('.', ','),
    direction: c.direction,
    reason: '',
  });
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) =>
    setV((old) => ({ ...old, [key]: value }));
  const { errors, general, confirming, setConfirming, attempt, save } = useAmend(
    agreementId,
    Object.keys(ID),
    onDone,
    t.changed,
  );
  useFocusOnOpen(ID.theme);
  const target = parseNumber(v.target);

  if (confirming)
    return (
      <ConfirmStep
        text={t.changeConfirmText(
          targetText(c),
          target === null ? v.target : targetText({ ...c, target, direction: v.direction }),
        )}
        confirm={t.changeConfirm}
        busy={save.isPending}
        onConfirm={() =>
          save.mutate(() =>
            changeCommitment(agreementId, c.id, {
              theme: v.theme,
              description: v.description,
              // Not a number: null, so the server answers with its message at the field.
              target: target ?? (null as unknown as number),
              direction: v.direction,
              reason: v.reason,
            }),
          )
        }
        onCancel={() => setConfirming(false)}
      />
    );

  return (
    <Form onSubmit={() => setConfirming(true)} className="regie-agreement-form">
      <Paragraph>
        <strong>{t.changeTitle}</strong>
      </Paragraph>
      <Paragraph>{t.changeIntro}</Paragraph>
      <FormProblems errors={errors} ids={ID} attempt={attempt} general={general} />
      <TextField
        id={ID.theme}
        label={n.theme}
        value={v.theme}
        onChange={(x) => set('theme', x)}
        error={errors.theme}
      />
      <TextAreaField
        id={ID.description}
        label={n.description}
        value={v.description}
        onChange={(x) => set('description', x)}
        error={errors.description}
        rows={3}
      />
      <NumberField
        id={ID.target}
        label={n.target}
        description={n.targetDescription}
        value={v.target}
        onChange={(x) => set('target', x)}
        error={errors.target}
      />
      <RadioGroup
        id={ID.direction}
        legend={n.direction}
        value={v.direction}
        options={(['minimaal', 'maximaal'] as const).map((d) => ({ value: d, label: n.directions[d] }))}
        onChange={(x) => set('direction', x as 'minimaal' | 'maximaal')}
        error={errors.direction}
      />
      <TextAreaField
        id={ID.reason}
        label={t.reason}
        description={t.reasonDescription}
        value={v.reason}
        onChange={(x) => set('reason', x)}
        error={errors.reason}
        rows={3}
      />
      <ButtonGroup>
        <Button type="submit" variant="primary">
          {t.changeSubmit}
        </Button>
        <Button onClick={() => onDone()}>{t.cancel}</Button>
      </ButtonGroup>
    </Form>
  );
}

function WithdrawForm({ agreementId, commitment: c, onDone }: FormProps) {
  const ID = { reason: `vervallen-reden-${c.id}` };
  const [reason, setReason] = useState('');
  const { errors, general, confirming, setConfirming, attempt, save } = useAmend(
    agreementId,
    Object.keys(ID),
    onDone,
    t.withdrawn,
  );
  useFocusOnOpen(ID.reason);

  if (confirming)
    return (
      <ConfirmStep
        text={t.withdrawConfirmText(c.description)}
        confirm={t.withdrawConfirm}
        busy={save.isPending}
        onConfirm={() => save.mutate(() => withdrawCommitment(agreementId, c.id, { reason }))}
        onCancel={() => setConfirming(false)}
      />
    );

  return (
    <Form onSubmit={() => setConfirming(true)} className="regie-agreement-form">
      <Paragraph>
        <strong>{t.withdrawTitle}</strong>
      </Paragraph>
      <Paragraph>{t.withdrawIntro}</Paragraph>
      <FormProblems errors={errors} ids={ID} attempt={attempt} general={general} />
      <TextAreaField
        id={ID.reason}
        label={t.withdrawReason}
        description={t.reasonDescription}
        value={reason}
        onChange={setReason}
        error={errors.reason}
        rows={3}
      />
      <ButtonGroup>
        <Button type="submit" variant="primary">
          {t.withdrawSubmit}
        </Button>
        <Button onClick={() => onDone()}>{t.cancel}</Button>
      </ButtonGroup>
    </Form>
  );
}
