// The figures a party supplies for its commitment: the current value per period ("< 10" for a small count the
// viewer's organisation did not supply), and for the owning party (and beleid) a form to enter one with its source.
// A value for a period that has one is a correction: the page says so, asks to confirm, and names the value it
// replaces, so the server refuses (409) when someone else changed it in the meantime.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  ButtonGroup,
  Form,
  NumberField,
  Paragraph,
  SelectField,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '../../components/index.ts';
import { formatPeriod } from '../indicators/figures.ts';
import { agreementQuery, type Commitment, type CommitmentFigure, enterFigure } from './api.ts';
import { ConfirmStep } from './ConfirmStep.tsx';
import { FormProblems } from './FormProblems.tsx';
import { agreementTexts as tx } from './texts.ts';
import { useFormProblems } from './useFormProblems.ts';

const t = tx.figures;

const shown = (f: CommitmentFigure) => (f.value === null ? t.small : String(f.value));

export function SuppliedFigures({
  agreementId,
  commitment,
}: {
  agreementId: string;
  commitment: Commitment;
}) {
  return (
    <div className="regie-agreement-figures">
      <Paragraph>
        <strong>{t.title}</strong>
      </Paragraph>
      {commitment.figures.length === 0 ? (
        <Paragraph>{t.none}</Paragraph>
      ) : (
        <UnorderedList>
          {commitment.figures.map((f) => (
            <UnorderedListItem key={f.id}>
              {t.line(formatPeriod(f.period), shown(f), f.source, f.organisation)}
              {f.corrections > 0 ? ` (${t.corrected(f.corrections)})` : ''}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {commitment.canEnterFigures && <FigureForm agreementId={agreementId} commitment={commitment} />}
    </div>
  );
}

function FigureForm({ agreementId, commitment }: { agreementId: string; commitment: Commitment }) {
  const queryClient = useQueryClient();
  const base = `cijfer-${commitment.id}`;
  const ID: Record<string, string> = {
    period: `${base}-periode`,
    value: `${base}-aantal`,
    source: `${base}-bron`,
  };
  const periods = [...commitment.openPeriods].reverse();
  const [period, setPeriod] = useState(periods[0] ?? '');
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [saved, setSaved] = useState(false);
  const { errors, general, confirming, setConfirming, attempt, refused, accepted } = useFormProblems(
    Object.keys(ID),
  );
  const current = commitment.figures.find((f) => f.period === period);

  const save = useMutation({
    mutationFn: () =>
      enterFigure(agreementId, commitment.id, {
        period,
        // Not a whole number: null, so the server answers with its message at the field.
        value: /^\d+$/.test(value.trim()) ? Number(value.trim()) : (null as unknown as number),
        source,
        ...(current ? { corrects: current.id } : {}),
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(agreementQuery(agreementId).queryKey, updated);
      setValue('');
      setSource('');
      accepted();
      setSaved(true);
    },
    onError: (error) => {
      refused(error);
      // A 409: someone else entered a value; show the figures of now.
      void queryClient.invalidateQueries({ queryKey: agreementQuery(agreementId).queryKey });
    },
  });

  const submit = () => {
    setSaved(false);
    if (current) setConfirming(true);
    else save.mutate();
  };

  if (confirming && current)
    return (
      <ConfirmStep
        title={t.correctTitle}
        text={t.correctText(formatPeriod(period), shown(current), value.trim())}
        confirm={t.confirm}
        busy={save.isPending}
        onConfirm={() => save.mutate()}
        onCancel={() => setConfirming(false)}
      />
    );

  return (
    // No form name: one such form per commitment, and landmarks must be told apart by their names.
    <Form onSubmit={submit} className="regie-agreement-figure-form">
      <Paragraph>
        <strong>{t.formTitle}</strong>
      </Paragraph>
      <Paragraph small>{t.smallNote}</Paragraph>
      <FormProblems errors={errors} ids={ID} attempt={attempt} general={general} />
      <SelectField
        id={ID.period as string}
        label={t.period}
        value={period}
        options={periods.map((p) => ({ value: p, label: formatPeriod(p) }))}
        onChange={setPeriod}
        description={current ? t.current(shown(current), current.source) : undefined}
        error={errors.period}
        required
      />
      <NumberField
        id={ID.value as string}
        label={t.value}
        value={value}
        onChange={setValue}
        error={errors.value}
        required
      />
      <TextField
        id={ID.source as string}
        label={t.source}
        description={t.sourceDescription}
        value={source}
        onChange={setSource}
        error={errors.source}
        required
      />
      <ButtonGroup>
        <Button type="submit" variant="secondary" busy={save.isPending}>
          {t.submit}
        </Button>
      </ButtonGroup>
      <div role="status">{saved && <Paragraph>{t.saved}</Paragraph>}</div>
    </Form>
  );
}
