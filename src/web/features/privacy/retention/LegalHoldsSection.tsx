// Legal holds: the active ones with "Opheffen" (a reason and a confirm step), and the form to place one on a case
// or a household by its id. The FG never sees the household itself here: ids and reasons only.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  type Column,
  DataTable,
  EmptyState,
  ErrorMessage,
  Form,
  Heading,
  Paragraph,
  RadioGroup,
  Section,
  TextAreaField,
  TextField,
} from '../../../components/index.ts';
import { formatMoment } from '../../../i18n/format.ts';
import { type LegalHold, liftHold, placeHold, retentionKeys } from './api.ts';
import { checkHold, checkLiftReason, type HoldErrors, type HoldForm } from './forms.ts';
import { retentionTexts } from './texts.ts';

const m = retentionTexts.holds;

function targetText(h: LegalHold): string {
  return h.caseId ? `${m.case} ${h.caseId}` : `${m.household} ${h.householdId}`;
}

export function LegalHoldsSection({ holds }: { holds: LegalHold[] }) {
  const [lifting, setLifting] = useState<LegalHold | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const columns: Column<LegalHold>[] = [
    {
      key: 'what',
      header: m.what,
      rowHeader: true,
      render: (h) => <span className="regie-id">{targetText(h)}</span>,
    },
    { key: 'reason', header: m.reason, render: (h) => h.reason },
    {
      key: 'placed',
      header: m.placed,
      render: (h) => m.placedBy(h.placedBy?.displayName ?? '–', formatMoment(h.placedAt)),
    },
    {
      key: 'action',
      header: m.action,
      render: (h) => (
        <Button
          variant="secondary"
          aria-label={m.liftLabel(targetText(h))}
          onClick={() => {
            setMessage(null);
            setLifting(h);
          }}
        >
          {m.lift}
        </Button>
      ),
    },
  ];
  return (
    <Section title={m.title}>
      <Paragraph>{m.intro}</Paragraph>
      {message && (
        <Alert type="ok" live="status">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
      {holds.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : (
        <DataTable caption={m.caption} columns={columns} rows={holds} rowKey={(h) => h.id} stacked />
      )}
      {lifting && (
        <LiftHold
          key={lifting.id}
          hold={lifting}
          onCancel={() => setLifting(null)}
          onLifted={() => {
            setLifting(null);
            setMessage(m.lifted);
          }}
        />
      )}
      <PlaceHold onPlaced={() => setMessage(m.placed_ok)} />
    </Section>
  );
}

function LiftHold({
  hold,
  onCancel,
  onLifted,
}: {
  hold: LegalHold;
  onCancel: () => void;
  onLifted: () => void;
}) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const lift = useMutation({
    mutationFn: () => liftHold(hold.id, reason.trim()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: retentionKeys.holds });
      onLifted();
    },
  });
  return (
    <section className="regie-card" aria-labelledby={headingId}>
      <Heading level={3} id={headingId} ref={headingRef} tabIndex={-1}>
        {m.liftTitle}
      </Heading>
      <Alert type="warning">
        <Paragraph>{targetText(hold)}</Paragraph>
        <Paragraph>{m.liftText}</Paragraph>
      </Alert>
      <Form
        label={m.liftTitle}
        onSubmit={() => {
          const problem = checkLiftReason(reason);
          setError(problem);
          if (!problem && !lift.isPending) lift.mutate();
        }}
      >
        <TextAreaField
          id={`opheffen-${hold.id}`}
          label={m.liftReason}
          value={reason}
          onChange={(next) => {
            setReason(next);
            setError(undefined);
          }}
          error={error}
          rows={3}
          required
        />
        {lift.error ? <ErrorMessage error={lift.error} /> : null}
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={lift.isPending}>
            {m.liftConfirm}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {retentionTexts.terms.cancel}
          </Button>
        </ButtonGroup>
      </Form>
    </section>
  );
}

const EMPTY: HoldForm = { target: 'case', id: '', reason: '' };

function PlaceHold({ onPlaced }: { onPlaced: () => void }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<HoldForm>(EMPTY);
  const [errors, setErrors] = useState<HoldErrors>({});
  const place = useMutation({
    mutationFn: placeHold,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: retentionKeys.holds });
      setForm(EMPTY);
      onPlaced();
    },
  });
  const serverErrors = (place.error as { fieldErrors?: { path: string; message: string }[] } | null)
    ?.fieldErrors;
  const serverError = (path: string) => serverErrors?.find((e) => e.path === path)?.message;
  const idPath = form.target === 'case' ? 'caseId' : 'householdId';
  const update = (patch: Partial<HoldForm>) => {
    setForm((prev) => ({ ...prev, ...patch }));
    setErrors({});
  };
  return (
    <Section title={m.formTitle} level={3}>
      <Form
        label={m.formTitle}
        onSubmit={() => {
          const checked = checkHold(form);
          setErrors(checked.errors);
          if (checked.input && !place.isPending) place.mutate(checked.input);
        }}
      >
        <RadioGroup
          id="blokkade-soort"
          legend={m.targetLegend}
          value={form.target}
          options={[
            { value: 'case', label: m.targetCase },
            { value: 'household', label: m.targetHousehold },
          ]}
          onChange={(value) => update({ target: value === 'household' ? 'household' : 'case' })}
        />
        <TextField
          id="blokkade-id"
          label={form.target === 'case' ? m.caseId : m.householdId}
          description={m.idHint}
          value={form.id}
          onChange={(id) => update({ id })}
          error={errors.id ?? serverError(idPath)}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          required
        />
        <TextAreaField
          id="blokkade-reden"
          label={m.reasonField}
          description={m.reasonHint}
          value={form.reason}
          onChange={(reason) => update({ reason })}
          error={errors.reason ?? serverError('reason')}
          rows={3}
          required
        />
        {place.error ? <ErrorMessage error={place.error} /> : null}
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={place.isPending}>
            {place.isPending ? m.placing : m.place}
          </Button>
        </ButtonGroup>
      </Form>
    </Section>
  );
}
